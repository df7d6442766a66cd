// Renders the real app routes over a real per-user Dexie database (fake-indexeddb). The network is
// the one boundary replaced: a transport that is always offline.
import { vi } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type InitialEntry } from 'react-router';
import type { SessionInfo } from '../../../../src/api/auth';
import type { Language } from '../../../../src/api/errors';
import { openUserDatabase, type PantauDatabase } from '../../../../src/client/db/database';
import { deleteDraftDatabase } from '../../../../src/client/db/form-drafts';
import { I18nProvider } from '../../../../src/client/i18n/i18n-provider';
import { createAppRoutes } from '../../../../src/client/routes';
import { actorOf, type ActiveSession } from '../../../../src/client/session/active-session';
import { SessionProvider } from '../../../../src/client/session/session-provider';
import { UnsavedEditsProvider } from '../../../../src/client/session/unsaved-edits';
import { createSyncEngine } from '../../../../src/client/sync/sync-engine';
import { NetworkError, type SyncTransport } from '../../../../src/client/sync/transport';

export const offlineTransport: SyncTransport = {
  push: vi.fn(async () => {
    throw new NetworkError('offline');
  }),
  pull: vi.fn(async () => {
    throw new NetworkError('offline');
  }),
};

export function openTestSession(info: SessionInfo): ActiveSession {
  const db: PantauDatabase = openUserDatabase(info.user.id);
  const engine = createSyncEngine({ db, transport: offlineTransport, userId: info.user.id });
  return { info, actor: actorOf(info), db, engine };
}

export async function closeTestSession(session: ActiveSession): Promise<void> {
  // The screens first: vitest runs a file's afterEach before the setup file's cleanup(), and a
  // screen still mounted reads the database as it closes (an unhandled DatabaseClosedError).
  cleanup();
  session.engine.stop();
  session.db.close();
  await session.db.delete();
  await deleteDraftDatabase(session.info.user.id); // forms' drafts (use-form-draft.ts)
}

/** Without `language` the app reads the stored choice (Indonesian when none), as at a real start. */
export function renderApp(session: ActiveSession, initialEntries: InitialEntry[], language?: Language) {
  const router = createMemoryRouter(createAppRoutes(), { initialEntries, initialIndex: initialEntries.length - 1 });
  const view = render(
    <I18nProvider initialLanguage={language}>
      <UnsavedEditsProvider>
        <SessionProvider initialSession={session}>
          <RouterProvider router={router} />
        </SessionProvider>
      </UnsavedEditsProvider>
    </I18nProvider>,
  );
  return { ...view, router };
}

/** The app as it starts with nobody signed in on this screen (the session provider finds the device's account, if any). */
export function renderSignedOutApp(path = '/') {
  const router = createMemoryRouter(createAppRoutes(), { initialEntries: [path] });
  render(
    <I18nProvider>
      <UnsavedEditsProvider>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </UnsavedEditsProvider>
    </I18nProvider>,
  );
  return router;
}
