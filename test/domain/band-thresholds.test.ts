import { describe, expect, it } from 'vitest';
import { checkBandThresholds, thresholdsOf, withThresholds } from '../../src/domain/band-thresholds';
import { categoryOf } from '../../src/domain/category';
import { bottomBandMin, permendagri86Bands } from '../../src/domain/default-settings';

describe('band thresholds', () => {
  it('reads the bounds of a band set top first, without the open bottom band', () => {
    expect(thresholdsOf(permendagri86Bands)).toEqual([91, 76, 66, 51]);
    expect(thresholdsOf([...permendagri86Bands].reverse())).toEqual([91, 76, 66, 51]);
  });

  it.each([
    [[91, 76, 66, 51], []],
    [[90, 75, 60, 0], []],
    [[91, 91, 66, 51], [{ index: 1, problem: 'not_descending' }]],
    [[76, 91, 66, 51], [{ index: 1, problem: 'not_descending' }]],
    [[91, 76, -1, 51], [{ index: 2, problem: 'negative' }, { index: 3, problem: 'not_descending' }]],
    [[Number.NaN, 76, 66, 51], [{ index: 0, problem: 'not_a_number' }]],
    [[Infinity, 76], [{ index: 0, problem: 'not_a_number' }]],
    [[1001, 76], [{ index: 0, problem: 'too_large' }]],
  ])('%j → %j', (thresholds, issues) => {
    expect(checkBandThresholds(thresholds)).toEqual(issues);
  });

  it('applies new bounds without gaps: every achievement from 0 up has exactly one band', () => {
    const bands = withThresholds(permendagri86Bands, [90, 75, 60, 50]);
    expect(bands.map((b) => b.min)).toEqual([90, 75, 60, 50, bottomBandMin]);
    expect(categoryOf(90, bands).key).toBe('sangat_tinggi');
    expect(categoryOf(89.99, bands).key).toBe('tinggi');
    expect(categoryOf(50, bands).key).toBe('rendah');
    expect(categoryOf(0, bands).key).toBe('sangat_rendah');
    expect(categoryOf(5000, bands).key).toBe('sangat_tinggi');
    expect(() => withThresholds(permendagri86Bands, [90, 75])).toThrow(RangeError);
  });
});
