// The figures of the LKjIP's Bab III (domain.md, "SAKIP evaluation (LKE) and the annual report
// (LKjIP)"): per indicator the year's realisation and capaian against the annual target, its
// predikat, the comparison with last year's realisation and with the end-of-period (Renstra)
// target; per unit the efficiency of the year's spending against what it achieved.
//
// Decisions beyond domain.md, tested in test/domain/lkjip.test.ts:
// - The year's realisation is the one the annual capaian reads (aggregatedRealisation): the sum of
//   the quarters for `sum`, their mean for `average`, the latest filled quarter otherwise.
// - Last year's comparison says whether the year is better or worse by the indicator's polarity,
//   not only up or down: for "angka kematian ibu" a fall is the improvement.
// - Capaian against the end-of-period target uses the same rules as against the annual target.
// - Efficiency compares the unit's average capaian with its budget absorption: the ratio capaian ÷
//   serapan. At or above 1 the unit achieved at least as much as it spent ("efisien"). Without
//   either figure, or with nothing spent, there is no verdict (never a made-up one).
import { aggregatedRealisation, annualAchievement, compareToTarget, type Achievement, type AchievementIndicator, type QuarterValues } from './achievement';
import { categoryOf } from './category';
import type { TargetValue } from './indicator';
import type { CategoryBand, TenantSettings } from './tenant';

/** What the app or the office knows of an indicator beyond this year's PK. */
export interface LkjipKnown {
  /** Last year's realisation (the year's figure, as aggregatedRealisation gives it). */
  lastYear: number | null;
  /** The Renstra's target for the end of the period. */
  endTarget: TargetValue | null;
}

export type YearOnYear = 'better' | 'same' | 'worse';

export interface LkjipIndicatorFigures {
  realisation: number | null;
  achievement: Achievement;
  category: CategoryBand | null;
  lastYear: number | null;
  yearOnYear: YearOnYear | null;
  endTarget: TargetValue | null;
  /** Capaian of this year's realisation against the end-of-period target; null when that target is unknown. */
  endAchievement: Achievement | null;
}

type Settings = Pick<TenantSettings, 'lowerIsBetterFormula' | 'categoryBands'>;

function yearOnYear(polarity: AchievementIndicator['polarity'], now: number | null, before: number | null): YearOnYear | null {
  if (now === null || before === null) return null;
  if (now === before) return 'same';
  return (now > before) === (polarity === 'higher') ? 'better' : 'worse';
}

export function lkjipIndicatorFigures(indicator: AchievementIndicator, values: QuarterValues, known: LkjipKnown, settings: Settings): LkjipIndicatorFigures {
  const realisation = aggregatedRealisation(indicator, values);
  const achievement = annualAchievement(indicator, values, settings.lowerIsBetterFormula);
  const endAchievement = known.endTarget === null ? null
    : realisation === null ? { computable: false as const, reason: 'noRealisation' as const }
    : compareToTarget(indicator, realisation, known.endTarget, settings.lowerIsBetterFormula);
  return {
    realisation,
    achievement,
    category: achievement.computable ? categoryOf(achievement.percent, settings.categoryBands) : null,
    lastYear: known.lastYear,
    yearOnYear: indicator.targetType === 'text' ? null : yearOnYear(indicator.polarity, realisation, known.lastYear),
    endTarget: known.endTarget,
    endAchievement,
  };
}

export interface Efficiency {
  /** The unit's average capaian for the year, in percent. */
  achievement: number | null;
  /** Serapan anggaran for the year, in percent. */
  absorption: number | null;
  /** capaian ÷ serapan. */
  ratio: number | null;
  efficient: boolean | null;
}

export function efficiencyOf(achievement: number | null, absorption: number | null): Efficiency {
  const ratio = achievement === null || absorption === null || absorption === 0 ? null : achievement / absorption;
  return { achievement, absorption, ratio, efficient: ratio === null ? null : ratio >= 1 };
}

/**
 * The year an LKjIP is drafted for: it is due by the end of February for the year before, so in
 * the first quarter the year before, otherwise the current year (a draft to follow the year's data).
 */
export const lkjipYearOf = (today: { year: number; quarter: number }): number => (today.quarter === 1 ? today.year - 1 : today.year);
