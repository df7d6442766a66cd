// The demo data goes through the seeder and comes out of a pull as valid domain rows.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { entityRowSchemas } from '../../../src/api/sync';
import { validateRpjmdPlan } from '../../../src/domain/rpjmd-plan';
import { ikuTargetOfYear } from '../../../src/domain/rpjmd-plan-targets';
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

it("gives each pemda's plan the sasaran daerah and IKU of its PK, with a target for every year and the PK's own in its year", () => {
  for (const plan of demo.rpjmdPlans) {
    expect(validateRpjmdPlan(plan)).toEqual([]);
    const pk = demo.agreements.find((a) => a.tenantId === plan.tenantId && a.kind === 'pemda');
    const goals = demo.goals.filter((g) => g.agreementId === pk?.id);
    expect(plan.sasaran.map((s) => s.text).sort()).toEqual(goals.filter((g) => g.tujuanId).map((g) => g.name).sort());
    for (const sasaran of plan.sasaran) {
      const goal = goals.find((g) => g.name === sasaran.text);
      expect(sasaran.tujuanId).toBe(goal?.tujuanId);
      const ikus = demo.indicators.filter((i) => i.goalId === goal?.id);
      expect(sasaran.iku.map((i) => [i.name, i.satuan, i.polarity])).toEqual(ikus.map((i) => [i.name, i.unit, i.polarity]));
      for (const [index, iku] of sasaran.iku.entries()) {
        expect(iku.targets.map((t) => t.year)).toEqual([2025, 2026, 2027, 2028, 2029]);
        expect(ikuTargetOfYear(iku, pk?.year ?? 0)).toBe(ikus[index]?.annualTarget);
        expect(iku.endTarget).toBe(ikuTargetOfYear(iku, 2029));
      }
    }
  }
});
