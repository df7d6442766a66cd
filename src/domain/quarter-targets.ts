// Filling TW I–IV targets from the annual target by rule (issue 4): a cumulative indicator's
// annual target is split equally over the quarters; every other kind repeats it each quarter.
import type { Indicator, TargetValue } from './indicator';

export type QuarterTargets = Indicator['quarterTargets'];

/**
 * Equal split that still adds up exactly: whole numbers stay whole (10 → 3, 3, 2, 2), others are
 * split to 2 decimals with the last quarter taking the rounding rest.
 */
function splitEqually(annual: number): QuarterTargets {
  if (Number.isInteger(annual)) {
    const base = Math.trunc(annual / 4);
    const rest = annual - base * 4;
    return [0, 1, 2, 3].map((q) => base + (q < rest ? 1 : 0)) as unknown as QuarterTargets;
  }
  const part = Math.round((annual / 4) * 100) / 100;
  const last = Math.round((annual - part * 3) * 100) / 100;
  return [part, part, part, last];
}

export function quarterTargetsFromAnnual(indicator: Pick<Indicator, 'aggregation' | 'annualTarget'>): QuarterTargets {
  const annual: TargetValue | null = indicator.annualTarget;
  if (annual === null) return [null, null, null, null];
  if (indicator.aggregation === 'sum' && typeof annual === 'number') return splitEqually(annual);
  return [annual, annual, annual, annual];
}
