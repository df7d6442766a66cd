// Login, logout and the current session, parsed with the shared contract.
import type { SessionInfo } from '../../api/auth';
import { apiRoutes } from '../../api/routes';
import { requestJson, send, type HttpOptions } from './http-client';

const sessionInfo = () => import('../lazy-schemas').then((m) => m.sessionInfoSchema);

/** Throws HttpError (e.g. invalid_credentials, rate_limited) or NetworkError. */
export async function login(username: string, password: string, options?: HttpOptions): Promise<SessionInfo> {
  return requestJson(options, 'POST', apiRoutes.login, sessionInfo, { username, password });
}

export async function logout(options?: HttpOptions): Promise<void> {
  await send(options, 'POST', apiRoutes.logout);
}

export async function fetchSession(options?: HttpOptions): Promise<SessionInfo> {
  return requestJson(options, 'GET', apiRoutes.session, sessionInfo);
}
