import { describe, expect, it } from 'vitest';
import { pkInForce } from '../../src/domain/agreement-in-force';
import type { Agreement } from '../../src/domain/agreement';

type Row = Pick<Agreement, 'status' | 'version' | 'deleted'> & { id: string };
const row = (id: string, version: number, status: Agreement['status'], deleted = false): Row => ({ id, version, status, deleted });

describe('pkInForce', () => {
  it.each([
    ['nothing', [], undefined],
    ['a lone draft', [row('a', 0, 'draft')], 'a'],
    ['the signed PK over its draft revision', [row('a', 0, 'signed'), row('b', 1, 'draft')], 'a'],
    ['the signed revision over the superseded original', [row('a', 0, 'superseded'), row('b', 1, 'signed')], 'b'],
    ['the highest signed version', [row('a', 0, 'signed'), row('b', 1, 'signed'), row('c', 2, 'draft')], 'b'],
    ['the highest draft when none is signed', [row('a', 0, 'draft'), row('b', 1, 'draft')], 'b'],
    ['never a deleted one', [row('a', 0, 'signed', true), row('b', 0, 'draft')], 'b'],
    ['a superseded one only when nothing else is known', [row('a', 0, 'superseded')], 'a'],
  ] as const)('%s', (_name, rows, expected) => {
    expect(pkInForce(rows)?.id).toBe(expected);
  });
});
