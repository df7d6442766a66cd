import { describe, expect, it } from 'vitest';
import { rankUnits, scoreUnit } from '../../src/domain/unit-score';
import { permendagri86Bands } from '../../src/domain/default-settings';
import type { QuarterValues } from '../../src/domain/achievement';
import { buildAchievementIndicator } from './build-achievement-indicator';

const settings = { lowerIsBetterFormula: 'A' as const, achievementCap: null, categoryBands: permendagri86Bands, warningBelowCategory: 'tinggi' };
const sum = buildAchievementIndicator({ aggregation: 'sum', annualTarget: 100, quarterTargets: [25, 25, 25, 25] });
const scored = (values: QuarterValues, indicator = sum) => ({ indicator, values });

describe('scoreUnit', () => {
  it('averages year-to-date achievements, counts categories, and leaves the uncomputable out', () => {
    const score = scoreUnit([
      scored([25, 25, null, null]), // 100 → sangat tinggi
      scored([15, 15, null, null]), // 60 → rendah, projected 60 → at risk
      scored([null, null, null, null]), // not filled: not computable
      scored([5, 5, null, null], buildAchievementIndicator({ annualTarget: 0, quarterTargets: [0, 0, 0, 0] })), // T = 0: not computable
    ], 2, settings);
    expect(score.average).toBe(80);
    expect(score.category?.key).toBe('tinggi');
    expect(score.byCategory).toEqual({ sangat_tinggi: 1, tinggi: 0, sedang: 0, rendah: 1, sangat_rendah: 0 });
    expect(score.notComputable).toBe(2);
    expect(score.atRisk.map((r) => r.projection.projectedValue)).toEqual([60]);
  });

  it('caps each achievement before averaging when the tenant caps', () => {
    const over = [scored([50, 50, null, null]), scored([20, 20, null, null])]; // 200 and 80
    expect(scoreUnit(over, 2, settings).average).toBe(140);
    expect(scoreUnit(over, 2, { ...settings, achievementCap: 120 }).average).toBe(100);
    expect(scoreUnit(over, 2, { ...settings, achievementCap: 100 }).average).toBe(90);
  });

  it('looks only at the quarters up to upTo, for the average and the projection', () => {
    const score = scoreUnit([scored([25, 10, null, null])], 1, settings);
    expect(score.average).toBe(100);
    expect(score.atRisk).toEqual([]);
    expect(scoreUnit([scored([25, 10, null, null])], 2, settings).atRisk).toHaveLength(1);
  });

  it('has no score without any computable indicator', () => {
    const score = scoreUnit([scored([null, null, null, null])], 4, settings);
    expect([score.average, score.category, score.notComputable]).toEqual([null, null, 1]);
  });
});

describe('rankUnits', () => {
  it('ranks best first, shares ranks on ties, and puts units without a score last', () => {
    const unit = (name: string, average: number | null) => ({ name, score: { average } });
    const ranked = rankUnits([unit('Dinas C', 80), unit('Dinas A', null), unit('Dinas B', 95), unit('Dinas D', 80), unit('Dinas E', 70)]);
    expect(ranked.map((u) => [u.name, u.rank])).toEqual([
      ['Dinas B', 1], ['Dinas C', 2], ['Dinas D', 2], ['Dinas E', 4], ['Dinas A', null],
    ]);
  });
});
