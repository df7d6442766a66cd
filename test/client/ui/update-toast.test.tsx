import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nProvider } from '../../../src/client/i18n/i18n-provider';
import { UpdateToast } from '../../../src/client/pwa/update-toast';
import type { ActiveSession } from '../../../src/client/session/active-session';
import { UnsavedEditsProvider, useReportUnsavedEdits } from '../../../src/client/session/unsaved-edits';
import { SyncProvider } from '../../../src/client/sync/sync-context';
import { buildSessionInfo } from '../features/support/fixtures';
import { closeTestSession, openTestSession } from '../features/support/render-app';

let session: ActiveSession;
beforeEach(() => {
  session = openTestSession(buildSessionInfo('operator'));
});
afterEach(async () => {
  await closeTestSession(session);
});

function DirtyForm() {
  const [text, setText] = useState('');
  useReportUnsavedEdits(text !== '');
  return <input aria-label="isian" value={text} onChange={(e) => setText(e.target.value)} />;
}

describe('the update toast', () => {
  it('reloads only on request and not while a form has unsaved edits', async () => {
    const onReload = vi.fn();
    render(
      <I18nProvider>
        <UnsavedEditsProvider>
          <SyncProvider engine={session.engine} db={session.db}>
            <DirtyForm />
            <UpdateToast onReload={onReload} onDismiss={() => undefined} />
          </SyncProvider>
        </UnsavedEditsProvider>
      </I18nProvider>,
    );
    const user = userEvent.setup();
    expect(screen.getByText('Versi baru tersedia')).toBeTruthy();
    const reload = screen.getByRole('button', { name: 'Muat ulang' }) as HTMLButtonElement;
    expect(reload.disabled).toBe(false);
    expect(onReload).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText('isian'), '12');
    expect(reload.disabled).toBe(true);
    expect(screen.getByText(/Simpan isian dan tunggu sinkronisasi selesai/)).toBeTruthy();

    await user.clear(screen.getByLabelText('isian'));
    expect(reload.disabled).toBe(false);
    await user.click(reload);
    expect(onReload).toHaveBeenCalledTimes(1);
  });
});
