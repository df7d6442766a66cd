// Server test data: the users a seed signs in (with the test password) and one "world": two
// tenants, units A and B, every role. Its rows come from the shared builders (factories.ts), with
// the values the server's tests read.
import { randomUUID } from 'node:crypto';
import type { Agreement } from '../../src/domain/agreement';
import type { Indicator } from '../../src/domain/indicator';
import type { OrgUnit } from '../../src/domain/org-unit';
import type { Role } from '../../src/domain/role';
import type { Tenant } from '../../src/domain/tenant';
import type { SeedData, SeedUser } from '../../src/server/seed/seed';
import { buildAgreement, buildGoal, buildIndicator, buildOrgUnit, buildRealisation, buildTenant } from './factories';

export const testPassword = 'rahasia-uji-123';

export function buildUser(unit: OrgUnit, role: Role, username: string, overrides: Partial<SeedUser> = {}): SeedUser {
  return {
    id: randomUUID(), tenantId: unit.tenantId, orgUnitId: unit.id, username, password: testPassword,
    name: `Pengguna ${username}`, role, position: role, nip: null, ...overrides,
  };
}

/** The world's year: its PKs and entries, and the year the server's tests ask about. */
export const worldYear = 2026;

/** The world's count indicator (Jumlah layanan, 100 a year); its other indicators start from it. */
export const serviceCount = {
  name: 'Jumlah layanan', unit: 'layanan', annualTarget: 100, quarterTargets: [25, 25, 25, 25],
} satisfies Partial<Indicator>;

const worldTenant = {
  name: 'Kabupaten Uji', regionalHeadName: 'Bupati Uji',
  settings: {
    lowerIsBetterFormula: 'A', achievementCap: null, warningBelowCategory: 'tinggi',
    categoryBands: [{ key: 'tinggi', label: 'Tinggi', min: 76, tone: 'good' }, { key: 'rendah', label: 'Rendah', min: 0, tone: 'bad' }],
  },
} satisfies Partial<Tenant>;

const worldAgreement = {
  year: worldYear, firstParty: { name: 'Kepala', position: 'Kepala Dinas', rank: 'Pembina', nip: null },
  secondParty: { name: 'Bupati Uji', position: 'Bupati' }, signedOn: `${worldYear}-01-05`, signedPlace: 'Uji',
} satisfies Partial<Agreement>;

/** Unit-A indicators of every kind, a unit-B and another tenant's indicator, and locked entries. */
export function buildWorld() {
  const tenant = buildTenant(worldTenant);
  const other = buildTenant({ ...worldTenant, name: 'Kota Lain', kind: 'kota' });
  const setda = buildOrgUnit(tenant, { code: 'S', name: 'Bappeda', type: 'setda' });
  const unitA = buildOrgUnit(tenant, { code: 'A', name: 'Dinas A', parentId: setda.id });
  const unitB = buildOrgUnit(tenant, { code: 'B', name: 'Dinas B', parentId: setda.id });
  const unitX = buildOrgUnit(other, { code: 'X', name: 'Dinas X' });
  const pkOf = (unit: OrgUnit) => buildAgreement(unit, worldAgreement);
  const [agrA, agrB, agrX] = [pkOf(unitA), pkOf(unitB), pkOf(unitX)];
  const goalOf = (agreement: Agreement) => buildGoal(agreement, { name: 'Sasaran uji' });
  const [goalA, goalB, goalX] = [goalOf(agrA), goalOf(agrB), goalOf(agrX)];
  const indicators = {
    count: buildIndicator(goalA, serviceCount),
    percent: buildIndicator(goalA, { ...serviceCount, name: 'Persentase', unit: '%', aggregation: 'last', targetType: 'percent', order: 1 }),
    text: buildIndicator(goalA, { ...serviceCount, name: 'Dokumen', aggregation: 'last', targetType: 'text', annualTarget: 'Tersusun', order: 2 }),
    scale: buildIndicator(goalA, {
      ...serviceCount, name: 'Opini BPK', aggregation: 'last', targetType: 'scale', annualTarget: 4, order: 3,
      scaleLevels: [{ label: 'WDP', score: 3 }, { label: 'WTP', score: 4 }],
    }),
    growth: buildIndicator(goalA, { ...serviceCount, name: 'Pertumbuhan', unit: '%', aggregation: 'last', order: 4 }),
    unitB: buildIndicator(goalB, serviceCount),
    otherTenant: buildIndicator(goalX, serviceCount),
  };
  const submitted = buildRealisation(indicators.count, { year: worldYear, quarter: 4, status: 'submitted', value: 10 });
  const verified = buildRealisation(indicators.percent, { year: worldYear, quarter: 4, status: 'verified', value: 10 });
  const users = {
    operatorA: buildUser(unitA, 'operator', 'operator.a'),
    headA: buildUser(unitA, 'head', 'kepala.a'),
    operatorB: buildUser(unitB, 'operator', 'operator.b'),
    headB: buildUser(unitB, 'head', 'kepala.b'),
    evaluator: buildUser(setda, 'evaluator', 'evaluator'),
    // Bappeda's evaluator given the planner right (domain/permissions.ts canEditPlan).
    planner: buildUser(setda, 'evaluator', 'perencana', { planner: true }),
    leader: buildUser(setda, 'leader', 'pimpinan'),
    admin: buildUser(setda, 'admin', 'admin'),
    operatorX: buildUser(unitX, 'operator', 'operator.x'),
    inactive: buildUser(unitA, 'operator', 'nonaktif', { active: false }),
  };
  const data: SeedData = {
    tenants: [tenant, other], orgUnits: [unitA, unitB, setda, unitX], users: Object.values(users),
    agreements: [agrA, agrB, agrX], goals: [goalA, goalB, goalX], indicators: Object.values(indicators), programs: [],
    realisations: [submitted, verified],
  };
  return { data, tenant, other, units: { setda, unitA, unitB, unitX }, users, indicators, submitted, verified };
}

export type World = ReturnType<typeof buildWorld>;
