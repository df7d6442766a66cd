// The data layer tests' own pemda, unit and operator, and a fresh device database holding one PK
// of 2026 with one indicator. Rows come from the shared builders (test/support/factories.ts); these
// tests name the year 2026 wherever they build a PK or an entry, so their figures never move with the clock.
import { afterEach, beforeEach } from 'vitest';
import type { Agreement } from '../../../src/domain/agreement';
import type { Indicator } from '../../../src/domain/indicator';
import type { OrgUnit } from '../../../src/domain/org-unit';
import type { Actor } from '../../../src/domain/user';
import { openUserDatabase, type PantauDatabase } from '../../../src/client/db/database';
import { buildAgreement, buildGoal, buildIndicator, buildOrgUnit, buildTenant } from '../../support/factories';

export const tenantId = '00000000-0000-4000-8000-000000000001';
export const unitId = '00000000-0000-4000-8000-000000000002';

export const operator: Actor = { id: '00000000-0000-4000-8000-000000000010', tenantId, orgUnitId: unitId, role: 'operator' };
export const operatorTenant = buildTenant({ id: tenantId });
/** The operator's unit: the parent of the PKs these tests build. */
export const operatorUnit: Readonly<OrgUnit> = Object.freeze(buildOrgUnit(operatorTenant, { id: unitId }));

/** The fresh database's indicator (Jumlah desa mandiri, 12 a year): tests that read its figures build theirs with it. */
export const villages = {
  name: 'Jumlah desa mandiri', unit: 'desa', annualTarget: 12, quarterTargets: [3, 3, 3, 3],
} satisfies Partial<Indicator>;

export interface FreshDatabase { db: PantauDatabase; agreement: Agreement; indicator: Indicator }

/** A fresh per-user database with the operator's PK of 2026 and its one indicator. */
export async function freshDatabase(): Promise<FreshDatabase> {
  const db = openUserDatabase(crypto.randomUUID());
  const agreement = buildAgreement(operatorUnit, { year: 2026 });
  const indicator = buildIndicator(buildGoal(agreement), villages);
  await db.agreements.put(agreement);
  await db.indicators.put(indicator);
  return { db, agreement, indicator };
}

export async function dropDatabase(db: PantauDatabase): Promise<void> {
  db.close();
  await db.delete();
}

/** Before each test of the file: a fresh device database holding one PK with one indicator; dropped after. */
export function useFreshDatabase(): FreshDatabase {
  const fresh = {} as FreshDatabase; // filled before each test, before anything reads it
  beforeEach(async () => {
    Object.assign(fresh, await freshDatabase());
  });
  afterEach(async () => {
    await dropDatabase(fresh.db);
  });
  return fresh;
}
