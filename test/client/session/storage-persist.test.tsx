// After a successful login the app asks the browser to keep its data (navigator.storage.persist):
// IndexedDB holds unsent work that must not be evicted (design.md, "Storage").
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { clearCurrentAccount } from '../../../src/client/db/accounts';
import { I18nProvider } from '../../../src/client/i18n/i18n-provider';
import { createAppRoutes } from '../../../src/client/routes';
import { SessionProvider } from '../../../src/client/session/session-provider';
import { UnsavedEditsProvider } from '../../../src/client/session/unsaved-edits';
import { buildSessionInfo } from '../features/support/fixtures';

afterEach(async () => {
  vi.unstubAllGlobals();
  localStorage.clear();
  await clearCurrentAccount();
});

describe('persistent storage', () => {
  it('is requested right after login, once', async () => {
    const info = buildSessionInfo('operator');
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { ...navigator, onLine: false, storage: { persisted: async () => false, persist, estimate: async () => ({}) } });
    vi.stubGlobal('fetch', vi.fn(async (input: RequestInfo | URL) => {
      if (String(input) === '/api/auth/login') return new Response(JSON.stringify(info), { status: 200, headers: { 'content-type': 'application/json' } });
      throw new TypeError('Failed to fetch');
    }));
    render(
      <I18nProvider>
        <UnsavedEditsProvider>
          <SessionProvider>
            <RouterProvider router={createMemoryRouter(createAppRoutes(), { initialEntries: ['/'] })} />
          </SessionProvider>
        </UnsavedEditsProvider>
      </I18nProvider>,
    );
    expect(persist).not.toHaveBeenCalled();
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Nama pengguna'), 'siti');
    await user.type(screen.getByLabelText('Kata sandi'), 'rahasia');
    await user.click(screen.getByRole('button', { name: 'Masuk' }));
    await waitFor(() => expect(persist).toHaveBeenCalledTimes(1));
  });
});
