import { describe, expect, it } from 'vitest';
import { withUnitSuffix } from '../../src/domain/unit-suffix';

describe('a value with its satuan, never doubled', () => {
  it.each([
    ['100%', '%', '100%'],
    ['86,1%', '%', '86,1%'],
    ['86,1%', 'persen', '86,1%'],
    ['86,1%', ' Persen ', '86,1%'],
    ['83,5', '%', '83,5%'],
    ['60–80', ' % ', '60–80%'],
    ['83,5', 'persen', '83,5 persen'],
    ['1.234', 'orang', '1.234 orang'],
    ['12,5', 'hari', '12,5 hari'],
    ['3,75', 'objek', '3,75 objek'],
    ['WTP', 'opini', 'WTP opini'],
    ['—', 'orang', '—'],
    ['1.234', '', '1.234'],
    ['1.234', '  ', '1.234'],
    ['Level 3 (Terdefinisi) level', 'level', 'Level 3 (Terdefinisi) level'],
    ['Tercapai', 'dokumen', 'Tercapai dokumen'],
  ])('%s + %s → %s', (text, unit, shown) => {
    expect(withUnitSuffix(text, unit)).toBe(shown);
  });
});
