// Signing in again without signal (docs/design.md "Auth offline"): a user who has signed in on
// this device with the network can sign in again offline with the same password, checked against
// the verifier kept on the device (password-verifier.ts, db/offline-verifiers.ts). Wrong guesses
// are counted on the device before each check; after five, each further guess waits longer.
import type { SessionInfo } from '../../api/auth';
import { getAccount } from '../db/accounts';
import {
  getOfflineVerifier,
  listOfflineSignIns,
  putOfflineVerifier,
  removeOfflineVerifier,
  setOfflineFailures,
} from '../db/offline-verifiers';
import { createPasswordVerifier, matchesPasswordVerifier } from './password-verifier';

export { listOfflineSignIns };

/** Wrong guesses allowed before the first wait. */
export const freeOfflineGuesses = 5;
const firstWaitMs = 30_000;
const longestWaitMs = 60 * 60_000;

/** The wait after `failures` wrong guesses: none before the fifth, then 30 s doubling per guess, at most 1 h. */
export function offlineWaitMs(failures: number): number {
  if (failures < freeOfflineGuesses) return 0;
  return Math.min(longestWaitMs, firstWaitMs * 2 ** (failures - freeOfflineGuesses));
}

export type OfflineCheck =
  | { kind: 'ok'; info: SessionInfo }
  /** No verifier for this username on this device: signing in needs the network. */
  | { kind: 'unknown' }
  /** `remaining` guesses before a wait; `waitMs` > 0 once this guess started one. */
  | { kind: 'wrong'; remaining: number; waitMs: number }
  /** Not checked: an earlier wrong guess set a wait that has not passed. */
  | { kind: 'wait'; waitMs: number };

export const normaliseUsername = (username: string): string => username.trim().toLowerCase();

export async function checkOfflinePassword(username: string, password: string, now: () => Date = () => new Date()): Promise<OfflineCheck> {
  const key = normaliseUsername(username);
  const verifier = await getOfflineVerifier(key);
  if (!verifier) return { kind: 'unknown' };
  const waiting = verifier.retryAt ? Date.parse(verifier.retryAt) - now().getTime() : 0;
  if (waiting > 0) return { kind: 'wait', waitMs: waiting };
  // Counted before the slow check, so closing the tab mid-check does not make a guess free.
  const failures = verifier.failures + 1;
  const waitMs = offlineWaitMs(failures);
  await setOfflineFailures(key, failures, waitMs > 0 ? new Date(now().getTime() + waitMs).toISOString() : null);
  if (!(await matchesPasswordVerifier(password, verifier))) {
    return { kind: 'wrong', remaining: Math.max(0, freeOfflineGuesses - failures), waitMs };
  }
  await setOfflineFailures(key, 0, null);
  const info = await getAccount(verifier.userId);
  // A verifier without its account (cleared by hand): nothing to open offline.
  return info ? { kind: 'ok', info } : { kind: 'unknown' };
}

/**
 * After the server accepted `password` for this user (login, renewal, password change): keep a
 * verifier for it. Not for a one-time password: that session can do nothing offline anyway.
 */
export async function rememberPassword(info: SessionInfo, password: string): Promise<void> {
  if (info.mustChangePassword) return;
  const verifier = await createPasswordVerifier(password);
  await putOfflineVerifier({
    username: normaliseUsername(info.user.username),
    userId: info.user.id,
    ...verifier,
    savedAt: new Date().toISOString(),
    failures: 0,
    retryAt: null,
  });
}

/** The server refused this user's password or account: the device must stop accepting it. */
export async function forgetPassword(username: string): Promise<void> {
  await removeOfflineVerifier(normaliseUsername(username));
}
