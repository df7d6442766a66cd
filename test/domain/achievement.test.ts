import { describe, expect, it } from 'vitest';
import {
  annualAchievement,
  averageAchievement,
  budgetAbsorption,
  compareToTarget,
  quarterAchievement,
  yearToDateAchievement,
  type Achievement,
  type QuarterValues,
} from '../../src/domain/achievement';
import type { Indicator, TargetValue } from '../../src/domain/indicator';
import type { LowerIsBetterFormula } from '../../src/domain/tenant';
import type { Quarter } from '../../src/domain/period';
import { buildAchievementIndicator } from './build-achievement-indicator';

type Compare = Pick<Indicator, 'polarity' | 'targetType' | 'lowerIsBetterFormula'>;
const higher: Compare = { polarity: 'higher', targetType: 'number', lowerIsBetterFormula: null };
const lower: Compare = { polarity: 'lower', targetType: 'number', lowerIsBetterFormula: null };

function percentOf(a: Achievement): number {
  if (!a.computable) throw new Error(`not computable: ${a.reason}`);
  return a.percent;
}

describe('compareToTarget, numbers', () => {
  it.each<[string, Compare, number, TargetValue, LowerIsBetterFormula, number]>([
    ['higher R/T', higher, 80, 100, 'A', 80],
    ['higher above target', higher, 130, 100, 'A', 130],
    ['higher R = 0 is a value', higher, 0, 50, 'A', 0],
    ['percent type same rule', { ...higher, targetType: 'percent' }, 93.75, 100, 'A', 93.75],
    ['scale compares scores', { ...higher, targetType: 'scale' }, 3, 4, 'A', 75],
    ['worked example: lower A, T=7, R=6.5', lower, 6.5, 7, 'A', (2 - 6.5 / 7) * 100],
    ['worked example: lower A, T=8, R=9', lower, 9, 8, 'A', 87.5],
    ['lower A floored at 0', lower, 30, 10, 'A', 0],
    ['lower A exactly 2T gives 0', lower, 20, 10, 'A', 0],
    ['lower B T/R', lower, 10, 8, 'B', 80],
    ['lower B better than target', lower, 4, 8, 'B', 200],
    ['lower R=0, T>0, formula A → 200', lower, 0, 5, 'A', 200],
    ['lower R=0, T>0, formula B → 100', lower, 0, 5, 'B', 100],
    ['lower T=0, R=0 → 100', lower, 0, 0, 'A', 100],
    ['lower T=0, R>0 → 0', lower, 3, 0, 'A', 0],
    ['lower T=0, R>0 → 0 with formula B', lower, 3, 0, 'B', 0],
    ['indicator formula B overrides tenant A', { ...lower, lowerIsBetterFormula: 'B' }, 10, 8, 'A', 80],
    ['indicator formula A overrides tenant B', { ...lower, lowerIsBetterFormula: 'A' }, 10, 8, 'B', 75],
  ])('%s', (_name, indicator, r, t, formula, expected) => {
    expect(percentOf(compareToTarget(indicator, r, t, formula))).toBeCloseTo(expected, 10);
  });

  it('worked example 107.142857… is not rounded', () => {
    const a = compareToTarget(lower, 6.5, 7, 'A');
    expect(a).toEqual({ computable: true, percent: (2 - 6.5 / 7) * 100, realisation: 6.5, target: 7 });
    expect(percentOf(a)).toBeCloseTo(107.142857142857, 10);
  });

  it.each<[string, Compare, number]>([
    ['higher', higher, 5],
    ['higher with R = 0', higher, 0],
    ['percent', { ...higher, targetType: 'percent' }, 5],
  ])('higher-is-better with T = 0 is not computable (%s)', (_name, indicator, r) => {
    expect(compareToTarget(indicator, r, 0, 'A')).toEqual({ computable: false, reason: 'zeroTarget' });
  });

  it.each<[string, Compare, TargetValue]>([
    ['number type with a text target', higher, 'Dokumen tersusun'],
    ['number type with a range target', higher, { min: 1, max: 2 }],
    ['range type with a text target', { ...higher, targetType: 'range' }, 'teks'],
  ])('a target of the wrong shape is no target (%s)', (_name, indicator, target) => {
    expect(compareToTarget(indicator, 5, target, 'A')).toEqual({ computable: false, reason: 'noTarget' });
  });
});

describe('compareToTarget, text and range', () => {
  const text: Compare = { polarity: 'higher', targetType: 'text', lowerIsBetterFormula: null };
  it.each<[string, Compare, number, number]>([
    ['achieved', text, 1, 100],
    ['not achieved', text, 0, 0],
    ['polarity is ignored', { ...text, polarity: 'lower' }, 1, 100],
  ])('text %s', (_name, indicator, r, expected) => {
    expect(compareToTarget(indicator, r, 'Dokumen RKPD 2027 tersusun', 'A')).toEqual({
      computable: true,
      percent: expected,
      realisation: r,
      target: 1,
    });
  });

  const rangeHigher: Compare = { polarity: 'higher', targetType: 'range', lowerIsBetterFormula: null };
  const rangeLower: Compare = { ...rangeHigher, polarity: 'lower' };
  const band = { min: 80, max: 90 };
  it.each<[string, Compare, number, TargetValue, LowerIsBetterFormula, number, number]>([
    ['inside', rangeHigher, 85, band, 'A', 100, 85],
    ['on the lower bound', rangeHigher, 80, band, 'A', 100, 80],
    ['on the upper bound', rangeHigher, 90, band, 'A', 100, 90],
    ['above, higher: against max', rangeHigher, 99, band, 'A', 110, 90],
    ['below, higher: against min', rangeHigher, 60, band, 'A', 75, 80],
    ['above, lower A: against max', rangeLower, 99, band, 'A', 90, 90],
    ['below, lower A: against min', rangeLower, 60, band, 'A', 125, 80],
    ['above, lower B: against max', rangeLower, 112.5, band, 'B', 80, 90],
    ['a plain number as range [n, n]', rangeHigher, 45, 50, 'A', 90, 50],
    ['inside a range starting at 0', rangeHigher, 0, { min: 0, max: 5 }, 'A', 100, 0],
  ])('range %s', (_name, indicator, r, target, formula, expected, bound) => {
    const a = compareToTarget(indicator, r, target, formula);
    expect(a.computable && a.target).toBe(bound);
    expect(percentOf(a)).toBeCloseTo(expected, 10);
  });

  it('range below a 0 lower bound, higher-is-better, is a zero target', () => {
    expect(compareToTarget(rangeHigher, -1, { min: 0, max: 5 }, 'A')).toEqual({ computable: false, reason: 'zeroTarget' });
  });
});

describe('quarterAchievement', () => {
  const indicator = buildAchievementIndicator({ quarterTargets: [10, 20, null, 40], annualTarget: 100 });
  it.each<[string, QuarterValues, Quarter, Achievement]>([
    ['own quarter target', [5, 15, null, null], 2, { computable: true, percent: 75, realisation: 15, target: 20 }],
    ['0 is a value', [0, null, null, null], 1, { computable: true, percent: 0, realisation: 0, target: 10 }],
    ['null is not filled', [5, null, null, null], 2, { computable: false, reason: 'noRealisation' }],
    ['no target for the quarter', [5, 15, 30, null], 3, { computable: false, reason: 'noTarget' }],
    ['no target wins over no realisation', [null, null, null, null], 3, { computable: false, reason: 'noTarget' }],
  ])('%s', (_name, values, q, expected) => {
    expect(quarterAchievement(indicator, values, q, 'A')).toEqual(expected);
  });

  it('flat falls back to the annual target for an empty quarter target', () => {
    const flat = buildAchievementIndicator({ aggregation: 'flat', annualTarget: 90, quarterTargets: [null, null, null, null] });
    expect(quarterAchievement(flat, [null, 81, null, null], 2, 'A')).toEqual({
      computable: true,
      percent: 90,
      realisation: 81,
      target: 90,
    });
  });

  it('last does not fall back to the annual target', () => {
    const last = buildAchievementIndicator({ aggregation: 'last', annualTarget: 90, quarterTargets: [null, null, null, null] });
    expect(quarterAchievement(last, [null, 81, null, null], 2, 'A')).toEqual({ computable: false, reason: 'noTarget' });
  });
});

describe('year to date and annual, by aggregation', () => {
  const sum = buildAchievementIndicator({ aggregation: 'sum', annualTarget: 100, quarterTargets: [10, 20, 30, 40] });
  const last = buildAchievementIndicator({ aggregation: 'last', annualTarget: 80, quarterTargets: [20, 40, 60, 80] });
  const flat = buildAchievementIndicator({ aggregation: 'flat', annualTarget: 90, quarterTargets: [90, 90, 90, 90] });
  const average = buildAchievementIndicator({ aggregation: 'average', annualTarget: 6, quarterTargets: [4, 6, 8, 6] });
  const avgLower = { ...average, polarity: 'lower' as const };

  it.each<[string, typeof sum, QuarterValues, Quarter, number, number, number]>([
    ['sum: ΣR vs ΣT of filled quarters', sum, [12, 18, 27, null], 3, 57, 60, 95],
    ['sum: only up to the quarter asked', sum, [12, 18, 27, null], 2, 30, 30, 100],
    ['sum: skips an unfilled quarter and its target', sum, [12, null, 33, null], 3, 45, 40, 112.5],
    ['sum: 0 counts as a filled quarter', sum, [0, 10, null, null], 2, 10, 30, 100 / 3],
    ['last: latest filled vs its target', last, [25, 30, null, null], 2, 30, 40, 75],
    ['last: latest filled before a gap', last, [25, null, null, null], 3, 25, 20, 125],
    ['flat: latest filled vs its target', flat, [80, 85, 81, null], 3, 81, 90, 90],
    ['average: mean R vs mean T', average, [4, 5, 9, null], 3, 6, 6, 100],
    ['average: only filled quarters', average, [4, null, 6, null], 3, 5, 6, 250 / 3],
    ['average lower (A): mean R vs mean T', avgLower, [5, 7, null, null], 2, 6, 5, 80],
  ])('year to date %s', (_name, indicator, values, upTo, r, t, percent) => {
    const a = yearToDateAchievement(indicator, values, upTo, 'A');
    expect(a.computable && [a.realisation, a.target]).toEqual([r, t]);
    expect(percentOf(a)).toBeCloseTo(percent, 10);
  });

  it.each<[string, typeof sum, QuarterValues, number, number, number]>([
    ['sum: ΣR vs annual', sum, [12, 18, 27, null], 57, 100, 57],
    ['sum: all four', sum, [12, 18, 27, 50], 107, 100, 107],
    ['last: latest vs annual', last, [25, 30, 61, null], 61, 80, 76.25],
    ['flat: latest vs annual', flat, [80, 85, 81, 95], 95, 90, (95 / 90) * 100],
    ['average: mean vs annual', average, [4, 5, 9, null], 6, 6, 100],
    ['average lower (A): mean vs annual', avgLower, [6, 9, null, null], 7.5, 6, 75],
  ])('annual %s', (_name, indicator, values, r, t, percent) => {
    const a = annualAchievement(indicator, values, 'A');
    expect(a.computable && [a.realisation, a.target]).toEqual([r, t]);
    expect(percentOf(a)).toBeCloseTo(percent, 10);
  });

  it.each<[string, typeof sum, QuarterValues, 'noRealisation' | 'noTarget']>([
    ['nothing filled', sum, [null, null, null, null], 'noRealisation'],
    ['filled only after upTo', sum, [null, null, 5, null], 'noRealisation'],
    ['sum with a filled quarter lacking a target', { ...sum, quarterTargets: [10, null, 30, 40] }, [5, 6, null, null], 'noTarget'],
    ['average with a filled quarter lacking a target', { ...average, quarterTargets: [null, 6, 8, 6] }, [5, 6, null, null], 'noTarget'],
    ['last with the latest quarter lacking a target', { ...last, quarterTargets: [20, null, 60, 80] }, [5, 6, null, null], 'noTarget'],
  ])('year to date not computable: %s', (_name, indicator, values, reason) => {
    expect(yearToDateAchievement(indicator, values, 2, 'A')).toEqual({ computable: false, reason });
  });

  it.each<[string, typeof sum, QuarterValues, 'noRealisation' | 'noTarget']>([
    ['nothing filled', sum, [null, null, null, null], 'noRealisation'],
    ['no annual target', { ...sum, annualTarget: null }, [5, null, null, null], 'noTarget'],
    ['no annual target wins over no realisation', { ...last, annualTarget: null }, [null, null, null, null], 'noTarget'],
  ])('annual not computable: %s', (_name, indicator, values, reason) => {
    expect(annualAchievement(indicator, values, 'A')).toEqual({ computable: false, reason });
  });

  it('semester indicator: sum of the quarters that have targets', () => {
    const semester = buildAchievementIndicator({ aggregation: 'sum', annualTarget: 2, quarterTargets: [null, 1, null, 1] });
    expect(percentOf(yearToDateAchievement(semester, [null, 1, null, null], 3, 'A'))).toBe(100);
  });

  it('flat year to date uses the annual target when the quarter target is empty', () => {
    const a = yearToDateAchievement({ ...flat, quarterTargets: [null, null, null, null] }, [72, null, null, null], 2, 'A');
    expect(percentOf(a)).toBe(80);
  });

  it('zero quarter targets of a higher-is-better sum are not computable', () => {
    const zero = buildAchievementIndicator({ quarterTargets: [0, 0, 5, 5], annualTarget: 10 });
    expect(yearToDateAchievement(zero, [1, 2, null, null], 2, 'A')).toEqual({ computable: false, reason: 'zeroTarget' });
  });
});

describe('year to date and annual, text and range targets', () => {
  const text = buildAchievementIndicator({
    targetType: 'text',
    aggregation: 'sum',
    annualTarget: 'Dokumen RKPD 2027 tersusun',
    quarterTargets: [null, 'Rancangan awal', null, 'Dokumen RKPD 2027 tersusun'],
  });
  it.each<[string, QuarterValues, Quarter, Achievement]>([
    ['the latest filled quarter has no target', [null, 1, 0, null], 3, { computable: false, reason: 'noTarget' }],
    ['achieved in TW II', [null, 1, null, null], 2, { computable: true, percent: 100, realisation: 1, target: 1 }],
    ['not achieved in TW IV', [null, 1, null, 0], 4, { computable: true, percent: 0, realisation: 0, target: 1 }],
  ])('text year to date: %s', (_name, values, upTo, expected) => {
    expect(yearToDateAchievement(text, values, upTo, 'A')).toEqual(expected);
  });

  it('text annual judges the latest filled quarter against the annual statement', () => {
    expect(percentOf(annualAchievement(text, [1, 1, 1, null], 'A'))).toBe(100);
    expect(percentOf(annualAchievement(text, [1, 1, 0, null], 'A'))).toBe(0);
  });

  const rangeSum = buildAchievementIndicator({
    targetType: 'range',
    aggregation: 'sum',
    annualTarget: { min: 80, max: 100 },
    quarterTargets: [{ min: 20, max: 25 }, { min: 20, max: 25 }, { min: 20, max: 25 }, { min: 20, max: 25 }],
  });
  it.each<[string, typeof rangeSum, QuarterValues, Quarter, number, number]>([
    ['sum inside the summed range', rangeSum, [22, 24, null, null], 2, 100, 46],
    ['sum above the summed range: against Σmax', rangeSum, [30, 30, null, null], 2, 120, 50],
    ['sum below the summed range: against Σmin', rangeSum, [10, 20, null, null], 2, 75, 40],
    ['average against the mean range', { ...rangeSum, aggregation: 'average' }, [30, 20, null, null], 2, 100, 25],
    ['average above the mean range', { ...rangeSum, aggregation: 'average' }, [30, 30, null, null], 2, 120, 25],
  ])('range %s', (_name, indicator, values, upTo, percent, target) => {
    const a = yearToDateAchievement(indicator, values, upTo, 'A');
    expect(a.computable && a.target).toBe(target);
    expect(percentOf(a)).toBeCloseTo(percent, 10);
  });

  it('range sum annual compares ΣR with the annual range', () => {
    expect(percentOf(annualAchievement(rangeSum, [22, 24, 21, null], 'A'))).toBeCloseTo(83.75, 10);
    expect(percentOf(annualAchievement(rangeSum, [22, 24, 21, 20], 'A'))).toBe(100);
  });

  it('range mixed with a text quarter target is no target', () => {
    const mixed = { ...rangeSum, quarterTargets: [{ min: 20, max: 25 }, 'teks', null, null] as typeof rangeSum.quarterTargets };
    expect(yearToDateAchievement(mixed, [22, 24, null, null], 2, 'A')).toEqual({ computable: false, reason: 'noTarget' });
  });
});

describe('averageAchievement', () => {
  it.each<[string, number[], 100 | 120 | null, number | null]>([
    ['empty is null', [], null, null],
    ['empty is null with a cap', [], 100, null],
    ['plain mean', [80, 100, 150], null, 110],
    ['cap 100 each before averaging', [80, 100, 150], 100, (80 + 100 + 100) / 3],
    ['cap 120 each before averaging', [80, 100, 150], 120, 100],
    ['cap leaves lower values alone', [50, 60], 100, 55],
    ['single value', [107.5], 120, 107.5],
  ])('%s', (_name, percents, cap, expected) => {
    const result = averageAchievement(percents, cap);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(expected, 10);
  });
});

describe('budgetAbsorption', () => {
  it.each<[number, number, number | null]>([
    [500_000_000, 1_000_000_000, 50],
    [0, 1_000_000_000, 0],
    [1_250_000, 1_000_000, 125],
    [0, 0, null],
    [100, 0, null],
  ])('%d of %d → %s', (realised, budget, expected) => {
    expect(budgetAbsorption(realised, budget)).toBe(expected);
  });
});
