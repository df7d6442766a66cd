import { describe, expect, it } from 'vitest';
import { isAtRisk, projectYearEnd, type Projection } from '../../src/domain/early-warning';
import type { AchievementIndicator, QuarterValues } from '../../src/domain/achievement';
import type { Quarter } from '../../src/domain/period';
import { dashboardStatusBands, permendagri86Bands } from '../../src/domain/default-settings';
import { buildAchievementIndicator } from './build-achievement-indicator';

describe('projectYearEnd', () => {
  const sum = buildAchievementIndicator({ aggregation: 'sum', annualTarget: 100, quarterTargets: [10, 20, 30, 40] });
  const last = buildAchievementIndicator({ aggregation: 'last', targetType: 'percent', annualTarget: 80, quarterTargets: [20, 40, 60, 80] });
  const flat = buildAchievementIndicator({ aggregation: 'flat', annualTarget: 90, quarterTargets: [90, 90, 90, 90] });
  const average = buildAchievementIndicator({ aggregation: 'average', polarity: 'lower', annualTarget: 5, quarterTargets: [5, 5, 5, 5] });

  it.each<[string, AchievementIndicator, QuarterValues, number, Quarter[]]>([
    ['sum by pace: ΣR/ΣT × annual', sum, [8, 16, null, null], 80, [1, 2]],
    ['sum by pace ahead of plan', sum, [12, 24, 36, null], 120, [1, 2, 3]],
    ['sum by pace with a 0 quarter', sum, [0, 15, null, null], 50, [1, 2]],
    ['sum linear without quarter targets', { ...sum, quarterTargets: [null, null, null, null] }, [20, 30, null, null], 100, [1, 2]],
    ['sum linear when one filled quarter lacks a target', { ...sum, quarterTargets: [10, null, 30, 40] }, [20, 30, null, null], 100, [1, 2]],
    ['sum linear when the targets sum to 0', { ...sum, quarterTargets: [0, 0, 50, 50] }, [3, null, null, null], 12, [1]],
    ['sum linear counts filled quarters only', { ...sum, annualTarget: null }, [20, null, 40, null], 120, [1, 3]],
    ['last by pace of the latest quarter', last, [18, 30, null, null], 60, [1, 2]],
    ['last without a quarter target: the latest value', { ...last, quarterTargets: [20, null, 60, 80] }, [18, 30, null, null], 30, [1, 2]],
    ['flat: the latest value', flat, [70, 85, 88, null], 88, [1, 2, 3]],
    ['flat with empty quarter targets: the latest value', { ...flat, quarterTargets: [null, null, null, null] }, [70, 85, null, null], 85, [1, 2]],
    ['average: mean of filled', average, [4, 6, 8, null], 6, [1, 2, 3]],
    ['average skips unfilled', average, [4, null, 5, null], 4.5, [1, 3]],
    ['text: the latest value', buildAchievementIndicator({ targetType: 'text', annualTarget: 'Dokumen tersusun', quarterTargets: [null, null, null, 'Dokumen tersusun'] }), [0, 1, null, null], 1, [1, 2]],
  ])('%s', (_name, indicator, values, projected, based) => {
    const projection = projectYearEnd(indicator, values, 'A');
    expect(projection?.projectedValue).toBeCloseTo(projected, 10);
    expect(projection?.basedOnQuarters).toEqual(based);
  });

  it('null when no quarter is filled', () => {
    expect(projectYearEnd(sum, [null, null, null, null], 'A')).toBeNull();
  });

  it('projected achievement compares with the annual target by polarity and formula', () => {
    expect(projectYearEnd(sum, [8, 16, null, null], 'A')?.projectedAchievement).toEqual({
      computable: true,
      percent: 80,
      realisation: 80,
      target: 100,
    });
    const avg = projectYearEnd(average, [6, 6, null, null], 'A')?.projectedAchievement;
    expect(avg?.computable && avg.percent).toBeCloseTo(80, 10);
    const avgB = projectYearEnd(average, [6, 6, null, null], 'B')?.projectedAchievement;
    expect(avgB?.computable && avgB.percent).toBeCloseTo((5 / 6) * 100, 10);
  });

  it('projected achievement without an annual target is not computable', () => {
    expect(projectYearEnd({ ...sum, annualTarget: null }, [5, null, null, null], 'A')?.projectedAchievement).toEqual({
      computable: false,
      reason: 'noTarget',
    });
  });
});

describe('isAtRisk', () => {
  const projectionAt = (percent: number): Projection => ({
    projectedValue: percent,
    projectedAchievement: { computable: true, percent, realisation: percent, target: 100 },
    basedOnQuarters: [1, 2],
  });

  it.each<[number, string, boolean]>([
    [76, 'tinggi', false],
    [75.99, 'tinggi', true],
    [40, 'tinggi', true],
    [120, 'tinggi', false],
    [91, 'sangat_tinggi', false],
    [90.99, 'sangat_tinggi', true],
    [51, 'rendah', false],
    [50.99, 'rendah', true],
    [-5, 'sangat_rendah', false],
  ])('%d with warning below %s → %s', (percent, key, expected) => {
    expect(isAtRisk(projectionAt(percent), permendagri86Bands, key)).toBe(expected);
  });

  it('works with other band sets', () => {
    expect(isAtRisk(projectionAt(94.99), dashboardStatusBands, 'tercapai')).toBe(true);
    expect(isAtRisk(projectionAt(95), dashboardStatusBands, 'tercapai')).toBe(false);
  });

  it('flags nothing when the achievement cannot be computed or the band is unknown', () => {
    const none: Projection = { projectedValue: 3, projectedAchievement: { computable: false, reason: 'zeroTarget' }, basedOnQuarters: [1] };
    expect(isAtRisk(none, permendagri86Bands, 'tinggi')).toBe(false);
    expect(isAtRisk(projectionAt(10), permendagri86Bands, 'tidak_ada')).toBe(false);
  });

  it('end to end: a slow sum indicator is flagged in TW II', () => {
    const slow = buildAchievementIndicator({ aggregation: 'sum', annualTarget: 100, quarterTargets: [10, 20, 30, 40] });
    const projection = projectYearEnd(slow, [5, 10, null, null], 'A');
    expect(projection && isAtRisk(projection, permendagri86Bands, 'tinggi')).toBe(true);
    const onTrack = projectYearEnd(slow, [10, 19, null, null], 'A');
    expect(onTrack && isAtRisk(onTrack, permendagri86Bands, 'tinggi')).toBe(false);
  });
});
