// Early warning: project the year-end value from the quarters filled so far and flag indicators
// likely to end below a category (domain.md, "Early warning").
//
// Projection rules:
// - sum: pace against the quarter targets, ΣR / ΣT of the filled quarters × the annual target,
//   when those targets and the annual target are numbers and ΣT ≠ 0; otherwise linear,
//   ΣR / n × 4 with n the number of filled quarters (an unreported quarter is unknown, not 0).
// - last/flat: the latest filled value, scaled by its pace when the quarter's target and the
//   annual target are numbers (R / T_q × annual): a percentage planned to rise 25 → 100 over
//   the year is on track at 25 in TW I. A trend through the last two values is not used: two
//   noisy points overshoot, and percentages would be projected beyond 100.
// - average: the mean of the filled quarters, the best guess of the year's mean.
// - text (achieved or not) under any aggregation: the latest filled value, a state.
// The projected achievement compares the projected value with the annual target.
import type { AchievementIndicator, Achievement, QuarterValues } from './achievement';
import { compareToTarget } from './achievement';
import type { CategoryBand, LowerIsBetterFormula } from './tenant';
import type { Quarter } from './period';
import { quarters } from './period';
import { categoryOf, findBand } from './category';

export interface Projection {
  projectedValue: number;
  projectedAchievement: Achievement;
  basedOnQuarters: Quarter[];
}

function numericTarget(indicator: AchievementIndicator, quarter: Quarter): number | null {
  const own = indicator.quarterTargets[quarter - 1] ?? null;
  const target = own === null && indicator.aggregation === 'flat' ? indicator.annualTarget : own;
  return typeof target === 'number' ? target : null;
}

function projectValue(indicator: AchievementIndicator, values: readonly number[], filled: readonly Quarter[]): number {
  const latestValue = values[values.length - 1] as number;
  const latestQuarter = filled[filled.length - 1] as Quarter;
  const annual = typeof indicator.annualTarget === 'number' ? indicator.annualTarget : null;
  const total = values.reduce((a, b) => a + b, 0);
  if (indicator.targetType === 'text') return latestValue;
  switch (indicator.aggregation) {
    case 'sum': {
      const targets = filled.map((q) => numericTarget(indicator, q));
      const targetTotal = targets.every((t) => t !== null) ? (targets as number[]).reduce((a, b) => a + b, 0) : null;
      if (annual !== null && targetTotal !== null && targetTotal !== 0) return (total / targetTotal) * annual;
      return (total / values.length) * 4;
    }
    case 'last':
    case 'flat': {
      const target = numericTarget(indicator, latestQuarter);
      if (annual !== null && target !== null && target !== 0) return (latestValue / target) * annual;
      return latestValue;
    }
    case 'average':
      return total / values.length;
  }
}

/** The projected year-end value and its achievement; null when no quarter is filled. */
export function projectYearEnd(
  indicator: AchievementIndicator,
  values: QuarterValues,
  tenantFormula: LowerIsBetterFormula,
): Projection | null {
  const filled = quarters.filter((q) => (values[q - 1] ?? null) !== null);
  if (filled.length === 0) return null;
  const projectedValue = projectValue(indicator, filled.map((q) => values[q - 1] as number), filled);
  const projectedAchievement: Achievement =
    indicator.annualTarget === null
      ? { computable: false, reason: 'noTarget' }
      : compareToTarget(indicator, projectedValue, indicator.annualTarget, tenantFormula);
  return { projectedValue, projectedAchievement, basedOnQuarters: filled };
}

/**
 * Whether the projection ends in a band below the warning band. A projection whose achievement
 * cannot be computed, or an unknown band key, flags nothing: there is no threshold to fall below.
 */
export function isAtRisk(projection: Projection, bands: readonly CategoryBand[], warningBelowKey: string): boolean {
  const achievement = projection.projectedAchievement;
  const threshold = findBand(bands, warningBelowKey);
  if (!achievement.computable || threshold === undefined) return false;
  return categoryOf(achievement.percent, bands).min < threshold.min;
}
