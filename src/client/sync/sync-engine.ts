// When to sync and how it went: triggers (start, online, focus, a timer, local changes — every
// outbox entry, whichever repository wrote it, db/outbox-signal.ts), one cycle at a time
// (sync-cycle.ts), backoff after failures, silence after a 401, one leader tab, and a Background
// Sync request for the service worker whenever the outbox gains an entry, so that what a closing
// tab could not send still goes.
import type { PantauDatabase } from '../db/database';
import { getMeta, setMeta, setMetas } from '../db/meta';
import { onOutboxEntryAdded } from '../db/outbox-signal';
import { StorageFullError } from '../db/storage-errors';
import { endPendingLogout, isLogoutPending } from './auth-api';
import { retryDelayMs } from './backoff';
import { HttpError, NetworkError } from './http-client';
import { acquireLeadership, lockName, type Leadership } from './leader';
import type { SyncTransport } from './transport';

// The cycle's code (push, pull, rebase, evidence upload) loads with the first cycle, which the
// app runs once the first screen is up: it is not part of what home needs to render
// (docs/performance.md, first-load budget). Precached like every chunk, so offline it is there.
const loadCycle = () => import('./cycle-parts');

export interface SyncState {
  phase: 'idle' | 'syncing' | 'offline' | 'error' | 'sessionExpired';
  lastSyncAt: string | null;
  /** The error envelope's code (e.g. session_expired, forbidden), or 'network', 'storage_full',
   *  'invalid_response', 'internal'. */
  lastErrorCode: string | null;
  isLeader: boolean;
  clockSkewMs: number | null;
  progress: { pushed: number; pulled: number; pullShare?: number } | null;
}

export interface SyncEngine {
  start(): void;
  stop(): void;
  syncNow(): Promise<void>;
  /**
   * A change the next push should carry that is not an outbox entry (e.g. the device's name).
   * Outbox entries need no call: the engine hears of each one itself (db/outbox-signal.ts).
   */
  notifyLocalChange(): void;
  getState(): SyncState;
  subscribe(listener: (s: SyncState) => void): () => void;
}

export interface SyncEngineOptions {
  db: PantauDatabase;
  transport: SyncTransport;
  userId: string;
  now?: () => Date;
  /** For jitter; tests pass a fixed one. */
  random?: () => number;
  /**
   * Asks the service worker to push once the network is back, even with no tab open
   * (background-sync.ts); called when the outbox gains an entry, when entries wait offline, and
   * when a push fails on the network.
   */
  requestBackgroundSync?: () => void;
  /**
   * When the leader's first cycle runs (it returns a cancel). The app passes `whenIdle`, so the
   * first screen is drawn before the sync's database work and request (docs/performance.md);
   * by default the cycle starts at once.
   */
  scheduleFirstCycle?: (cycle: () => void) => () => void;
}

/** While the app is hidden (in the background, screen off): a pull a minute. */
export const periodicSyncMs = 60_000;
/**
 * While the app is on screen: a cycle this long after the last one ended, so a tablet learns of
 * what others did — above all a conflict its own value won, which only the other tablet's push
 * reveals — without anyone pressing "Sinkronkan sekarang". A quiet pull costs the server one read.
 */
export const visiblePullMs = 10_000;
export const localChangeDebounceMs = 1_000;

type ChannelMessage = { type: 'sync-request' } | { type: 'state-request' } | { type: 'state'; state: SyncState };

export function isSessionError(error: unknown): error is HttpError {
  return error instanceof HttpError && error.status === 401 && (error.code === 'session_expired' || error.code === 'unauthenticated');
}

/** Refusals only the user can lift (a forced password change): retrying on a timer cannot help. */
export function waitsForUser(error: unknown): boolean {
  return error instanceof HttpError && error.code === 'password_change_required';
}

function isBrowserOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { db, transport, userId } = options;
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  // Loaded when first needed (offline), not in the first load; precached like every chunk.
  const requestBackgroundSync =
    options.requestBackgroundSync ?? (() => void import('./background-sync').then((m) => m.requestOutboxSync()).catch(() => undefined));

  let state: SyncState = {
    phase: 'idle',
    lastSyncAt: null,
    lastErrorCode: null,
    isLeader: false,
    clockSkewMs: null,
    progress: null,
  };
  const listeners = new Set<(s: SyncState) => void>();
  let channel: BroadcastChannel | null = null;

  function setState(patch: Partial<SyncState>): void {
    state = { ...state, ...patch };
    for (const listener of listeners) listener(state);
    if (channel && state.isLeader) channel.postMessage({ type: 'state', state } satisfies ChannelMessage);
  }

  // Stored values first, so the UI shows the last sync time before the first cycle.
  void Promise.all([getMeta<string>(db, 'lastSyncAt'), getMeta<number>(db, 'clockSkewMs')])
    .then(([lastSyncAt, clockSkewMs]) => {
      if (state.lastSyncAt === null && lastSyncAt) setState({ lastSyncAt });
      if (state.clockSkewMs === null && typeof clockSkewMs === 'number') setState({ clockSkewMs });
    })
    .catch(() => undefined);

  let started = false;
  let leadership: Leadership | null = null;
  let running: Promise<void> | null = null;
  let rerun = false;
  let failures = 0;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let debounceTimer: ReturnType<typeof setTimeout> | null = null;
  let periodicTimer: ReturnType<typeof setTimeout> | null = null;
  let skewMs: number | null = null;
  let cancelFirstCycle: (() => void) | null = null;
  let unsubscribeOutbox: (() => void) | null = null;
  const scheduleFirstCycle = options.scheduleFirstCycle ?? ((cycle: () => void) => (cycle(), () => {}));

  async function runCycle(): Promise<void> {
    clearRetry();
    setState({ phase: 'syncing', progress: { pushed: 0, pulled: 0 } });
    skewMs = null;
    try {
      // A logout made offline on this browser ends its server session first: this user's cycle
      // must never run on the cookie of the one who left (auth-api.ts).
      if (isLogoutPending()) await endPendingLogout();
      const { runSyncCycle } = await loadCycle();
      await runSyncCycle({
        db,
        userId,
        transport,
        now,
        onProgress: (progress) => setState({ progress }),
        onClockSkew: (ms) => {
          skewMs = ms;
        },
      });
      const lastSyncAt = now().toISOString();
      await setMetas(db, skewMs === null ? { lastSyncAt } : { lastSyncAt, clockSkewMs: skewMs });
      failures = 0;
      setState({ phase: 'idle', lastSyncAt, lastErrorCode: null, progress: null, clockSkewMs: skewMs ?? state.clockSkewMs });
    } catch (error) {
      // The cycle's own code may be what failed to load: the error still ends the cycle (retry
      // later) instead of leaving it 'syncing' for good.
      const cycle = await loadCycle().catch(() => null);
      await cycle?.releaseSending(db, error instanceof Error ? error.message : String(error)).catch(() => undefined);
      if (skewMs !== null) await setMeta(db, 'clockSkewMs', skewMs).catch(() => undefined);
      const clockSkewMs = skewMs ?? state.clockSkewMs;
      if (isSessionError(error)) {
        // Wait for the user to log in again (syncNow); the outbox stays as it is.
        setState({ phase: 'sessionExpired', lastErrorCode: error.code, progress: null, clockSkewMs });
        return;
      }
      failures += 1;
      if (error instanceof NetworkError && cycle && (await cycle.hasOutboxEntries(db).catch(() => false))) requestBackgroundSync();
      const code =
        error instanceof HttpError
          ? error.code
          : error instanceof NetworkError
            ? 'network'
            : error instanceof StorageFullError
              ? 'storage_full'
              : 'internal';
      setState({ phase: isBrowserOffline() ? 'offline' : 'error', lastErrorCode: code, progress: null, clockSkewMs });
      if (!waitsForUser(error)) scheduleRetry();
    }
  }

  async function runExclusive(): Promise<void> {
    if (running) {
      // One cycle at a time: ask the running one to go round again, and wait for it.
      rerun = true;
      return running;
    }
    running = (async () => {
      do {
        rerun = false;
        await runCycle();
      } while (rerun && state.phase !== 'sessionExpired');
    })();
    try {
      await running;
    } finally {
      running = null;
      schedulePeriodic();
    }
  }

  function isHidden(): boolean {
    return typeof document !== 'undefined' && document.visibilityState === 'hidden';
  }

  /**
   * The next periodic cycle, counted from the end of the last one (or from now). After a failure
   * the backoff's retry leads and this stays at a minute, as before; after a 401 it waits for the
   * user (syncNow).
   */
  function schedulePeriodic(): void {
    if (!started) return;
    if (periodicTimer !== null) clearTimeout(periodicTimer);
    periodicTimer = null;
    if (state.phase === 'sessionExpired') return;
    periodicTimer = setTimeout(() => {
      periodicTimer = null;
      // A follower tab or a cycle already running: nothing starts here, so keep counting.
      if (running || !(leadership?.isLeader() ?? false)) schedulePeriodic();
      else trigger();
    }, isHidden() || failures > 0 ? periodicSyncMs : visiblePullMs);
  }

  function clearRetry(): void {
    if (retryTimer !== null) clearTimeout(retryTimer);
    retryTimer = null;
  }

  function scheduleRetry(): void {
    if (!started) return;
    clearRetry();
    retryTimer = setTimeout(() => {
      retryTimer = null;
      trigger();
    }, retryDelayMs(failures, random));
  }

  /** An automatic reason to sync (timer, online, focus): only the leader acts, never after a 401. */
  function trigger(): void {
    if (!started || state.phase === 'sessionExpired') return;
    if (!(leadership?.isLeader() ?? false)) return;
    void runExclusive();
  }

  function forwardToLeader(): boolean {
    if (!started || (leadership?.isLeader() ?? false) || !channel) return false;
    channel.postMessage({ type: 'sync-request' } satisfies ChannelMessage);
    return true;
  }

  const onOnline = () => {
    failures = 0;
    trigger();
  };
  const onOffline = () => {
    if (state.phase === 'error' || state.phase === 'idle') setState({ phase: 'offline' });
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible') trigger();
    else schedulePeriodic(); // hidden: the next one a minute from now
  };
  const onFocus = () => trigger();
  /** Debounced: a burst of saves (a whole quarter submitted) is one cycle, within about a second. */
  const scheduleLocalSync = () => {
    if (debounceTimer !== null) clearTimeout(debounceTimer);
    debounceTimer = setTimeout(() => {
      debounceTimer = null;
      if (!forwardToLeader()) trigger();
    }, localChangeDebounceMs);
  };
  /**
   * Any repository's write that queued a mutation: the sender goes within a second, and the
   * service worker is asked to sync as well, so that an entry saved just before the tab closes
   * (or the network drops) is still pushed (it waits while this tab holds the sender's lock).
   */
  const onOutboxEntry = () => {
    if (!started) return;
    requestBackgroundSync();
    scheduleLocalSync();
  };
  const onMessage = (event: MessageEvent<ChannelMessage>) => {
    const message = event.data;
    if (message.type === 'sync-request' && (leadership?.isLeader() ?? false)) {
      if (state.phase === 'sessionExpired') return;
      void runExclusive();
    } else if (message.type === 'state-request' && (leadership?.isLeader() ?? false)) {
      channel?.postMessage({ type: 'state', state } satisfies ChannelMessage);
    } else if (message.type === 'state' && !(leadership?.isLeader() ?? false)) {
      setState({ ...message.state, isLeader: false });
    }
  };

  return {
    start() {
      if (started) return;
      started = true;
      if (typeof BroadcastChannel !== 'undefined') {
        channel = new BroadcastChannel(lockName(userId));
        channel.addEventListener('message', onMessage);
        // A new tab asks the leader how things stand instead of waiting for its next change.
        channel.postMessage({ type: 'state-request' } satisfies ChannelMessage);
      }
      leadership = acquireLeadership(userId, () => {
        if (!started) return;
        setState({ isLeader: true });
        cancelFirstCycle = scheduleFirstCycle(() => {
          cancelFirstCycle = null;
          if (started) void runExclusive();
        });
      });
      if (typeof window !== 'undefined') {
        window.addEventListener('online', onOnline);
        window.addEventListener('offline', onOffline);
        window.addEventListener('focus', onFocus);
      }
      if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisible);
      unsubscribeOutbox = onOutboxEntryAdded(db, onOutboxEntry);
      schedulePeriodic();
    },
    stop() {
      if (!started) return;
      started = false;
      cancelFirstCycle?.();
      cancelFirstCycle = null;
      clearRetry();
      if (debounceTimer !== null) clearTimeout(debounceTimer);
      if (periodicTimer !== null) clearTimeout(periodicTimer);
      debounceTimer = null;
      periodicTimer = null;
      if (typeof window !== 'undefined') {
        window.removeEventListener('online', onOnline);
        window.removeEventListener('offline', onOffline);
        window.removeEventListener('focus', onFocus);
      }
      if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisible);
      unsubscribeOutbox?.();
      unsubscribeOutbox = null;
      leadership?.release();
      leadership = null;
      channel?.removeEventListener('message', onMessage);
      channel?.close();
      channel = null;
      setState({ isLeader: false });
    },
    async syncNow() {
      if (forwardToLeader()) return;
      await runExclusive();
    },
    notifyLocalChange() {
      if (!started) return;
      if (isBrowserOffline()) requestBackgroundSync(); // the entry may wait for a network that comes back after this tab closed
      scheduleLocalSync();
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
