// When the engine syncs by itself: start, online, focus, local changes (debounced), retries with
// backoff, and silence after a 401. The transport is a counting stand-in: what it answers does not
// matter here (the server-backed behaviour is in sync-engine.test.ts).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SyncEngine } from '../../../src/client/sync/sync-engine';
import { HttpError, NetworkError, type SyncTransport } from '../../../src/client/sync/transport';
import type { PullResponse, PushResponse } from '../../../src/api/sync';
import { useEngineStage } from './engine-stage';

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

const stage = useEngineStage();
const { settle } = stage;
beforeEach(() => {
  failWith = null;
  pulls = 0;
});

const startEngine = (): SyncEngine => stage.start({ transport, userId: 'u1', random: () => 1 });

describe('sync triggers', () => {
  it('syncs at start as leader (no Web Locks here), then every 10 s while the app is on screen', async () => {
    // A tablet whose value won a conflict learns of it only by pulling: within 10 s, untouched.
    const e = startEngine();
    await settle();
    expect(pulls).toBe(1);
    expect(e.getState()).toMatchObject({ phase: 'idle', isLeader: true });
    await vi.advanceTimersByTimeAsync(9_999);
    await settle();
    expect(pulls).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(pulls).toBe(2);
    await vi.advanceTimersByTimeAsync(10_000);
    await settle();
    expect(pulls).toBe(3);
  });

  it('counts the period from the last cycle, whatever started it', async () => {
    const e = startEngine();
    await settle();
    await vi.advanceTimersByTimeAsync(6_000);
    e.notifyLocalChange();
    await vi.advanceTimersByTimeAsync(1_000);
    await settle();
    expect(pulls).toBe(2); // the save's cycle, at 7 s
    await vi.advanceTimersByTimeAsync(9_000); // 16 s: 10 s after start, 9 s after the save's cycle
    await settle();
    expect(pulls).toBe(2);
    await vi.advanceTimersByTimeAsync(1_000);
    await settle();
    expect(pulls).toBe(3);
  });

  it('pulls once a minute while the app is hidden', async () => {
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    try {
      startEngine();
      await settle();
      document.dispatchEvent(new Event('visibilitychange'));
      await vi.advanceTimersByTimeAsync(59_999);
      await settle();
      expect(pulls).toBe(1);
      await vi.advanceTimersByTimeAsync(1);
      await settle();
      expect(pulls).toBe(2);
    } finally {
      visibility.mockRestore();
    }
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
