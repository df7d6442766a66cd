// Builders of synced rows for the data layer's tests (style.md: factories, not JSON blobs).
import { afterEach, beforeEach } from 'vitest';
import type { Agreement } from '../../../src/domain/agreement';
import type { Indicator } from '../../../src/domain/indicator';
import type { Actor } from '../../../src/domain/user';
import type { Realisation } from '../../../src/domain/realisation';
import { openUserDatabase, type PantauDatabase } from '../../../src/client/db/database';
import * as rows from '../features/support/fixtures';

export const tenantId = '00000000-0000-4000-8000-000000000001';
export const unitId = '00000000-0000-4000-8000-000000000002';

// The rows come from the client's one set of builders (features/support/fixtures.ts); these fix
// the data layer tests' own tenant, unit and year (2026), so their figures never move with the clock.
const fixed = { tenantId, orgUnitId: unitId };

export function buildAgreement(overrides: Partial<Agreement> = {}): Agreement {
  return rows.buildAgreement({
    ...fixed, year: 2026, signedOn: '2026-01-31',
    firstParty: { name: 'Kepala Dinas', position: 'Kepala', rank: 'Pembina', nip: null }, secondParty: { name: 'Bupati', position: 'Bupati' },
    ...overrides,
  });
}

export function buildIndicator(agreement: Agreement, overrides: Partial<Indicator> = {}): Indicator {
  const goal = rows.buildGoal(agreement, { tenantId: agreement.tenantId });
  return rows.buildIndicator(goal, {
    tenantId: agreement.tenantId, name: 'Jumlah desa mandiri', unit: 'desa', annualTarget: 12, quarterTargets: [3, 3, 3, 3], ...overrides,
  });
}

export function buildRealisation(indicator: Indicator, overrides: Partial<Realisation> = {}): Realisation {
  return rows.buildRealisation(indicator, { tenantId: indicator.tenantId, year: 2026, ...overrides });
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

export interface FreshDatabase { db: PantauDatabase; agreement: Agreement; indicator: Indicator }

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
