// Malformed, oversized and hostile payloads on every endpoint, generated from the zod contract:
// never a 5xx, the error envelope on every 4xx, and no invalid row stored. CI runs ≥ 2,000 cases
// on PGlite and on PostgreSQL; `npm run fuzz` runs a long campaign (FUZZ_RUNS, default 50,000).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc, { type Arbitrary } from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { errorEnvelopeSchema } from '../../src/api/errors';
import { loginRequestSchema } from '../../src/api/auth';
import { apiRoutes, sessionCookieName } from '../../src/api/routes';
import { entityRowSchemas, pullQuerySchema, pushRequestSchema, syncEntitySchema, type Change, type PushResponse } from '../../src/api/sync';
import { realisationCreateSchema, realisationEditSchema } from '../../src/domain/realisation';
import {
  adminPath, adminRoutes, auditQuerySchema, orgUnitCreateSchema, orgUnitUpdateSchema, passwordChangeRequestSchema,
  periodWindowUpdateSchema, tenantSettingsUpdateSchema, userCreateSchema, userImportRequestSchema, userUpdateSchema,
} from '../../src/api/admin';
import { sessionInfoSchema } from '../../src/api/auth';
import { createTestServer, csrf, loginAs, pullOk, type TestServer } from '../support/server-app';
import { hostileOf, hostileValue, validOf } from '../support/schema-arbitrary';

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

function expectWellFormed(response: LightMyRequestResponse): void {
  if (response.statusCode >= 500) throw new Error(`${response.statusCode}: ${response.body}`);
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

/** Query strings: the contract's fields with hostile values, repeated keys and bracket keys. */
const hostileQuery = (valid: Arbitrary<unknown>): Arbitrary<string> => fc.oneof(
  hostileOf(valid).map((v) => (v !== null && typeof v === 'object' && !Array.isArray(v)
    ? Object.entries(v as Record<string, unknown>).map(([k, x]) => `${encodeURIComponent(k)}=${encodeURIComponent(typeof x === 'string' ? x : asBody(x))}`).join('&')
    : encodeURIComponent(asBody(v)))),
  fc.constantFrom('cursor=1&cursor=2', 'cursor[__proto__]=1', 'limit=-1', 'limit=1e9', 'cursor=NaN', 'cursor=0x10', '%', '&&&', 'cursor=%00'),
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

  it('POST push (signed in)', { timeout: timeoutFor(0.45) }, async () => {
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
    }), { numRuns: runsFor(0.45) });
    // The generator reaches the real write path, not only validation.
    expect(applied).toBeGreaterThan(0);
  });

  it('GET pull (signed in)', { timeout: timeoutFor(0.1) }, async () => {
    await fc.assert(fc.asyncProperty(hostileQuery(validOf(pullQuerySchema)), async (query) => {
      const response = await server.app.inject({ method: 'GET', url: `${apiRoutes.pull}?${query}`, headers: { cookie: cookies.operator } });
      expectWellFormed(response);
    }), { numRuns: runsFor(0.1) });
  });

  it('raw bodies and content types on every write', { timeout: timeoutFor(0.12) }, async () => {
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
    }), { numRuns: runsFor(0.12) });
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
