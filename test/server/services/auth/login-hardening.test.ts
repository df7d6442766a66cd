// Issue 16, items 6–8 and "also found": trusted proxies read right to left, device cookies against
// lockout as a weapon, the password policy with the server's long list, rehashing at login, and
// the purge of what logins leave behind. PGlite and PostgreSQL.
import { randomBytes, scryptSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dictionary } from '@zxcvbn-ts/language-common';
import { apiRoutes } from '../../../../src/api/routes';
import { checkPasswordPolicy } from '../../../../src/domain/password-policy';
import { deviceCookieName } from '../../../../src/server/routes/auth';
import { hashToken } from '../../../../src/server/services/auth/auth';
import { authRecordExpiryTask } from '../../../../src/server/services/auth/auth-record-expiry';
import { passwordCost } from '../../../../src/server/services/auth/password';
import { createTestServer, csrf, loginAs, loginRequest, type TestServer } from '../../../support/server-app';
import { testPassword } from '../../../support/server-factories';

let server: TestServer;
let proxied: TestServer;
beforeAll(async () => {
  server = await createTestServer();
  proxied = await createTestServer({ trustProxy: 1 });
});
afterAll(async () => {
  await server.cleanup();
  await proxied.cleanup();
});

const codeOf = (response: { statusCode: number; json: () => { error?: { code: string } } }): string =>
  response.statusCode === 200 ? 'ok' : response.json().error?.code ?? String(response.statusCode);

function loginWithDevice(username: string, password: string, ip: string, deviceToken: string | null) {
  return server.app.inject({
    method: 'POST', url: apiRoutes.login, payload: { username, password }, remoteAddress: ip,
    cookies: deviceToken ? { [deviceCookieName]: deviceToken } : {},
  });
}

describe('X-Forwarded-For behind one trusted proxy', () => {
  const viaProxy = (forwardedFor: string, username: string, password: string) => proxied.app.inject({
    method: 'POST', url: apiRoutes.login, payload: { username, password }, remoteAddress: '10.9.9.9',
    headers: { 'x-forwarded-for': forwardedFor },
  });

  // 21 real scrypt checks (N=2^17) in a row: ~8 s alone, far more on a loaded CI machine.
  it('takes the right-most address: a client-chosen left-most entry does not escape a blocked address', async () => {
    for (let i = 0; i < 20; i += 1) await viaProxy('203.0.113.50', `tidak.ada.${i}`, 'salah');
    const spoofed = await viaProxy('1.2.3.4, 203.0.113.50', 'pimpinan', testPassword);
    expect(codeOf(spoofed)).toBe('rate_limited');
    // Another real client behind the same proxy is not affected.
    expect(codeOf(await viaProxy('203.0.113.51', 'pimpinan', testPassword))).toBe('ok');
  }, 120_000);
});

describe('device cookies', () => {
  it('an attacker elsewhere who locks the username does not lock out the tablet the user signed in on before', async () => {
    const first = await loginWithDevice('kepala.b', testPassword, '10.20.0.1', null);
    expect(first.statusCode).toBe(200);
    const device = first.cookies.find((c) => c.name === deviceCookieName);
    expect(device).toMatchObject({ httpOnly: true, sameSite: 'Strict', secure: true, path: apiRoutes.login });
    const token = device?.value ?? '';
    // Five wrong guesses from elsewhere lock the username for untrusted browsers ...
    for (let i = 0; i < 5; i += 1) expect(codeOf(await loginWithDevice('kepala.b', `salah-${i}`, '198.51.100.9', null))).toBe('invalid_credentials');
    expect(codeOf(await loginWithDevice('kepala.b', testPassword, '198.51.100.10', null))).toBe('rate_limited');
    // ... but the user's own tablet still signs in.
    expect(codeOf(await loginWithDevice('kepala.b', testPassword, '10.20.0.1', token))).toBe('ok');
  });

  it('a device cookie has its own allowance, and is trusted only for the users who signed in with it', async () => {
    const first = await loginWithDevice('operator.b', testPassword, '10.21.0.1', null);
    const token = first.cookies.find((c) => c.name === deviceCookieName)?.value ?? '';
    for (let i = 0; i < 5; i += 1) expect(codeOf(await loginWithDevice('operator.b', `salah-${i}`, '10.21.0.1', token))).toBe('invalid_credentials');
    expect(codeOf(await loginWithDevice('operator.b', testPassword, '10.21.0.1', token))).toBe('rate_limited');
    // The same browser is untrusted for another user until that user signs in on it.
    const other = await loginWithDevice('evaluator', testPassword, '10.21.0.2', token);
    expect(codeOf(other)).toBe('ok');
    expect(other.cookies.find((c) => c.name === deviceCookieName)?.value).toBe(token);
    expect(await server.store.isTrustedDevice(hashToken(token), 'evaluator')).toBe(true);
  });
});

describe('password policy on the server', () => {
  const change = async (username: string, newPassword: string) => {
    const cookie = await loginAs(server.app, username);
    return server.app.inject({ method: 'POST', url: apiRoutes.password, headers: { cookie, ...csrf }, payload: { currentPassword: testPassword, newPassword } });
  };

  it.each([
    ['aaaaaaaaaa', 'repetitive'],
    ['abababababab', 'repetitive'],
    ['dragon2026!!', 'common'],
    ['Password-2026!', 'common'],
    ['Kota-Lain-Sejahtera', 'containsTenantName'],
  ])('refuses %s (%s)', async (password, problem) => {
    // operator.x belongs to "Kota Lain".
    const response = await change('operator.x', password);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toMatchObject({ reason: 'weak_password', problem });
  });

  it('refuses a password from the long list that the client cannot know', async () => {
    const fromList = dictionary['passwords-common'].find((p) => p.length >= 12 && checkPasswordPolicy(p) === null);
    expect(fromList).toBeDefined();
    const response = await change('operator.x', fromList ?? '');
    expect(response.json().error.details).toMatchObject({ reason: 'weak_password', problem: 'common' });
  });

  it('accepts a sound password and ends the other sessions', async () => {
    const response = await change('kepala.a', 'Sungai-Seruyan-Hilir-77');
    expect(response.statusCode).toBe(204);
  });
});

describe('password hashes', () => {
  it('a hash made at the old cost still signs in and is replaced at the current cost', async () => {
    const user = server.world.users.headA;
    const salt = randomBytes(16);
    const old = ['scrypt', 2 ** 15, 8, 1, salt.toString('base64url'), scryptSync(testPassword, salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }).toString('base64url')].join('$');
    await server.store.setPassword(user.id, old, false);
    expect(codeOf(await loginRequest(server.app, user.username, testPassword, '10.30.0.1'))).toBe('ok');
    const stored = (await server.store.findUserById(user.id))?.passwordHash ?? '';
    expect(stored.split('$').slice(0, 4)).toEqual(['scrypt', String(passwordCost.N), '8', '1']);
    expect(codeOf(await loginRequest(server.app, user.username, testPassword, '10.30.0.1'))).toBe('ok');
  });
});

describe('housekeeping of login records', () => {
  it('purges sessions ended over 30 days ago, finished throttle windows and device cookies unused for a year', async () => {
    const now = server.clock.now;
    await loginRequest(server.app, 'tidak.ada.purge', 'x', '10.40.0.1');
    const cookie = await loginAs(server.app, 'pimpinan');
    await server.app.inject({ method: 'POST', url: apiRoutes.logout, headers: { cookie, ...csrf } });
    const task = authRecordExpiryTask(server.store);
    const later = new Date(now.getTime() + 400 * 24 * 3600 * 1000);
    const removed = await task.run(later);
    expect(removed).toBeGreaterThan(2);
    // The limit's window for that address starts afresh; the ended session is gone.
    expect(await server.store.countLoginAttempt(['ip:10.40.0.1'], later, 60_000)).toEqual([expect.objectContaining({ attempts: 1 })]);
    expect(await server.store.findSession(hashToken(cookie.split('=')[1] ?? ''))).toBeNull();
    expect(await task.run(later)).toBe(0);
  });
});

