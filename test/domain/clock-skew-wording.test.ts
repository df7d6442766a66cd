import { describe, expect, it } from 'vitest';
import { clockSkewWarning, serverCorrectedTime } from '../../src/domain/clock-skew';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

describe('clock skew in human units', () => {
  it.each([
    [null, null],
    [4 * minute, null],
    [-5 * minute, null],
    [-(6 * minute), { direction: 'ahead', amount: 6, unit: 'minute' }],
    [6 * minute, { direction: 'behind', amount: 6, unit: 'minute' }],
    [89 * minute, { direction: 'behind', amount: 89, unit: 'minute' }],
    [-(90 * minute), { direction: 'ahead', amount: 2, unit: 'hour' }],
    [-(5 * hour + 10 * minute), { direction: 'ahead', amount: 5, unit: 'hour' }],
    [35 * hour, { direction: 'behind', amount: 35, unit: 'hour' }],
    [-(36 * hour), { direction: 'ahead', amount: 2, unit: 'day' }],
    [-(3 * day), { direction: 'ahead', amount: 3, unit: 'day' }],
    [400 * day, { direction: 'behind', amount: 400, unit: 'day' }],
  ])('server − device = %s ms → %o', (skewMs, warning) => {
    expect(clockSkewWarning(skewMs)).toEqual(warning);
  });
});

describe('times stamped by the device, on the server clock', () => {
  it.each([
    ['2026-10-05T02:00:00.000Z', -3 * day, '2026-10-02T02:00:00.000Z'], // device 3 days ahead
    ['2026-10-05T02:00:00.000Z', 2 * hour, '2026-10-05T04:00:00.000Z'], // device 2 hours behind
    ['2026-10-05T02:00:00.000Z', null, '2026-10-05T02:00:00.000Z'], // skew unknown: as stamped
    ['2026-10-05T02:00:00.000Z', Number.NaN, '2026-10-05T02:00:00.000Z'],
  ])('%s with skew %s → %s', (stamped, skew, shown) => {
    expect(serverCorrectedTime(stamped, skew).toISOString()).toBe(shown);
  });
});
