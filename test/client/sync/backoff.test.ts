import { describe, expect, it } from 'vitest';
import { maxRetryMs, minRetryMs, retryDelayMs } from '../../../src/client/sync/backoff';

describe('retryDelayMs', () => {
  it.each([
    [1, 1_000, 2_000],
    [2, 2_000, 4_000],
    [3, 4_000, 8_000],
    [9, 150_000, 300_000],
    [40, 150_000, 300_000],
  ])('after %i failures waits between %i and %i ms', (failures, low, high) => {
    expect(retryDelayMs(failures, () => 0)).toBe(low);
    expect(retryDelayMs(failures, () => 1)).toBe(high);
    const drawn = retryDelayMs(failures);
    expect(drawn).toBeGreaterThanOrEqual(low);
    expect(drawn).toBeLessThanOrEqual(high);
  });

  it('stays within 2 s … 5 min', () => {
    expect(retryDelayMs(1, () => 1)).toBe(minRetryMs);
    expect(retryDelayMs(100, () => 1)).toBe(maxRetryMs);
  });
});
