import { describe, expect, it } from 'vitest';
import { clockSkewWarningMinutes } from '../../src/domain/clock-skew';

describe('clock skew warning', () => {
  it.each([
    [null, null],
    [0, null],
    [5 * 60_000, null], // exactly 5 minutes: still fine
    [-5 * 60_000, null],
    [5 * 60_000 + 1, 5],
    [-(3 * 86_400_000), 4_320],
    [3 * 86_400_000 + 29_000, 4_320],
    [Number.NaN, null],
  ])('%s ms → %s minutes', (skewMs, minutes) => {
    expect(clockSkewWarningMinutes(skewMs)).toBe(minutes);
  });
});
