// A level changing far more than it usually does in the unit (issue 21, "Direction"): the modified
// z-score of the change on the unit's earlier changes, table-driven; then through the plausibility
// checks, the pemda's severity and the kinds of indicator it reads.
import { describe, expect, it } from 'vitest';
import { hasLevelHistory, historyOutlier, type HistoryOutlier } from '../../src/domain/history-outlier';
import { checkPlausibility, type PlausibilityIndicator } from '../../src/domain/plausibility';
import { dataChecksSchema, defaultDataChecks, severitiesOf } from '../../src/domain/data-checks';
import { defaultTenantSettings } from '../../src/domain/default-settings';
import { buildAchievementIndicator } from './build-achievement-indicator';

describe('historyOutlier', () => {
  // An IKM moving about a point a quarter: changes 1, 2, −1, 1, 1.5, 0.5, 1 (median 1, MAD 0.5).
  const ikm = [72, 73, 75, 74, 75, 76.5, 77, 78];
  it.each<[string, number, readonly number[], HistoryOutlier | null]>([
    ['a usual move: nothing', 79.5, ikm, null],
    ['a jump of 17 points after moves of about 1', 95, ikm, { previous: 78, usualChange: 1, quarters: 8 }],
    ['a fall of 20 points', 58, ikm, { previous: 78, usualChange: 1, quarters: 8 }],
    ['a typo of a digit (87 for 78)', 87, ikm, { previous: 78, usualChange: 1, quarters: 8 }],
    ['four quarters on record are three changes: too few', 95, [72, 73, 75, 74], null],
    ['five quarters are four changes: enough', 95, [72, 73, 75, 74, 75], { previous: 75, usualChange: 1, quarters: 5 }],
    // Steady at 100 (MAD 0): a move within a tenth of the level is normal, beyond it is flagged.
    ['steady at 100, then 92', 92, [100, 100, 100, 100, 100], null],
    ['steady at 100, then 80', 80, [100, 100, 100, 100, 100], { previous: 100, usualChange: 0, quarters: 5 }],
    // Tiny moves (0.1) make a tiny MAD: a move of 2 on a level of 80 is small all the same.
    ['very steady, a small move is not flagged', 82, [80, 80.1, 80.2, 80.1, 80.2, 80], null],
    ['a steady rise keeps rising: nothing', 60, [10, 20, 30, 40, 50], null],
    ['a steady rise that leaps', 150, [10, 20, 30, 40, 50], { previous: 50, usualChange: 10, quarters: 5 }],
    ['values that are no number are left out', 95, [72, Number.NaN, 73, 75, 74], null],
  ])('%s', (_name, value, earlier, expected) => {
    expect(historyOutlier(value, earlier)).toEqual(expected);
  });

  it('reads levels only: not a count per quarter, a scale or a text', () => {
    expect(hasLevelHistory({ aggregation: 'last', targetType: 'number' })).toBe(true);
    expect(hasLevelHistory({ aggregation: 'average', targetType: 'percent' })).toBe(true);
    expect(hasLevelHistory({ aggregation: 'flat', targetType: 'range' })).toBe(true);
    expect(hasLevelHistory({ aggregation: 'sum', targetType: 'number' })).toBe(false);
    expect(hasLevelHistory({ aggregation: 'last', targetType: 'scale' })).toBe(false);
    expect(hasLevelHistory({ aggregation: 'last', targetType: 'text' })).toBe(false);
  });
});

describe('as a check at entry', () => {
  const indicator: PlausibilityIndicator = { ...buildAchievementIndicator({ aggregation: 'last', targetType: 'number', annualTarget: 80, quarterTargets: [80, 80, 80, 80] }), unit: 'indeks' };
  const lastYear = [72, 73, 75, 74];

  it('reads last year and this year\'s earlier quarters as one record', () => {
    // Last year's four and this year's TW I–II: five changes; TW III jumps to 95.
    expect(checkPlausibility(indicator, [75, 76, 95, null], 3, defaultTenantSettings, undefined, { earlierYears: lastYear }).map((w) => w.kind)).toEqual(['historyOutlier']);
    expect(checkPlausibility(indicator, [75, 76, 77, null], 3, defaultTenantSettings, undefined, { earlierYears: lastYear })).toEqual([]);
    // Without the years before, two changes say too little.
    expect(checkPlausibility(indicator, [75, 76, 95, null], 3, defaultTenantSettings)).toEqual([]);
  });

  it('says nothing more when the value is a separator slip (the slip says why)', () => {
    // 760 is ten times TW II's 76.
    expect(checkPlausibility(indicator, [75, 76, 760, null], 3, defaultTenantSettings, undefined, { earlierYears: lastYear }).map((w) => w.kind)).toEqual(['separatorSlip']);
  });

  it('leaves a count per quarter to its targets', () => {
    const count: PlausibilityIndicator = { ...indicator, aggregation: 'sum', unit: 'dokumen', quarterTargets: [20, 20, 20, 20], annualTarget: 80 };
    const kinds = (value: number, earlierYears?: readonly number[]) => checkPlausibility(count, [20, 21, value, null], 3, defaultTenantSettings, undefined, { earlierYears }).map((w) => w.kind);
    // The same jump on a level is flagged; on a count per quarter it is not.
    expect(checkPlausibility({ ...count, aggregation: 'last' }, [20, 21, 35, null], 3, defaultTenantSettings, undefined, { earlierYears: [20, 21, 20, 19] }).map((w) => w.kind)).toContain('historyOutlier');
    expect(kinds(35, [20, 21, 20, 19])).not.toContain('historyOutlier');
  });

  it('may be off, shown or asked about, never refused; settings stored before it read as shown', () => {
    expect(severitiesOf('historyOutlier')).toEqual(['off', 'note', 'ask']);
    expect(dataChecksSchema.safeParse({ ...defaultDataChecks, severity: { ...defaultDataChecks.severity, historyOutlier: 'refuse' } }).success).toBe(false);
    const { historyOutlier: _absent, ...before } = defaultDataChecks.severity;
    expect(dataChecksSchema.parse({ ...defaultDataChecks, severity: before }).severity.historyOutlier).toBe('note');
    const off = { ...defaultTenantSettings, dataChecks: { ...defaultDataChecks, severity: { ...defaultDataChecks.severity, historyOutlier: 'off' as const } } };
    expect(checkPlausibility(indicator, [75, 76, 95, null], 3, off, undefined, { earlierYears: lastYear })).toEqual([]);
  });
});
