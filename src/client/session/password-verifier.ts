// A password verifier for the offline sign-in: PBKDF2-HMAC-SHA256 through WebCrypto, a random
// 16-byte salt, 600,000 iterations (OWASP's figure for PBKDF2-SHA256; 0.1–0.13 s in Chromium 156
// on this project's 2-core build machine, up to 0.3 s under load: docs/design.md "Auth offline").
// Slow on purpose: whoever copies the device's IndexedDB must pay that per guess of the password.

export const verifierIterations = 600_000;
const saltBytes = 16;
const hashBits = 256;

export interface PasswordVerifier {
  salt: Uint8Array;
  hash: Uint8Array;
  iterations: number;
}

async function pbkdf2(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  // Copied into a fresh ArrayBuffer: a Uint8Array read back from IndexedDB may be another realm's.
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: Uint8Array.from(salt), iterations }, key, hashBits);
  return new Uint8Array(bits);
}

export async function createPasswordVerifier(password: string, iterations = verifierIterations): Promise<PasswordVerifier> {
  const salt = crypto.getRandomValues(new Uint8Array(saltBytes));
  return { salt, hash: await pbkdf2(password, salt, iterations), iterations };
}

/** Derives with the stored salt and cost and compares every byte (no early exit). */
export async function matchesPasswordVerifier(password: string, verifier: PasswordVerifier): Promise<boolean> {
  const derived = await pbkdf2(password, verifier.salt, verifier.iterations);
  let difference = derived.length ^ verifier.hash.length;
  for (let i = 0; i < derived.length; i += 1) difference |= (derived[i] ?? 0) ^ (verifier.hash[i] ?? 0);
  return difference === 0;
}
