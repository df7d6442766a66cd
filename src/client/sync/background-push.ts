// The sync cycle run by the service worker when the browser fires the outbox sync (background-sync.ts):
// the same code as the page's sender (sync-cycle.ts), on the signed-in user's database, under the
// same Web Lock as the page leader, so that only one sender ever runs. An open tab holds the lock
// for its whole life and sends by itself; the worker waits a while for it (the sync often fires as
// the tab closes) and then gives up with PageIsSendingError, so that the browser tries again later.
// A 401 leaves everything in the outbox (the page asks for the password when it next opens); a
// network or server failure is thrown too: the browser fires the sync again later.
import type { PantauDatabase } from '../db/database';
import { setMetas } from '../db/meta';
import { hasOutboxEntries, releaseSending } from '../db/push-ack';
import { lockName } from './leader';
import { runSyncCycle } from './sync-cycle';
import { isSessionError, waitsForUser } from './sync-engine';
import type { SyncTransport } from './transport';

export type BackgroundPushOutcome = 'no-user' | 'nothing-to-send' | 'synced' | 'session-expired';

/** A tab kept the sender's lock for all of `waitForPageMs`: it sends; the browser may retry later. */
export class PageIsSendingError extends Error {
  constructor() {
    super('A page holds the sender lock');
    this.name = 'PageIsSendingError';
  }
}

/** How long the worker waits for an open tab to close and free the lock (a sync event may last minutes). */
export const waitForPageMs = 60_000;

export interface BackgroundPushOptions {
  /** The signed-in user of this browser (db/accounts.ts), or null after a logout. */
  currentUserId(): Promise<string | null>;
  openDatabase(userId: string): PantauDatabase;
  transport: SyncTransport;
  /** navigator.locks; absent: no other sender can be told apart, the worker sends (seq keeps it safe). */
  locks?: Pick<LockManager, 'request'>;
  now?: () => Date;
  /** Default waitForPageMs. */
  waitForPageMs?: number;
}

export async function runBackgroundPush(options: BackgroundPushOptions): Promise<BackgroundPushOutcome> {
  const userId = await options.currentUserId();
  if (!userId) return 'no-user';
  const work = () => pushAsWorker(options, userId);
  if (!options.locks) return work();
  let acquired = false;
  try {
    return await options.locks.request(lockName(userId), { signal: AbortSignal.timeout(options.waitForPageMs ?? waitForPageMs) }, () => {
      acquired = true;
      return work();
    });
  } catch (error) {
    if (!acquired) throw new PageIsSendingError(); // the wait timed out: a tab still holds the lock
    throw error;
  }
}

async function pushAsWorker(options: BackgroundPushOptions, userId: string): Promise<BackgroundPushOutcome> {
  const now = options.now ?? (() => new Date());
  const db = options.openDatabase(userId);
  try {
    if (!(await hasOutboxEntries(db))) return 'nothing-to-send';
    let clockSkewMs: number | null = null;
    await runSyncCycle({ db, userId, transport: options.transport, now, onProgress: () => undefined, onClockSkew: (ms) => (clockSkewMs = ms) });
    const lastSyncAt = now().toISOString();
    await setMetas(db, clockSkewMs === null ? { lastSyncAt } : { lastSyncAt, clockSkewMs });
    return 'synced';
  } catch (error) {
    await releaseSending(db, error instanceof Error ? error.message : String(error)).catch(() => undefined);
    if (isSessionError(error) || waitsForUser(error)) return 'session-expired';
    throw error;
  } finally {
    db.close();
  }
}
