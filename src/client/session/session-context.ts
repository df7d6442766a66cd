import { createContext, useContext } from 'react';
import type { SessionInfo } from '../../api/auth';
import type { ActiveSession } from './active-session';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signedOut' }
  | { status: 'active'; session: ActiveSession };

export interface SessionControl {
  state: SessionState;
  /** After a successful online login: remember the account, open its database, start syncing. */
  signIn(info: SessionInfo): Promise<void>;
  /** After re-entering the password of an expired session: same user, keep everything, sync. */
  renew(info: SessionInfo): Promise<void>;
  /** Forget the current user on this device; their database and outbox stay. */
  signOut(): Promise<void>;
}

export const SessionContext = createContext<SessionControl | null>(null);

export function useSession(): SessionControl {
  const control = useContext(SessionContext);
  if (!control) throw new Error('useSession outside <SessionProvider>');
  return control;
}

/** For screens that only exist while someone is logged in. */
export function useActiveSession(): ActiveSession {
  const { state } = useSession();
  if (state.status !== 'active') throw new Error('No active session');
  return state.session;
}
