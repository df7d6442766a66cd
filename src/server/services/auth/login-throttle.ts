// Who a login attempt counts against (docs/security.md, "Password guessing"). Every attempt is
// counted before its password is checked, atomically (store.countLoginAttempt), under:
// - its address: 20 attempts per 15 minutes (successful ones are given back);
// - its username, when it comes from a browser where this user has not signed in before: 5 per
//   15 minutes. Anyone can spend this allowance, so it must not be the only door:
// - a trusted device (a device cookie from an earlier successful login of this user, OWASP's
//   "device cookies") counts against its own 5 per 15 minutes instead, so an attacker elsewhere
//   cannot lock the user out of the tablet they always use.
import { ServiceError } from '../errors';
import type { ServiceContext } from '../context';
import type { ThrottleCount } from '../../store/auth-queries';

export const attemptWindowMs = 15 * 60 * 1000;
export const maxAttemptsPerUsername = 5;
export const maxAttemptsPerDevice = 5;
export const maxAttemptsPerIp = 20;

export interface ThrottleKeys { ip: string; account: string }

export function throttleKeys(input: { username: string; ip: string; trustedDeviceHash: string | null }): ThrottleKeys {
  return {
    ip: `ip:${input.ip}`,
    account: input.trustedDeviceHash ? `device:${input.trustedDeviceHash}:${input.username.toLowerCase()}` : `user:${input.username.toLowerCase()}`,
  };
}

const limitOf = (key: string): number =>
  key.startsWith('ip:') ? maxAttemptsPerIp : key.startsWith('device:') ? maxAttemptsPerDevice : maxAttemptsPerUsername;

/**
 * Counts the attempt; throws rate_limited (with the wait) when any key is past its limit.
 * `onLocked` hears of a key the moment it first goes past its limit (once per window, however
 * many guesses arrive together: the count is atomic), for the audit trail.
 */
export async function countAttempt(ctx: ServiceContext, keys: string[], onLocked?: (key: string) => Promise<void>): Promise<void> {
  const now = ctx.now();
  const counts = await ctx.store.countLoginAttempt(keys, now, attemptWindowMs);
  const over = counts.filter((c: ThrottleCount) => c.attempts > limitOf(c.key));
  if (over.length === 0) return;
  if (onLocked) for (const c of over) if (c.attempts === limitOf(c.key) + 1) await onLocked(c.key);
  const freeAt = Math.max(...over.map((c) => c.windowStart.getTime() + attemptWindowMs));
  const seconds = Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
  throw new ServiceError('rate_limited', { retryAfterSeconds: seconds }, { seconds });
}
