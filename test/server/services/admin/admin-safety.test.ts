// Admin that is safe (issue 15): a unit code is unique within its tenant (a second Simpan, a rename,
// another case of the same code are refused with unit_code_taken; another tenant may use it), the
// category bands' bounds are editable and checked, the user list says when each user last signed
// in, a deadline extension keeps one unit's quarter open. Each changed endpoint as every role of the tenant, for own and another unit, and as the admin
// of another tenant. PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPath, adminRoutes, orgUnitListSchema, tenantSettingsResponseSchema, userListSchema } from '../../../../src/api/admin';
import { errorEnvelopeSchema } from '../../../../src/api/errors';
import { orgUnitSchema } from '../../../../src/domain/org-unit';
import { categoryOf } from '../../../../src/domain/category';
import { bottomBandMin } from '../../../../src/domain/default-settings';
import { seedDemoData } from '../../../../src/server/seed/seed';
import { buildUser } from '../../../support/server-factories';
import { randomUUID } from 'node:crypto';
import { periodWindowSchema } from '../../../../src/domain/period-window';
import { windowForUnit } from '../../../../src/domain/period-lock';
import { createTestServer, csrf, loginAs, pullOk, pushOk, realisationMutation, type TestServer } from '../../../support/server-app';

let server: TestServer;
const cookies = new Map<string, string>();
const callers = ['operator.a', 'kepala.a', 'operator.b', 'evaluator', 'pimpinan', 'admin', 'admin.x'] as const;
beforeAll(async () => {
  server = await createTestServer();
  // The other tenant's admin.
  await seedDemoData(server.store, {
    tenants: [], orgUnits: [], users: [buildUser(server.world.units.unitX, 'admin', 'admin.x')], agreements: [], goals: [], indicators: [], programs: [], realisations: [],
  });
  for (const username of callers) cookies.set(username, await loginAs(server.app, username));
}, 60_000);
afterAll(async () => { await server.cleanup(); });

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT';
const as = (username: (typeof callers)[number], method: Method, url: string, payload?: object) =>
  server.app.inject({ method, url, headers: { cookie: cookies.get(username) ?? '', ...csrf }, ...(payload ? { payload } : {}) });
const reasonOf = (body: string) => (errorEnvelopeSchema.parse(JSON.parse(body)).error.details as { reason?: string } | undefined)?.reason;

describe('unit codes', () => {
  it('refuses a second unit with the same code (Simpan pressed twice), in any case or spacing, and a rename onto a taken code', async () => {
    const input = { code: '1.07', name: 'Dinas Pariwisata', type: 'opd', parentId: server.world.units.setda.id };
    const [first, second] = await Promise.all([as('admin', 'POST', adminRoutes.orgUnits, input), as('admin', 'POST', adminRoutes.orgUnits, input)]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([201, 400]);
    const refused = first.statusCode === 400 ? first : second;
    expect(reasonOf(refused.body)).toBe('unit_code_taken');
    expect(refused.json()).toMatchObject({ error: { code: 'invalid_request', details: { field: 'code' } } });
    const units = orgUnitListSchema.parse((await as('admin', 'GET', adminRoutes.orgUnits)).json()).orgUnits;
    expect(units.filter((u) => u.code === '1.07')).toHaveLength(1);
    expect(reasonOf((await as('admin', 'POST', adminRoutes.orgUnits, { ...input, code: ' 1.07 ' })).body)).toBe('unit_code_taken');
    expect(reasonOf((await as('admin', 'POST', adminRoutes.orgUnits, { ...input, code: 'a' })).body)).toBe('unit_code_taken'); // unit A's code

    const created = orgUnitSchema.parse((await as('admin', 'POST', adminRoutes.orgUnits, { ...input, code: '1.08' })).json());
    expect(reasonOf((await as('admin', 'PATCH', adminPath(adminRoutes.orgUnit, { id: created.id }), { code: '1.07' })).body)).toBe('unit_code_taken');
    // Keeping its own code while renaming is no clash.
    const renamed = await as('admin', 'PATCH', adminPath(adminRoutes.orgUnit, { id: created.id }), { code: '1.08', name: 'Dinas Pariwisata dan Kebudayaan' });
    expect(renamed.statusCode).toBe(200);
  });

  it('lets another tenant use the same code, and only admins write units, each in their own tenant', async () => {
    const input = { code: 'A', name: 'Dinas A Kota Lain', type: 'opd', parentId: null };
    expect((await as('admin.x', 'POST', adminRoutes.orgUnits, input)).statusCode).toBe(201);
    // The other tenant's admin cannot touch this tenant's unit (own unit A, another unit B).
    for (const unit of [server.world.units.unitA, server.world.units.unitB]) {
      expect((await as('admin.x', 'PATCH', adminPath(adminRoutes.orgUnit, { id: unit.id }), { code: 'Z' })).statusCode).toBe(404);
    }
    for (const username of ['operator.a', 'kepala.a', 'operator.b', 'evaluator', 'pimpinan'] as const) {
      expect((await as(username, 'POST', adminRoutes.orgUnits, { ...input, code: `R-${username}` })).statusCode, username).toBe(403);
      for (const unit of [server.world.units.unitA, server.world.units.unitB]) {
        expect((await as(username, 'PATCH', adminPath(adminRoutes.orgUnit, { id: unit.id }), { active: false })).statusCode, username).toBe(403);
      }
    }
  });
});

describe('category band bounds', () => {
  it('are shown, changed when ordered, and refused with the problem per field otherwise', async () => {
    // The Permendagri 86/2017 set: five bands, four bounds (91, 76, 66, 51).
    const before = tenantSettingsResponseSchema.parse((await as('admin', 'PUT', adminRoutes.settings, { bandSet: 'permendagri86' })).json());
    expect(before.categoryBands?.map((b) => b.min).slice(0, -1)).toEqual([91, 76, 66, 51]);
    expect(before.categoryBands?.map((b) => b.key)).toEqual(before.categoryKeys);
    const count = (before.categoryBands?.length ?? 0) - 1;
    const bounds = Array.from({ length: count }, (_, i) => 90 - i * 10);
    const saved = await as('admin', 'PUT', adminRoutes.settings, { bandThresholds: bounds });
    expect(saved.statusCode).toBe(200);
    const after = tenantSettingsResponseSchema.parse(saved.json());
    expect(after.categoryBands?.map((b) => b.min)).toEqual([...bounds, bottomBandMin]);
    expect(categoryOf(89.99, after.categoryBands ?? []).key).toBe(after.categoryKeys[1]);

    const wrong = await as('admin', 'PUT', adminRoutes.settings, { bandThresholds: [50, 60].concat(Array(Math.max(0, count - 2)).fill(10)) });
    expect(reasonOf(wrong.body)).toBe('band_thresholds');
    expect(JSON.stringify(wrong.json())).toContain('not_descending');
    expect(reasonOf((await as('admin', 'PUT', adminRoutes.settings, { bandThresholds: [90] })).body)).toBe('band_thresholds');
    expect(reasonOf((await as('admin', 'PUT', adminRoutes.settings, { bandThresholds: Array(count).fill(-5) })).body)).toBe('band_thresholds');
    // Nothing of a refused request was kept.
    const kept = tenantSettingsResponseSchema.parse((await as('admin', 'GET', adminRoutes.settings)).json());
    expect(kept.categoryBands?.map((b) => b.min)).toEqual([...bounds, bottomBandMin]);
    // Another tenant's admin changes only their own tenant; no other role may.
    const other = tenantSettingsResponseSchema.parse((await as('admin.x', 'PUT', adminRoutes.settings, { bandSet: 'permendagri86', bandThresholds: bounds.map((b) => b + 1) })).json());
    expect(other.categoryBands?.[0]?.min).toBe(91);
    expect(tenantSettingsResponseSchema.parse((await as('admin', 'GET', adminRoutes.settings)).json()).categoryBands?.[0]?.min).toBe(90);
    for (const username of ['operator.a', 'kepala.a', 'operator.b', 'evaluator', 'pimpinan'] as const) {
      expect((await as(username, 'PUT', adminRoutes.settings, { bandThresholds: bounds })).statusCode, username).toBe(403);
    }
  });
});

describe('the user list', () => {
  it('says when each user last signed in, only to the admin of their tenant', async () => {
    const users = userListSchema.parse((await as('admin', 'GET', adminRoutes.users)).json()).users;
    const operator = users.find((u) => u.username === 'operator.a');
    expect(operator?.lastSignInAt).toBe(server.clock.now.toISOString());
    expect(users.find((u) => u.username === 'kepala.b')?.lastSignInAt).toBeNull();
    expect(users.some((u) => u.username === 'admin.x')).toBe(false);
    const others = userListSchema.parse((await as('admin.x', 'GET', adminRoutes.users)).json()).users;
    expect(others.map((u) => u.username).sort()).toEqual(['admin.x', 'operator.x']);
    for (const username of ['operator.a', 'kepala.a', 'operator.b', 'evaluator', 'pimpinan'] as const) {
      expect((await as(username, 'GET', adminRoutes.users)).statusCode, username).toBe(403);
    }
  });
});

describe('deadline extension for one unit', () => {
  const setWindow = (username: (typeof callers)[number], quarter: number, body: object) =>
    as(username, 'PUT', adminPath(adminRoutes.periodWindow, { year: '2026', quarter: String(quarter) }), body);
  const enter = async (username: (typeof callers)[number], indicatorId: string, quarter: number) =>
    (await pushOk(server.app, cookies.get(username) ?? '', randomUUID(), [realisationMutation(1, randomUUID(), { indicatorId, quarter, value: 7 })])).results[0];

  it('keeps the quarter open for that unit only, until its own end; the server guard enforces it and devices pull it', async () => {
    const { count, unitB, otherTenant } = server.world.indicators;
    const until = new Date(server.clock.now.getTime() + 86_400_000).toISOString();
    const saved = await setWindow('admin', 2, { locked: true, lockAt: null, extensions: [{ orgUnitId: server.world.units.unitA.id, until }] });
    expect(saved.statusCode).toBe(200);
    expect(periodWindowSchema.parse(saved.json()).extensions).toEqual([{ orgUnitId: server.world.units.unitA.id, until }]);
    // Own unit (A, extended): open for its operator and head; another unit (B): locked.
    expect((await enter('operator.a', count.id, 2))?.status).toBe('applied');
    expect(['applied', 'merged']).toContain((await enter('kepala.a', count.id, 2))?.status); // same entry: merged
    expect((await enter('operator.b', unitB.id, 2))?.reason?.code).toBe('quarter_locked');
    // Another tenant has no such window at all.
    expect((await enter('admin.x', otherTenant.id, 2))?.status).not.toBe('applied'); // an admin enters nothing
    // Every device of the tenant pulls the window with its extension (the unit's device knows offline).
    const page = await pullOk(server.app, cookies.get('operator.b') ?? '', 0, 5000);
    if (page.kind !== 'changes') throw new Error('reset');
    const pulled = page.changes.filter((c) => c.entity === 'periodWindow').at(-1);
    expect(windowForUnit(periodWindowSchema.parse(pulled?.row), server.world.units.unitA.id)).toMatchObject({ locked: false, lockAt: until });
    // Setting the lock again without the list keeps the extension; after its end, unit A is locked too.
    expect(periodWindowSchema.parse((await setWindow('admin', 2, { locked: true, lockAt: null })).json()).extensions).toHaveLength(1);
    server.clock.advance(2 * 86_400_000);
    expect((await enter('operator.a', count.id, 2))?.reason?.code).toBe('quarter_locked');
    expect(periodWindowSchema.parse((await setWindow('admin', 2, { locked: true, lockAt: null, extensions: [] })).json()).extensions).toEqual([]);
  });

  it('refuses a unit of another tenant, an inactive unit or the same unit twice; only the admin of the tenant sets it', async () => {
    const until = new Date(server.clock.now.getTime() + 86_400_000).toISOString();
    const extension = (orgUnitId: string) => ({ orgUnitId, until });
    expect(reasonOf((await setWindow('admin', 3, { locked: true, lockAt: null, extensions: [extension(server.world.units.unitX.id)] })).body)).toBe('unit_not_found');
    const unitA = server.world.units.unitA.id;
    expect(reasonOf((await setWindow('admin', 3, { locked: true, lockAt: null, extensions: [extension(unitA), extension(unitA)] })).body)).toBe('duplicate_unit');
    const off = orgUnitSchema.parse((await as('admin', 'POST', adminRoutes.orgUnits, { code: 'OFF', name: 'Unit Lama', type: 'opd', parentId: null })).json());
    await as('admin', 'PATCH', adminPath(adminRoutes.orgUnit, { id: off.id }), { active: false });
    expect(reasonOf((await setWindow('admin', 3, { locked: true, lockAt: null, extensions: [extension(off.id)] })).body)).toBe('unit_inactive');
    expect(reasonOf((await setWindow('admin.x', 3, { locked: true, lockAt: null, extensions: [extension(unitA)] })).body)).toBe('unit_not_found');
    for (const username of ['operator.a', 'kepala.a', 'operator.b', 'evaluator', 'pimpinan'] as const) {
      expect((await setWindow(username, 3, { locked: false, lockAt: null, extensions: [extension(unitA)] })).statusCode, username).toBe(403);
    }
  });
});
