// The quarter picker and the trend: "s.d. TW IV" of a unit that filled nothing in TW IV used to
// repeat TW III's figure (year to date carries the latest filled quarter forward); now it is "no data".
import { describe, expect, it } from 'vitest';
import { hasDataIn, scoreUnitAt, unitTrend } from '../../src/domain/quarter-score';
import { scoreUnit } from '../../src/domain/unit-score';
import { permendagri86Bands } from '../../src/domain/default-settings';
import type { QuarterValues } from '../../src/domain/achievement';
import { buildAchievementIndicator } from './build-achievement-indicator';

const settings = { lowerIsBetterFormula: 'A' as const, achievementCap: null, categoryBands: permendagri86Bands, warningBelowCategory: 'tinggi' };
const sum = buildAchievementIndicator({ aggregation: 'sum', annualTarget: 100, quarterTargets: [25, 25, 25, 25] });
const last = buildAchievementIndicator({ aggregation: 'last', annualTarget: 80, quarterTargets: [80, 80, 80, 80] });
const scored = (values: QuarterValues, indicator = sum) => ({ indicator, values });

describe('the cause: year to date carries the last filled quarter forward', () => {
  it('scoreUnit alone gives TW IV the same average as TW III when TW IV is empty', () => {
    const unit = [scored([25, 20, 15, null]), scored([60, 70, 40, null], last)];
    expect(scoreUnit(unit, 4, settings).average).toBe(scoreUnit(unit, 3, settings).average);
  });
});

describe('scoreUnitAt', () => {
  const cases: Array<{ name: string; values: QuarterValues[]; upTo: 1 | 2 | 3 | 4; expected: number | 'noData' }> = [
    { name: 'TW IV empty → no data, not TW III again', values: [[25, 20, 15, null], [25, 25, 25, null]], upTo: 4, expected: 'noData' },
    { name: 'TW III filled → its own year-to-date', values: [[25, 20, 15, null], [25, 25, 25, null]], upTo: 3, expected: (80 + 100) / 2 },
    { name: 'a 0 is data', values: [[25, 25, 25, 0]], upTo: 4, expected: 75 },
    { name: 'one indicator filled in TW IV is enough; the others carry forward by their rule', values: [[25, 25, 25, 25], [25, 25, 15, null]], upTo: 4, expected: (100 + (65 / 75) * 100) / 2 },
    { name: 'nothing filled at all → no data', values: [[null, null, null, null]], upTo: 1, expected: 'noData' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const at = scoreUnitAt(c.values.map((v) => scored(v)), c.upTo, settings);
      if (c.expected === 'noData') expect(at.noData).toBe(true);
      else expect(at.noData ? 'noData' : at.score.average).toBeCloseTo(c.expected);
    });
  }
});

describe('unitTrend', () => {
  it('has a point per quarter; quarters without any value say so instead of repeating the one before', () => {
    const trend = unitTrend([scored([25, 20, null, null]), scored([80, 60, null, null], last)], settings);
    expect(trend.map((p) => [p.quarter, p.noData, p.average])).toEqual([
      [1, false, 100],
      [2, false, (90 + 75) / 2],
      [3, true, null],
      [4, true, null],
    ]);
  });

  it('a gap quarter is no data, the quarter after it counts again', () => {
    const trend = unitTrend([scored([25, null, 25, null])], settings);
    expect(trend.map((p) => p.noData)).toEqual([false, true, false, true]);
    expect(trend[2]?.average).toBe(100);
  });
});

describe('hasDataIn', () => {
  it('reads only that quarter', () => {
    expect(hasDataIn([[1, null, null, null]], 1)).toBe(true);
    expect(hasDataIn([[1, null, null, null]], 2)).toBe(false);
    expect(hasDataIn([], 1)).toBe(false);
  });
});
