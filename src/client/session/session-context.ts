import { createContext, useContext } from 'react';
import type { SessionInfo } from '../../api/auth';
import type { ActiveSession } from './active-session';
import type { OfflineCheck } from './offline-sign-in';
import type { RenewalState } from './silent-renewal';

/** What an offline sign-in came to; on success the session is open. */
export type OfflineSignInResult = { kind: 'signedIn' } | Exclude<OfflineCheck, { kind: 'ok' }>;

export type SessionState =
  | { status: 'loading' }
  | { status: 'signedOut' }
  | { status: 'active'; session: ActiveSession };

export interface SessionControl {
  state: SessionState;
  /**
   * After a successful online login: remember the account, open its database, start syncing.
   * With the password, also keep a verifier for signing in again without signal.
   */
  signIn(info: SessionInfo, password?: string): Promise<void>;
  /** Without signal: check the password against this device's verifier and open the user's data. */
  signInOffline(username: string, password: string): Promise<OfflineSignInResult>;
  /** The server called this account inactive: no more offline sign-in for it on this device. */
  forgetOfflineSignIn(username: string): Promise<void>;
  /** After re-entering the password of an expired session (or changing it): same user, keep everything, sync. */
  renew(info: SessionInfo, password?: string): Promise<void>;
  /** Forget the current user on this device; their database and outbox stay. */
  signOut(): Promise<void>;
  /** The server session after an offline sign-in (silent-renewal.ts). */
  renewal: RenewalState;
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
