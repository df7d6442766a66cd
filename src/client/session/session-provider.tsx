// Owns the current session: restores it offline from the remembered account at start, opens it
// after login, closes it at logout. Children below an active session get the SyncProvider.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { SessionInfo } from '../../api/auth';
import { clearCurrentAccount, getCurrentAccount, saveAccount } from '../db/accounts';
import { logout } from '../sync/auth-api';
import { SyncProvider } from '../sync/sync-context';
import { createHttpTransport, type SyncTransport } from '../sync/transport';
import { requestPersistentStorage } from '../pwa/persist-storage';
import { closeSession, openSession, type ActiveSession } from './active-session';
import { SessionContext, type SessionControl, type SessionState } from './session-context';

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
    getCurrentAccount()
      .then((info) => {
        if (cancelled) return;
        setState(info ? { status: 'active', session: open(info) } : { status: 'signedOut' });
      })
      .catch(() => {
        if (!cancelled) setState({ status: 'signedOut' });
      });
    return () => {
      cancelled = true;
      if (owned.current) closeSession(owned.current);
      owned.current = null;
    };
  }, [initialSession, open]);

  const signIn = useCallback(
    async (info: SessionInfo) => {
      await saveAccount(info);
      if (owned.current) closeSession(owned.current);
      setState({ status: 'active', session: open(info) });
      void requestPersistentStorage();
    },
    [open],
  );

  const renew = useCallback(
    async (info: SessionInfo) => {
      await saveAccount(info);
      if (state.status !== 'active') return;
      setState({ status: 'active', session: { ...state.session, info } });
      await state.session.engine.syncNow();
    },
    [state],
  );

  const signOut = useCallback(async () => {
    if (state.status !== 'active') return;
    // Best effort: the server session ends when it can be told; the device forgets the user now.
    logout().catch(() => undefined);
    await clearCurrentAccount();
    closeSession(state.session);
    owned.current = null;
    setState({ status: 'signedOut' });
  }, [state]);

  const control = useMemo<SessionControl>(() => ({ state, signIn, renew, signOut }), [state, signIn, renew, signOut]);

  return (
    <SessionContext.Provider value={control}>
      {state.status === 'active' ? (
        <SyncProvider engine={state.session.engine} db={state.session.db}>
          {props.children}
        </SyncProvider>
      ) : (
        props.children
      )}
    </SessionContext.Provider>
  );
}
