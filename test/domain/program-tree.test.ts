import { describe, expect, it } from 'vitest';
import { orderProgramTree, programBudgetTotal, unitAbsorption } from '../../src/domain/program-tree';
import type { Program } from '../../src/domain/agreement';

let n = 0;
function line(code: string, parentId: string | null, order: number, budget: number, level: Program['level']): Program {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    tenantId: '00000000-0000-4000-8000-999999999999',
    orgUnitId: '00000000-0000-4000-8000-999999999998',
    agreementId: '00000000-0000-4000-8000-999999999997',
    parentId, level, order, code, name: code, budget,
    rev: 0, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: null, deviceId: null, deleted: false,
  };
}

describe('orderProgramTree', () => {
  const p1 = line('2.15.01', null, 0, 6_750_000_000, 'program');
  const p2 = line('2.15.02', null, 1, 13_700_000_000, 'program');
  const k21 = line('2.15.02.1.03', p2.id, 1, 12_500_000_000, 'kegiatan');
  const k22 = line('2.15.02.1.05', p2.id, 0, 1_200_000_000, 'kegiatan');
  const s221 = line('2.15.02.1.05.0001', k22.id, 0, 1_200_000_000, 'subkegiatan');
  const k11 = line('2.15.01.1.01', p1.id, 0, 6_750_000_000, 'kegiatan');
  const shuffled = [s221, k21, p2, k11, k22, p1];

  it('puts every parent right before its children, siblings by order', () => {
    expect(orderProgramTree(shuffled).map((l) => [l.program.code, l.depth])).toEqual([
      ['2.15.01', 0],
      ['2.15.01.1.01', 1],
      ['2.15.02', 0],
      ['2.15.02.1.05', 1],
      ['2.15.02.1.05.0001', 2],
      ['2.15.02.1.03', 1],
    ]);
  });

  it('keeps an orphan visible at the top level', () => {
    expect(orderProgramTree([s221, p1]).map((l) => [l.program.code, l.depth])).toEqual([
      ['2.15.01', 0],
      ['2.15.02.1.05.0001', 0],
    ]);
  });

  it('totals the top-level lines only', () => {
    expect(programBudgetTotal(shuffled)).toBe(20_450_000_000);
    expect(programBudgetTotal([])).toBe(0);
  });
});

describe('unitAbsorption', () => {
  const a = line('1.01', null, 0, 600, 'program');
  const b = line('1.02', null, 1, 400, 'program');
  const child = line('1.02.1', b.id, 0, 400, 'kegiatan');
  const rows = new Map([
    [a.id, [{ quarter: 1, budgetRealised: 100 }, { quarter: 2, budgetRealised: 300 }]],
    [b.id, [{ quarter: 1, budgetRealised: 50 }, { quarter: 3, budgetRealised: null }]],
    [child.id, [{ quarter: 1, budgetRealised: 50 }]],
  ]);
  const of = (id: string) => rows.get(id) ?? [];

  it.each<[number, number | null]>([
    [1, 15], // (100 + 50) / 1000: the kegiatan is inside its program, not added again
    [2, 35], // a: 300 by TW II; b still 50
    [4, 35], // an empty later quarter does not erase what was spent
  ])('up to TW %s: %s%', (upTo, expected) => {
    expect(unitAbsorption([a, b, child], of, upTo)).toBe(expected);
  });

  it('is null without a pagu or without any realisation, never 0', () => {
    expect(unitAbsorption([], of, 4)).toBeNull();
    expect(unitAbsorption([a, b], () => [], 4)).toBeNull();
    expect(unitAbsorption([line('9', null, 0, 0, 'program')], of, 4)).toBeNull();
  });
});
