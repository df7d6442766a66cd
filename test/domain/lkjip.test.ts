// The LKjIP's Bab III figures (domain/lkjip.ts) and the office's sheet of last year's figures and
// end-of-period targets (domain/lkjip-import.ts).
import { describe, expect, it } from 'vitest';
import type { AchievementIndicator } from '../../src/domain/achievement';
import { aggregatedRealisation } from '../../src/domain/achievement';
import { permendagri86Bands } from '../../src/domain/default-settings';
import { efficiencyOf, lkjipIndicatorFigures, lkjipYearOf } from '../../src/domain/lkjip';
import { mergeLkjipKnown, readLkjipSheet } from '../../src/domain/lkjip-import';
import { peerKey } from '../../src/domain/peer-outlier';

const indicator = (overrides: Partial<AchievementIndicator> = {}): AchievementIndicator => ({
  polarity: 'higher', aggregation: 'sum', targetType: 'number', annualTarget: 12, quarterTargets: [3, 3, 3, 3], lowerIsBetterFormula: null, ...overrides,
});
const settings = { lowerIsBetterFormula: 'A' as const, categoryBands: permendagri86Bands };
const none = { lastYear: null, endTarget: null };

describe('the year\'s realisation', () => {
  it('adds the quarters of a sum indicator, takes the latest of last and flat, the mean of average', () => {
    expect(aggregatedRealisation(indicator(), [3, 2, null, 4])).toBe(9);
    expect(aggregatedRealisation(indicator({ aggregation: 'last' }), [70, 75, 80, null])).toBe(80);
    expect(aggregatedRealisation(indicator({ aggregation: 'flat' }), [null, 90, null, 85])).toBe(85);
    expect(aggregatedRealisation(indicator({ aggregation: 'average' }), [10, 20, null, 30])).toBe(20);
    expect(aggregatedRealisation(indicator(), [null, null, null, null])).toBeNull();
    // A 0 is a value, not an empty quarter.
    expect(aggregatedRealisation(indicator({ aggregation: 'last' }), [5, 0, null, null])).toBe(0);
  });
});

describe('an indicator in Bab III', () => {
  it('is judged against the annual target, with its predikat', () => {
    const f = lkjipIndicatorFigures(indicator(), [3, 3, 3, 2], none, settings);
    expect(f.realisation).toBe(11);
    expect(f.achievement).toMatchObject({ computable: true, percent: (11 / 12) * 100 });
    expect(f.category?.label).toBe('Sangat Tinggi'); // 91,67 ≥ 91
    expect(f.endAchievement).toBeNull();
    expect(f.yearOnYear).toBeNull();
  });

  it('says better or worse by polarity, not by direction', () => {
    expect(lkjipIndicatorFigures(indicator(), [3, 3, 3, 3], { lastYear: 10, endTarget: null }, settings).yearOnYear).toBe('better');
    expect(lkjipIndicatorFigures(indicator(), [3, 3, 3, 1], { lastYear: 12, endTarget: null }, settings).yearOnYear).toBe('worse');
    expect(lkjipIndicatorFigures(indicator(), [3, 3, 3, 3], { lastYear: 12, endTarget: null }, settings).yearOnYear).toBe('same');
    // Angka kematian: lower is better, so a fall from 120 to 100 is the improvement.
    const deaths = indicator({ polarity: 'lower', aggregation: 'last', annualTarget: 110, quarterTargets: [null, null, null, 110] });
    expect(lkjipIndicatorFigures(deaths, [null, null, null, 100], { lastYear: 120, endTarget: null }, settings).yearOnYear).toBe('better');
    expect(lkjipIndicatorFigures(deaths, [null, null, null, 130], { lastYear: 120, endTarget: null }, settings).yearOnYear).toBe('worse');
  });

  it('measures the year against the end-of-period target by the same rules', () => {
    const f = lkjipIndicatorFigures(indicator({ aggregation: 'last', annualTarget: 80 }), [70, 75, 78, 80], { lastYear: 72, endTarget: 100 }, settings);
    expect(f.endAchievement).toMatchObject({ computable: true, percent: 80 });
    const range = lkjipIndicatorFigures(indicator({ aggregation: 'last', targetType: 'range', annualTarget: { min: 80, max: 90 } }), [null, null, null, 85], { lastYear: null, endTarget: { min: 90, max: 95 } }, settings);
    expect(range.endAchievement).toMatchObject({ computable: true, percent: (85 / 90) * 100 });
    const empty = lkjipIndicatorFigures(indicator(), [null, null, null, null], { lastYear: null, endTarget: 50 }, settings);
    expect(empty.endAchievement).toEqual({ computable: false, reason: 'noRealisation' });
  });
});

describe('efficiency', () => {
  it('is capaian over serapan, efficient from 1 up', () => {
    expect(efficiencyOf(90, 90)).toEqual({ achievement: 90, absorption: 90, ratio: 1, efficient: true });
    expect(efficiencyOf(89.99, 90).efficient).toBe(false);
    expect(efficiencyOf(95, 80)).toMatchObject({ ratio: 95 / 80, efficient: true });
  });

  it('gives no verdict without both figures or with nothing spent', () => {
    expect(efficiencyOf(null, 80)).toMatchObject({ ratio: null, efficient: null });
    expect(efficiencyOf(80, null)).toMatchObject({ ratio: null, efficient: null });
    expect(efficiencyOf(80, 0)).toMatchObject({ ratio: null, efficient: null });
  });
});

describe('the report year', () => {
  it('is last year until March (due by the end of February), then this year', () => {
    expect(lkjipYearOf({ year: 2027, quarter: 1 })).toBe(2026);
    expect(lkjipYearOf({ year: 2027, quarter: 2 })).toBe(2027);
  });
});

describe('the office\'s sheet', () => {
  const indicators = [{ name: 'Jumlah desa mandiri', unit: 'desa' }, { name: 'Angka kematian ibu', unit: 'per 100.000 KH' }];

  it('reads last year\'s figure and the end target by name and satuan, Indonesian numbers and ranges', () => {
    const read = readLkjipSheet([
      ['Data pelengkap LKjIP'],
      ['Sasaran', 'Indikator', 'Satuan', 'Realisasi Tahun Lalu (2025)', 'Target Akhir Periode'],
      ['S1', ' jumlah desa  MANDIRI', 'Desa', 10, '15'],
      ['S1', 'Angka kematian ibu', 'per 100.000 KH', '1.234,5', '80–90'],
      ['', '', '', '', ''],
    ], indicators);
    expect(read.errors).toEqual([]);
    expect(read.known.get(peerKey(indicators[0]!))).toEqual({ lastYear: 10, endTarget: 15 });
    expect(read.known.get(peerKey(indicators[1]!))).toEqual({ lastYear: 1234.5, endTarget: { min: 80, max: 90 } });
  });

  it('reports rows it cannot use, with their row number, and keeps the rest', () => {
    const read = readLkjipSheet([
      ['Indikator', 'Satuan', 'Realisasi', 'Target akhir periode'],
      ['Jumlah desa mandiri', 'desa', 'sepuluh', ''],
      ['Indikator lain', 'unit', 5, ''],
      ['Angka kematian ibu', 'per 100.000 KH', -3, ''],
    ], indicators);
    expect(read.errors).toEqual([
      { code: 'notANumber', row: 2, value: 'sepuluh' },
      { code: 'unknownIndicator', row: 3, value: 'Indikator lain' },
    ]);
    expect([...read.known.values()]).toEqual([{ lastYear: -3, endTarget: null }]);
    expect(readLkjipSheet([['Nama', 'Nilai']], indicators).errors).toEqual([{ code: 'noHeader', row: null }]);
  });

  it('lets the app\'s own figure win, the sheet filling the gaps', () => {
    const key = peerKey(indicators[0]!);
    const sheet = new Map([[key, { lastYear: 7, endTarget: 20 }]]);
    expect(mergeLkjipKnown(new Map([[key, 9]]), sheet, key)).toEqual({ lastYear: 9, endTarget: 20 });
    expect(mergeLkjipKnown(new Map(), sheet, key)).toEqual({ lastYear: 7, endTarget: 20 });
    expect(mergeLkjipKnown(new Map(), new Map(), key)).toEqual({ lastYear: null, endTarget: null });
  });
});
