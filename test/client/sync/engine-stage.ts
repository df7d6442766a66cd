// The stage for the tests of when the engine syncs by itself (scheduler.test.ts,
// every-write-syncs.test.ts): fake timers and a fresh device database for each test, the engine
// stopped and the database deleted after it, and `settle`, which lets IndexedDB (fake-indexeddb,
// scheduled with the real setImmediate) and promises run until no cycle is in flight.
import { afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { openUserDatabase, type PantauDatabase } from '../../../src/client/db/database';
import { createSyncEngine, type SyncEngine, type SyncEngineOptions } from '../../../src/client/sync/sync-engine';

export interface EngineStage {
  /** This test's database (opened before each test). */
  readonly db: PantauDatabase;
  /** Creates and starts the engine over this test's database; stopped after the test. */
  start: (options: Omit<SyncEngineOptions, 'db'>) => SyncEngine;
  settle: () => Promise<void>;
}

export function useEngineStage(): EngineStage {
  let db: PantauDatabase | null = null;
  let engine: SyncEngine | null = null;

  beforeAll(async () => {
    // The engine loads the cycle's code on its first cycle: loaded here once, so that the first
    // cycle of a test does not outlast settle() on a busy machine.
    await import('../../../src/client/sync/cycle-parts');
  });
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    db = openUserDatabase(crypto.randomUUID());
  });
  afterEach(async () => {
    engine?.stop();
    engine = null;
    vi.useRealTimers();
    db?.close();
    await db?.delete();
    db = null;
  });

  const stage: EngineStage = {
    get db() {
      if (!db) throw new Error('the database is opened before each test');
      return db;
    },
    start(options) {
      engine = createSyncEngine({ db: stage.db, ...options });
      engine.start();
      return engine;
    },
    async settle() {
      const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
      for (let i = 0; i < 20; i += 1) await tick();
      for (let i = 0; i < 2_000 && engine?.getState().phase === 'syncing'; i += 1) await tick();
      for (let i = 0; i < 5; i += 1) await tick();
    },
  };
  return stage;
}
