import { describe, expect, it } from 'vitest';
import {
  isQuarter,
  monthsOfQuarter,
  lastEndedQuarter,
  pastQuarters,
  periodOf,
  quarterOfMonth,
  quarterRoman,
  type Quarter,
} from '../../src/domain/period';
import { quarterSchema } from '../../src/domain/period-schema';

describe('quarters', () => {
  it.each<[number, Quarter]>([
    [1, 1], [3, 1], [4, 2], [6, 2], [7, 3], [9, 3], [10, 4], [12, 4],
  ])('month %d is in TW %d', (month, quarter) => {
    expect(quarterOfMonth(month)).toBe(quarter);
  });

  it.each([0, 13, 2.5, -1, Number.NaN])('month %d is refused', (month) => {
    expect(() => quarterOfMonth(month)).toThrow(RangeError);
  });

  it.each<[Quarter, [number, number, number], string]>([
    [1, [1, 2, 3], 'I'],
    [2, [4, 5, 6], 'II'],
    [3, [7, 8, 9], 'III'],
    [4, [10, 11, 12], 'IV'],
  ])('TW %d has months %j and is written %s', (quarter, months, roman) => {
    expect(monthsOfQuarter(quarter)).toEqual(months);
    expect(quarterRoman[quarter]).toBe(roman);
  });

  it.each<[unknown, boolean]>([
    [1, true], [4, true], [0, false], [5, false], ['1', false], [1.5, false], [null, false],
  ])('isQuarter(%j) = %s and agrees with the schema', (value, expected) => {
    expect(isQuarter(value)).toBe(expected);
    expect(quarterSchema.safeParse(value).success).toBe(expected);
  });
});

describe('periodOf', () => {
  it.each<[string, string, { year: number; quarter: Quarter }]>([
    ['2026-05-10T03:00:00Z', 'Asia/Jakarta', { year: 2026, quarter: 2 }],
    // 31 March 17:30 UTC is already 1 April 00:30 in WIB.
    ['2026-03-31T17:30:00Z', 'Asia/Jakarta', { year: 2026, quarter: 2 }],
    ['2026-03-31T16:59:59Z', 'Asia/Jakarta', { year: 2026, quarter: 1 }],
    // New Year in WIB comes 7 hours before UTC's.
    ['2025-12-31T17:00:00Z', 'Asia/Jakarta', { year: 2026, quarter: 1 }],
    ['2025-12-31T17:00:00Z', 'UTC', { year: 2025, quarter: 4 }],
    // WIT (Papua) is UTC+9.
    ['2026-06-30T15:30:00Z', 'Asia/Jayapura', { year: 2026, quarter: 3 }],
    ['2026-06-30T15:30:00Z', 'Asia/Jakarta', { year: 2026, quarter: 2 }],
  ])('%s in %s', (iso, zone, expected) => {
    expect(periodOf(new Date(iso), zone)).toEqual(expected);
  });
});

describe('pastQuarters', () => {
  const now = new Date('2026-08-15T05:00:00Z'); // TW III 2026
  it.each<[number, Date, Quarter[]]>([
    [2026, now, [1, 2]],
    [2025, now, [1, 2, 3, 4]],
    [2027, now, []],
    [2026, new Date('2026-02-01T00:00:00Z'), []],
    [2026, new Date('2026-12-31T16:59:59Z'), [1, 2, 3]],
    [2026, new Date('2026-12-31T17:00:00Z'), [1, 2, 3, 4]],
  ])('year %d at %s → %j', (year, date, expected) => {
    expect(pastQuarters(year, date, 'Asia/Jakarta')).toEqual(expected);
  });

  it('reads the date in the given time zone', () => {
    const date = new Date('2026-03-31T20:00:00Z');
    expect(pastQuarters(2026, date, 'UTC')).toEqual([]);
    expect(pastQuarters(2026, date, 'Asia/Jakarta')).toEqual([1]);
  });
});

describe('lastEndedQuarter', () => {
  it.each([
    ['2026-02-10T00:00:00Z', 1], // TW I still running: TW I
    ['2026-04-01T00:00:00Z', 1],
    ['2026-12-06T18:00:00Z', 3],
    // 30 September 17:30 UTC is already 1 October in WIB: TW III has ended there, not yet in UTC.
    ['2026-09-30T17:30:00Z', 3],
  ] as const)('at %s (WIB): TW %s', (at, expected) => {
    expect(lastEndedQuarter(new Date(at), 'Asia/Jakarta')).toBe(expected);
  });
});
