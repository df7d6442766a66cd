// Signing in again without signal: the verifier kept on the device (real WebCrypto PBKDF2, real
// Dexie over fake-indexeddb), the count of wrong guesses and the growing wait.
import { afterEach, describe, expect, it } from 'vitest';
import { clearCurrentAccount, saveAccount } from '../../../src/client/db/accounts';
import { getOfflineVerifier, listOfflineSignIns, putOfflineVerifier, removeOfflineVerifier } from '../../../src/client/db/offline-verifiers';
import {
  checkOfflinePassword,
  forgetPassword,
  freeOfflineGuesses,
  offlineWaitMs,
  rememberPassword,
} from '../../../src/client/session/offline-sign-in';
import { createPasswordVerifier, matchesPasswordVerifier, verifierIterations } from '../../../src/client/session/password-verifier';
import { buildSessionInfo } from '../features/support/fixtures';

const password = 'Rahasia-Kecamatan-7';

/** A known account with a cheap verifier (the real cost is checked once, below). */
async function knownUser(username = 'siti', iterations = 1_000) {
  const info = buildSessionInfo('operator');
  info.user.username = username;
  await saveAccount(info);
  await clearCurrentAccount();
  await putOfflineVerifier({
    username, userId: info.user.id, ...(await createPasswordVerifier(password, iterations)),
    savedAt: new Date().toISOString(), failures: 0, retryAt: null,
  });
  return info;
}

afterEach(async () => {
  for (const user of await listOfflineSignIns()) await removeOfflineVerifier(user.username);
  await clearCurrentAccount();
});

describe('the password verifier', () => {
  it('is PBKDF2-SHA256 at 600,000 iterations with a random 16-byte salt, and never the password', async () => {
    const info = buildSessionInfo('operator');
    await saveAccount(info);
    await rememberPassword(info, password);
    const row = await getOfflineVerifier('siti');
    expect(row).not.toBeNull();
    expect(row!.iterations).toBe(verifierIterations);
    expect(verifierIterations).toBe(600_000);
    expect(row!.salt).toHaveLength(16);
    expect(row!.hash).toHaveLength(32);
    expect(row!.userId).toBe(info.user.id);
    // The stored bytes are the WebCrypto derivation of the password with that salt.
    const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
    const expected = new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: Uint8Array.from(row!.salt), iterations: 600_000 }, key, 256));
    expect([...row!.hash]).toEqual([...expected]);
    const stored = JSON.stringify({ ...row, salt: [...row!.salt], hash: [...row!.hash] });
    expect(stored).not.toContain(password);
    expect(stored).not.toContain(Buffer.from(password).toString('hex'));
  });

  it('gets a new salt each time, and compares every byte', async () => {
    const a = await createPasswordVerifier(password, 1_000);
    const b = await createPasswordVerifier(password, 1_000);
    expect([...a.salt]).not.toEqual([...b.salt]);
    expect(await matchesPasswordVerifier(password, a)).toBe(true);
    expect(await matchesPasswordVerifier(password + ' ', a)).toBe(false);
    const lastByteFlipped = Uint8Array.from(a.hash);
    lastByteFlipped[31] = (lastByteFlipped[31] ?? 0) ^ 1;
    expect(await matchesPasswordVerifier(password, { ...a, hash: lastByteFlipped })).toBe(false);
    expect(await matchesPasswordVerifier(password, { ...a, hash: a.hash.slice(0, 16) })).toBe(false);
  });

  it('is not kept for a one-time password, and is forgotten on request', async () => {
    const info = { ...buildSessionInfo('operator'), mustChangePassword: true };
    await rememberPassword(info, password);
    expect(await getOfflineVerifier('siti')).toBeNull();
    await knownUser();
    await forgetPassword(' SITI ');
    expect(await getOfflineVerifier('siti')).toBeNull();
  });

  it('keeps one verifier per user: a renamed account drops its old name', async () => {
    const info = await knownUser('siti.lama');
    await putOfflineVerifier({
      username: 'siti.baru', userId: info.user.id, ...(await createPasswordVerifier(password, 1_000)),
      savedAt: new Date().toISOString(), failures: 0, retryAt: null,
    });
    expect(await getOfflineVerifier('siti.lama')).toBeNull();
    expect((await listOfflineSignIns()).map((u) => u.username)).toEqual(['siti.baru']);
  });
});

describe('checking a password offline', () => {
  it('opens the account for the right password, whatever the case and spaces of the username', async () => {
    const info = await knownUser();
    const result = await checkOfflinePassword('  Siti ', password);
    expect(result).toEqual({ kind: 'ok', info });
  });

  it('does not know a username that never signed in here', async () => {
    await knownUser();
    expect(await checkOfflinePassword('budi', password)).toEqual({ kind: 'unknown' });
  });

  it('refuses a wrong password and counts down to a wait', async () => {
    await knownUser();
    expect(await checkOfflinePassword('siti', 'salah')).toEqual({ kind: 'wrong', remaining: 4, waitMs: 0 });
    expect(await checkOfflinePassword('siti', 'salah')).toEqual({ kind: 'wrong', remaining: 3, waitMs: 0 });
    expect((await getOfflineVerifier('siti'))?.failures).toBe(2);
  });

  it('after five wrong guesses waits 30 s (kept on the device), then longer after each further one', async () => {
    await knownUser();
    let clock = Date.parse('2026-05-01T08:00:00Z');
    const now = () => new Date(clock);
    for (let i = 1; i < freeOfflineGuesses; i += 1) expect((await checkOfflinePassword('siti', 'salah', now)).kind).toBe('wrong');
    expect(await checkOfflinePassword('siti', 'salah', now)).toEqual({ kind: 'wrong', remaining: 0, waitMs: 30_000 });
    expect((await getOfflineVerifier('siti'))?.retryAt).toBe('2026-05-01T08:00:30.000Z');

    // Even the right password is not checked during the wait.
    clock += 10_000;
    expect(await checkOfflinePassword('siti', password, now)).toEqual({ kind: 'wait', waitMs: 20_000 });
    clock += 20_000;
    expect(await checkOfflinePassword('siti', 'salah', now)).toEqual({ kind: 'wrong', remaining: 0, waitMs: 60_000 });
    clock += 60_000;
    expect((await checkOfflinePassword('siti', password, now)).kind).toBe('ok');
    const row = await getOfflineVerifier('siti');
    expect({ failures: row?.failures, retryAt: row?.retryAt }).toEqual({ failures: 0, retryAt: null });
  });

  it('grows the wait to at most an hour', () => {
    expect([1, 4, 5, 6, 7, 10, 12, 40].map(offlineWaitMs)).toEqual([0, 0, 30_000, 60_000, 120_000, 960_000, 3_600_000, 3_600_000]);
  });
});
