// The sync cycle run by the service worker when the browser fires the outbox sync (background-sync.ts):
// the same code as the page's sender (sync-cycle.ts), on the signed-in user's database, under the
// same Web Lock as the page leader, so that only one sender ever runs. An open tab holds the lock
// for its whole life and sends by itself; the worker waits a while for it (the sync often fires as
// the tab closes) and then gives up with PageIsSendingError, so that the browser tries again later.
// The page asks for a sync at every save (sync-engine.ts), so the worker usually finds the tab still
// open and sending: it watches the outbox while it waits and ends as soon as the page has emptied
// it ('sent-by-page'), instead of holding the event for a minute and being fired again.
// A 401 leaves everything in the outbox (the page asks for the password when it next opens); a
// network or server failure is thrown too: the browser fires the sync again later.
import type { PantauDatabase } from '../db/database';
import { setMetas } from '../db/meta';
import { hasOutboxEntries, releaseSending } from '../db/push-ack';
import { lockName } from './leader';
import { runSyncCycle } from './sync-cycle';
import { isSessionError, waitsForUser } from './sync-engine';
import type { SyncTransport } from './transport';

export type BackgroundPushOutcome = 'no-user' | 'nothing-to-send' | 'sent-by-page' | 'synced' | 'session-expired';

/** A tab kept the sender's lock for all of `waitForPageMs`: it sends; the browser may retry later. */
export class PageIsSendingError extends Error {
  constructor() {
    super('A page holds the sender lock');
    this.name = 'PageIsSendingError';
  }
}

/** How long the worker waits for an open tab to close and free the lock (a sync event may last minutes). */
export const waitForPageMs = 60_000;
/** While waiting for the lock, how often the worker looks whether the page has sent everything. */
export const outboxPollMs = 1_000;

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
  /** Default outboxPollMs. */
  outboxPollMs?: number;
}

export async function runBackgroundPush(options: BackgroundPushOptions): Promise<BackgroundPushOutcome> {
  const userId = await options.currentUserId();
  if (!userId) return 'no-user';
  const work = () => pushAsWorker(options, userId);
  if (!options.locks) return work();
  let acquired = false;
  const waiting = new AbortController();
  const timeout = setTimeout(() => waiting.abort(new PageIsSendingError()), options.waitForPageMs ?? waitForPageMs);
  const watch = watchForEmptyOutbox(options, userId, () => waiting.abort(sentByPage));
  try {
    return await options.locks.request(lockName(userId), { signal: waiting.signal }, () => {
      acquired = true;
      watch.stop();
      return work();
    });
  } catch (error) {
    if (acquired) throw error;
    if (waiting.signal.reason === sentByPage) return 'sent-by-page';
    throw new PageIsSendingError(); // the wait timed out: a tab still holds the lock
  } finally {
    clearTimeout(timeout);
    watch.stop();
  }
}

const sentByPage = Symbol('sent-by-page');

/** Calls `onEmpty` once the outbox is empty, looking every outboxPollMs until stopped. */
function watchForEmptyOutbox(options: BackgroundPushOptions, userId: string, onEmpty: () => void): { stop(): void } {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const db = options.openDatabase(userId);
  const look = async () => {
    timer = null;
    const empty = !(await hasOutboxEntries(db).catch(() => true));
    if (stopped) return;
    if (empty) onEmpty();
    else timer = setTimeout(() => void look(), options.outboxPollMs ?? outboxPollMs);
  };
  timer = setTimeout(() => void look(), options.outboxPollMs ?? outboxPollMs);
  return {
    stop() {
      if (stopped) return;
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      db.close();
    },
  };
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
