// Capaian: realisation against target, in percent (domain.md, "Achievement"). Raw values only:
// nothing here rounds; display rounding is formatPercent's job.
//
// Decisions beyond domain.md, each tested in test/domain/achievement.test.ts:
// - The target is read by the indicator's target type. A number/percent/scale type whose target
//   is not a number, or a range type whose target is text, has no usable target ('noTarget');
//   a range type with a plain number is read as the range [n, n].
// - Range {min, max}: R inside [min, max] → 100 (the reported target is R itself: it is on
//   target). R above max is compared with max, R below min with min, by the polarity formula.
//   So for higher-is-better 95 against 80–90 gives 95/90 = 105.6; for lower-is-better it gives
//   formula A (2 − 95/90) = 94.4. The bound used is the reported `target`.
// - Text (achieved or not): R ≥ 1 → 100, otherwise 0, whatever the polarity; reported target 1.
//   Across quarters a text indicator is a state, not a count: year to date and annual judge the
//   latest filled quarter, whatever the aggregation.
// - Range targets aggregate bound by bound: `sum` compares ΣR with [Σmin, Σmax], `average` the
//   mean R with [mean min, mean max].
// - `flat` (target tetap) has by definition the same target each quarter, so an empty quarter
//   target falls back to the annual target. `last` and the others do not fall back.
// - Year to date and annual need a target for every filled quarter they use; one missing →
//   'noTarget'. For one quarter and for annual the target is checked before the realisation,
//   since without a target there is nothing to measure even once filled; year to date first
//   needs the filled quarters to know which targets it uses.
import type { Indicator, RangeTarget, TargetValue } from './indicator';
import type { LowerIsBetterFormula } from './tenant';
import type { Quarter } from './period';

export type QuarterValues = readonly [number | null, number | null, number | null, number | null];
export type NotComputableReason = 'noRealisation' | 'noTarget' | 'zeroTarget';
export type Achievement =
  | { computable: true; percent: number; realisation: number; target: number } // R and T actually compared (aggregated; for range the bound used)
  | { computable: false; reason: NotComputableReason };
export type AchievementIndicator = Pick<
  Indicator,
  'polarity' | 'aggregation' | 'targetType' | 'annualTarget' | 'quarterTargets' | 'lowerIsBetterFormula'
>;
type CompareIndicator = Pick<Indicator, 'polarity' | 'targetType' | 'lowerIsBetterFormula'>;

const notComputable = (reason: NotComputableReason): Achievement => ({ computable: false, reason });
const computed = (percent: number, realisation: number, target: number): Achievement => ({
  computable: true,
  percent,
  realisation,
  target,
});

function compareNumbers(indicator: CompareIndicator, r: number, t: number, tenantFormula: LowerIsBetterFormula): Achievement {
  if (indicator.polarity === 'higher') {
    return t === 0 ? notComputable('zeroTarget') : computed((r / t) * 100, r, t);
  }
  if (t === 0) return computed(r === 0 ? 100 : 0, r, t);
  const formula = indicator.lowerIsBetterFormula ?? tenantFormula;
  if (formula === 'A') return computed(Math.max(0, (2 - r / t) * 100), r, t);
  return computed(r === 0 ? 100 : (t / r) * 100, r, t);
}

function asRange(target: TargetValue): RangeTarget | null {
  if (typeof target === 'number') return { min: target, max: target };
  return typeof target === 'string' ? null : target;
}

/** Core: one realisation against one target. */
export function compareToTarget(
  indicator: CompareIndicator,
  realisation: number,
  target: TargetValue,
  tenantFormula: LowerIsBetterFormula,
): Achievement {
  switch (indicator.targetType) {
    case 'text':
      return computed(realisation >= 1 ? 100 : 0, realisation, 1);
    case 'range': {
      const range = asRange(target);
      if (range === null) return notComputable('noTarget');
      if (realisation >= range.min && realisation <= range.max) return computed(100, realisation, realisation);
      const bound = realisation > range.max ? range.max : range.min;
      return compareNumbers(indicator, realisation, bound, tenantFormula);
    }
    default:
      return typeof target === 'number'
        ? compareNumbers(indicator, realisation, target, tenantFormula)
        : notComputable('noTarget');
  }
}

function quarterTarget(indicator: AchievementIndicator, quarter: Quarter): TargetValue | null {
  const own = indicator.quarterTargets[quarter - 1] ?? null;
  return own === null && indicator.aggregation === 'flat' ? indicator.annualTarget : own;
}

/** That quarter's realisation against that quarter's target. */
export function quarterAchievement(
  indicator: AchievementIndicator,
  values: QuarterValues,
  quarter: Quarter,
  tenantFormula: LowerIsBetterFormula,
): Achievement {
  const target = quarterTarget(indicator, quarter);
  if (target === null) return notComputable('noTarget');
  const value = values[quarter - 1] ?? null;
  if (value === null) return notComputable('noRealisation');
  return compareToTarget(indicator, value, target, tenantFormula);
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const mean = (xs: readonly number[]): number => sum(xs) / xs.length;

/** Combines the targets of several quarters (sum or mean); null when one is not usable. */
function combineTargets(targets: readonly TargetValue[], combine: (xs: readonly number[]) => number): TargetValue | null {
  if (targets.every((t) => typeof t === 'number')) return combine(targets as number[]);
  const ranges = targets.map(asRange);
  if (ranges.some((r) => r === null)) return null;
  const rs = ranges as RangeTarget[];
  return { min: combine(rs.map((r) => r.min)), max: combine(rs.map((r) => r.max)) };
}

const judgedByLatest = (indicator: Pick<Indicator, 'targetType' | 'aggregation'>): boolean =>
  indicator.targetType === 'text' || indicator.aggregation === 'last' || indicator.aggregation === 'flat';

/**
 * The realisation up to `upTo` as the achievement rules read it: the latest filled quarter for
 * `last`, `flat` and text indicators, otherwise the sum or the mean of the filled quarters. null
 * when none is filled. This is the "realisasi tahun …" an annual report prints.
 */
export function aggregatedRealisation(indicator: Pick<Indicator, 'targetType' | 'aggregation'>, values: QuarterValues, upTo: Quarter = 4): number | null {
  const filled = values.slice(0, upTo).filter((v): v is number => v !== null);
  if (filled.length === 0) return null;
  if (judgedByLatest(indicator)) return filled[filled.length - 1] as number;
  return indicator.aggregation === 'sum' ? sum(filled) : mean(filled);
}

/**
 * Realisations up to `upTo` aggregated and compared. `target` picks the target: for year to date
 * the quarter targets, for annual the annual target.
 */
function aggregatedAchievement(
  indicator: AchievementIndicator,
  values: QuarterValues,
  upTo: Quarter,
  annual: boolean,
  tenantFormula: LowerIsBetterFormula,
): Achievement {
  const filled: Quarter[] = [];
  for (let q = 1 as Quarter; q <= upTo; q = (q + 1) as Quarter) {
    if ((values[q - 1] ?? null) !== null) filled.push(q);
  }
  const latest = filled[filled.length - 1];
  if (annual && indicator.annualTarget === null) return notComputable('noTarget');
  if (latest === undefined) return notComputable('noRealisation');
  const valueOf = (q: Quarter): number => values[q - 1] as number;

  if (judgedByLatest(indicator)) {
    const target = annual ? indicator.annualTarget : quarterTarget(indicator, latest);
    if (target === null) return notComputable('noTarget');
    return compareToTarget(indicator, valueOf(latest), target, tenantFormula);
  }

  const combine = indicator.aggregation === 'sum' ? sum : mean;
  const realisation = aggregatedRealisation(indicator, values, upTo) as number;
  if (annual) return compareToTarget(indicator, realisation, indicator.annualTarget as TargetValue, tenantFormula);
  const targets = filled.map((q) => quarterTarget(indicator, q));
  if (targets.some((t) => t === null)) return notComputable('noTarget');
  const target = combineTargets(targets as TargetValue[], combine);
  if (target === null) return notComputable('noTarget');
  return compareToTarget(indicator, realisation, target, tenantFormula);
}

/** "s.d. TW n": the quarters up to `upTo`, against the targets of the same quarters. */
export function yearToDateAchievement(
  indicator: AchievementIndicator,
  values: QuarterValues,
  upTo: Quarter,
  tenantFormula: LowerIsBetterFormula,
): Achievement {
  return aggregatedAchievement(indicator, values, upTo, false, tenantFormula);
}

/** All filled quarters against the annual target. */
export function annualAchievement(
  indicator: AchievementIndicator,
  values: QuarterValues,
  tenantFormula: LowerIsBetterFormula,
): Achievement {
  return aggregatedAchievement(indicator, values, 4, true, tenantFormula);
}

/** Mean of achievements, each capped first when the tenant caps; null when there are none. */
export function averageAchievement(percents: readonly number[], cap: 100 | 120 | null): number | null {
  if (percents.length === 0) return null;
  return mean(cap === null ? percents : percents.map((p) => Math.min(p, cap)));
}

/** Serapan anggaran: cumulative realised against pagu, in percent; null when the pagu is 0. */
export function budgetAbsorption(realised: number, budget: number): number | null {
  return budget === 0 ? null : (realised / budget) * 100;
}
