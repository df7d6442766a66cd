// The store itself: migrations on open (idempotent, persistent), seeding, and exact row mapping.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityRowSchemas } from '../../../src/api/sync';
import { userSchema } from '../../../src/domain/user';
import { tenantSchema } from '../../../src/domain/tenant';
import { seedDemoData } from '../../../src/server/seed/seed';
import { verifyPassword } from '../../../src/server/services/auth/password';
import type { Store } from '../../../src/server/store/connection';
import { createTestStore, type TestStore } from '../../support/server-store';
import { buildWorld, testPassword, type World } from '../../support/server-factories';

let testStore: TestStore;
let store: Store;
let world: World;
beforeAll(async () => {
  testStore = await createTestStore({ onDisk: true });
  world = buildWorld();
  await seedDemoData(testStore.store, world.data, new Date('2026-01-05T00:00:00Z'));
  store = testStore.store;
});
afterAll(async () => { await testStore.cleanup(); });

describe('seed', () => {
  it('gives every synced row its own rev and a change, in parents-first order', async () => {
    const changes = await store.listChanges({ tenantId: world.tenant.id, after: 0, upTo: 1e9, orgUnitId: null, limit: 1000 });
    expect(changes.map((c) => c.rev)).toEqual(Array.from({ length: changes.length }, (_, i) => i + 1));
    expect(await store.getLastRev(world.tenant.id)).toBe(changes.length);
    expect(changes.filter((c) => c.entity === 'orgUnit').map((c) => c.recordId)[0]).toBe(world.units.setda.id);
    for (const c of changes) {
      expect(c.op).toBe('insert');
      expect(c.after.rev).toBe(c.rev);
      expect(entityRowSchemas[c.entity as keyof typeof entityRowSchemas].parse(c.after).id).toBe(c.recordId);
    }
    expect(changes.find((c) => c.entity === 'orgUnit')?.orgUnitId).toBeNull();
    expect(changes.find((c) => c.entity === 'indicator')?.orgUnitId).not.toBeNull();
  });

  it('stores salted scrypt hashes, never passwords', async () => {
    const a = await store.findUserByUsername('operator.a');
    const b = await store.findUserByUsername('operator.b');
    expect(a?.passwordHash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(a?.passwordHash).not.toContain(testPassword);
    expect(a?.passwordHash).not.toBe(b?.passwordHash);
    expect(await verifyPassword(testPassword, a?.passwordHash ?? '')).toBe(true);
    expect(await verifyPassword('salah', a?.passwordHash ?? '')).toBe(false);
  });

  it('maps rows to the domain types exactly', async () => {
    const user = await store.findUserByUsername('nonaktif');
    const { passwordHash: _h, mustChangePassword: _m, ...rest } = user ?? { passwordHash: '', mustChangePassword: false };
    expect(userSchema.strict().parse(rest)).toEqual({ ...world.data.users.find((u) => u.username === 'nonaktif'), password: undefined, active: false, planner: false });
    // A tenant without a logo reads back with logo: null (the column pair is empty).
    expect(tenantSchema.strict().parse(await store.getTenant(world.tenant.id))).toEqual({ ...world.tenant, logo: null });
    const indicator = await store.getIndicator(world.indicators.scale.id);
    expect(entityRowSchemas.indicator.strict().parse(indicator)).toEqual({ ...world.indicators.scale, rev: indicator?.rev });
    const agreement = await store.getAgreement(world.data.agreements[0]?.id ?? '');
    expect(entityRowSchemas.agreement.strict().parse(agreement)).toEqual({ ...world.data.agreements[0], rev: agreement?.rev });
    const unit = await store.getOrgUnit(world.units.unitA.id);
    expect(entityRowSchemas.orgUnit.strict().parse(unit)).toEqual({ ...world.units.unitA, rev: unit?.rev });
    const realisation = await store.getRealisation(world.submitted.id);
    const { fieldRevs, fieldDevices: _d, ...row } = realisation ?? { fieldRevs: {}, fieldDevices: {} };
    expect(entityRowSchemas.realisation.strict().parse(row)).toEqual({ ...world.submitted, rev: realisation?.rev });
    expect(fieldRevs).toEqual({ value: realisation?.rev, drivers: realisation?.rev, obstacles: realisation?.rev, followUp: realisation?.rev });
  });
});

describe('migrations', () => {
  it('reopen the same database without re-running or losing anything', async () => {
    const reopened = await testStore.reopen();
    expect(await reopened.hasAnyTenant()).toBe(true);
    expect(await reopened.getLastRev(world.tenant.id)).toBeGreaterThan(0);
    store = reopened;
  });
});
