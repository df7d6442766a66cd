// The app behind the login is a chunk loaded on demand. If it cannot be loaded (a damaged cache, a
// half-finished update), a signed-in user gets a message and a way to retry, not a spinner forever.
import { afterEach, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { writeHint } from '../../../src/client/db/account-hint';
import { I18nProvider } from '../../../src/client/i18n/i18n-provider';
import { buildSessionInfo } from '../features/support/fixtures';

// The chunk's load is the boundary: the browser's module loader failing to fetch it.
vi.mock('../../../src/client/full-app', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

afterEach(() => writeHint(null));

it('says the app could not be loaded, that the data is safe, and offers a reload', async () => {
  writeHint(buildSessionInfo('operator'));
  const { AppShell } = await import('../../../src/client/app-shell');
  render(
    <I18nProvider>
      <AppShell />
    </I18nProvider>,
  );
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('Aplikasi tidak dapat dimuat. Data di perangkat ini aman');
  expect(screen.getByRole('button', { name: 'Muat ulang' }).tagName).toBe('BUTTON');
  expect(screen.queryByRole('status')).toBeNull(); // no spinner left turning
});
