// Who was signed in here, readable without Dexie: the entry (main.tsx) decides from it whether to
// show the login form at once or load the app, so a first visit over weak 3G fetches neither Dexie
// nor the signed-in screens before the form shows (docs/performance.md).
import type { SessionInfo } from '../../api/auth';

/** The app-level database of accounts (accounts.ts). */
export const appDatabaseName = 'pantau-kinerja';

/**
 * The shape of the session info this build stores. The info was parsed by this build's schema
 * when it came from the server (login, renewal), so a row carrying this number is read on an
 * offline start without loading zod (~140 ms of a start on a 4× slower CPU, docs/performance.md);
 * a row saved by another build is parsed first. Bump it whenever SessionInfo changes shape:
 * test/client/db/accounts.test.ts fails until you do.
 */
export const accountFormat = 7;

/**
 * The current account's info, mirrored in localStorage: an offline start reads it synchronously
 * instead of waiting for IndexedDB (opening this database and two reads took ~0.4 s of a start on
 * a 4× slower CPU, docs/performance.md). IndexedDB stays the source of truth: the session provider
 * checks it once the first screen is up.
 */
const hintKey = 'pantau-kinerja.current-account';

export function writeHint(info: SessionInfo | null): void {
  try {
    if (info) localStorage.setItem(hintKey, JSON.stringify({ format: accountFormat, info }));
    else localStorage.removeItem(hintKey);
  } catch {
    // storage blocked or full: starts take the IndexedDB path
  }
}

/** The current account as this build last saved it, or null (none, another build's, unreadable). */
export function readCurrentAccountHint(): SessionInfo | null {
  try {
    const raw = localStorage.getItem(hintKey);
    if (raw === null) return null;
    const hint = JSON.parse(raw) as { format?: unknown; info?: SessionInfo };
    return hint.format === accountFormat && hint.info ? hint.info : null;
  } catch {
    return null;
  }
}

/**
 * Whether this browser has ever kept an account (the app database exists). Without it the login
 * form needs nothing else; with it, the app loads and reads the account (a build from before the
 * hint, or a hint lost with localStorage). Unknown (no indexedDB.databases()) counts as yes.
 */
export async function mayHaveAccount(): Promise<boolean> {
  try {
    if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return true;
    return (await indexedDB.databases()).some((d) => d.name === appDatabaseName);
  } catch {
    return true;
  }
}
