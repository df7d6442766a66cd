// Plausibility warnings at entry (issue 21), table-driven: separator slips against the target and
// the quarter before, capaian far above or below the target, percentages outside 0–100.
import { describe, expect, it } from 'vitest';
import type { QuarterValues } from '../../src/domain/achievement';
import { checkPlausibility, defaultPlausibility, type PlausibilityIndicator } from '../../src/domain/plausibility';
import type { Quarter } from '../../src/domain/period';
import { buildAchievementIndicator } from './build-achievement-indicator';

const settings = { ...defaultPlausibility, lowerIsBetterFormula: 'A' as const };
const percent = (overrides: Partial<PlausibilityIndicator> = {}): PlausibilityIndicator => ({
  ...buildAchievementIndicator({ aggregation: 'last', targetType: 'percent', annualTarget: 85, quarterTargets: [85, 85, 85, 85] }), unit: '%', ...overrides,
});
const count = (overrides: Partial<PlausibilityIndicator> = {}): PlausibilityIndicator => ({ ...buildAchievementIndicator(), unit: 'orang', ...overrides });
const at = (quarter: Quarter, value: number, before: Partial<Record<Quarter, number>> = {}): QuarterValues =>
  [1, 2, 3, 4].map((q) => (q === quarter ? value : (before[q as Quarter] ?? null))) as unknown as QuarterValues;

describe('plausibility of a value being entered', () => {
  const cases: Array<{ name: string; indicator: PlausibilityIndicator; values: QuarterValues; quarter: Quarter; kinds: string[]; suggested?: number }> = [
    { name: 'on target: nothing', indicator: percent(), values: at(2, 84.5), quarter: 2, kinds: [] },
    { name: '8,5 typed for a target of 85: a slip of ×0,1, 85 suggested', indicator: percent(), values: at(2, 8.5), quarter: 2, kinds: ['separatorSlip'], suggested: 85 },
    { name: '850 for 85: a slip, and a percentage over 100', indicator: percent(), values: at(2, 850), quarter: 2, kinds: ['percentOutOfRange', 'separatorSlip'], suggested: 85 },
    { name: '1.250 (read 1250) for a count whose target is 125', indicator: count({ quarterTargets: [125, 125, 125, 125] }), values: at(1, 1250), quarter: 1, kinds: ['separatorSlip'], suggested: 125 },
    { name: 'a thousandth: 0,09 for a target of 90', indicator: percent({ quarterTargets: [90, 90, 90, 90] }), values: at(1, 0.09), quarter: 1, kinds: ['separatorSlip'], suggested: 90 },
    { name: 'against the quarter before (no target this quarter), for a last-value indicator', indicator: percent({ quarterTargets: [85, null, null, 85] }), values: at(2, 7.9, { 1: 79 }), quarter: 2, kinds: ['separatorSlip'], suggested: 79 },
    { name: 'a count is not compared with the quarter before', indicator: count({ quarterTargets: [null, 25, 25, 25] }), values: at(2, 40, { 1: 4 }), quarter: 2, kinds: ['farAbove'] },
    { name: 'far above: 160% of the target', indicator: count(), values: at(1, 40), quarter: 1, kinds: ['farAbove'] },
    { name: 'just at 150%: nothing', indicator: count(), values: at(1, 37.5), quarter: 1, kinds: [] },
    { name: 'far below: 20% of the target', indicator: count(), values: at(1, 5), quarter: 1, kinds: ['farBelow'] },
    { name: 'a lower-is-better indicator far over its ceiling reads as far below', indicator: count({ polarity: 'lower', aggregation: 'last', quarterTargets: [10, 10, 10, 10] }), values: at(1, 45), quarter: 1, kinds: ['farBelow'] },
    { name: 'a percentage below 0', indicator: percent({ quarterTargets: [null, null, null, null] }), values: at(1, -3), quarter: 1, kinds: ['percentOutOfRange'] },
    { name: 'zero is no slip (no ratio), but far below', indicator: count(), values: at(1, 0), quarter: 1, kinds: ['farBelow'] },
    { name: 'text and scale indicators: none', indicator: count({ targetType: 'scale', annualTarget: 4, quarterTargets: [4, 4, 4, 4] }), values: at(1, 40), quarter: 1, kinds: [] },
    { name: 'not filled: none', indicator: count(), values: [null, null, null, null], quarter: 1, kinds: [] },
  ];
  it.each(cases)('$name', ({ indicator, values, quarter, kinds, suggested }) => {
    const warnings = checkPlausibility(indicator, values, quarter, settings);
    expect(warnings.map((w) => w.kind)).toEqual(kinds);
    const slip = warnings.find((w) => w.kind === 'separatorSlip');
    if (suggested !== undefined) expect(slip && 'suggested' in slip ? slip.suggested : null).toBeCloseTo(suggested, 10);
  });
});
