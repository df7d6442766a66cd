// Rows and a session for component tests: a unit's PK of the current year with one goal,
// indicators of several target types and a few budget lines.
import type { SessionInfo } from '../../../../src/api/auth';
import type { Agreement, Goal, Program } from '../../../../src/domain/agreement';
import type { Indicator } from '../../../../src/domain/indicator';
import type { OrgUnit } from '../../../../src/domain/org-unit';
import type { Realisation } from '../../../../src/domain/realisation';
import type { Role } from '../../../../src/domain/role';
import { defaultTenantSettings } from '../../../../src/domain/default-settings';
import { periodOf } from '../../../../src/domain/period';
import { tenantTimeZone } from '../../../../src/domain/tenant-clock';
import { goalRow, indicatorRow, programRow, realisationRow, rowMeta } from '../../../support/rows';

export const tenantId = '10000000-0000-4000-8000-000000000001';
export const unitId = '10000000-0000-4000-8000-000000000002';
export const otherUnitId = '10000000-0000-4000-8000-000000000003';
export const year = periodOf(new Date(), tenantTimeZone(defaultTenantSettings)).year;

const meta = (rev = 1) => rowMeta(tenantId, rev);

export function buildOrgUnit(overrides: Partial<OrgUnit> = {}): OrgUnit {
  return { ...meta(), id: unitId, parentId: null, code: '1.02', name: 'Dinas Kesehatan', type: 'opd', active: true, ...overrides };
}

export function buildSessionInfo(role: Role = 'operator'): SessionInfo {
  return {
    user: {
      id: crypto.randomUUID(),
      tenantId,
      orgUnitId: unitId,
      username: 'siti',
      name: 'Siti Rahma',
      role,
      position: 'Analis Perencanaan',
      nip: null,
      active: true,
    },
    tenant: {
      id: tenantId,
      name: 'Kabupaten Sleman',
      kind: 'kabupaten',
      regionalHeadName: 'Bupati Sleman',
      regionalHeadTitle: 'Bupati',
      settings: defaultTenantSettings,
    },
    orgUnit: buildOrgUnit(),
    sessionExpiresAt: '2099-01-01T00:00:00.000Z',
    serverTime: new Date().toISOString(),
  };
}

export function buildAgreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    ...meta(),
    orgUnitId: unitId,
    year,
    version: 0,
    parentId: null,
    kind: 'jpt',
    status: 'signed',
    number: null,
    firstParty: { name: 'dr. Budi Santoso', position: 'Kepala Dinas Kesehatan', rank: 'Pembina Utama Muda', nip: '197001011995031001' },
    secondParty: { name: 'Harda Kiswaya', position: 'Bupati Sleman' },
    signedOn: `${year}-01-31`,
    signedPlace: 'Sleman',
    signedScan: null,
    ...overrides,
  };
}

export function buildGoal(agreement: Agreement, overrides: Partial<Goal> = {}): Goal {
  return goalRow(agreement, { order: 0, name: 'Meningkatnya derajat kesehatan masyarakat', ...overrides }, 1);
}

export function buildIndicator(goal: Goal, overrides: Partial<Indicator> = {}): Indicator {
  return indicatorRow(goal, {
    order: 0,
    name: 'Jumlah puskesmas terakreditasi',
    unit: 'puskesmas',
    polarity: 'higher',
    aggregation: 'sum',
    targetType: 'number',
    annualTarget: 1200,
    quarterTargets: [300, 300, 300, 300],
    ...overrides,
  }, 1);
}

export function buildRealisation(indicator: Indicator, overrides: Partial<Realisation> = {}): Realisation {
  return realisationRow(indicator, { year, quarter: 1, status: 'draft', reviewNote: null, ...overrides }, 1);
}

export function buildProgram(agreement: Agreement, overrides: Partial<Program> = {}): Program {
  return programRow(agreement, {
    parentId: null,
    level: 'program',
    order: 0,
    code: '1.02.02',
    name: 'Program Pemenuhan Upaya Kesehatan',
    budget: 1_500_000_000,
    ...overrides,
  }, 1);
}
