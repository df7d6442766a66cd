// Is a realisation plausible? (issue 21, "Checks"). Warnings, not refusals: the value may be right,
// so the form asks before saving ("Apakah 850 benar? Target 85") and the user confirms or fixes it.
// What they catch is what a tired operator types on a tablet: a separator slip (8,5 for 85; 1.250
// for 1,25), a capaian far above or below the target, a percentage outside 0–100.
import { quarterAchievement, type AchievementIndicator, type QuarterValues } from './achievement';
import type { Quarter } from './period';
import type { LowerIsBetterFormula } from './tenant';

export type PlausibilityWarning =
  /** The value is 10, 100 or 1000 times (or a tenth, hundredth…) the target or the quarter before. */
  | { kind: 'separatorSlip'; reference: 'target' | 'previous'; referenceValue: number; factor: number; suggested: number }
  | { kind: 'farAbove' | 'farBelow'; percent: number; target: number }
  | { kind: 'percentOutOfRange' };

export interface PlausibilitySettings {
  lowerIsBetterFormula: LowerIsBetterFormula;
  /** Capaian above this (%) asks first. */
  farAbovePercent: number;
  /** Capaian below this (%) asks first. */
  farBelowPercent: number;
}

export const defaultPlausibility = { farAbovePercent: 150, farBelowPercent: 25 } as const;

/**
 * The warnings a form asks about before saving: the typo class (a slip, an impossible percentage).
 * A capaian far from its target is shown as the value is typed; asking about it too waits for the
 * tenant's own thresholds and its choice of warning or refusal (issue 21).
 */
export const asksBeforeSaving = (warning: PlausibilityWarning): boolean => warning.kind === 'separatorSlip' || warning.kind === 'percentOutOfRange';

export type PlausibilityIndicator = AchievementIndicator & { unit: string };

const factors = [10, 100, 1000] as const;

/** 10^k when `value` is about that many times `reference` (within 15%), or its inverse; else null. */
function slipFactor(value: number, reference: number): number | null {
  if (value === 0 || reference === 0 || Math.sign(value) !== Math.sign(reference)) return null;
  const ratio = value / reference;
  for (const factor of factors) {
    if (Math.abs(ratio / factor - 1) <= 0.15) return factor;
    if (Math.abs(ratio * factor - 1) <= 0.15) return 1 / factor;
  }
  return null;
}

const numericTarget = (indicator: AchievementIndicator, quarter: Quarter): number | null => {
  const own = indicator.quarterTargets[quarter - 1] ?? null;
  const target = own === null && indicator.aggregation === 'flat' ? indicator.annualTarget : own;
  return typeof target === 'number' ? target : null;
};

/**
 * The warnings for `values[quarter - 1]` (the value being entered), in the order the form shows
 * them. Text and scale indicators have their own closed set of values and get none.
 */
export function checkPlausibility(
  indicator: PlausibilityIndicator,
  values: QuarterValues,
  quarter: Quarter,
  settings: PlausibilitySettings,
): PlausibilityWarning[] {
  const value = values[quarter - 1] ?? null;
  if (value === null || indicator.targetType === 'text' || indicator.targetType === 'scale') return [];
  const warnings: PlausibilityWarning[] = [];
  const isPercent = indicator.targetType === 'percent' || indicator.unit.trim() === '%';
  if (isPercent && (value < 0 || value > 100)) warnings.push({ kind: 'percentOutOfRange' });

  const target = numericTarget(indicator, quarter);
  const previous = quarter > 1 ? (values[quarter - 2] ?? null) : null;
  // A quarter's own count (sum) is compared with its target only: quarters of a count may differ a lot.
  const references: Array<['target' | 'previous', number | null]> = [['target', target], ['previous', indicator.aggregation === 'sum' ? null : previous]];
  for (const [reference, referenceValue] of references) {
    if (referenceValue === null) continue;
    const factor = slipFactor(value, referenceValue);
    if (factor !== null) {
      warnings.push({ kind: 'separatorSlip', reference, referenceValue, factor, suggested: value / factor });
      break;
    }
  }
  // A slip already says why the capaian is far off; saying it twice would only be noise.
  if (target !== null && !warnings.some((w) => w.kind === 'separatorSlip')) {
    const achievement = quarterAchievement(indicator, values, quarter, settings.lowerIsBetterFormula);
    if (achievement.computable && achievement.percent > settings.farAbovePercent) warnings.push({ kind: 'farAbove', percent: achievement.percent, target });
    else if (achievement.computable && achievement.percent < settings.farBelowPercent) warnings.push({ kind: 'farBelow', percent: achievement.percent, target });
  }
  return warnings;
}
