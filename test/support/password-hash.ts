// One scrypt hash per test process for each shared test password. Seeding hashed every user's
// password with its own salt (~350 ms each at N=2^17): 9 users per server test file, ~20 in the
// demo, on both PGlite and PostgreSQL, were most of the server suite's time. Logins still verify a
// real hash of the real password; store.test.ts keeps the seed's own per-user salting under test.
import { hashPassword } from '../../src/server/services/auth/password';

const hashes = new Map<string, Promise<string>>();

export function hashOnce(password: string): Promise<string> {
  let hash = hashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    hashes.set(password, hash);
  }
  return hash;
}

/** The users with a hash made once per password (a user given a hash of its own keeps it). */
export async function withSharedHashes<U extends { password: string; passwordHash?: string }>(users: readonly U[]): Promise<U[]> {
  return Promise.all(users.map(async (user) => (user.passwordHash ? user : { ...user, passwordHash: await hashOnce(user.password) })));
}
