// The dashboard's charts show the same figures as its tables: bars in rank order coloured by
// category, a point per unit with both absorption and achievement, and the mean trend.
import { describe, expect, it } from 'vitest';
import { absorptionChart, absorptionPoints, labelLines, pemdaTrend, rankingChart, trendChart, type ToneColours } from '../../../../src/client/features/dashboard/charts/chart-configs';
import type { DashboardUnit } from '../../../../src/client/db/dashboard-queries';
import { permendagri86Bands } from '../../../../src/domain/default-settings';
import { quarterRoman } from '../../../../src/domain/period';

const colours: ToneColours = { excellent: 'E', good: 'G', warning: 'W', bad: 'B', critical: 'C', neutral: 'N', line: 'L' };
const band = (tone: ToneColours extends Record<infer K, string> ? K : never) => permendagri86Bands.find((b) => b.tone === tone) ?? null;

function unit(name: string, average: number | null, absorption: number | null, trend: DashboardUnit['trend'], tone: 'excellent' | 'good' | 'bad' | null): DashboardUnit {
  return {
    name, absorption, trend, rank: null, indicatorCount: 3, noData: false, unverified: 0, extended: false,
    trendNoData: trend.map((v) => v === null) as DashboardUnit['trendNoData'],
    compliance: { due: 3, entered: 3, submitted: 0, verified: 3, returned: 0, outstanding: 0, deadline: null, late: false, onTimePercent: null },
    quality: { entered: 3, flagged: 0, withEvidence: 3, unflaggedPercent: 100, evidencePercent: 100 }, flagged: [],
    orgUnit: { id: name } as DashboardUnit['orgUnit'],
    score: { average, category: tone ? band(tone) : null } as DashboardUnit['score'],
  };
}

const units = [
  unit('Dinas A', 82.5, 40, [70, 80, null, null], 'good'),
  unit('Dinas B', 97.25, null, [90, 95, null, null], 'excellent'),
  unit('Dinas C', null, 10, [null, null, null, null], null),
  unit('Dinas D', 40, 75.5, [null, 40, null, null], 'bad'),
];
const format = (n: number) => n.toLocaleString('id-ID');

describe('dashboard charts', () => {
  it('ranks the units with an average, highest first, coloured by their category', () => {
    const config = rankingChart(units, colours, { axis: 'Rata-rata' }, format);
    expect(config.data.labels).toEqual(['Dinas B', 'Dinas A', 'Dinas D']);
    expect(config.data.datasets[0]?.data).toEqual([97.25, 82.5, 40]);
    expect(config.data.datasets[0]?.backgroundColor).toEqual(['E', 'G', 'B']);
  });

  it('writes a long unit name on lines between words, so the axis does not cut it off on a phone', () => {
    expect(labelLines('Dinas Pekerjaan Umum, Penataan Ruang dan Perumahan Rakyat')).toEqual(['Dinas Pekerjaan Umum,', 'Penataan Ruang dan', 'Perumahan Rakyat']);
    expect(labelLines('Badan Perencanaan Pembangunan Daerah')).toEqual(['Badan Perencanaan', 'Pembangunan Daerah']);
    expect(labelLines('Sekretariat Daerah')).toBe('Sekretariat Daerah');
    // A word longer than a line stays whole.
    expect(labelLines('Kecamatan Tanjungredeb-Sambaliung-Gunung', 10)).toEqual(['Kecamatan', 'Tanjungredeb-Sambaliung-Gunung']);
    const config = rankingChart([unit('Badan Perencanaan Pembangunan Daerah', 90, null, [90, null, null, null], 'excellent')], colours, { axis: 'Rata-rata' }, format);
    expect(config.data.labels).toEqual([['Badan Perencanaan', 'Pembangunan Daerah']]);
    expect(config.options?.scales?.y?.ticks?.autoSkip).toBe(false);
  });

  it('plots absorption against achievement only for units that have both', () => {
    const points = absorptionPoints(units);
    expect(points).toEqual([{ x: 40, y: 82.5, unit: 'Dinas A' }, { x: 75.5, y: 40, unit: 'Dinas D' }]);
    const config = absorptionChart(points, colours, { x: 'x', y: 'y', point: (p) => p.unit }, format);
    expect(config.data.datasets[0]?.data).toHaveLength(2);
  });

  it('averages the units’ trend per quarter and leaves empty quarters empty, never 0', () => {
    expect(pemdaTrend(units)).toEqual([80, (80 + 95 + 40) / 3, null, null]);
    const config = trendChart(units, colours, { series: 's', quarter: (q) => `s.d. TW ${quarterRoman[q]}` }, format);
    expect(config.data.labels).toEqual(['s.d. TW I', 's.d. TW II', 's.d. TW III', 's.d. TW IV']);
  });
});
