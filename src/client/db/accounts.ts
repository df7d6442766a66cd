/*
 * The app-level database 'pantau-kinerja', shared by every user of this browser and kept across
 * logouts: who has logged in here (their last session info, for an offline start) and who is
 * current. Users' own data lives in their per-user databases (database.ts), which are never
 * deleted from here.
 *
 * Tables: accounts (userId → last SessionInfo), settings (key/value: currentUserId),
 * offlineVerifiers (v2, username → password verifier for an offline sign-in and its wrong guesses;
 * offline-verifiers.ts).
 */
import Dexie, { type Table } from 'dexie';
import type { SessionInfo } from '../../api/auth';
import { guardStorage } from './storage-errors';
import { accountFormat, appDatabaseName, writeHint } from './account-hint';

export { accountFormat, readCurrentAccountHint } from './account-hint';

/** A row of offlineVerifiers, read and written by offline-verifiers.ts. */
export interface OfflineVerifierRow {
  /** As the server spells it (lower case). */
  username: string;
  userId: string;
  salt: Uint8Array;
  /** PBKDF2-HMAC-SHA256(password, salt, iterations), 32 bytes. */
  hash: Uint8Array;
  iterations: number;
  savedAt: string;
  /** Wrong offline guesses since the last success (offline or online). */
  failures: number;
  /** ISO time before which the next guess is not checked, or null. */
  retryAt: string | null;
}

interface AccountRow {
  userId: string;
  info: SessionInfo;
  savedAt: string;
  /** accountFormat of the build that saved it; absent: saved before formats were recorded. */
  format?: number;
}

class AppDatabase extends Dexie {
  declare accounts: Table<AccountRow, string>;
  declare settings: Table<{ key: string; value: unknown }, string>;
  declare offlineVerifiers: Table<OfflineVerifierRow, string>;

  constructor() {
    super(appDatabaseName);
    this.version(1).stores({ accounts: 'userId', settings: 'key' });
    this.version(2).stores({ offlineVerifiers: 'username' });
  }
}

export type { AppDatabase };

let appDb: AppDatabase | null = null;
/** The one connection to the app-level database (offline-verifiers.ts uses it too). */
export function app(): AppDatabase {
  appDb ??= new AppDatabase();
  return appDb;
}

/** Remembers the session info and makes its user the current one. */
export async function saveAccount(info: SessionInfo): Promise<void> {
  const db = app();
  await guardStorage(() =>
    db.transaction('rw', db.accounts, db.settings, async () => {
      await db.accounts.put({ userId: info.user.id, info, savedAt: new Date().toISOString(), format: accountFormat });
      await db.settings.put({ key: 'currentUserId', value: info.user.id });
    }),
  );
  writeHint(info);
}

/** The current account from IndexedDB (the source of truth); the start hint is set to match. */
export async function getCurrentAccount(): Promise<SessionInfo | null> {
  const info = await readCurrentAccount();
  writeHint(info);
  return info;
}

async function readCurrentAccount(): Promise<SessionInfo | null> {
  const current = await app().settings.get('currentUserId');
  if (typeof current?.value !== 'string') return null;
  return getAccount(current.value);
}

/** The last session info kept for a user of this device (an offline sign-in opens it), or null. */
export async function getAccount(userId: string): Promise<SessionInfo | null> {
  const db = app();
  const row = await db.accounts.get(userId);
  if (!row) return null;
  if (row.format === accountFormat) return row.info;
  // Stored by another version of the app? Treat as unknown rather than trusting its shape.
  // The schema loads lazily, to keep zod out of the first load (docs/performance.md).
  const { sessionInfoSchema } = await import('../lazy-schemas');
  const parsed = sessionInfoSchema.safeParse(row.info);
  if (!parsed.success) return null;
  // Stamped with this build's format, the next start skips the schema. Best effort: a full disk
  // only costs the next start the same check again.
  await db.accounts.update(row.userId, { info: parsed.data, format: accountFormat }).catch(() => undefined);
  return parsed.data;
}

/**
 * Who is signed in, without the session info's schema (zod): what the service worker needs to find
 * the database its background sync pushes (sync/background-push.ts). IndexedDB, unlike
 * localStorage, is readable there, so nothing has to be mirrored for it.
 */
export async function getCurrentUserId(): Promise<string | null> {
  const current = await app().settings.get('currentUserId');
  return typeof current?.value === 'string' ? current.value : null;
}

/** Logout: forgets who is current; never deletes a user's database (it may hold unsent work). */
export async function clearCurrentAccount(): Promise<void> {
  writeHint(null);
  await app().settings.delete('currentUserId');
}

export async function listAccounts(): Promise<SessionInfo[]> {
  const rows = await app().accounts.orderBy('userId').toArray();
  return rows.sort((a, b) => b.savedAt.localeCompare(a.savedAt)).map((r) => r.info);
}
