// A conflict card shows when the other tablet saved only if that tablet's clock can be right.
import { describe, expect, it } from 'vitest';
import { plausibleSaveTime } from '../../../../src/client/features/conflicts/conflict-card';

describe('plausibleSaveTime', () => {
  it.each([
    ['saved before the server received it', { savedAt: '2026-10-01T01:00:00Z', at: '2026-10-03T08:00:00Z' }, '2026-10-01T01:00:00Z'],
    ['a minute of drift is allowed', { savedAt: '2026-10-03T08:00:30Z', at: '2026-10-03T08:00:00Z' }, '2026-10-03T08:00:30Z'],
    ['saved "after" it was received: that clock runs fast', { savedAt: '2026-10-06T08:00:00Z', at: '2026-10-03T08:00:00Z' }, null],
    ['no receipt time to compare with', { savedAt: '2026-10-06T08:00:00Z', at: null }, '2026-10-06T08:00:00Z'],
    ['nothing saved on a device (the server side)', { savedAt: null, at: '2026-10-03T08:00:00Z' }, null],
  ])('%s', (_name, side, expected) => {
    expect(plausibleSaveTime(side)).toBe(expected);
  });
});
