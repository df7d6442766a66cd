// "Siap dipakai tanpa internet" after the first sign-in: while the first sync pulls the unit's
// data the home screen shows how far it is ("Mengunduh data… 40%", from the server's lastRev),
// never "Belum ada Perjanjian Kinerja"; once pulled it says the device is ready, until acknowledged.
import { afterEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PullResponse } from '../../../src/api/sync';
import { openUserDatabase } from '../../../src/client/db/database';
import { actorOf, type ActiveSession } from '../../../src/client/session/active-session';
import { createSyncEngine } from '../../../src/client/sync/sync-engine';
import type { SyncTransport } from '../../../src/client/sync/transport';
import { buildSessionInfo } from '../features/support/fixtures';
import { closeTestSession, renderApp } from '../features/support/render-app';

let session: ActiveSession | null = null;
afterEach(async () => {
  if (session) await closeTestSession(session);
  session = null;
  localStorage.clear();
});

const page = (nextCursor: number, hasMore: boolean): PullResponse =>
  ({ kind: 'changes', changes: [], nextCursor, hasMore, lastRev: 10, serverTime: new Date().toISOString() });

describe('the first sync after signing in', () => {
  it('shows the download progress instead of "no PK", then says the device is ready to work offline', async () => {
    let lastPage: () => void = () => undefined;
    const transport: SyncTransport = {
      push: async () => ({ results: [], serverTime: new Date().toISOString() }),
      // The first page reaches rev 4 of 10; the second waits until the test lets it through.
      pull: (q) => (q.cursor === 0 ? Promise.resolve(page(4, true)) : new Promise((resolve) => { lastPage = () => resolve(page(10, false)); })),
    };
    const info = buildSessionInfo('head');
    const db = openUserDatabase(info.user.id);
    session = { info, actor: actorOf(info), db, engine: createSyncEngine({ db, transport, userId: info.user.id }) };
    const user = userEvent.setup();
    const view = renderApp(session, ['/']);
    expect(await screen.findByText(/Menyiapkan pemakaian tanpa internet/)).toBeTruthy();
    const sync = session.engine.syncNow();

    expect((await screen.findAllByText('Mengunduh data… 40%')).length).toBeGreaterThan(0);
    expect(screen.queryByText(/Belum ada Perjanjian Kinerja/)).toBeNull();
    expect(screen.queryByText(/Siap dipakai tanpa internet/)).toBeNull();

    lastPage();
    await sync;
    expect(await screen.findByText(/Siap dipakai tanpa internet/)).toBeTruthy();
    // Now an empty device really has no PK for the year, and says so.
    expect(await screen.findByText(/Belum ada Perjanjian Kinerja/)).toBeTruthy();
    expect(screen.queryByText(/Mengunduh data/)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Mengerti' }));
    expect(screen.queryByText(/Siap dipakai tanpa internet/)).toBeNull();
    view.unmount();
    renderApp(session, ['/']);
    expect(await screen.findByText(/Belum ada Perjanjian Kinerja/)).toBeTruthy();
    expect(screen.queryByText(/Siap dipakai tanpa internet/)).toBeNull(); // told once
  });
});
