// After an offline sign-in the server session may be gone (ended by the logout, or the cookie is
// another user's): at the next connection the app signs in again with the password it holds in
// memory for this app session only, then drops it. The server's answer is the last word: a
// password changed elsewhere or an inactive account deletes the device's verifier and falls back
// to "ask for the password again" (reauth-banner.tsx), with the outbox kept.
import type { SessionInfo } from '../../api/auth';
import { login } from '../sync/auth-api';
import { retryDelayMs } from '../sync/backoff';
import { HttpError } from '../sync/http-client';
import { forgetPassword } from './offline-sign-in';

export type RenewalRefusal = 'invalid_credentials' | 'account_inactive';

export type RenewalState =
  | { status: 'none' }
  /** Signed in offline: the server session is renewed at the next connection. */
  | { status: 'waiting' }
  /** The server refused the held password or the account; the verifier is deleted. */
  | { status: 'refused'; code: RenewalRefusal };

export interface SilentRenewalOptions {
  username: string;
  password: string;
  /** The user the device signed in offline; a login answering for anyone else is refused. */
  userId: string;
  onRenewed(info: SessionInfo): void | Promise<void>;
  onRefused(code: RenewalRefusal): void;
  /** Tests pass the login at the network boundary; the app uses HTTP. */
  login?: (username: string, password: string) => Promise<SessionInfo>;
  random?: () => number;
}

const isRefusal = (error: unknown): error is HttpError & { code: RenewalRefusal } =>
  error instanceof HttpError && (error.code === 'invalid_credentials' || error.code === 'account_inactive');

function retryAfterMs(error: unknown): number {
  if (!(error instanceof HttpError) || typeof error.details !== 'object' || error.details === null) return 0;
  const seconds = (error.details as { retryAfterSeconds?: unknown }).retryAfterSeconds;
  return typeof seconds === 'number' && Number.isFinite(seconds) ? seconds * 1000 : 0;
}

/**
 * Tries at once (unless the browser says it is offline), again on `online`, and after failures
 * (network, login_busy, rate_limited) with the sync's backoff or the server's Retry-After.
 * Returns a stop that also forgets the password.
 */
export function startSilentRenewal(options: SilentRenewalOptions): () => void {
  const signIn = options.login ?? ((username: string, password: string) => login(username, password));
  let password: string | null = options.password;
  let running = false;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;

  function stop(): void {
    password = null;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    window.removeEventListener('online', attempt);
  }

  function attempt(): void {
    if (password === null || running || navigator.onLine === false) return;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    running = true;
    signIn(options.username, password)
      .then(async (info) => {
        if (password === null) return; // stopped meanwhile (logout): the answer is not used
        stop();
        if (info.user.id !== options.userId) {
          await forgetPassword(options.username).catch(() => undefined);
          options.onRefused('invalid_credentials');
          return;
        }
        await options.onRenewed(info);
      })
      .catch(async (error: unknown) => {
        if (password === null) return;
        if (isRefusal(error)) {
          stop();
          await forgetPassword(options.username).catch(() => undefined);
          options.onRefused(error.code);
          return;
        }
        failures += 1;
        timer = setTimeout(attempt, Math.max(retryAfterMs(error), retryDelayMs(failures, options.random)));
      })
      .finally(() => {
        running = false;
      });
  }

  window.addEventListener('online', attempt);
  attempt();
  return stop;
}
