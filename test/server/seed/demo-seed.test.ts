// The demo data goes through the seeder and comes out of a pull as valid domain rows.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { entityRowSchemas } from '../../../src/api/sync';
import { buildDemoData, demoPassword } from '../../../src/server/seed/demo-data';
import { seedDemoData } from '../../../src/server/seed/seed';
import { verifyPassword } from '../../../src/server/services/auth/password';
import type { TestStore } from '../../support/server-store';
import { createTestStore } from '../../support/server-store';

let testStore: TestStore;
const demo = buildDemoData({ now: new Date('2026-11-20T03:00:00Z') });
beforeAll(async () => {
  testStore = await createTestStore();
  await seedDemoData(testStore.store, demo);
});
afterAll(async () => { await testStore.cleanup(); });

it('seeds every tenant with a gap-free change log of valid rows', async () => {
  for (const tenant of demo.tenants) {
    const lastRev = await testStore.store.getLastRev(tenant.id);
    const log = await testStore.store.listChanges({ tenantId: tenant.id, after: 0, upTo: lastRev, orgUnitId: null, limit: 100_000 });
    expect(log.map((c) => c.rev)).toEqual(Array.from({ length: lastRev }, (_, i) => i + 1));
    for (const c of log) entityRowSchemas[c.entity as keyof typeof entityRowSchemas].parse(c.after);
  }
  const rows = demo.orgUnits.length + demo.agreements.length + demo.goals.length + demo.indicators.length + demo.programs.length + demo.realisations.length
    + demo.rpjmdPlans.length;
  const total = (await Promise.all(demo.tenants.map((t) => testStore.store.getLastRev(t.id)))).reduce((a, b) => a + b, 0);
  expect(total).toBe(rows);
});

it('stores the demo password as a verifiable hash', async () => {
  for (const user of demo.users.slice(0, 3)) {
    const record = await testStore.store.findUserByUsername(user.username);
    expect(await verifyPassword(demoPassword, record?.passwordHash ?? '')).toBe(true);
  }
  expect(await testStore.store.hasAnyTenant()).toBe(true);
});
