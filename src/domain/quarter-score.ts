// A unit's figure "s.d. TW n" as the quarter picker and the trend show it. Year to date carries an
// indicator's latest filled quarter forward (achievement.ts), which is right per indicator, but a
// unit that filled nothing in TW n itself has no TW n figure: showing the carried-forward one made
// "s.d. TW IV" repeat TW III and left the TW IV ranking unchanged. Such a quarter is "no data".
import type { AchievementIndicator, QuarterValues } from './achievement';
import { quarters, type Quarter } from './period';
import { scoreUnit, type ScoredIndicator, type UnitScore } from './unit-score';
import type { TenantSettings } from './tenant';

type ScoreSettings = Pick<TenantSettings, 'lowerIsBetterFormula' | 'achievementCap' | 'categoryBands' | 'warningBelowCategory'>;

/** Whether any indicator has a value (0 included) in that very quarter. */
export function hasDataIn(values: ReadonlyArray<QuarterValues>, quarter: Quarter): boolean {
  return values.some((v) => (v[quarter - 1] ?? null) !== null);
}

export type QuarterScore<I> = { noData: true } | { noData: false; score: UnitScore<I> };

/** The unit's score s.d. TW upTo, or no data when nothing was filled in TW upTo itself. */
export function scoreUnitAt<I extends AchievementIndicator>(
  indicators: ReadonlyArray<ScoredIndicator<I>>,
  upTo: Quarter,
  settings: ScoreSettings,
): QuarterScore<I> {
  if (!hasDataIn(indicators.map((i) => i.values), upTo)) return { noData: true };
  return { noData: false, score: scoreUnit(indicators, upTo, settings) };
}

/** One point of a trend: the average s.d. TW n; null with noData when TW n has no value at all. */
export interface TrendPoint {
  quarter: Quarter;
  average: number | null;
  noData: boolean;
}

export function unitTrend<I extends AchievementIndicator>(indicators: ReadonlyArray<ScoredIndicator<I>>, settings: ScoreSettings): TrendPoint[] {
  return quarters.map((quarter) => {
    const at = scoreUnitAt(indicators, quarter, settings);
    return at.noData ? { quarter, average: null, noData: true } : { quarter, average: at.score.average, noData: false };
  });
}
