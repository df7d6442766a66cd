import { randomUUID } from 'node:crypto';
import { mkdtemp, mkdir, rm as remove, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { errorEnvelopeSchema } from '../../../src/api/errors';
import { apiRoutes, sessionCookieName } from '../../../src/api/routes';
import { buildApp } from '../../../src/server/app';
import { createTestServer, csrf, loginAs, loginRequest, realisationMutation as rm, type TestServer } from '../../support/server-app';
import { testPassword } from '../../support/server-factories';


let server: TestServer;
let staticApp: FastifyInstance;
let dist: string;
const indexHtml = '<!doctype html><title>Pantau Kinerja</title>';

beforeAll(async () => {
  server = await createTestServer();
  server.app.get('/api/test/boom', async () => { throw new Error('secret internal detail'); });
  dist = await mkdtemp(join(tmpdir(), 'pk-dist-'));
  await mkdir(join(dist, 'assets'));
  await writeFile(join(dist, 'index.html'), indexHtml);
  await writeFile(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  await writeFile(join(dist, 'workbox-1a2b3c.js'), '// workbox');
  await writeFile(join(dist, 'manifest.webmanifest'), '{}');
  await writeFile(join(dist, 'robots.txt'), 'User-agent: *');
  await writeFile(join(dist, 'assets', 'index-abc123.js'), `console.log(${JSON.stringify('x'.repeat(5000))});`);
  staticApp = await buildApp({ store: server.store, config: { staticDir: dist, secureCookies: false, logger: false } });
});
afterAll(async () => {
  await staticApp.close();
  await server.cleanup();
  await remove(dist, { recursive: true, force: true });
});

const envelopeOf = (body: string) => errorEnvelopeSchema.parse(JSON.parse(body)).error;

describe('API errors', () => {
  it('requires the CSRF header on writes', async () => {
    const cookie = await loginAs(server.app, 'operator.a');
    const payload = { deviceId: randomUUID(), mutations: [rm(1, randomUUID(), { indicatorId: server.world.indicators.count.id, quarter: 1 })] };
    const refused = await server.app.inject({ method: 'POST', url: apiRoutes.push, headers: { cookie }, payload });
    expect(refused.statusCode).toBe(403);
    expect(envelopeOf(refused.body).code).toBe('csrf');
    const wrong = await server.app.inject({ method: 'POST', url: apiRoutes.push, headers: { cookie, 'x-pantau-client': '0' }, payload });
    expect(wrong.statusCode).toBe(403);
    const ok = await server.app.inject({ method: 'POST', url: apiRoutes.push, headers: { cookie, ...csrf }, payload });
    expect(ok.statusCode).toBe(200);
  });

  it.each([
    ['push without a session', { method: 'POST', url: apiRoutes.push, headers: csrf, payload: {} }, 401, 'unauthenticated'],
    ['pull without a session', { method: 'GET', url: apiRoutes.pull }, 401, 'unauthenticated'],
    ['an unknown API route', { method: 'GET', url: '/api/nope' }, 404, 'not_found'],
    ['malformed JSON', { method: 'POST', url: apiRoutes.login, headers: { 'content-type': 'application/json' }, payload: '{"username":' }, 400, 'invalid_request'],
    ['a body over 1 MB', { method: 'POST', url: apiRoutes.login, headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ username: 'x'.repeat(1_100_000), password: 'y' }) }, 413, 'payload_too_large'],
    ['a crash', { method: 'GET', url: '/api/test/boom' }, 500, 'internal'],
  ] as const)('answers %s with the envelope', async (_name, request, status, code) => {
    const response = await server.app.inject(request);
    expect(response.statusCode).toBe(status);
    const error = envelopeOf(response.body);
    expect(error.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(0);
    expect(response.body).not.toContain('secret internal detail');
    expect(response.body).not.toContain('at ');
  });

  it('validates the push body', async () => {
    const cookie = await loginAs(server.app, 'operator.a');
    const response = await server.app.inject({ method: 'POST', url: apiRoutes.push, headers: { cookie, ...csrf }, payload: { deviceId: 'nope', mutations: [] } });
    expect(response.statusCode).toBe(400);
    const error = envelopeOf(response.body);
    expect(error.code).toBe('invalid_request');
    expect(JSON.stringify(error.details)).toContain('deviceId');
  });

  it('reports health', async () => {
    const response = await server.app.inject({ method: 'GET', url: apiRoutes.health });
    expect(response.json()).toMatchObject({ status: 'ok', database: process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite' });
  });
});

describe('cookies and logs', () => {
  it('omits Secure when secureCookies is off (plain-HTTP local use)', async () => {
    const response = await loginRequest(staticApp, 'operator.a');
    const cookie = response.cookies.find((c) => c.name === sessionCookieName);
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.secure).toBeUndefined();
  });

  it('never writes passwords or session cookies to the log, and logs crashes', async () => {
    const lines: string[] = [];
    const stream = new Writable({ write(chunk: Buffer, _enc, done) { lines.push(chunk.toString()); done(); } });
    const logged = await buildApp({ store: server.store, config: { secureCookies: false, logger: { level: 'trace', stream } } });
    logged.get('/api/test/boom', async () => { throw new Error('boom for the log'); });
    const login = await loginRequest(logged, 'operator.a');
    const token = login.cookies.find((c) => c.name === sessionCookieName)?.value ?? 'missing';
    await logged.inject({ method: 'GET', url: '/api/test/boom', headers: { cookie: `${sessionCookieName}=${token}`, authorization: 'Bearer rahasia' } });
    await logged.close();
    const log = lines.join('');
    expect(log).toContain('boom for the log');
    expect(log).not.toContain(testPassword);
    expect(log).not.toContain(token);
    expect(log).not.toContain('Bearer rahasia');
  });
});

describe('static PWA', () => {
  const get = (url: string, headers: Record<string, string> = {}) => staticApp.inject({ method: 'GET', url, headers });

  it.each([
    ['/sw.js', 'no-cache'], ['/index.html', 'no-cache'], ['/manifest.webmanifest', 'no-cache'], ['/workbox-1a2b3c.js', 'no-cache'],
    ['/assets/index-abc123.js', 'public, max-age=31536000, immutable'],
  ])('serves %s with Cache-Control %s', async (url, cacheControl) => {
    const response = await get(url);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe(cacheControl);
  });

  it('falls back to index.html for client routes only', async () => {
    for (const url of ['/', '/realisasi/2026', '/pk?tahun=2026']) {
      const response = await get(url);
      expect(response.statusCode).toBe(200);
      expect(response.body).toBe(indexHtml);
      expect(response.headers['cache-control']).toBe('no-cache');
    }
    expect((await get('/missing.png')).statusCode).toBe(404);
    expect((await staticApp.inject({ method: 'POST', url: '/realisasi', headers: csrf })).statusCode).toBe(404);
    const api = await get('/api/nothing');
    expect(api.statusCode).toBe(404);
    expect(envelopeOf(api.body).code).toBe('not_found');
  });

  it('compresses', async () => {
    const response = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip' });
    expect(response.headers['content-encoding']).toBe('gzip');
  });
});
