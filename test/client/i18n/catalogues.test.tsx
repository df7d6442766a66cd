import { afterEach, describe, expect, it } from 'vitest';
import { realisationMessages } from '../../../src/client/features/realisations/messages';
import { conflictMessages } from '../../../src/client/features/conflicts/messages';
import { editorMessages } from '../../../src/client/features/agreements/editor/editor-messages';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { errorMessages, rejectionMessages } from '../../../src/api/errors';
import { en } from '../../../src/client/i18n/en';
import { id, type Message, type MessageKey } from '../../../src/client/i18n/id';
import { useI18n } from '../../../src/client/i18n/i18n-context';
import { I18nProvider, languageStorageKey } from '../../../src/client/i18n/i18n-provider';
import { translate } from '../../../src/client/i18n/translate';
import type { ActiveSession } from '../../../src/client/session/active-session';
import { buildSessionInfo } from '../features/support/fixtures';
import { closeTestSession, openTestSession, renderApp } from '../features/support/render-app';
import { seedAgreement } from '../features/support/seed';

const placeholders = (message: Message): string[] => {
  const texts = typeof message === 'string' ? [message] : [message.one ?? '', message.other];
  return [...new Set(texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '')))].sort();
};

let session: ActiveSession | null = null;
afterEach(async () => {
  localStorage.clear();
  if (session) await closeTestSession(session);
  session = null;
});

describe('the catalogues', () => {
  it('have the same keys, message shapes and placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const key of Object.keys(id) as MessageKey[]) {
      expect(typeof en[key], key).toBe(typeof id[key]);
      expect(placeholders(en[key]), key).toEqual(placeholders(id[key]));
    }
  });

  it('reuse the API messages instead of repeating them', () => {
    expect(id['error.invalid_credentials']).toBe(errorMessages.invalid_credentials.id);
    expect(en['error.rate_limited']).toBe(errorMessages.rate_limited.en);
    // The refusals' texts load with the screens that show them, in each language.
    expect(realisationMessages.id['rejection.quarter_locked']).toBe(rejectionMessages.quarter_locked.id);
    expect(conflictMessages.en['rejection.support_invalid']).toBe(rejectionMessages.support_invalid.en);
    expect(editorMessages.id['rejection.support_invalid']).toBe(rejectionMessages.support_invalid.id);
    expect(Object.keys(id).some((key) => key.startsWith('rejection.'))).toBe(false);
  });

  it('pick plural forms by language and fill parameters', () => {
    expect(translate(id, 'id', 'sync.pending', { count: 1 })).toBe('1 menunggu sinkronisasi');
    expect(translate(en, 'en', 'units.count', { count: 1 })).toBe('1 unit');
    expect(translate(en, 'en', 'units.count', { count: 3 })).toBe('3 units');
    expect(translate(id, 'id', 'error.rate_limited', { seconds: 42 })).toBe(
      'Terlalu banyak percobaan masuk. Coba lagi dalam 42 detik.',
    );
  });
});

function Probe() {
  const { t, formatNumber } = useI18n();
  return (
    <p>
      {t('sync.pending', { count: 1234 })} / {formatNumber(1234.5)}
    </p>
  );
}

describe('useI18n', () => {
  it('defaults to Indonesian and writes numbers id-ID in both languages', async () => {
    const { unmount } = render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByText('1.234 menunggu sinkronisasi / 1.234,5')).toBeTruthy();
    unmount();
    render(
      <I18nProvider initialLanguage="en">
        <Probe />
      </I18nProvider>,
    );
    // English loads on demand (first-load budget), then replaces the Indonesian text.
    expect(await screen.findByText('1.234 waiting to sync / 1.234,5')).toBeTruthy();
  });

  it('switches the app to English from the settings page and remembers it', async () => {
    session = openTestSession(buildSessionInfo('operator'));
    await seedAgreement(session.db);
    const user = userEvent.setup();
    const { unmount } = renderApp(session, ['/settings']);
    expect(await screen.findByRole('heading', { name: 'Pengaturan' })).toBeTruthy();
    await user.click(screen.getByLabelText('English'));
    expect(await screen.findByRole('heading', { name: 'Settings' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Home' })).toBeTruthy();
    expect(localStorage.getItem(languageStorageKey)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    unmount();

    // A new start reads the stored choice; numbers stay Indonesian.
    renderApp(session, ['/']);
    expect(await screen.findByRole('columnheader', { name: 'Annual target' })).toBeTruthy();
    expect(screen.getAllByText('1.200').length).toBeGreaterThan(0);
  });
});
