// Two tabs of one user: only the leader sends; the other forwards its requests and shows the
// leader's state (Web Locks stand-in + the real BroadcastChannel).
import { afterEach, describe, expect, it } from 'vitest';
import { openUserDatabase, type PantauDatabase } from '../../../src/client/db/database';
import { createSyncEngine, type SyncEngine } from '../../../src/client/sync/sync-engine';
import type { SyncTransport } from '../../../src/client/sync/transport';
import { installFakeLocks, uninstallFakeLocks } from './fake-locks';

const opened: { db: PantauDatabase; engine: SyncEngine }[] = [];

afterEach(async () => {
  for (const { db, engine } of opened.splice(0)) {
    engine.stop();
    db.close();
    await db.delete();
  }
  uninstallFakeLocks();
});

function tab(userId: string, dbName: string) {
  const counter = { pulls: 0 };
  const transport: SyncTransport = {
    push: () => Promise.reject(new Error('no outbox in this test')),
    pull: async (q) => {
      counter.pulls += 1;
      return { kind: 'changes', changes: [], nextCursor: q.cursor, hasMore: false, serverTime: new Date().toISOString() };
    },
  };
  const db = openUserDatabase(dbName);
  const engine = createSyncEngine({ db, transport, userId });
  opened.push({ db, engine });
  return { engine, counter };
}

async function eventually(check: () => boolean): Promise<void> {
  // Up to 5 s: the first cycle imports its code on demand (sync-engine.ts), which a loaded
  // machine takes its time to transform and load.
  for (let i = 0; i < 1000 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(check()).toBe(true);
}

describe('one sending tab', () => {
  it('lets only the leader sync; the other tab forwards syncNow and mirrors the state', async () => {
    installFakeLocks();
    const userId = crypto.randomUUID();
    const name = `tabs-${userId}`;
    const leader = tab(userId, name);
    const follower = tab(userId, name);
    leader.engine.start();
    await eventually(() => leader.counter.pulls === 1 && leader.engine.getState().phase === 'idle');
    follower.engine.start();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(leader.engine.getState().isLeader).toBe(true);
    expect(follower.engine.getState().isLeader).toBe(false);

    await follower.engine.syncNow();
    await eventually(() => leader.counter.pulls === 2);
    expect(follower.counter.pulls).toBe(0);
    // The follower mirrors the leader's state once the forwarded cycle is done (it may first show
    // the earlier cycle's time, from the state it asked for at start).
    await eventually(() => leader.engine.getState().phase === 'idle' && follower.engine.getState().lastSyncAt !== null
      && follower.engine.getState().lastSyncAt === leader.engine.getState().lastSyncAt);

    leader.engine.stop();
    await eventually(() => follower.engine.getState().isLeader && follower.counter.pulls === 1);
  });
});
