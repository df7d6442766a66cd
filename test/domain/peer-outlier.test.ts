// A capaian far from the same indicator's in other units (issue 21, "Direction"), by the modified
// z-score on the median and MAD: table-driven, then through the plausibility checks and the
// pemda's settings.
import { describe, expect, it } from 'vitest';
import { peerCapaianOf, peerKey, peerOutlier, peersOf, peerTable } from '../../src/domain/peer-outlier';
import { checkPlausibility, type PlausibilityIndicator } from '../../src/domain/plausibility';
import { dataChecksSchema, defaultDataChecks, severitiesOf } from '../../src/domain/data-checks';
import { defaultTenantSettings } from '../../src/domain/default-settings';
import { buildAchievementIndicator } from './build-achievement-indicator';

describe('peerOutlier', () => {
  // Ten kecamatan around 80% (median 81, MAD 3): |0.6745 (x − 81) / 3| > 3.5 beyond ±15.6 points.
  const kecamatan = [74, 77, 78, 80, 81, 81, 82, 84, 85, 88];
  it.each<[string, number, readonly number[], { median: number; peerCount: number } | null]>([
    ['near the others: nothing', 86, kecamatan, null],
    ['just inside the band (96, z ≈ 3.37)', 96, kecamatan, null],
    ['far above (850%, a slip the unit confirmed)', 850, kecamatan, { median: 81, peerCount: 10 }],
    ['far below (40%)', 40, kecamatan, { median: 81, peerCount: 10 }],
    ['four peers say too little', 850, [80, 81, 82, 83], null],
    ['one wild peer does not hide another: the median stays', 400, [...kecamatan, 900], { median: 81, peerCount: 11 }],
    ['most peers at 100% (MAD 0): 80 is 20 points off, within 25', 80, [100, 100, 100, 100, 100, 90], null],
    ['most peers at 100% (MAD 0): 60 is 40 points off', 60, [100, 100, 100, 100, 100, 90], { median: 100, peerCount: 6 }],
    ['peers that are no number are left out', 850, [80, 81, Number.NaN, 82, 83], null],
  ])('%s', (_name, value, peers, expected) => {
    expect(peerOutlier(value, peers)).toEqual(expected);
  });

  it('finds peers by name and satuan as written loosely, never the unit itself', () => {
    expect(peerKey({ name: '  Persentase desa  dengan APBDes tepat waktu', unit: '%' })).toBe(peerKey({ name: 'persentase desa dengan apbdes tepat waktu', unit: ' % ' }));
    expect(peerKey({ name: 'Jumlah desa', unit: 'desa' })).not.toBe(peerKey({ name: 'Jumlah desa', unit: 'dokumen' }));
    const table = peerTable([
      { orgUnitId: 'a', key: peerKey({ name: 'X', unit: '%' }), percent: 10 },
      { orgUnitId: 'b', key: peerKey({ name: 'x', unit: '%' }), percent: 20 },
      { orgUnitId: 'c', key: peerKey({ name: 'Y', unit: '%' }), percent: 30 },
    ]);
    expect(peersOf(table, { name: 'X', unit: '%' }, 'a')).toEqual([20]);
  });

  it('takes a unit\'s capaian of the quarter, or none without a target or value', () => {
    const indicator = { ...buildAchievementIndicator({ aggregation: 'last', targetType: 'percent', quarterTargets: [80, 80, 80, 80] }), name: 'X', unit: '%' };
    expect(peerCapaianOf('a', indicator, [null, 60, null, null], 2, 'A')).toEqual({ orgUnitId: 'a', key: peerKey(indicator), percent: 75 });
    expect(peerCapaianOf('a', indicator, [null, null, null, null], 2, 'A')).toBeNull();
  });
});

describe('as a check at entry', () => {
  const indicator: PlausibilityIndicator = { ...buildAchievementIndicator({ aggregation: 'last', targetType: 'percent', annualTarget: 80, quarterTargets: [80, 80, 80, 80] }), unit: '%' };
  const peers = [92, 96, 98, 100, 100, 101, 104];
  it('flags a capaian far from the peers only where they are given', () => {
    // 40 of 80 = 50%; the peers' capaian around 100%.
    expect(checkPlausibility(indicator, [40, null, null, null], 1, defaultTenantSettings, undefined, { peers }).map((w) => w.kind)).toEqual(['peerOutlier']);
    expect(checkPlausibility(indicator, [40, null, null, null], 1, defaultTenantSettings).map((w) => w.kind)).toEqual([]);
    expect(checkPlausibility(indicator, [79, null, null, null], 1, defaultTenantSettings, undefined, { peers })).toEqual([]);
  });

  it('is shown or off, never asked about or refused (no device at entry holds the other units)', () => {
    expect(severitiesOf('peerOutlier')).toEqual(['off', 'note']);
    expect(dataChecksSchema.safeParse({ ...defaultDataChecks, severity: { ...defaultDataChecks.severity, peerOutlier: 'ask' } }).success).toBe(false);
    const off = { ...defaultTenantSettings, dataChecks: { ...defaultDataChecks, severity: { ...defaultDataChecks.severity, peerOutlier: 'off' as const } } };
    expect(checkPlausibility(indicator, [40, null, null, null], 1, off, undefined, { peers })).toEqual([]);
    const { peerOutlier: _new, ...older } = defaultDataChecks.severity;
    expect(dataChecksSchema.parse({ ...defaultDataChecks, severity: older }).severity.peerOutlier).toBe('note');
  });
});
