import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatRupiah, parseIndonesianNumber } from '../../src/domain/number-format';

describe('parseIndonesianNumber', () => {
  it.each<[string, number | null]>([
    ['1.234,5', 1234.5],
    ['93,75%', 93.75],
    ['Rp 1.500.000', 1500000],
    ['Rp1.500.000', 1500000],
    ['rp. 2.000', 2000],
    ['', null],
    ['   ', null],
    ['2.5', 2.5],
    ['1.234', 1234],
    ['-3,5', -3.5],
    ['\u22123,5', -3.5],
    ['0', 0],
    ['0,0', 0],
    ['12.345.678,90', 12345678.9],
    ['1,234', 1.234],
    ['50 %', 50],
    ['1\u00a0234,5', 1234.5],
    ['Rp -1.000', -1000],
  ])('%j → %s', (input, expected) => {
    expect(parseIndonesianNumber(input)).toBe(expected);
  });

  it.each(['abc', ',5', '1e3', '1.234.5', '1.000,', '12a', '1,2,3', '--3'])('%j is not a number', (input) => {
    expect(parseIndonesianNumber(input)).toBeNaN();
  });

  it('keeps 0 distinct from empty', () => {
    expect(parseIndonesianNumber('0')).toBe(0);
    expect(parseIndonesianNumber('')).toBeNull();
  });
});

describe('format', () => {
  it.each<[number, string]>([
    [1234.5, '1.234,5'],
    [1234567.891, '1.234.567,89'],
    [-3.5, '-3,5'],
    [0, '0'],
    [100, '100'],
  ])('formatNumber(%d) = %s', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });

  it('formatNumber honours the locale and the fraction digits', () => {
    expect(formatNumber(1234.5, 'en-US')).toBe('1,234.5');
    expect(formatNumber(1.23456, 'id-ID', 4)).toBe('1,2346');
  });

  it.each<[number, string]>([
    [(2 - 6.5 / 7) * 100, '107,14%'],
    [87.5, '87,5%'],
    [100, '100%'],
    [93.755, '93,76%'],
  ])('formatPercent(%d) = %s', (value, expected) => {
    expect(formatPercent(value)).toBe(expected);
  });

  it('formatRupiah has no decimals and groups with dots', () => {
    expect(formatRupiah(1500000)).toMatch(/^Rp\s1\.500\.000$/);
    expect(formatRupiah(2_750_000_000.4)).toMatch(/^Rp\s2\.750\.000\.000$/);
  });

  it.each([1234.5, -3.5, 0, 1500000, 12345678.9])('parse(formatNumber(%d)) round-trips', (value) => {
    expect(parseIndonesianNumber(formatNumber(value))).toBe(value);
  });

  it('parses what formatRupiah and formatPercent print', () => {
    expect(parseIndonesianNumber(formatRupiah(1500000))).toBe(1500000);
    expect(parseIndonesianNumber(formatPercent(93.75))).toBe(93.75);
  });
});
