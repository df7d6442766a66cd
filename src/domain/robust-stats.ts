// Robust statistics for the outlier checks (peer-outlier.ts, history-outlier.ts): the median and
// the median absolute deviation, which one wild value cannot move, and Iglewicz and Hoaglin's
// modified z-score on them.

/** The median of numbers already sorted ascending; 0 for none. */
export function median(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

/** |modified z| above this is an outlier (Iglewicz and Hoaglin's recommendation). */
export const outlierScore = 3.5;

export interface Spread {
  centre: number;
  /** The median absolute deviation from the centre; 0 when at least half the values are the centre. */
  mad: number;
}

export function spreadOf(values: readonly number[]): Spread {
  const centre = median([...values].sort((a, b) => a - b));
  return { centre, mad: median(values.map((v) => Math.abs(v - centre)).sort((a, b) => a - b)) };
}

/** The modified z-score of `value` against a spread with mad > 0. */
export const modifiedZ = (value: number, { centre, mad }: Spread): number => (0.6745 * (value - centre)) / mad;
