// A realisation row per quarter → the values the achievement rules read (shared by every screen).
import type { QuarterValues } from './achievement';
import type { Realisation } from './realisation';

type QuarterRows = readonly [Realisation | null, Realisation | null, Realisation | null, Realisation | null];

/** The four quarters' values; an empty or deleted entry is null (not filled), never 0. */
export function quarterValuesOf(rows: QuarterRows): QuarterValues {
  const value = (row: Realisation | null) => (row && !row.deleted ? row.value : null);
  return [value(rows[0]), value(rows[1]), value(rows[2]), value(rows[3])];
}
