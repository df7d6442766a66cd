// A level jumping far from the unit's own record (issue 21, "Direction"): an indeks, a persentase
// or another level (aggregation last, average or flat) usually moves by about as much from one
// quarter to the next as it did before; a change far outside the unit's own changes of that
// indicator, over this year and the years before, is worth a second look before it becomes a
// capaian. The rule is robust (modified z-score of the change on the median and MAD of the
// earlier changes), so one odd quarter on record does not hide the next. A count per quarter
// (aggregation sum) may differ a lot between quarters and is left to the target checks.
//
// Small moves are never flagged: a change under a tenth of the previous level (or of 1) is normal
// for any indicator, however steady it has been, so an indeks that moved 0,2 a quarter for two
// years is not flagged for moving 1.

import { modifiedZ, outlierScore, spreadOf } from './robust-stats';

/** Fewer earlier changes than this say too little about what is usual. */
export const minChanges = 4;
/** A change within this share of the previous level (or of 1, when the level is below 1) is never flagged. */
export const smallChangeShare = 0.1;

export interface HistoryOutlier {
  /** The value of the quarter before (the last on record). */
  previous: number;
  /** The usual size of a change from one quarter to the next (median of the absolute changes). */
  usualChange: number;
  /** Quarters on record the rule read. */
  quarters: number;
}

/**
 * Whether `value` is a change from the unit's record far outside its usual changes. `earlier`: the
 * unit's values of the indicator before this quarter, oldest first (missing quarters left out);
 * null when it is not, or when the record holds fewer than minChanges changes.
 */
export function historyOutlier(value: number, earlier: readonly number[]): HistoryOutlier | null {
  const record = earlier.filter((v) => Number.isFinite(v));
  const previous = record[record.length - 1];
  if (previous === undefined || !Number.isFinite(value)) return null;
  const changes = record.slice(1).map((v, i) => v - (record[i] ?? v));
  if (changes.length < minChanges) return null;
  const change = value - previous;
  const spread = spreadOf(changes);
  const beyondSmall = Math.abs(change - spread.centre) > smallChangeShare * Math.max(Math.abs(previous), 1);
  const far = beyondSmall && (spread.mad === 0 || Math.abs(modifiedZ(change, spread)) > outlierScore);
  if (!far) return null;
  const usualChange = spreadOf(changes.map(Math.abs)).centre;
  return { previous, usualChange, quarters: record.length };
}

/** Levels only: the quarters of a count per quarter (sum) are compared with their targets. */
export const hasLevelHistory = (indicator: { aggregation: string; targetType: string }): boolean =>
  indicator.aggregation !== 'sum' && indicator.targetType !== 'text' && indicator.targetType !== 'scale';
