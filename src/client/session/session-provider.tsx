// Owns the current session: restores it offline from the remembered account at start, opens it
// after login (online, or offline against the device's password verifier), closes it at logout.
// Children below an active session get the SyncProvider.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { SessionInfo } from '../../api/auth';
import { clearCurrentAccount, getCurrentAccount, readCurrentAccountHint, saveAccount } from '../db/accounts';
import { whenIdle } from '../lib/idle';
import { clearStartSnapshots } from '../lib/start-snapshot';
import { primeFirstScreen } from '../db/first-screen';
import { onDeviceDataChanged } from '../db/data-changes';
import { firstScreenOf } from './first-screen';
import { TenantClockProvider } from './tenant-clock';
import { tenantTimeZone } from '../../domain/tenant-clock';
import { endPendingLogout, logout } from '../sync/auth-api';
import { SyncProvider } from '../sync/sync-context';
import { createHttpTransport, type SyncTransport } from '../sync/transport';
import { requestPersistentStorage } from '../db/persist-storage';
import type { PantauDatabase } from '../db/database';
import { watchSchemaChanges } from '../db/schema-watch';
import { closeSession, openSession, type ActiveSession } from './active-session';
import { SessionContext, type OfflineSignInResult, type SessionControl, type SessionState } from './session-context';
import { DatabaseStatusContext, type DatabaseStatus } from './database-status';
import { DatabaseClosedBoundary } from './database-closed-boundary';
import { storeDraftBackups, type DraftBackup } from './draft-backup';
import { SchemaUpgradeNotice } from './schema-upgrade-notice';
import type { RenewalState } from './silent-renewal';

// Signing in without signal is rare: its code (PBKDF2 verifiers, the silent renewal) loads when
// used, not with the first screen (the first load's 150 kB budget, docs/performance.md).
const offlineSignIn = () => import('./offline-sign-in');

/** How long an offline start waits for its first screen's data before showing the screen anyway. */
const firstScreenWaitMs = 300;

export function SessionProvider(props: {
  children: ReactNode;
  /** Tests pass a transport at the network boundary; the app uses HTTP. */
  transport?: SyncTransport;
  /** A session opened by the caller (tests); the provider then does not restore one. */
  initialSession?: ActiveSession;
}) {
  const { initialSession } = props;
  const [state, setState] = useState<SessionState>(() =>
    initialSession ? { status: 'active', session: initialSession } : { status: 'loading' },
  );
  const transportRef = useRef<SyncTransport | null>(props.transport ?? null);
  const owned = useRef<ActiveSession | null>(null);
  // After an offline sign-in, the password until the server session is renewed: memory only.
  const held = useRef<{ username: string; password: string; userId: string } | null>(null);
  const [renewal, setRenewal] = useState<RenewalState>({ status: 'none' });
  const stopRenewal = useRef<(() => void) | null>(null);
  /** The session is no longer one signed in offline (another sign-in, a renewal, a logout). */
  const dropHeldPassword = useCallback(() => {
    held.current = null;
    stopRenewal.current?.();
    stopRenewal.current = null;
    setRenewal({ status: 'none' });
  }, []);

  const open = useCallback((info: SessionInfo): ActiveSession => {
    transportRef.current ??= createHttpTransport();
    const session = openSession(info, transportRef.current);
    owned.current = session;
    session.engine.start();
    return session;
  }, []);

  useEffect(() => {
    if (initialSession) return;
    let cancelled = false;
    // The start hint opens the session at once; IndexedDB, the source of truth, is read when the
    // first screen is up, and wins if it disagrees (another user, or nobody, is current there).
    const hinted = readCurrentAccountHint();
    // A microtask, not the effect's body: the session opens right after this commit either way.
    // Its first screen's data is read before the session shows, so that screen renders with it
    // (db/first-screen.ts); a slow read does not hold the app back for more than a moment.
    if (hinted) queueMicrotask(() => {
      if (cancelled) return;
      const session = open(hinted);
      const screen = firstScreenOf(window.location.pathname, session.actor, tenantTimeZone(session.info.tenant.settings));
      const primed = screen ? primeFirstScreen(session.db, screen).catch(() => undefined) : Promise.resolve();
      void Promise.race([primed, new Promise((done) => setTimeout(done, firstScreenWaitMs))]).then(() => {
        if (!cancelled && owned.current === session) setState({ status: 'active', session });
      });
    });
    const restore = () =>
      getCurrentAccount()
        .then((info) => {
          if (cancelled || (hinted && info?.user.id === hinted.user.id)) return;
          if (owned.current) closeSession(owned.current);
          owned.current = null;
          setState(info ? { status: 'active', session: open(info) } : { status: 'signedOut' });
        })
        .catch(() => {
          if (!cancelled && !hinted) setState({ status: 'signedOut' });
        });
    let cancelIdle = () => {};
    if (hinted) cancelIdle = whenIdle(() => void restore());
    else void restore();
    return () => {
      cancelled = true;
      cancelIdle();
      if (owned.current) closeSession(owned.current);
      owned.current = null;
    };
  }, [initialSession, open]);

  const signIn = useCallback(
    async (info: SessionInfo, password?: string) => {
      dropHeldPassword();
      await saveAccount(info);
      if (owned.current) closeSession(owned.current);
      setState({ status: 'active', session: open(info) });
      void requestPersistentStorage();
      // In the background: the slow derivation must not hold the first screen back.
      if (password) void offlineSignIn().then((m) => m.rememberPassword(info, password)).catch(() => undefined);
    },
    [open, dropHeldPassword],
  );

  const signInOffline = useCallback(
    async (username: string, password: string): Promise<OfflineSignInResult> => {
      const result = await (await offlineSignIn()).checkOfflinePassword(username, password);
      if (result.kind !== 'ok') return result;
      const { info } = result;
      dropHeldPassword();
      await saveAccount(info);
      if (owned.current) closeSession(owned.current);
      held.current = { username: info.user.username, password, userId: info.user.id };
      setRenewal({ status: 'waiting' });
      setState({ status: 'active', session: open(info) });
      return { kind: 'signedIn' };
    },
    [open, dropHeldPassword],
  );

  const forgetOfflineSignIn = useCallback((username: string) => offlineSignIn().then((m) => m.forgetPassword(username)).catch(() => undefined), []);

  const renew = useCallback(
    async (info: SessionInfo, password?: string) => {
      await saveAccount(info);
      if (password) void offlineSignIn().then((m) => m.rememberPassword(info, password)).catch(() => undefined);
      if (state.status !== 'active') return;
      dropHeldPassword();
      setState({ status: 'active', session: { ...state.session, info } });
      await state.session.engine.syncNow();
    },
    [state, dropHeldPassword],
  );

  const signOut = useCallback(async () => {
    if (state.status !== 'active') return;
    dropHeldPassword();
    // Best effort: the server session ends when it can be told; the device forgets the user now.
    logout().catch(() => undefined);
    clearStartSnapshots(); // the next user of this tablet must not see this one's screens
    await clearCurrentAccount();
    closeSession(state.session);
    owned.current = null;
    setState({ status: 'signedOut' });
  }, [state, dropHeldPassword]);

  // Kept looks of screens (start-snapshot.ts) must never show what the device no longer holds:
  // every write that changed a row throws them away, whatever screen is up (AppLayout keeps the
  // current one again when the app is left).
  useEffect(() => onDeviceDataChanged(clearStartSnapshots), []);

  // A logout made without signal reaches the server as soon as there is one (auth-api.ts).
  useEffect(() => {
    const tell = () => void endPendingLogout();
    tell();
    window.addEventListener('online', tell);
    return () => window.removeEventListener('online', tell);
  }, []);

  // A newer build in another tab may take the database over, or wait for this tab to let it go.
  const activeSession = state.status === 'active' ? state.session : null;
  const activeDb = activeSession?.db ?? null;
  const activeEngine = activeSession?.engine ?? null;
  const activeUserId = activeSession?.info.user.id ?? null;

  // Signed in offline: renew the server session at the next connection, then sync.
  useEffect(() => {
    const credentials = held.current;
    if (!activeEngine || !credentials || credentials.userId !== activeUserId) return;
    let stop: (() => void) | null = null;
    let cancelled = false;
    const stopOnce = () => {
      cancelled = true;
      stop?.();
    };
    void import('./silent-renewal').then(({ startSilentRenewal }) => {
      if (cancelled) return;
      stop = startSilentRenewal({
        ...credentials,
        onRenewed: async (info) => {
          held.current = null;
          setRenewal({ status: 'none' });
          await saveAccount(info);
          setState((s) => (s.status === 'active' && s.session.engine === activeEngine ? { status: 'active', session: { ...s.session, info } } : s));
          await activeEngine.syncNow();
          // A cycle already under way with the old cookie may have ended in a 401: go round again.
          if (activeEngine.getState().phase === 'sessionExpired') await activeEngine.syncNow();
        },
        onRefused: (code) => {
          held.current = null;
          setRenewal({ status: 'refused', code });
        },
      });
    });
    stopRenewal.current = stopOnce;
    return () => {
      stopOnce();
      if (stopRenewal.current === stopOnce) stopRenewal.current = null;
    };
  }, [activeEngine, activeUserId]);
  // Settings the admin changed on another device arrive with a sync (session/pulled-tenant-watch.ts).
  const latest = useRef(state);
  useEffect(() => { latest.current = state; }, [state]);
  useEffect(() => {
    if (!activeDb || !activeEngine || !activeUserId) return;
    let stop = () => {};
    let live = true;
    void import('./pulled-tenant-watch').then(({ watchSessionTenant }) => {
      if (!live) return;
      stop = watchSessionTenant({
        db: activeDb, userId: activeUserId,
        current: () => (latest.current.status === 'active' && latest.current.session.engine === activeEngine ? latest.current.session.info : null),
        apply: (info) => setState((s) => (s.status === 'active' && s.session.engine === activeEngine ? { status: 'active', session: { ...s.session, info } } : s)),
      });
    });
    return () => { live = false; stop(); };
  }, [activeDb, activeEngine, activeUserId]);
  const [watched, setWatched] = useState<{ db: PantauDatabase | null; status: DatabaseStatus; drafts: DraftBackup[] }>({
    db: null, status: 'ok', drafts: [],
  });
  const database = watched.db === activeDb ? watched : { status: 'ok' as const, drafts: [] };
  useEffect(() => {
    if (!activeDb || !activeEngine) return;
    return watchSchemaChanges(activeDb, (event) => {
      if (event === 'replaced') {
        activeEngine.stop(); // the sender stops: its database is gone; the new tab's sender takes over
        setWatched({ db: activeDb, status: 'replaced', drafts: storeDraftBackups() });
      } else if (event === 'blocked') {
        setWatched((w) => (w.db === activeDb && w.status !== 'ok' ? w : { db: activeDb, status: 'blocked', drafts: [] }));
      } else {
        setWatched((w) => (w.db === activeDb && w.status === 'replaced' ? w : { db: activeDb, status: 'ok', drafts: [] }));
      }
    });
  }, [activeDb, activeEngine]);

  const control = useMemo<SessionControl>(
    () => ({ state, signIn, signInOffline, forgetOfflineSignIn, renew, signOut, renewal }),
    [state, signIn, signInOffline, forgetOfflineSignIn, renew, signOut, renewal],
  );

  return (
    <SessionContext.Provider value={control}>
      {state.status === 'active' ? (
        <DatabaseStatusContext.Provider value={database.status}>
          <SchemaUpgradeNotice status={database.status} drafts={database.drafts} />
          <SyncProvider engine={state.session.engine} db={state.session.db}>
            <TenantClockProvider timeZone={tenantTimeZone(state.session.info.tenant.settings)}>
              <DatabaseClosedBoundary>{props.children}</DatabaseClosedBoundary>
            </TenantClockProvider>
          </SyncProvider>
        </DatabaseStatusContext.Provider>
      ) : (
        props.children
      )}
    </SessionContext.Provider>
  );
}
