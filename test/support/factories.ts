// The one set of builders of domain rows for every test (style.md: "Test data from small factories").
// Each takes its parent row and overrides, and links the row to its parent: a unit to its pemda, a
// PK to its unit, a goal and a budget line to their PK, an indicator to its goal, an entry to its
// indicator. The defaults describe a health office's PK of this year, as a pull leaves it (rev 1);
// a test that reads a value passes it, and test/lint/factories.test.ts holds the rows to the schemas.
// The pemda's RPJMD plan: its content (a period of five years from this year, two misi, three
// tujuan) and its sasaran daerah with their IKU, each sasaran given the tujuan it serves.
// Client session and Dexie seeding: client/features/support/fixtures.ts, client/db/factories.ts;
// seed users and the server's world: server-factories.ts.
import type { Agreement, Goal, Program } from '../../src/domain/agreement';
import type { Indicator } from '../../src/domain/indicator';
import type { OrgUnit } from '../../src/domain/org-unit';
import type { Realisation } from '../../src/domain/realisation';
import type { RpjmdPlan, RpjmdPlanContent } from '../../src/domain/rpjmd-plan';
import type { PlanIku, PlanSasaran } from '../../src/domain/rpjmd-plan-sasaran';
import type { Tenant } from '../../src/domain/tenant';
import { defaultTenantSettings } from '../../src/domain/default-settings';
import { indicatorDefaults, realisationDefaults } from '../../src/domain/entity-fields';
import { periodOf } from '../../src/domain/period';
import { tenantTimeZone } from '../../src/domain/tenant-clock';
import { rowMeta } from './rows';

/** This year on the pemda's clock: the year of every PK and entry unless a test names another. */
export const year = periodOf(new Date(), tenantTimeZone(defaultTenantSettings)).year;

const synced = (tenantId: string) => rowMeta(tenantId, 1);

export function buildTenant(overrides: Partial<Tenant> = {}): Tenant {
  return {
    id: crypto.randomUUID(), name: 'Kabupaten Sleman', kind: 'kabupaten', regionalHeadName: 'Bupati Sleman', regionalHeadTitle: 'Bupati',
    settings: defaultTenantSettings, ...overrides,
  };
}

export function buildOrgUnit(tenant: Pick<Tenant, 'id'>, overrides: Partial<OrgUnit> = {}): OrgUnit {
  return { ...synced(tenant.id), parentId: null, code: '1.02', name: 'Dinas Kesehatan', type: 'opd', active: true, ...overrides };
}

export function buildAgreement(unit: Pick<OrgUnit, 'id' | 'tenantId'>, overrides: Partial<Agreement> = {}): Agreement {
  const pkYear = overrides.year ?? year;
  return {
    ...synced(unit.tenantId), orgUnitId: unit.id, year: pkYear, version: 0, parentId: null, kind: 'jpt', status: 'signed', number: null,
    firstParty: { name: 'dr. Budi Santoso', position: 'Kepala Dinas Kesehatan', rank: 'Pembina Utama Muda', nip: '197001011995031001' },
    secondParty: { name: 'Harda Kiswaya', position: 'Bupati Sleman' },
    signedOn: `${pkYear}-01-31`, signedPlace: 'Sleman', signedScan: null, ...overrides,
  };
}

type AgreementPart = Pick<Agreement, 'id' | 'tenantId' | 'orgUnitId'>;

export function buildGoal(agreement: AgreementPart, overrides: Partial<Goal> = {}): Goal {
  return {
    ...synced(agreement.tenantId), orgUnitId: agreement.orgUnitId, agreementId: agreement.id,
    order: 0, name: 'Meningkatnya derajat kesehatan masyarakat', ...overrides,
  };
}

export function buildProgram(agreement: AgreementPart, overrides: Partial<Program> = {}): Program {
  return {
    ...synced(agreement.tenantId), orgUnitId: agreement.orgUnitId, agreementId: agreement.id, parentId: null, level: 'program',
    order: 0, code: '1.02.02', name: 'Program Pemenuhan Upaya Kesehatan', budget: 1_500_000_000, ...overrides,
  };
}

export function buildIndicator(goal: Pick<Goal, 'id' | 'tenantId' | 'orgUnitId' | 'agreementId'>, overrides: Partial<Indicator> = {}): Indicator {
  return {
    ...synced(goal.tenantId), orgUnitId: goal.orgUnitId, agreementId: goal.agreementId, goalId: goal.id, ...indicatorDefaults(),
    order: 0, name: 'Jumlah puskesmas terakreditasi', unit: 'puskesmas', polarity: 'higher', aggregation: 'sum', targetType: 'number',
    annualTarget: 1200, quarterTargets: [300, 300, 300, 300], ...overrides,
  };
}

export function buildRealisation(indicator: Pick<Indicator, 'id' | 'tenantId' | 'orgUnitId'>, overrides: Partial<Realisation> = {}): Realisation {
  return {
    ...synced(indicator.tenantId), orgUnitId: indicator.orgUnitId, indicatorId: indicator.id, ...realisationDefaults(),
    year, quarter: 1, status: 'draft', reviewNote: null, ...overrides,
  };
}

/** A plan's content: this year and the four after it, misi 1 with tujuan 1.1 and 1.2, misi 2 with 2.1. */
export function buildRpjmdPlanContent(overrides: Partial<RpjmdPlanContent> = {}): RpjmdPlanContent {
  const periodStart = overrides.periodStart ?? year;
  return {
    periodStart, periodEnd: periodStart + 4, visi: 'Sleman yang maju, sejahtera dan berkelanjutan',
    misi: [
      { id: crypto.randomUUID(), text: 'Meningkatkan kualitas sumber daya manusia', tujuan: [
        { id: crypto.randomUUID(), text: 'Meningkatnya derajat kesehatan' }, { id: crypto.randomUUID(), text: 'Meningkatnya mutu pendidikan' },
      ] },
      { id: crypto.randomUUID(), text: 'Memperkuat tata kelola pemerintahan', tujuan: [{ id: crypto.randomUUID(), text: 'Birokrasi yang akuntabel' }] },
    ],
    sasaran: [],
    ...overrides,
  };
}

export function buildRpjmdPlan(tenant: Pick<Tenant, 'id'>, overrides: Partial<RpjmdPlan> = {}): RpjmdPlan {
  return { ...synced(tenant.id), ...buildRpjmdPlanContent(overrides), ...overrides };
}

/** An IKU with a target for each of `years` (rising by 0.5 from 72) and the last as the end-of-period target. */
export function buildPlanIku(years: readonly number[], overrides: Partial<PlanIku> = {}): PlanIku {
  const targets = years.map((y, i) => ({ year: y, value: 72 + i * 0.5 }));
  return {
    id: crypto.randomUUID(), name: 'Angka usia harapan hidup', satuan: 'tahun', polarity: 'higher', targets,
    endTarget: targets.at(-1)?.value ?? null, ...overrides,
  };
}

export function buildPlanSasaran(tujuanId: string, overrides: Partial<PlanSasaran> = {}): PlanSasaran {
  return { id: crypto.randomUUID(), tujuanId, text: 'Meningkatnya usia harapan hidup masyarakat', iku: [], ...overrides };
}
