import { describe, expect, it } from 'vitest';
import {
  checkRealisationValue,
  realisationCreateSchema,
  realisationEditSchema,
  type RealisationValueProblem,
} from '../../src/domain/realisation';
import { editableStatuses } from '../../src/domain/realisation-status';
import type { Indicator } from '../../src/domain/indicator';

type Checked = Pick<Indicator, 'aggregation' | 'targetType' | 'scaleLevels'>;
const count: Checked = { aggregation: 'sum', targetType: 'number', scaleLevels: [] };
const growth: Checked = { aggregation: 'last', targetType: 'percent', scaleLevels: [] };
const text: Checked = { aggregation: 'last', targetType: 'text', scaleLevels: [] };
const opini: Checked = {
  aggregation: 'last',
  targetType: 'scale',
  scaleLevels: [
    { label: 'WTP', score: 4 },
    { label: 'WDP', score: 3 },
    { label: 'TW', score: 2 },
    { label: 'TMP', score: 1 },
  ],
};
const scaleWithoutLevels: Checked = { aggregation: 'last', targetType: 'scale', scaleLevels: [] };

describe('checkRealisationValue', () => {
  it.each<[string, Checked, number | null, RealisationValueProblem | null]>([
    ['null always fits', count, null, null],
    ['null fits text', text, null, null],
    ['a count', count, 12, null],
    ['0 is a count', count, 0, null],
    ['a negative count', count, -1, 'negative'],
    ['negative growth is fine', growth, -2.5, null],
    ['a thousand trillion is the most a value may be', count, 1e15, null],
    ['"1e308" is a slip, not a figure', count, 1e308, 'tooLarge'],
    ['past the bound below zero too', growth, -1e16, 'tooLarge'],
    ['past the bound on a text indicator', text, 1e300, 'tooLarge'],
    ['text achieved', text, 1, null],
    ['text not achieved', text, 0, null],
    ['text 0.5', text, 0.5, 'notBinary'],
    ['text 2', text, 2, 'notBinary'],
    ['scale score WTP', opini, 4, null],
    ['scale score TMP', opini, 1, null],
    ['scale off the scale', opini, 5, 'notOnScale'],
    ['scale between scores', opini, 3.5, 'notOnScale'],
    ['scale without levels takes any number', scaleWithoutLevels, 3.5, null],
    ['a negative sum of a scale is judged by the scale', { ...opini, aggregation: 'sum' }, -1, 'notOnScale'],
  ])('%s', (_name, indicator, value, expected) => {
    expect(checkRealisationValue(indicator, value)).toBe(expected);
  });
});

describe('realisation schemas', () => {
  it('only draft and returned are editable', () => {
    expect([...editableStatuses].sort()).toEqual(['draft', 'returned']);
  });

  it('an edit carries only editable fields', () => {
    expect(realisationEditSchema.safeParse({ value: 0 }).success).toBe(true);
    expect(realisationEditSchema.safeParse({ value: null, drivers: 'x' }).success).toBe(true);
    expect(realisationEditSchema.safeParse({ status: 'verified' }).success).toBe(false);
    expect(realisationEditSchema.safeParse({ value: Number.POSITIVE_INFINITY }).success).toBe(false);
  });

  it('a create names its indicator and quarter', () => {
    const indicatorId = '00000000-0000-4000-8000-000000000010';
    expect(realisationCreateSchema.safeParse({ indicatorId, quarter: 2 }).success).toBe(true);
    expect(realisationCreateSchema.safeParse({ indicatorId, quarter: 5 }).success).toBe(false);
    expect(realisationCreateSchema.safeParse({ quarter: 2, value: 1 }).success).toBe(false);
  });
});
