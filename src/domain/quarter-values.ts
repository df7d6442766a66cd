// A realisation row per quarter → the values the achievement rules read (shared by every screen).
import type { QuarterValues } from './achievement';
import type { Quarter } from './period';
import type { Realisation } from './realisation';

type QuarterRows = readonly [Realisation | null, Realisation | null, Realisation | null, Realisation | null];
type StatusRow = Pick<Realisation, 'value' | 'status' | 'deleted'>;

/** Which figures count: every filled entry, or (the oversight switch) only those an evaluator verified. */
export interface ValueBasis {
  verifiedOnly?: boolean;
}

/** The four quarters' values; an empty or deleted entry is null (not filled), never 0. */
export function quarterValuesOf(rows: QuarterRows, basis: ValueBasis = {}): QuarterValues {
  const value = (row: Realisation | null) => {
    if (!row || row.deleted) return null;
    return basis.verifiedOnly && row.status !== 'verified' ? null : row.value;
  };
  return [value(rows[0]), value(rows[1]), value(rows[2]), value(rows[3])];
}

/** Filled entries up to a quarter that an evaluator has not verified: the figures a mark must flag. */
export function unverifiedUpTo(rows: ReadonlyArray<StatusRow | null>, upTo: Quarter): number {
  return rows.slice(0, upTo).filter((r) => r !== null && !r.deleted && r.value !== null && r.status !== 'verified').length;
}
