// Security headers on every kind of response, cookie flags, hostile JSON, and logs without secrets.
import { Writable } from 'node:stream';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { errorEnvelopeSchema } from '../../../src/api/errors';
import { adminRoutes } from '../../../src/api/admin';
import { apiRoutes, sessionCookieName } from '../../../src/api/routes';
import { buildApp } from '../../../src/server/app';
import { contentSecurityPolicy } from '../../../src/server/routes/security-headers';
import { createTestServer, csrf, loginAs, loginRequest, type TestServer } from '../../support/server-app';
import { testPassword } from '../../support/server-factories';

let server: TestServer;
let plainApp: FastifyInstance;
let dist: string;
beforeAll(async () => {
  server = await createTestServer();
  dist = await mkdtemp(join(tmpdir(), 'pk-sec-'));
  await writeFile(join(dist, 'index.html'), '<!doctype html><title>x</title>');
  plainApp = await buildApp({ store: server.store, config: { staticDir: dist, secureCookies: false, logger: false } });
});
afterAll(async () => {
  await plainApp.close();
  await server.cleanup();
  await rm(dist, { recursive: true, force: true });
});

const expectHardened = (headers: Record<string, unknown>) => {
  expect(headers['content-security-policy']).toBe(contentSecurityPolicy);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['permissions-policy']).toContain('camera=(self)');
};

describe('security headers', () => {
  it('are on JSON, errors, 404s, the SPA shell and static files', async () => {
    const responses = await Promise.all([
      server.app.inject({ method: 'GET', url: apiRoutes.health }),
      server.app.inject({ method: 'GET', url: apiRoutes.pull }),
      server.app.inject({ method: 'GET', url: '/api/nope' }),
      server.app.inject({ method: 'POST', url: apiRoutes.push, payload: {} }),
      plainApp.inject({ method: 'GET', url: '/realisasi' }),
      plainApp.inject({ method: 'GET', url: '/index.html' }),
    ]);
    expect(responses.map((r) => r.statusCode)).toEqual([200, 401, 404, 403, 200, 200]);
    for (const response of responses) expectHardened(response.headers);
  });

  it('sends HSTS only with secure cookies (behind HTTPS)', async () => {
    expect((await server.app.inject({ method: 'GET', url: apiRoutes.health })).headers['strict-transport-security']).toContain('max-age=');
    expect((await plainApp.inject({ method: 'GET', url: apiRoutes.health })).headers['strict-transport-security']).toBeUndefined();
  });

  it('the policy allows no inline script, eval or framing', () => {
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(contentSecurityPolicy).toContain("frame-ancestors 'none'");
  });
});

describe('session cookie', () => {
  it('is HttpOnly, SameSite=Lax and Secure behind HTTPS', async () => {
    const cookie = (await loginRequest(server.app, 'operator.a')).cookies.find((c) => c.name === sessionCookieName);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: true, path: '/' });
  });
});

describe('hostile JSON', () => {
  const post = (payload: string) => server.app.inject({ method: 'POST', url: apiRoutes.login, headers: { 'content-type': 'application/json' }, payload, remoteAddress: '10.7.7.7' });

  it.each([
    ['a NUL character (PostgreSQL cannot store it)', '{"username":"a\\u0000b","password":"x"}'],
    ['a lone surrogate (PostgreSQL cannot store it either)', '{"username":"a\\ud800b","password":"x"}'],
    ['a lone low surrogate in a key', '{"username":"a","password":"x","\\udc00":1}'],
    ['a __proto__ key', '{"username":"a","password":"x","__proto__":{"admin":true}}'],
    ['a constructor.prototype key', '{"username":"a","password":"x","constructor":{"prototype":{"admin":true}}}'],
  ])('refuses %s with 400 and the envelope', async (_name, payload) => {
    const response = await post(payload);
    expect(response.statusCode).toBe(400);
    expect(errorEnvelopeSchema.parse(response.json()).error.code).toBe('invalid_request');
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it.each([['a NUL', 'a\u0000b'], ['a lone surrogate', 'a\ud800b']])('refuses %s inside a realisation note instead of failing in the database', async (_name, drivers) => {
    const cookie = await loginAs(server.app, 'operator.a');
    const response = await server.app.inject({
      method: 'POST', url: apiRoutes.push, headers: { cookie, ...csrf, 'content-type': 'application/json' },
      payload: JSON.stringify({ deviceId: crypto.randomUUID(), mutations: [{ id: crypto.randomUUID(), seq: 1, entity: 'realisation', recordId: crypto.randomUUID(), op: 'upsert', fields: { indicatorId: server.world.indicators.count.id, quarter: 1, drivers }, baseRev: null, clientTime: new Date().toISOString() }] }),
    });
    expect(response.statusCode).toBe(400);
  });

  it('accepts text with paired surrogates (emoji) and stores it', async () => {
    const cookie = await loginAs(server.app, 'operator.a');
    const response = await server.app.inject({
      method: 'POST', url: apiRoutes.push, headers: { cookie, ...csrf, 'content-type': 'application/json' },
      payload: JSON.stringify({ deviceId: crypto.randomUUID(), mutations: [{ id: crypto.randomUUID(), seq: 1, entity: 'realisation', recordId: crypto.randomUUID(), op: 'upsert', fields: { indicatorId: server.world.indicators.growth.id, quarter: 2, drivers: 'panen 🌾 baik' }, baseRev: null, clientTime: new Date().toISOString() }] }),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().results[0].status).not.toBe('rejected');
  });
});

describe('logs', () => {
  it('never contain passwords, one-time passwords or session tokens', async () => {
    const lines: string[] = [];
    const stream = new Writable({ write(chunk: Buffer, _enc, done) { lines.push(chunk.toString()); done(); } });
    const logged = await buildApp({ store: server.store, config: { secureCookies: false, logger: { level: 'trace', stream } } });
    const login = await loginRequest(logged, 'admin', testPassword, '10.8.8.8');
    const token = login.cookies.find((c) => c.name === sessionCookieName)?.value ?? 'missing';
    const cookie = `${sessionCookieName}=${token}`;
    const created = await logged.inject({ method: 'POST', url: adminRoutes.users, headers: { cookie, ...csrf }, payload: { username: 'log.test', name: 'Log', role: 'operator', orgUnitId: server.world.units.unitA.id, position: '' } });
    const oneTimePassword = (created.json() as { oneTimePassword: string }).oneTimePassword;
    await logged.inject({ method: 'POST', url: apiRoutes.password, headers: { cookie, ...csrf }, payload: { currentPassword: testPassword, newPassword: 'Rahasia-Baru-99' } });
    await logged.inject({ method: 'POST', url: apiRoutes.login, payload: { username: 'admin', password: 'salah-sandi-xyz' }, remoteAddress: '10.8.8.8' });
    await logged.close();
    const log = lines.join('');
    expect(log.length).toBeGreaterThan(0);
    for (const secret of [testPassword, token, oneTimePassword, 'Rahasia-Baru-99', 'salah-sandi-xyz']) expect(log).not.toContain(secret);
  });
});
