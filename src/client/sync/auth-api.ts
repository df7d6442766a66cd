// Login, logout and the current session, parsed with the shared contract.
import type { SessionInfo } from '../../api/auth';
import { apiRoutes } from '../../api/routes';
import { NetworkError, requestJson, send, type HttpOptions } from './http-client';

const sessionInfo = () => import('../lazy-schemas').then((m) => m.sessionInfoSchema);

/**
 * A logout made without signal: the server session (its cookie still in this browser) is ended at
 * the next connection, before anyone signs in again here — a new login would replace the cookie and
 * leave the old session alive on the server for its 60 days.
 */
const pendingLogoutKey = 'pantau-kinerja.pending-logout';

function setLogoutPending(pending: boolean): void {
  try {
    if (pending) localStorage.setItem(pendingLogoutKey, '1');
    else localStorage.removeItem(pendingLogoutKey);
  } catch {
    // storage unavailable: the server session ends at its expiry
  }
}

export function isLogoutPending(): boolean {
  try {
    return localStorage.getItem(pendingLogoutKey) === '1';
  } catch {
    return false;
  }
}

/** Throws HttpError (e.g. invalid_credentials, rate_limited) or NetworkError. */
export async function login(username: string, password: string, options?: HttpOptions): Promise<SessionInfo> {
  await endPendingLogout(options);
  return requestJson(options, 'POST', apiRoutes.login, sessionInfo, { username, password });
}

/** Ends the server session; without signal, remembers to end it at the next connection (and throws). */
export async function logout(options?: HttpOptions): Promise<void> {
  try {
    await send(options, 'POST', apiRoutes.logout);
    setLogoutPending(false);
  } catch (error) {
    // An HTTP answer means the server has no live session for this cookie any more.
    setLogoutPending(error instanceof NetworkError);
    throw error;
  }
}

/** Tells the server about a logout made offline, if there is one; quiet when still offline. */
export async function endPendingLogout(options?: HttpOptions): Promise<void> {
  if (!isLogoutPending()) return;
  await logout(options).catch(() => undefined);
}

export async function fetchSession(options?: HttpOptions): Promise<SessionInfo> {
  return requestJson(options, 'GET', apiRoutes.session, sessionInfo);
}
