// The one rule for two creates of one indicator × quarter (realisation-key.ts), read by the
// server's create, the device's push acknowledgement and its pull.
import { describe, expect, it } from 'vitest';
import { foldedFields, givesWayTo, realisationKeyOf } from '../../src/domain/realisation-key';

const indicatorId = '00000000-0000-4000-8000-0000000000b1';
const row = { id: 'server-row', indicatorId, quarter: 2 as const, rev: 5, deleted: false };

describe('realisation natural key', () => {
  it('is one per indicator × quarter', () => {
    expect(realisationKeyOf({ indicatorId, quarter: 2 })).toBe(realisationKeyOf(row));
    expect(realisationKeyOf({ indicatorId, quarter: 3 })).not.toBe(realisationKeyOf(row));
  });

  it('a create folded into an existing row keeps its edits and drops its key; another key is refused', () => {
    expect(foldedFields({ indicatorId, quarter: 2, value: 83.1, drivers: 'x' }, row)).toEqual({ value: 83.1, drivers: 'x' });
    expect(foldedFields({ value: 0 }, row)).toEqual({ value: 0 });
    expect(foldedFields({ indicatorId, quarter: 3, value: 1 }, row)).toBeUndefined();
    expect(foldedFields({ indicatorId: '00000000-0000-4000-8000-0000000000b2', value: 1 }, row)).toBeUndefined();
  });

  it.each([
    ['an unsent twin of a live server row', { id: 'local', indicatorId, quarter: 2 as const, rev: 0 }, row, true],
    ['the same row', { id: 'server-row', indicatorId, quarter: 2 as const, rev: 0 }, row, false],
    ['a row the server has seen', { id: 'local', indicatorId, quarter: 2 as const, rev: 3 }, row, false],
    ['another quarter', { id: 'local', indicatorId, quarter: 1 as const, rev: 0 }, row, false],
    ['a deleted server row', { id: 'local', indicatorId, quarter: 2 as const, rev: 0 }, { ...row, deleted: true }, false],
  ])('a device row gives way: %s → %s', (_name, local, incoming, expected) => {
    expect(givesWayTo(local, incoming)).toBe(expected);
  });
});
