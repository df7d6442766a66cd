// When the engine syncs by itself: start, online, focus, local changes (debounced), retries with
// backoff, and silence after a 401. The transport is a counting stand-in: what it answers does not
// matter here (the server-backed behaviour is in sync-engine.test.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openUserDatabase, type PantauDatabase } from '../../../src/client/db/database';
import { createSyncEngine, type SyncEngine } from '../../../src/client/sync/sync-engine';
import { HttpError, NetworkError, type SyncTransport } from '../../../src/client/sync/transport';
import type { PullResponse, PushResponse } from '../../../src/api/sync';

let db: PantauDatabase;
let engine: SyncEngine | null = null;
let failWith: Error | null;
let pulls: number;

const transport: SyncTransport = {
  push: (): Promise<PushResponse> => Promise.resolve({ results: [], serverTime: new Date().toISOString() }),
  pull: async (q): Promise<PullResponse> => {
    pulls += 1;
    if (failWith) throw failWith;
    return { kind: 'changes', changes: [], nextCursor: q.cursor, hasMore: false, serverTime: new Date().toISOString() };
  },
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  db = openUserDatabase(crypto.randomUUID());
  failWith = null;
  pulls = 0;
});
afterEach(async () => {
  engine?.stop();
  engine = null;
  vi.useRealTimers();
  db.close();
  await db.delete();
});

function startEngine(): SyncEngine {
  engine = createSyncEngine({ db, transport, userId: 'u1', random: () => 1 });
  engine.start();
  return engine;
}

async function settle(): Promise<void> {
  // Let IndexedDB work (scheduled with the real setImmediate) and promises run until no cycle is
  // in flight.
  const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
  for (let i = 0; i < 20; i += 1) await tick();
  for (let i = 0; i < 2_000 && engine?.getState().phase === 'syncing'; i += 1) await tick();
  for (let i = 0; i < 5; i += 1) await tick();
}

describe('sync triggers', () => {
  it('syncs at start as leader (no Web Locks here), then every minute', async () => {
    const e = startEngine();
    await settle();
    expect(pulls).toBe(1);
    expect(e.getState()).toMatchObject({ phase: 'idle', isLeader: true });
    await vi.advanceTimersByTimeAsync(60_000);
    await settle();
    expect(pulls).toBe(2);
  });

  it('syncs when the browser comes online and when the window gets focus', async () => {
    startEngine();
    await settle();
    window.dispatchEvent(new Event('online'));
    await settle();
    window.dispatchEvent(new Event('focus'));
    await settle();
    expect(pulls).toBe(3);
  });

  it('debounces local changes into one sync about a second later', async () => {
    const e = startEngine();
    await settle();
    e.notifyLocalChange();
    e.notifyLocalChange();
    e.notifyLocalChange();
    await vi.advanceTimersByTimeAsync(500);
    await settle();
    expect(pulls).toBe(1);
    await vi.advanceTimersByTimeAsync(600);
    await settle();
    expect(pulls).toBe(2);
  });

  it('retries a failed cycle with growing delays', async () => {
    failWith = new NetworkError('down');
    const e = startEngine();
    await settle();
    expect(e.getState()).toMatchObject({ phase: 'error', lastErrorCode: 'network' });
    await vi.advanceTimersByTimeAsync(1_999);
    await settle();
    expect(pulls).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(pulls).toBe(2); // after 2 s
    await vi.advanceTimersByTimeAsync(3_999);
    await settle();
    expect(pulls).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(pulls).toBe(3); // after 4 s more
    failWith = null;
    await vi.advanceTimersByTimeAsync(8_000);
    await settle();
    expect(e.getState().phase).toBe('idle');
  });

  it('stays silent after a 401 until syncNow is called', async () => {
    failWith = new HttpError(401, 'session_expired', 'Sesi berakhir');
    const e = startEngine();
    await settle();
    expect(e.getState().phase).toBe('sessionExpired');
    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    await settle();
    expect(pulls).toBe(1);
    failWith = null;
    await e.syncNow();
    expect(e.getState().phase).toBe('idle');
    expect(pulls).toBe(2);
  });

  it('does nothing by itself after stop()', async () => {
    const e = startEngine();
    await settle();
    e.stop();
    window.dispatchEvent(new Event('online'));
    e.notifyLocalChange();
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    await settle();
    expect(pulls).toBe(1);
    expect(e.getState().isLeader).toBe(false);
  });
});
