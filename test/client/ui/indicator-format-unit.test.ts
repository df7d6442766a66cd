// A value or target with its satuan on the screens that write them as text (review card, early
// warning, submission checklist, PK editor's summary): the satuan once, and none after words that
// already say what they are.
import { describe, expect, it } from 'vitest';
import { formatRealisationWithUnit, formatTargetWithUnit } from '../../../src/client/ui/indicator-format-unit';
import type { Indicator } from '../../../src/domain/indicator';

const i18n = {
  t: (key: string) => ({ 'value.empty': '—', 'value.achieved': 'Tercapai', 'value.notAchieved': 'Tidak tercapai' })[key] ?? key,
  formatNumber: (n: number) => new Intl.NumberFormat('id-ID').format(n),
};
type Shape = Pick<Indicator, 'targetType' | 'scaleLevels' | 'unit'>;
const levels = [{ score: 3, label: 'Level 3 (Terdefinisi)' }];
const of = (targetType: Indicator['targetType'], unit: string): Shape => ({ targetType, unit, scaleLevels: targetType === 'scale' ? levels : [] }) as Shape;

describe('a value with its satuan', () => {
  it.each([
    [of('number', 'orang'), 1234, '1.234 orang'],
    [of('percent', '%'), 86.1, '86,1%'],
    [of('percent', 'persen'), 100, '100%'],
    [of('number', 'orang'), null, '—'],
    [of('text', 'dokumen'), 0, 'Tidak tercapai'],
    [of('text', 'dokumen'), 1, 'Tercapai'],
    [of('scale', 'level'), 3, 'Level 3 (Terdefinisi)'],
    [of('scale', 'level'), 2, '2 level'], // a score without a name is a number: it keeps its satuan
  ] as const)('%o %s → %s', (indicator, value, shown) => {
    expect(formatRealisationWithUnit(indicator, value, i18n)).toBe(shown);
  });

  it.each([
    [of('number', 'orang'), 820000, '820.000 orang'],
    [of('percent', '%'), 85, '85%'],
    [of('text', 'dokumen'), 'Dokumen RKPD tersusun', 'Dokumen RKPD tersusun'],
    [of('scale', 'level'), 3, 'Level 3 (Terdefinisi)'],
    [of('range', 'hari'), { min: 3, max: 5 }, '3–5 hari'],
  ] as const)('target %o %o → %s', (indicator, target, shown) => {
    expect(formatTargetWithUnit(indicator, target, i18n)).toBe(shown);
  });
});
