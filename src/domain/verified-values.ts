// The oversight basis (issue 15): dashboards and documents may count only realisations an
// evaluator verified; otherwise the figures that include unverified ones are marked. Reads the
// same rows as quarter-values.ts.
import type { QuarterValues } from './achievement';
import type { Quarter } from './period';
import type { Realisation } from './realisation';
import { quarterValuesOf } from './quarter-values';

type QuarterRows = readonly [Realisation | null, Realisation | null, Realisation | null, Realisation | null];
type StatusRow = Pick<Realisation, 'value' | 'status' | 'deleted'>;

/** The four quarters' values, every filled entry or (verifiedOnly) only the verified ones. */
export function valuesOnBasis(rows: QuarterRows, verifiedOnly: boolean): QuarterValues {
  if (!verifiedOnly) return quarterValuesOf(rows);
  const verified = (row: Realisation | null) => (row && row.status === 'verified' ? row : null);
  return quarterValuesOf([verified(rows[0]), verified(rows[1]), verified(rows[2]), verified(rows[3])]);
}

/** Filled entries up to a quarter that an evaluator has not verified: the figures a mark must flag. */
export function unverifiedUpTo(rows: ReadonlyArray<StatusRow | null>, upTo: Quarter): number {
  return rows.slice(0, upTo).filter((r) => r !== null && !r.deleted && r.value !== null && r.status !== 'verified').length;
}
