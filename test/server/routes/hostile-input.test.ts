// Hostile input that used to reach a 5xx or be served or stored as given (security issue items 5,
// a and b): deep JSON nesting, impossible dates and other bad query strings, source maps, and bidi
// controls in user text. Runs on PGlite and on PostgreSQL.
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { errorEnvelopeSchema } from '../../../src/api/errors';
import { adminRoutes, auditPageSchema } from '../../../src/api/admin';
import { apiRoutes } from '../../../src/api/routes';
import type { PushResponse } from '../../../src/api/sync';
import { buildApp } from '../../../src/server/app';
import { findRefusal, maxJsonDepth } from '../../../src/server/routes/json-body';
import { createTestServer, csrf, loginAs, pullOk, type TestServer } from '../../support/server-app';
import { calendarDateIn, tenantTimeZone } from '../../../src/domain/tenant-clock';

let server: TestServer;
let staticApp: FastifyInstance;
let dist: string;
let operator: string;
let admin: string;
beforeAll(async () => {
  server = await createTestServer();
  operator = await loginAs(server.app, 'operator.a');
  admin = await loginAs(server.app, 'admin');
  dist = await mkdtemp(join(tmpdir(), 'pk-maps-'));
  await mkdir(join(dist, 'assets'));
  await writeFile(join(dist, 'index.html'), '<!doctype html><title>x</title>');
  await writeFile(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  await writeFile(join(dist, 'sw.js.map'), '{"version":3,"sources":["src/client/pwa/sw.ts"]}');
  await writeFile(join(dist, 'assets', 'index-abc123.js'), 'console.log(1);');
  await writeFile(join(dist, 'assets', 'index-abc123.js.map'), '{"version":3}');
  await writeFile(join(dist, 'assets', 'index-abc123.js.map.br'), 'br');
  staticApp = await buildApp({ store: server.store, config: { staticDir: dist, secureCookies: false, logger: false } });
});
afterAll(async () => {
  await staticApp.close();
  await server.cleanup();
  await rm(dist, { recursive: true, force: true });
});

/** `{"a":[{"a":[ … "x" … ]}]}` as text: JSON.stringify itself overflows near 5,000 levels. */
const nestedText = (depth: number): string => {
  const open = Array.from({ length: depth }, (_, i) => (i % 2 === 0 ? '{"a":' : '[')).join('');
  const close = Array.from({ length: depth }, (_, i) => (i % 2 === 0 ? '}' : ']')).reverse().join('');
  return `${open}"x"${close}`;
};

const pushText = (fields: string): string => `{"deviceId":"${randomUUID()}","mutations":[{"id":"${randomUUID()}","seq":1,"entity":"realisation",`
  + `"recordId":"${randomUUID()}","op":"upsert","baseRev":null,"clientTime":"${new Date().toISOString()}","fields":${fields}}]}`;

const postPush = (payload: string) => server.app.inject({
  method: 'POST', url: apiRoutes.push, headers: { cookie: operator, ...csrf, 'content-type': 'application/json' }, payload,
});

const expectRefused = (response: { statusCode: number; json(): unknown }, reason?: string) => {
  expect(response.statusCode).toBe(400);
  const { error } = errorEnvelopeSchema.parse(response.json());
  expect(error.code).toBe('invalid_request');
  if (reason) expect(error.details).toMatchObject({ reason });
};

describe('JSON nesting depth', () => {
  it.each([5_000, 100_000])('refuses a push whose fields nest %i levels with 400 too_deep (was a 500)', async (depth) => {
    expectRefused(await postPush(pushText(nestedText(depth))), 'too_deep');
  });

  it('refuses deep nesting on any JSON endpoint, before the route runs', async () => {
    const response = await server.app.inject({
      method: 'POST', url: adminRoutes.orgUnits, headers: { cookie: admin, ...csrf, 'content-type': 'application/json' }, payload: nestedText(maxJsonDepth + 1),
    });
    expectRefused(response, 'too_deep');
  });

  it('counts levels exactly: the limit itself passes, one more is refused', () => {
    expect(findRefusal(JSON.parse(nestedText(maxJsonDepth)))).toBeNull();
    expect(findRefusal(JSON.parse(nestedText(maxJsonDepth + 1)))).toBe('too_deep');
    expect(findRefusal(JSON.parse(`[${nestedText(maxJsonDepth)}]`))).toBe('too_deep');
    // Checking itself keeps its own stack: a million levels is an answer, not a RangeError.
    expect(findRefusal(JSON.parse(nestedText(1_000_000)))).toBe('too_deep');
    expect(findRefusal({ deep: ['a\u0000'] })).toBe('nul_character');
  });

  it('still takes a real push (realisation fields are two levels inside the body)', async () => {
    const response = await postPush(pushText(JSON.stringify({ indicatorId: server.world.indicators.count.id, quarter: 1, value: 3 })));
    expect(response.statusCode).toBe(200);
    expect(response.json<PushResponse>().results[0]?.status).toBe('applied');
  });
});

describe('query strings', () => {
  const get = (url: string, cookie: string) => server.app.inject({ method: 'GET', url, headers: { cookie } });

  it.each([
    'from=2026-13-45', 'from=9999-99-99', 'to=9999-99-99', 'to=2026-02-30', 'from=2023-02-29', 'from=0000-01-01', 'to=9999-12-31',
    'from=2026-1-1', 'from=2026-01-01T00:00:00Z', 'from=2026-01-01&from=2026-02-01', 'page=1e999', 'page=9007199254740993',
    'pageSize=-1', 'page[]=1', 'unknown=1', 'entity=realisation&entity=user',
  ])('audit and audit.csv answer %s with 400 and the envelope', async (query) => {
    for (const route of [adminRoutes.audit, adminRoutes.auditCsv]) expectRefused(await get(`${route}?${query}`, admin));
  });

  it('real calendar days still filter the audit log, the last day included', async () => {
    // The pemda's day (no zone set: WIB), not UTC's: from 17:00 UTC they differ.
    const today = calendarDateIn(server.clock.now, tenantTimeZone(null));
    const response = await get(`${adminRoutes.audit}?from=${today}&to=${today}`, admin);
    expect(response.statusCode).toBe(200);
    expect(auditPageSchema.parse(response.json()).total).toBeGreaterThan(0);
    expect((await get(`${adminRoutes.audit}?from=2024-02-29&to=9998-12-31`, admin)).statusCode).toBe(200);
    expect((await get(`${adminRoutes.auditCsv}?from=1000-01-01&to=2024-02-29`, admin)).statusCode).toBe(200);
  });

  it.each([`/api/admin/users/${'x'.repeat(101)}/sessions`, '/api/realisations/%zz/history', '/api/admin/period-windows/%E0%A4%A/1'])(
    'a path the router cannot take (%s) gets a 4xx with the envelope', async (url) => {
      const response = await get(url, admin);
      expect(response.statusCode).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
      expect(errorEnvelopeSchema.safeParse(response.json()).success).toBe(true);
    },
  );

  it.each(['cursor=1e300', 'cursor=9007199254740993', 'cursor=1&cursor=2', 'limit=1e9', 'limit=[]', 'cursor=-0.5', 'userId=x&userId=y'])(
    'pull answers %s with 400 and the envelope', async (query) => {
      expectRefused(await get(`${apiRoutes.pull}?${query}`, operator));
    },
  );
});

describe('source maps', () => {
  it.each(['/sw.js.map', '/assets/index-abc123.js.map', '/assets/index-abc123.js.map.br', '/SW.JS.MAP'])('are not served: %s is a 404', async (url) => {
    const response = await staticApp.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('sources');
  });

  it('while the files they belong to are', async () => {
    expect((await staticApp.inject({ method: 'GET', url: '/sw.js' })).statusCode).toBe(200);
    expect((await staticApp.inject({ method: 'GET', url: '/assets/index-abc123.js' })).statusCode).toBe(200);
  });
});

describe('bidi controls in user text', () => {
  it('a push carrying them is applied and stored without them', async () => {
    const recordId = randomUUID();
    const response = await postPush(JSON.stringify({
      deviceId: randomUUID(),
      mutations: [{
        id: randomUUID(), seq: 1, entity: 'realisation', recordId, op: 'upsert', baseRev: null, clientTime: new Date().toISOString(),
        fields: { indicatorId: server.world.indicators.growth.id, quarter: 3, drivers: 'naik \u202e%05 dari target\u202c', followUp: '\u2067rapat\u2069 \u200eRT' },
      }],
    }));
    expect(response.statusCode).toBe(200);
    const [result] = response.json<PushResponse>().results;
    expect(result?.status).toBe('applied');
    const page = await pullOk(server.app, operator, 0, 5000);
    if (page.kind !== 'changes') throw new Error('reset');
    const row = page.changes.filter((c) => c.recordId === result?.recordId).at(-1)?.row;
    expect(row).toMatchObject({ drivers: 'naik %05 dari target', followUp: 'rapat \u200eRT' });
  });

  it('an org unit named with them is created without them', async () => {
    const response = await server.app.inject({
      method: 'POST', url: adminRoutes.orgUnits, headers: { cookie: admin, ...csrf },
      payload: { code: `BIDI-${Date.now() % 100000}`, name: 'Dinas \u202eXYZ', type: 'opd', parentId: null },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ name: 'Dinas XYZ' });
  });
});
