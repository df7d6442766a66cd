// The one set of row builders of the tests: the fields every synced row carries, and each row
// linked to its parent row. The client's fixtures (test/client/features/support/fixtures.ts) and
// the server's (server-factories.ts) build through these, each with the values its tests read.
import type { Agreement, Goal, Program } from '../../src/domain/agreement';
import type { Indicator } from '../../src/domain/indicator';
import type { Realisation } from '../../src/domain/realisation';
import { indicatorDefaults, realisationDefaults } from '../../src/domain/entity-fields';

export const stamp = '2026-01-05T00:00:00.000Z';

/** The bookkeeping of a synced row: a fresh id, never synced unless `rev` says so. */
export const rowMeta = (tenantId: string, rev = 0) => ({
  id: crypto.randomUUID(), tenantId, rev, updatedAt: stamp, updatedBy: null, deviceId: null, deleted: false,
});

type Rest<T, K extends keyof T> = Omit<T, K | keyof ReturnType<typeof rowMeta>> & Partial<T>;

export function goalRow(agreement: Agreement, values: Rest<Goal, 'orgUnitId' | 'agreementId'>, rev = 0): Goal {
  return { ...rowMeta(agreement.tenantId, rev), orgUnitId: agreement.orgUnitId, agreementId: agreement.id, ...values };
}

export function indicatorRow(goal: Goal, values: Rest<Indicator, 'orgUnitId' | 'agreementId' | 'goalId' | keyof ReturnType<typeof indicatorDefaults>>, rev = 0): Indicator {
  return { ...rowMeta(goal.tenantId, rev), orgUnitId: goal.orgUnitId, agreementId: goal.agreementId, goalId: goal.id, ...indicatorDefaults(), ...values };
}

export function realisationRow(indicator: Indicator, values: Rest<Realisation, 'orgUnitId' | 'indicatorId' | keyof ReturnType<typeof realisationDefaults>>, rev = 0): Realisation {
  return { ...rowMeta(indicator.tenantId, rev), orgUnitId: indicator.orgUnitId, indicatorId: indicator.id, ...realisationDefaults(), ...values };
}

export function programRow(agreement: Agreement, values: Rest<Program, 'orgUnitId' | 'agreementId'>, rev = 0): Program {
  return { ...rowMeta(agreement.tenantId, rev), orgUnitId: agreement.orgUnitId, agreementId: agreement.id, ...values };
}
