import { describe, expect, it } from 'vitest';
import { quarterValuesOf } from '../../src/domain/quarter-values';
import { unverifiedUpTo, valuesOnBasis } from '../../src/domain/verified-values';
import type { Realisation } from '../../src/domain/realisation';
import type { RealisationStatus } from '../../src/domain/realisation-status';

const row = (quarter: 1 | 2 | 3 | 4, value: number | null, status: RealisationStatus, deleted = false): Realisation => ({
  id: crypto.randomUUID(), tenantId: crypto.randomUUID(), rev: 1, updatedAt: '2026-01-05T00:00:00.000Z', updatedBy: null, deviceId: null, deleted,
  orgUnitId: crypto.randomUUID(), indicatorId: crypto.randomUUID(), year: 2026, quarter, value, drivers: '', obstacles: '', followUp: '', status, reviewNote: null,
});

describe('valuesOnBasis', () => {
  const rows = [row(1, 10, 'verified'), row(2, 0, 'submitted'), row(3, 5, 'draft', true), null] as const;
  it('every filled entry by default; deleted and missing are null, 0 stays 0', () => {
    expect(quarterValuesOf(rows)).toEqual([10, 0, null, null]);
    expect(valuesOnBasis(rows, false)).toEqual([10, 0, null, null]);
  });
  it('only verified entries when the switch says so', () => {
    expect(valuesOnBasis(rows, true)).toEqual([10, null, null, null]);
  });
});

describe('unverifiedUpTo', () => {
  const cases: Array<[string, Array<Realisation | null>, 1 | 2 | 3 | 4, number]> = [
    ['submitted, draft and returned values count', [row(1, 1, 'submitted'), row(2, 1, 'draft'), row(3, 1, 'returned'), row(4, 1, 'verified')], 4, 3],
    ['only quarters up to upTo', [row(1, 1, 'verified'), row(2, 1, 'draft'), row(3, 1, 'draft'), null], 2, 1],
    ['an empty entry or a deleted one is not a figure', [row(1, null, 'draft'), row(2, 1, 'draft', true), null, null], 4, 0],
  ];
  for (const [name, rows, upTo, expected] of cases) it(name, () => expect(unverifiedUpTo(rows, upTo)).toBe(expected));
});
