/*
 * Password verifiers for signing in again without signal (session/offline-sign-in.ts), in the
 * app-level database (accounts.ts, table offlineVerifiers since v2), one row per username: the salt
 * and PBKDF2 output of the password last accepted by the server for that user on this device, and
 * the count of wrong offline guesses since (with the time before which no guess is checked).
 * Never the password itself. Written after an online login or a password change, deleted when the
 * server says the password or the account is no longer valid.
 */
import { app, type OfflineVerifierRow } from './accounts';
import { guardStorage } from './storage-errors';

export async function getOfflineVerifier(username: string): Promise<OfflineVerifierRow | null> {
  return (await app().offlineVerifiers.get(username)) ?? null;
}

/** Replaces the user's verifier (and forgets their wrong guesses). */
export async function putOfflineVerifier(row: OfflineVerifierRow): Promise<void> {
  const db = app();
  await guardStorage(() =>
    db.transaction('rw', db.offlineVerifiers, async () => {
      // One verifier per user: a renamed account must not leave its old name able to sign in.
      await db.offlineVerifiers.filter((r) => r.userId === row.userId && r.username !== row.username).delete();
      await db.offlineVerifiers.put(row);
    }),
  );
}

/** Records the outcome of an offline guess; a no-op when the row is gone meanwhile. */
export async function setOfflineFailures(username: string, failures: number, retryAt: string | null): Promise<void> {
  const db = app();
  // get + put, not update(): Dexie's update clones the row itself and turned the salt's
  // Uint8Array into a plain object (seen under jsdom); put leaves it to IndexedDB's structured clone.
  await guardStorage(() =>
    db.transaction('rw', db.offlineVerifiers, async () => {
      const row = await db.offlineVerifiers.get(username);
      if (row) await db.offlineVerifiers.put({ ...row, failures, retryAt });
    }),
  );
}

export async function removeOfflineVerifier(username: string): Promise<void> {
  await app().offlineVerifiers.delete(username);
}

/** Who can sign in again without signal on this device: name and username, by name. */
export async function listOfflineSignIns(): Promise<{ userId: string; username: string; name: string }[]> {
  const db = app();
  return db.transaction('r', db.offlineVerifiers, db.accounts, async () => {
    const rows = await db.offlineVerifiers.toArray();
    const accounts = await db.accounts.bulkGet(rows.map((r) => r.userId));
    return rows
      .flatMap((row, i) => {
        const account = accounts[i];
        return account ? [{ userId: row.userId, username: row.username, name: account.info.user.name }] : [];
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'id'));
  });
}
