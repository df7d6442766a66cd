import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityRowSchemas, pullResponseSchema, syncEntitySchema, type Change } from '../../../../src/api/sync';
import { apiRoutes } from '../../../../src/api/routes';
import { createTestServer, loginAs, pullOk, pushOk, realisationMutation as rm, type TestServer } from '../../../support/server-app';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
  // Some unit-B activity after the seed, so a unit-A operator's last page ends on rows they cannot see.
  const operatorB = await loginAs(server.app, 'operator.b');
  await pushOk(server.app, operatorB, randomUUID(), [
    rm(1, randomUUID(), { indicatorId: server.world.indicators.unitB.id, quarter: 1, value: 3 }),
    rm(2, randomUUID(), { indicatorId: server.world.indicators.unitB.id, quarter: 2, value: 4 }),
  ]);
});
afterAll(async () => { await server.cleanup(); });

/** Pulls page by page until hasMore is false; checks the contract on every page. */
async function pullAll(cookie: string, limit: number): Promise<{ changes: Change[]; cursor: number; pages: number }> {
  let cursor = 0;
  const changes: Change[] = [];
  for (let pages = 1; ; pages += 1) {
    const page = pullResponseSchema.parse(await pullOk(server.app, cookie, cursor, limit));
    if (page.kind !== 'changes') throw new Error('unexpected reset');
    expect(page.changes.length).toBeLessThanOrEqual(limit);
    expect(page.nextCursor).toBeGreaterThanOrEqual(cursor);
    for (const c of page.changes) expect(c.rev).toBeGreaterThan(cursor);
    // The log's end, for a first sync's progress: the cursor never passes it, and reaches it on the last page.
    expect(page.lastRev).toBeGreaterThanOrEqual(page.nextCursor);
    if (!page.hasMore) expect(page.nextCursor).toBe(page.lastRev);
    changes.push(...page.changes);
    cursor = page.nextCursor;
    if (!page.hasMore) return { changes, cursor, pages };
  }
}

const unitOf = (c: Change): unknown => (c.entity === 'orgUnit' ? null : c.row.orgUnitId);

describe('pull', () => {
  it('gives a tenant-wide role every change of the tenant, in rev order, as valid domain rows', async () => {
    const cookie = await loginAs(server.app, 'evaluator');
    const { changes, cursor } = await pullAll(cookie, 1000);
    const revs = changes.map((c) => c.rev);
    // Every synced change of the log, in order; the audit-only rows (sign-ins, accounts) are skipped.
    const lastRev = await server.store.getLastRev(server.world.tenant.id);
    const log = await server.store.listChanges({ tenantId: server.world.tenant.id, after: 0, upTo: lastRev, orgUnitId: null, limit: 100_000 });
    expect(revs).toEqual(log.filter((c) => syncEntitySchema.safeParse(c.entity).success).map((c) => c.rev));
    expect(log.some((c) => c.entity === 'session')).toBe(true); // the evaluator's own sign-in
    expect(cursor).toBe(lastRev);
    for (const c of changes) {
      const row = entityRowSchemas[c.entity].parse(c.row);
      expect(row.id).toBe(c.recordId);
      expect(row.tenantId).toBe(server.world.tenant.id);
      expect(row.rev).toBe(c.rev);
    }
    expect(new Set(changes.map(unitOf))).toEqual(new Set([null, server.world.units.unitA.id, server.world.units.unitB.id]));
  });

  it('pages with limit, hasMore and nextCursor, to the same result', async () => {
    const cookie = await loginAs(server.app, 'pimpinan');
    const whole = await pullAll(cookie, 1000);
    const paged = await pullAll(cookie, 4);
    expect(paged.pages).toBeGreaterThan(3);
    expect(paged.changes).toEqual(whole.changes);
    expect(paged.cursor).toBe(whole.cursor);
  });

  it('scopes a unit role to its unit and tenant-level rows, and scans past what it cannot see', async () => {
    // Both sign in first: a sign-in is a (not synced) row of the log, and moves the cursor.
    const adminCookie = await loginAs(server.app, 'admin');
    const cookie = await loginAs(server.app, 'operator.a');
    const admin = await pullAll(adminCookie, 1000);
    const mine = await pullAll(cookie, 3);
    expect(mine.changes.length).toBeGreaterThan(0);
    for (const c of mine.changes) expect([null, server.world.units.unitA.id]).toContain(unitOf(c));
    expect(mine.changes).toEqual(admin.changes.filter((c) => [null, server.world.units.unitA.id].includes(unitOf(c) as string | null)));
    expect(mine.cursor).toBe(admin.cursor);
  });

  it('never shows another tenant', async () => {
    const { changes } = await pullAll(await loginAs(server.app, 'operator.x'), 1000);
    expect(changes.length).toBe(4);
    for (const c of changes) expect(c.row.tenantId).toBe(server.world.other.id);
  });

  it('answers reset when the cursor is ahead of the server', async () => {
    const cookie = await loginAs(server.app, 'kepala.a');
    const { cursor } = await pullAll(cookie, 1000);
    const page = pullResponseSchema.parse(await pullOk(server.app, cookie, cursor + 50));
    expect(page).toMatchObject({ kind: 'reset', serverCursor: cursor });
  });

  it('validates the query', async () => {
    const cookie = await loginAs(server.app, 'kepala.a');
    const response = await server.app.inject({ method: 'GET', url: `${apiRoutes.pull}?cursor=-1&limit=0`, headers: { cookie } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid_request');
  });
});
