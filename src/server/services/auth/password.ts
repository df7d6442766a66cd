// Password hashing with scrypt (node:crypto): salted, memory-hard, compared in constant time.
// Stored as `scrypt$N$r$p$salt$hash` (base64url) so the cost can rise without breaking old hashes:
// a hash made at a lower cost still verifies, and login replaces it (needsRehash).
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * OWASP's password storage cheat sheet (2024/25): scrypt N=2^17, r=8, p=1 as the minimum. One hash
 * takes ~350 ms and 128 MiB here; hash-gate.ts bounds how many run at once.
 */
export const passwordCost = { N: 2 ** 17, r: 8, p: 1 } as const;
const keyLength = 32;

interface Cost { N: number; r: number; p: number }

function derive(password: string, salt: Buffer, cost: Cost): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: 128 * cost.N * cost.r * 2 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, passwordCost);
  const { N, r, p } = passwordCost;
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

function parse(stored: string): { cost: Cost; salt: Buffer; hash: Buffer } | null {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  if (scheme !== 'scrypt' || !salt || !hash || !Object.values(cost).every((v) => Number.isSafeInteger(v) && v > 0)) return null;
  return { cost, salt: Buffer.from(salt, 'base64url'), hash: Buffer.from(hash, 'base64url') };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.cost);
  return key.length === parsed.hash.length && timingSafeEqual(key, parsed.hash);
}

/** Whether a stored hash was made at a lower cost than today's (or in a form we no longer make). */
export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  if (!parsed) return true;
  return parsed.cost.N < passwordCost.N || parsed.cost.r < passwordCost.r || parsed.cost.p < passwordCost.p;
}

let dummy: Promise<string> | null = null;
/** A hash to verify against when the username is unknown, so both paths take the same time. */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword('pantau-kinerja-dummy-password');
  return dummy;
}
