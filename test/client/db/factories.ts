// Small builders of synced rows for client tests (style.md: factories, not JSON blobs).
import type { Agreement } from '../../../src/domain/agreement';
import type { Indicator } from '../../../src/domain/indicator';
import type { Actor } from '../../../src/domain/user';
import type { Realisation } from '../../../src/domain/realisation';
import { openUserDatabase, type PantauDatabase } from '../../../src/client/db/database';

export const tenantId = '00000000-0000-4000-8000-000000000001';
export const unitId = '00000000-0000-4000-8000-000000000002';

const meta = () => ({
  id: crypto.randomUUID(),
  tenantId,
  rev: 1,
  updatedAt: '2026-01-05T00:00:00.000Z',
  updatedBy: null,
  deviceId: null,
  deleted: false,
});

export function buildAgreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    ...meta(),
    orgUnitId: unitId,
    year: 2026,
    version: 0,
    parentId: null,
    kind: 'jpt',
    status: 'signed',
    number: null,
    firstParty: { name: 'Kepala Dinas', position: 'Kepala', rank: 'Pembina', nip: null },
    secondParty: { name: 'Bupati', position: 'Bupati' },
    signedOn: '2026-01-31',
    signedPlace: 'Sleman',
    signedScan: null,
    ...overrides,
  };
}

export function buildIndicator(agreement: Agreement, overrides: Partial<Indicator> = {}): Indicator {
  return {
    ...meta(),
    orgUnitId: agreement.orgUnitId,
    agreementId: agreement.id,
    goalId: crypto.randomUUID(),
    order: 0,
    name: 'Jumlah desa mandiri',
    unit: 'desa',
    polarity: 'higher',
    aggregation: 'sum',
    targetType: 'number',
    annualTarget: 12,
    quarterTargets: [3, 3, 3, 3],
    lowerIsBetterFormula: null,
    scaleLevels: [],
    definition: '',
    dataSource: '',
    responsible: '',
    previousId: null,
    ...overrides,
  };
}

export function buildRealisation(indicator: Indicator, overrides: Partial<Realisation> = {}): Realisation {
  return {
    ...meta(),
    orgUnitId: indicator.orgUnitId,
    indicatorId: indicator.id,
    year: 2026,
    quarter: 1,
    value: null,
    drivers: '',
    obstacles: '',
    followUp: '',
    status: 'draft',
    reviewNote: null,
    ...overrides,
  };
}

export const operator: Actor = { id: '00000000-0000-4000-8000-000000000010', tenantId, orgUnitId: unitId, role: 'operator' };

/** A fresh per-user database with one agreement and one indicator of each given shape. */
export async function freshDatabase(): Promise<{ db: PantauDatabase; agreement: Agreement; indicator: Indicator }> {
  const db = openUserDatabase(crypto.randomUUID());
  const agreement = buildAgreement();
  const indicator = buildIndicator(agreement);
  await db.agreements.put(agreement);
  await db.indicators.put(indicator);
  return { db, agreement, indicator };
}

export async function dropDatabase(db: PantauDatabase): Promise<void> {
  db.close();
  await db.delete();
}
