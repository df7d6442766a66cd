// Malformed, oversized and hostile payloads on every endpoint, generated from the zod contract,
// plus hostile query strings and path parameters on every route of the route table and JSON
// nested up to 100,000 levels on every write: never a 5xx, the error envelope on every 4xx, and
// no invalid row stored. CI runs ≥ 2,000 cases
// on PGlite and on PostgreSQL; `npm run fuzz` runs a long campaign (FUZZ_RUNS, default 50,000).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc, { type Arbitrary } from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { errorEnvelopeSchema } from '../../../src/api/errors';
import { loginRequestSchema } from '../../../src/api/auth';
import { apiRoutes, sessionCookieName } from '../../../src/api/routes';
import { entityRowSchemas, pullQuerySchema, pushRequestSchema, syncEntitySchema, type Change, type PushResponse } from '../../../src/api/sync';
import { realisationCreateSchema, realisationEditSchema } from '../../../src/domain/realisation';
import {
  adminPath, adminRoutes, auditQuerySchema, orgUnitCreateSchema, orgUnitUpdateSchema, passwordChangeRequestSchema,
  periodWindowUpdateSchema, tenantSettingsUpdateSchema, userCreateSchema, userImportRequestSchema, userUpdateSchema,
} from '../../../src/api/admin';
import { sessionInfoSchema } from '../../../src/api/auth';
import { maxJsonDepth } from '../../../src/server/routes/json-body';
import { routeTableOf } from '../../../src/server/routes/route-table';
import { createTestServer, csrf, loginAs, pullOk, type TestServer } from '../../support/server-app';
import { hostileOf, hostileValue, validOf } from '../../support/schema-arbitrary';

let server: TestServer;
let cookies: { operator: string; admin: string };
beforeAll(async () => {
  server = await createTestServer();
  cookies = { operator: await loginAs(server.app, 'operator.a'), admin: await loginAs(server.app, 'admin') };
});
afterAll(async () => { await server.cleanup(); });

/**
 * Total cases across endpoints: 2,400 on PostgreSQL and 1,200 on PGlite in CI (3,600 in all; the
 * embedded database is the slower one here, and npm test must stay near 10 minutes), FUZZ_RUNS
 * when set.
 */
const totalRuns = Number(process.env.FUZZ_RUNS ?? (process.env.TEST_DB === 'postgres' ? 2_400 : 1_200));
const longRun = process.env.FUZZ_RUNS !== undefined;
const runsFor = (share: number) => Math.max(20, Math.round(totalRuns * share));
const timeoutFor = (share: number) => (longRun ? Math.max(60_000, runsFor(share) * 200) : 60_000);

function expectWellFormed(response: LightMyRequestResponse, request = ''): void {
  if (response.statusCode >= 500) throw new Error(`${request} ${response.statusCode}: ${response.body}`);
  if (response.statusCode >= 400) {
    const parsed = errorEnvelopeSchema.safeParse(JSON.parse(response.body));
    if (!parsed.success) throw new Error(`no envelope on ${response.statusCode}: ${response.body.slice(0, 300)}`);
  }
}

const asBody = (value: unknown): string => JSON.stringify(value) ?? 'null';

const ids = () => Object.values(server.world.indicators).map((i) => i.id);
const realisationFields = (): Arbitrary<unknown> => fc.oneof(
  validOf(realisationCreateSchema, { '$.indicatorId': fc.constantFrom(...ids()), '$.quarter': fc.constantFrom(1, 2, 3, 4) }),
  validOf(realisationEditSchema),
);
/** Mostly well-sequenced realisation batches from a fresh device, so many reach the write path. */
const validPush = (): Arbitrary<unknown> => fc.tuple(validOf(pushRequestSchema, {
  '$.mutations[].fields': realisationFields(),
  '$.mutations[].entity': fc.constantFrom('realisation', 'realisation', 'realisation', ...syncEntitySchema.options),
  '$.mutations[].seq': fc.integer({ min: 1, max: 3 }),
  '$.mutations[].recordId': fc.oneof(fc.uuid({ version: 4 }), fc.constantFrom(server.world.submitted.id, server.world.verified.id)),
}), fc.boolean()).map(([push, inOrder]) => {
  const body = push as { mutations: Array<{ seq: number }> };
  return inOrder ? { ...body, mutations: body.mutations.map((m, i) => ({ ...m, seq: i + 1 })) } : body;
});

/** Keys some route of the contract reads from its query string. */
const queryKeys = ['cursor', 'limit', 'userId', 'from', 'to', 'page', 'pageSize', 'orgUnitId', 'entity'] as const;
/**
 * Query parts wrong for any route: impossible or out-of-range dates (2026-13-45 and 9999-99-99
 * were a 500 on the audit log), huge and odd numbers, arrays and objects where scalars are
 * expected, repeated keys, broken escapes.
 */
const hostileQueryValue = fc.oneof(
  fc.constantFrom(
    '2026-13-45', '9999-99-99', '0000-00-00', '0000-01-01', '9999-12-31', '2023-02-29', '2026-02-30', '-001-01-01', '+10000-01-01', '2026-01-01T25:61:00Z',
    '1e308', '1e999', '-1e308', '99999999999999999999', '9007199254740993', '-0', '0x10', 'NaN', 'Infinity', '', ' ', '%00', '%', '%zz', '%ff%fe',
    'x'.repeat(10_000), '../../etc/passwd', "' OR '1'='1", '\u202e',
  ),
  hostileValue.map((v) => (typeof v === 'string' ? v : asBody(v).slice(0, 5_000))),
);
const queryPart = fc.oneof(
  fc.tuple(fc.constantFrom(...queryKeys), hostileQueryValue).map(([k, v]) => `${k}=${encodeURIComponent(v)}`),
  fc.tuple(fc.constantFrom(...queryKeys), hostileQueryValue, hostileQueryValue).map(([k, a, b]) => `${k}=${encodeURIComponent(a)}&${k}=${encodeURIComponent(b)}`),
  fc.tuple(fc.constantFrom(...queryKeys), fc.constantFrom('[]', '[0]', '[__proto__]', '[constructor][prototype]', '.x'), hostileQueryValue)
    .map(([k, bracket, v]) => `${k}${bracket}=${encodeURIComponent(v)}`),
  fc.constantFrom('%', '&&&', '=', '==', '?', '#', '__proto__[admin]=1', 'constructor[prototype][admin]=1', '%00=%00'),
);
const anyHostileQuery: Arbitrary<string> = fc.array(queryPart, { minLength: 1, maxLength: 5 }).map((parts) => parts.join('&'));

/** Query strings: the contract's fields with hostile values, repeated keys and bracket keys. */
const hostileQuery = (valid: Arbitrary<unknown>): Arbitrary<string> => fc.oneof(
  hostileOf(valid).map((v) => (v !== null && typeof v === 'object' && !Array.isArray(v)
    ? Object.entries(v as Record<string, unknown>).map(([k, x]) => `${encodeURIComponent(k)}=${encodeURIComponent(typeof x === 'string' ? x : asBody(x))}`).join('&')
    : encodeURIComponent(asBody(v)))),
  fc.constantFrom('cursor=1&cursor=2', 'cursor[__proto__]=1', 'limit=-1', 'limit=1e9', 'cursor=NaN', 'cursor=0x10', '%', '&&&', 'cursor=%00'),
  anyHostileQuery,
);

describe('fuzz: every endpoint survives hostile input', () => {
  it('POST login', { timeout: timeoutFor(0.04) }, async () => {
    // Each well-formed attempt costs a scrypt; rate limiting soon answers most of them with 429.
    await fc.assert(fc.asyncProperty(hostileOf(validOf(loginRequestSchema)), fc.ipV4(), async (body, ip) => {
      const response = await server.app.inject({ method: 'POST', url: apiRoutes.login, headers: { 'content-type': 'application/json' }, payload: asBody(body), remoteAddress: ip });
      expectWellFormed(response);
      expect(response.statusCode).not.toBe(200);
    }), { numRuns: runsFor(0.04) });
  });

  it('POST push (signed in)', { timeout: timeoutFor(0.38) }, async () => {
    let applied = 0;
    // A plain create on unit A's count indicator from a fresh device always reaches the write path
    // (generated pushes alone sometimes did not, e.g. when they named another user: a flaky check).
    const plainCreate = fc.record({ quarter: fc.constantFrom(1, 2, 3), value: fc.integer({ min: 0, max: 10_000 }) }).map(({ quarter, value }) => ({
      deviceId: randomUUID(),
      mutations: [{
        id: randomUUID(), seq: 1, entity: 'realisation', recordId: randomUUID(), op: 'upsert', baseRev: null,
        fields: { indicatorId: server.world.indicators.count.id, quarter, value }, clientTime: new Date().toISOString(),
      }],
    }));
    const body = fc.oneof({ weight: 3, arbitrary: hostileOf(validPush()) }, { weight: 1, arbitrary: validPush() }, { weight: 1, arbitrary: plainCreate });
    const caller = fc.constantFrom<'operator' | 'admin'>('operator', 'operator', 'operator', 'admin');
    await fc.assert(fc.asyncProperty(body, caller, async (body, who) => {
      const response = await server.app.inject({ method: 'POST', url: apiRoutes.push, headers: { cookie: cookies[who], ...csrf, 'content-type': 'application/json' }, payload: asBody(body) });
      expectWellFormed(response);
      if (response.statusCode === 200) applied += response.json<PushResponse>().results.filter((r) => r.status === 'applied' || r.status === 'merged').length;
    }), { numRuns: runsFor(0.38) });
    // The generator reaches the real write path, not only validation.
    expect(applied).toBeGreaterThan(0);
  });

  it('GET pull (signed in)', { timeout: timeoutFor(0.06) }, async () => {
    await fc.assert(fc.asyncProperty(hostileQuery(validOf(pullQuerySchema)), async (query) => {
      const response = await server.app.inject({ method: 'GET', url: `${apiRoutes.pull}?${query}`, headers: { cookie: cookies.operator } });
      expectWellFormed(response);
    }), { numRuns: runsFor(0.06) });
  });

  it('raw bodies and content types on every write', { timeout: timeoutFor(0.1) }, async () => {
    const writes: Array<['POST' | 'PUT', string]> = [
      ...[apiRoutes.login, apiRoutes.logout, apiRoutes.push, apiRoutes.password, adminRoutes.orgUnits, adminRoutes.users, adminRoutes.importUsers].map((url) => ['POST', url] as ['POST', string]),
      ['PUT', adminRoutes.logo],
    ];
    const contentType = fc.constantFrom('application/json', 'image/png', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin1', '');
    const raw = fc.oneof(fc.string({ maxLength: 2000 }), fc.constantFrom('{', '[', '{"a":', '\u0000', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{"x":1}}}', 'null', '1e999'));
    await fc.assert(fc.asyncProperty(fc.constantFrom(...writes), contentType, raw, fc.boolean(), async ([method, url], type, payload, asAdmin) => {
      // As the admin only on the logo: a POST to logout would end the session the later cases use.
      const headers: Record<string, string> = { cookie: asAdmin && method === 'PUT' ? cookies.admin : cookies.operator, ...csrf };
      if (type) headers['content-type'] = type;
      const response = await server.app.inject({ method, url, headers, payload });
      expectWellFormed(response);
    }), { numRuns: runsFor(0.1) });
  });

  it('admin endpoints (as the admin)', { timeout: timeoutFor(0.2) }, async () => {
    const unitIds = () => fc.oneof(fc.constantFrom(...Object.values(server.world.units).map((u) => u.id)), fc.uuid({ version: 4 }));
    const unitOverrides = { '$.parentId': fc.option(unitIds()), '$.orgUnitId': unitIds() };
    // Account ids are unknown ones: the fuzz must not deactivate the users it signs in with.
    const calls: Array<[string, 'POST' | 'PATCH' | 'PUT' | 'GET', Arbitrary<string>, Arbitrary<unknown>]> = [
      ['org unit', 'POST', fc.constant(adminRoutes.orgUnits), validOf(orgUnitCreateSchema, unitOverrides)],
      ['org unit change', 'PATCH', unitIds().map((id) => adminPath(adminRoutes.orgUnit, { id })), validOf(orgUnitUpdateSchema, unitOverrides)],
      ['user', 'POST', fc.constant(adminRoutes.users), validOf(userCreateSchema, unitOverrides)],
      ['user change', 'PATCH', fc.uuid({ version: 4 }).map((id) => adminPath(adminRoutes.user, { id })), validOf(userUpdateSchema, unitOverrides)],
      ['import', 'POST', fc.constant(adminRoutes.importUsers), validOf(userImportRequestSchema, {
        '$.csv': fc.array(fc.array(fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('operator', 'A', 'B', '"', ';', ',')), { minLength: 1, maxLength: 7 }).map((r) => r.join(',')), { maxLength: 5 })
          .map((rows) => ['username,name,role,unit_code,position,nip', ...rows].join('\n')),
      })],
      ['settings', 'PUT', fc.constant(adminRoutes.settings), validOf(tenantSettingsUpdateSchema)],
      ['period window', 'PUT', fc.tuple(fc.oneof(fc.integer({ min: 1990, max: 2110 }).map(String), fc.string({ maxLength: 6 })), fc.oneof(fc.integer({ min: 0, max: 5 }).map(String), fc.string({ maxLength: 3 })))
        .map(([year, quarter]) => adminPath(adminRoutes.periodWindow, { year, quarter })), validOf(periodWindowUpdateSchema)],
      ['logo as JSON', 'PUT', fc.constant(adminRoutes.logo), fc.anything()],
      ['password', 'POST', fc.constant(apiRoutes.password), validOf(passwordChangeRequestSchema)],
    ];
    await fc.assert(fc.asyncProperty(fc.constantFrom(...calls).chain(([, method, url, body]) => fc.tuple(fc.constant(method), url, hostileOf(body))), async ([method, url, body]) => {
      const response = await server.app.inject({ method, url, headers: { cookie: cookies.admin, ...csrf, 'content-type': 'application/json' }, payload: asBody(body) });
      expectWellFormed(response);
    }), { numRuns: runsFor(0.15) });
    await fc.assert(fc.asyncProperty(hostileQuery(validOf(auditQuerySchema)), async (query) => {
      expectWellFormed(await server.app.inject({ method: 'GET', url: `${adminRoutes.audit}?${query}`, headers: { cookie: cookies.admin } }));
    }), { numRuns: runsFor(0.05) });
  });

  it('session cookies and headers on every read', { timeout: timeoutFor(0.09) }, async () => {
    const reads = [apiRoutes.session, apiRoutes.pull, apiRoutes.health];
    const cookieValue = fc.oneof(fc.string({ maxLength: 300 }), fc.constantFrom('', '%', '%%00', 'a'.repeat(4096)), hostileValue.map(asBody));
    await fc.assert(fc.asyncProperty(fc.constantFrom(...reads), cookieValue, fc.string({ maxLength: 40 }), async (url, value, language) => {
      const response = await server.app.inject({ method: 'GET', url, headers: { cookie: `${sessionCookieName}=${encodeURIComponent(value)}`, 'accept-language': language } });
      expectWellFormed(response);
    }), { numRuns: runsFor(0.09) });
  });

  it('hostile query strings and path parameters on every route of the route table', { timeout: timeoutFor(0.08) }, async () => {
    const routes = routeTableOf(server.app).map((line) => line.split(' ') as ['GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', string]);
    expect(routes.length).toBeGreaterThan(20);
    const pathParam = fc.oneof(
      fc.uuid({ version: 4 }), fc.constant(server.world.submitted.id), fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 }),
      fc.constantFrom('2026', '9999', '0', '-1', '1e999', '9999-99-99', '..', '%2e%2e', '%00', '%zz', '%E0%A4%A', 'x'.repeat(500), '__proto__', '%E2%80%AE'),
    );
    const call = fc.tuple(fc.array(pathParam, { minLength: 2, maxLength: 2 }), anyHostileQuery, fc.constantFrom<'operator' | 'admin'>('operator', 'admin'));
    const seen = new Set<string>();
    let next = 0;
    await fc.assert(fc.asyncProperty(call, async ([[first, second], query, who]) => {
      // Routes in turn, so that every one of them is reached whatever the number of runs.
      const [method, route] = routes[next++ % routes.length] ?? ['GET', apiRoutes.health];
      let index = 0;
      const url = route.replace(/:\w+/g, () => (index++ === 0 ? first : second) ?? '');
      // Logging out would end the session every later case uses: sent without it.
      const signedIn = route !== apiRoutes.logout;
      const headers: Record<string, string> = { ...csrf, ...(signedIn ? { cookie: cookies[who] } : {}) };
      const write = method !== 'GET';
      if (write) headers['content-type'] = 'application/json';
      const response = await server.app.inject({ method, url: `${url}?${query}`, headers, ...(write ? { payload: '{}' } : {}) });
      expectWellFormed(response, `${method} ${url}?${query.slice(0, 300)}`);
      seen.add(`${method} ${route}`);
    }), { numRuns: runsFor(0.08) });
    expect(seen.size).toBe(routes.length);
  });

  it('JSON nested up to 100,000 levels on every JSON write', { timeout: timeoutFor(0.05) }, async () => {
    const writes = routeTableOf(server.app).filter((line) => !line.startsWith('GET ') && line !== `POST ${apiRoutes.logout}`)
      .map((line) => line.split(' ') as ['POST' | 'PUT' | 'PATCH' | 'DELETE', string]);
    // As text: JSON.stringify itself overflows near 5,000 levels.
    const nested = (depth: number, leaf: string): string => {
      const open = Array.from({ length: depth }, (_, i) => (i % 2 === 0 ? '{"a":' : '[')).join('');
      const close = Array.from({ length: depth }, (_, i) => (i % 2 === 0 ? '}' : ']')).reverse().join('');
      return `${open}${leaf}${close}`;
    };
    const depth = fc.oneof(fc.integer({ min: 1, max: maxJsonDepth + 8 }), fc.constantFrom(5_000, 10_000), fc.integer({ min: maxJsonDepth, max: 100_000 }));
    // Deep at the top, or where a real body has a value: a push's fields (the 500 of the issue), a name.
    const place = fc.constantFrom<(deep: string) => string>(
      (deep) => deep,
      (deep) => JSON.stringify({ deviceId: randomUUID(), mutations: [{ id: randomUUID(), seq: 1, entity: 'realisation', recordId: randomUUID(), op: 'upsert', baseRev: null, clientTime: new Date().toISOString(), fields: 0 }] })
        .replace('"fields":0', `"fields":${deep}`),
      (deep) => `{"name":${deep},"code":"X","type":"opd","parentId":null}`,
    );
    let tooDeep = 0;
    await fc.assert(fc.asyncProperty(fc.constantFrom(...writes), depth, place, fc.constantFrom('"x"', '1', 'null', '{}', '[]'), async ([method, url], levels, at, leaf) => {
      const payload = at(nested(levels, leaf));
      const response = await server.app.inject({ method, url: url.replace(/:\w+/g, () => randomUUID()), headers: { cookie: cookies.admin, ...csrf, 'content-type': 'application/json' }, payload });
      expectWellFormed(response, `${method} ${url}, ${levels} levels: ${payload.slice(0, 120)}`);
      if (response.statusCode === 400 && (JSON.parse(response.body) as { error: { details?: { reason?: string } } }).error.details?.reason === 'too_deep') tooDeep++;
    }), { numRuns: runsFor(0.05) });
    // Most cases are over the limit and the parser, not a later stack, refuses them.
    expect(tooDeep).toBeGreaterThan(runsFor(0.05) / 4);
  });

  it('left no invalid row in the database and no polluted prototype', async () => {
    const rows: Change[] = [];
    for (const who of ['evaluator', 'operator.x']) {
      const page = await pullOk(server.app, await loginAs(server.app, who), 0, 5000);
      if (page.kind !== 'changes') throw new Error('reset');
      rows.push(...page.changes);
    }
    expect(rows.filter((c) => c.entity === 'realisation').length).toBeGreaterThan(0);
    for (const change of rows) {
      const schema = (entityRowSchemas as Record<string, { safeParse(v: unknown): { success: boolean } } | undefined>)[change.entity];
      if (!schema) continue;
      const parsed = schema.safeParse(change.row);
      if (!parsed.success) throw new Error(`invalid ${change.entity} row stored: ${JSON.stringify(change.row).slice(0, 500)}`);
    }
    const session = await server.app.inject({ method: 'GET', url: apiRoutes.session, headers: { cookie: await loginAs(server.app, 'evaluator') } });
    expect(sessionInfoSchema.safeParse(session.json()).success).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });
});
