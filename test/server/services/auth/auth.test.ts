import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRoutes, sessionCookieName } from '../../../../src/api/routes';
import { sessionInfoSchema } from '../../../../src/api/auth';
import { errorEnvelopeSchema } from '../../../../src/api/errors';
import { csrf, createTestServer, loginAs, loginRequest, type TestServer } from '../../../support/server-app';

let server: TestServer;
beforeAll(async () => { server = await createTestServer(); });
afterAll(async () => { await server.cleanup(); });

const session = (cookie: string) => server.app.inject({ method: 'GET', url: apiRoutes.session, headers: { cookie } });

describe('login', () => {
  it('returns the session info and sets a 60-day HttpOnly, SameSite=Lax, Secure cookie', async () => {
    const response = await loginRequest(server.app, 'Operator.A');
    expect(response.statusCode).toBe(200);
    const info = sessionInfoSchema.parse(response.json());
    expect(info.user.username).toBe('operator.a');
    expect(info.user).not.toHaveProperty('passwordHash');
    expect(info.tenant.id).toBe(server.world.tenant.id);
    expect(info.orgUnit.id).toBe(server.world.units.unitA.id);
    const cookie = response.cookies.find((c) => c.name === sessionCookieName);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: true, path: '/', maxAge: 60 * 24 * 3600 });
    // Only the token's hash is stored: the cookie value is not a stored key.
    expect(await server.store.findSession(cookie?.value ?? '')).toBeNull();
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    for (const response of [await loginRequest(server.app, 'kepala.a', 'salah-sekali', '10.1.0.1'), await loginRequest(server.app, 'tidak.ada', 'x', '10.1.0.1')]) {
      expect(response.statusCode).toBe(401);
      expect(errorEnvelopeSchema.parse(response.json()).error.code).toBe('invalid_credentials');
      expect(response.json().error.message).toBe('Nama pengguna atau kata sandi salah.');
    }
  });

  it('refuses an inactive account', async () => {
    const response = await loginRequest(server.app, 'nonaktif');
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('account_inactive');
  });

  it('rate-limits a username after 5 failures within 15 minutes, even with the right password', async () => {
    for (let i = 0; i < 5; i += 1) {
      const r = await loginRequest(server.app, 'kepala.b', 'salah', `10.2.0.${i}`);
      expect(r.json().error.code).toBe('invalid_credentials');
    }
    const refused = await loginRequest(server.app, 'kepala.b', undefined, '10.2.1.1');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('rate_limited');
    const seconds = Number(refused.headers['retry-after']);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(15 * 60);
    expect(refused.json().error.message).toContain(String(seconds));
    server.clock.advance(15 * 60 * 1000 + 1000);
    expect((await loginRequest(server.app, 'kepala.b')).statusCode).toBe(200);
  });

  // 21 real scrypt checks (N=2^17) in a row: ~8 s alone, far more on a loaded CI machine.
  it('rate-limits an IP after 20 failures', async () => {
    for (let i = 0; i < 20; i += 1) await loginRequest(server.app, `nobody${i}`, 'x', '10.3.3.3');
    const refused = await loginRequest(server.app, 'pimpinan', undefined, '10.3.3.3');
    expect(refused.json().error.code).toBe('rate_limited');
    expect((await loginRequest(server.app, 'pimpinan', undefined, '10.3.3.4')).statusCode).toBe(200);
  }, 120_000);

  it('validates the body', async () => {
    const response = await server.app.inject({ method: 'POST', url: apiRoutes.login, payload: { username: '' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid_request');
    expect(response.json().error.details.issues.length).toBeGreaterThan(0);
  });
});

describe('session', () => {
  it('answers the session info for a live session, 401 unauthenticated without one', async () => {
    const cookie = await loginAs(server.app, 'evaluator');
    expect(sessionInfoSchema.parse((await session(cookie)).json()).user.role).toBe('evaluator');
    const none = await server.app.inject({ method: 'GET', url: apiRoutes.session });
    expect(none.statusCode).toBe(401);
    expect(none.json().error.code).toBe('unauthenticated');
    expect((await session(`${sessionCookieName}=made-up`)).json().error.code).toBe('unauthenticated');
  });

  it('slides: activity extends the expiry; 60 idle days expire it (session_expired)', async () => {
    const cookie = await loginAs(server.app, 'admin');
    const first = sessionInfoSchema.parse((await session(cookie)).json()).sessionExpiresAt;
    server.clock.advance(30 * 24 * 3600 * 1000);
    const renewed = sessionInfoSchema.parse((await session(cookie)).json()).sessionExpiresAt;
    expect(Date.parse(renewed)).toBeGreaterThan(Date.parse(first));
    server.clock.advance(60 * 24 * 3600 * 1000 + 1000);
    const expired = await session(cookie);
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('session_expired');
  });

  it('logout revokes the session (then session_expired) and needs the CSRF header', async () => {
    const cookie = await loginAs(server.app, 'operator.b');
    const noHeader = await server.app.inject({ method: 'POST', url: apiRoutes.logout, headers: { cookie } });
    expect(noHeader.statusCode).toBe(403);
    expect(noHeader.json().error.code).toBe('csrf');
    const out = await server.app.inject({ method: 'POST', url: apiRoutes.logout, headers: { cookie, ...csrf } });
    expect(out.statusCode).toBe(204);
    expect((await session(cookie)).json().error.code).toBe('session_expired');
  });

  it('ends the sessions of a deactivated user', async () => {
    const cookie = await loginAs(server.app, 'kepala.a');
    await server.store.setUserActive(server.world.users.headA.id, false);
    expect((await session(cookie)).json().error.code).toBe('session_expired');
  });

  it('speaks English when asked', async () => {
    const response = await server.app.inject({ method: 'GET', url: apiRoutes.session, headers: { 'accept-language': 'en-US,en;q=0.9' } });
    expect(response.json().error.message).toBe('Please log in first.');
  });
});
