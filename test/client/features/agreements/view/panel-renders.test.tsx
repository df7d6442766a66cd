// The PK on home stays still while the sync works (issue 14, total blocking time on a phone): the
// whole PK used to re-render at every step of every sync (push, pull, each page, idle), because
// the panel followed the offline readiness, which follows the sync. Only the "no PK yet" notice
// does now. Counted with React's Profiler around the panel while a sync runs that changes nothing.
import { Profiler } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { PullResponse } from '../../../../../src/api/sync';
import { openUserDatabase } from '../../../../../src/client/db/database';
import { AgreementPanel } from '../../../../../src/client/features/agreements/view/agreement-panel';
import { I18nProvider } from '../../../../../src/client/i18n/i18n-provider';
import { actorOf, type ActiveSession } from '../../../../../src/client/session/active-session';
import { SessionProvider } from '../../../../../src/client/session/session-provider';
import { UnsavedEditsProvider } from '../../../../../src/client/session/unsaved-edits';
import { createSyncEngine } from '../../../../../src/client/sync/sync-engine';
import type { SyncTransport } from '../../../../../src/client/sync/transport';
import { buildSessionInfo } from '../../support/fixtures';
import { closeTestSession } from '../../support/render-app';
import { seedAgreement } from '../../support/seed';

let session: ActiveSession | null = null;
afterEach(async () => {
  if (session) await closeTestSession(session);
  session = null;
});

describe('the PK panel while a sync runs', () => {
  it('does not re-render when the sync changes nothing', async () => {
    const nothingNew = (cursor: number, hasMore: boolean): PullResponse =>
      ({ kind: 'changes', changes: [], nextCursor: cursor, hasMore, lastRev: 3, serverTime: new Date().toISOString() });
    // Three pages of nothing: each a step the sync reports (its phase, its progress).
    const transport: SyncTransport = {
      push: async () => ({ results: [], serverTime: new Date().toISOString() }),
      pull: async (q) => nothingNew(q.cursor + 1, q.cursor + 1 < 3),
    };
    const info = buildSessionInfo('operator');
    const db = openUserDatabase(info.user.id);
    session = { info, actor: actorOf(info), db, engine: createSyncEngine({ db, transport, userId: info.user.id }) };
    const { agreement, unit } = await seedAgreement(db);
    await session.engine.syncNow(); // the device has synced before: the app is ready offline
    let commits = 0;
    render(
      <I18nProvider>
        <UnsavedEditsProvider>
          <SessionProvider initialSession={session}>
            <MemoryRouter>
              <Profiler id="pk" onRender={() => { commits += 1; }}>
                <AgreementPanel orgUnitId={unit.id} year={agreement.year} readOnly={false} />
              </Profiler>
            </MemoryRouter>
          </SessionProvider>
        </UnsavedEditsProvider>
      </I18nProvider>,
    );
    expect((await screen.findAllByText('Cakupan imunisasi dasar lengkap')).length).toBeGreaterThan(0);
    // Let the panel's parts loaded on demand and its live queries settle.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const settled = commits;

    await session.engine.syncNow();
    await session.engine.syncNow();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(commits - settled).toBe(0);
  });
});
