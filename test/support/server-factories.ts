// Small builders of server test data and one "world": two tenants, units A and B, every role.
import { randomUUID } from 'node:crypto';
import type { Tenant } from '../../src/domain/tenant';
import type { OrgUnit } from '../../src/domain/org-unit';
import type { Agreement, Goal } from '../../src/domain/agreement';
import type { Indicator } from '../../src/domain/indicator';
import type { Realisation, RealisationStatus } from '../../src/domain/realisation';
import type { Role } from '../../src/domain/role';
import type { Quarter } from '../../src/domain/period';
import type { SeedData, SeedUser } from '../../src/server/seed/seed';
import { goalRow, indicatorRow, realisationRow, rowMeta } from './rows';

export const testPassword = 'rahasia-uji-123';
const meta = (tenantId: string) => rowMeta(tenantId);

export function buildTenant(overrides: Partial<Tenant> = {}): Tenant {
  return {
    id: randomUUID(), name: 'Kabupaten Uji', kind: 'kabupaten', regionalHeadName: 'Bupati Uji', regionalHeadTitle: 'Bupati',
    settings: {
      lowerIsBetterFormula: 'A', achievementCap: null, warningBelowCategory: 'tinggi',
      categoryBands: [{ key: 'tinggi', label: 'Tinggi', min: 76, tone: 'good' }, { key: 'rendah', label: 'Rendah', min: 0, tone: 'bad' }],
    },
    ...overrides,
  };
}

export function buildOrgUnit(tenantId: string, overrides: Partial<OrgUnit> = {}): OrgUnit {
  return { ...meta(tenantId), parentId: null, code: 'X', name: 'Dinas Uji', type: 'opd', active: true, ...overrides };
}

export function buildUser(unit: OrgUnit, role: Role, username: string, overrides: Partial<SeedUser> = {}): SeedUser {
  return {
    id: randomUUID(), tenantId: unit.tenantId, orgUnitId: unit.id, username, password: testPassword,
    name: `Pengguna ${username}`, role, position: role, nip: null, ...overrides,
  };
}

export function buildAgreement(unit: OrgUnit, overrides: Partial<Agreement> = {}): Agreement {
  return {
    ...meta(unit.tenantId), orgUnitId: unit.id, year: 2026, version: 0, parentId: null, kind: 'jpt', status: 'signed',
    number: null, firstParty: { name: 'Kepala', position: 'Kepala Dinas', rank: 'Pembina', nip: null },
    secondParty: { name: 'Bupati Uji', position: 'Bupati' }, signedOn: '2026-01-05', signedPlace: 'Uji', signedScan: null, ...overrides,
  };
}

export function buildGoal(agreement: Agreement): Goal {
  return goalRow(agreement, { order: 0, name: 'Sasaran uji' });
}

export function buildIndicator(goal: Goal, overrides: Partial<Indicator> = {}): Indicator {
  return indicatorRow(goal, {
    order: 0, name: 'Jumlah layanan', unit: 'layanan', polarity: 'higher', aggregation: 'sum', targetType: 'number',
    annualTarget: 100, quarterTargets: [25, 25, 25, 25], ...overrides,
  });
}

export function buildRealisation(indicator: Indicator, quarter: Quarter, status: RealisationStatus, value: number | null = 10): Realisation {
  return realisationRow(indicator, { year: 2026, quarter, value, status, reviewNote: null });
}

/** Unit-A indicators of every kind, a unit-B and another tenant's indicator, and locked entries. */
export function buildWorld() {
  const tenant = buildTenant();
  const other = buildTenant({ name: 'Kota Lain', kind: 'kota' });
  const setda = buildOrgUnit(tenant.id, { code: 'S', name: 'Bappeda', type: 'setda' });
  const unitA = buildOrgUnit(tenant.id, { code: 'A', name: 'Dinas A', parentId: setda.id });
  const unitB = buildOrgUnit(tenant.id, { code: 'B', name: 'Dinas B', parentId: setda.id });
  const unitX = buildOrgUnit(other.id, { code: 'X', name: 'Dinas X' });
  const [agrA, agrB, agrX] = [buildAgreement(unitA), buildAgreement(unitB), buildAgreement(unitX)];
  const [goalA, goalB, goalX] = [buildGoal(agrA), buildGoal(agrB), buildGoal(agrX)];
  const indicators = {
    count: buildIndicator(goalA),
    percent: buildIndicator(goalA, { name: 'Persentase', unit: '%', aggregation: 'last', targetType: 'percent', order: 1 }),
    text: buildIndicator(goalA, { name: 'Dokumen', aggregation: 'last', targetType: 'text', annualTarget: 'Tersusun', order: 2 }),
    scale: buildIndicator(goalA, {
      name: 'Opini BPK', aggregation: 'last', targetType: 'scale', annualTarget: 4, order: 3,
      scaleLevels: [{ label: 'WDP', score: 3 }, { label: 'WTP', score: 4 }],
    }),
    growth: buildIndicator(goalA, { name: 'Pertumbuhan', unit: '%', aggregation: 'last', order: 4 }),
    unitB: buildIndicator(goalB),
    otherTenant: buildIndicator(goalX),
  };
  const submitted = buildRealisation(indicators.count, 4, 'submitted');
  const verified = buildRealisation(indicators.percent, 4, 'verified');
  const users = {
    operatorA: buildUser(unitA, 'operator', 'operator.a'),
    headA: buildUser(unitA, 'head', 'kepala.a'),
    operatorB: buildUser(unitB, 'operator', 'operator.b'),
    headB: buildUser(unitB, 'head', 'kepala.b'),
    evaluator: buildUser(setda, 'evaluator', 'evaluator'),
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
