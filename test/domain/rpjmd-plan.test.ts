import { describe, expect, it } from 'vitest';
import { planOfYear, rpjmdPlanContentSchema, tujuanById, validateRpjmdPlan, type RpjmdPlanContent } from '../../src/domain/rpjmd-plan';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const plan: RpjmdPlanContent = {
  periodStart: 2025, periodEnd: 2029, visi: 'Seruyan maju, sejahtera dan berkelanjutan',
  misi: [
    { id: id(1), text: 'Meningkatkan kualitas sumber daya manusia', tujuan: [{ id: id(11), text: 'Meningkatkan derajat kesehatan' }, { id: id(12), text: 'Meningkatkan mutu pendidikan' }] },
    { id: id(2), text: 'Memperkuat tata kelola pemerintahan', tujuan: [{ id: id(21), text: 'Mewujudkan birokrasi yang akuntabel' }] },
  ],
};

describe('the RPJMD plan', () => {
  it('is valid as written, and its content refuses unknown fields and empty words', () => {
    expect(validateRpjmdPlan(plan)).toEqual([]);
    expect(rpjmdPlanContentSchema.safeParse(plan).success).toBe(true);
    expect(rpjmdPlanContentSchema.safeParse({ ...plan, extra: 1 }).success).toBe(false);
    expect(rpjmdPlanContentSchema.safeParse({ ...plan, visi: '  ' }).success).toBe(false);
    expect(rpjmdPlanContentSchema.safeParse({ ...plan, misi: [] }).success).toBe(false);
  });

  it.each([
    [{ periodStart: 2029, periodEnd: 2025 }, [{ code: 'periodOrder' }]],
    [{ periodStart: 2025, periodEnd: 2030 }, [{ code: 'periodTooLong', years: 6 }]],
    [{ periodStart: 2025, periodEnd: 2025 }, []],
    [{ periodStart: 2025, periodEnd: 2029 }, []],
  ] as const)('checks the period %o', (period, problems) => {
    expect(validateRpjmdPlan({ ...plan, ...period })).toEqual(problems);
  });

  it('refuses an id used twice and a period overlapping another plan (not its own, not a removed one)', () => {
    const [first] = plan.misi;
    if (!first) throw new Error('plan has a misi');
    expect(validateRpjmdPlan({ ...plan, misi: [first, { ...first, tujuan: [] }] })).toEqual([{ code: 'duplicateId', id: id(1) }]);
    const others = [
      { periodStart: 2020, periodEnd: 2024, deleted: false },
      { periodStart: 2025, periodEnd: 2029, deleted: false },
      { periodStart: 2029, periodEnd: 2033, deleted: false },
      { periodStart: 2026, periodEnd: 2030, deleted: true },
    ];
    expect(validateRpjmdPlan(plan, others)).toEqual([{ code: 'overlaps', periodStart: 2029, periodEnd: 2033 }]);
  });

  it('finds the plan of a year and places each tujuan under its misi with their numbers', () => {
    const plans = [{ ...plan, deleted: false }, { ...plan, periodStart: 2020, periodEnd: 2024, deleted: true }];
    expect(planOfYear(plans, 2027)?.periodStart).toBe(2025);
    expect(planOfYear(plans, 2029)?.periodStart).toBe(2025);
    expect(planOfYear(plans, 2022)).toBeNull();
    expect(planOfYear(plans, 2030)).toBeNull();
    const placed = tujuanById(plan);
    expect([...placed.values()].map((p) => [p.misiNumber, p.tujuanNumber, p.tujuan.text])).toEqual([
      [1, 1, 'Meningkatkan derajat kesehatan'], [1, 2, 'Meningkatkan mutu pendidikan'], [2, 1, 'Mewujudkan birokrasi yang akuntabel'],
    ]);
    expect(placed.get(id(21))?.misi.text).toBe('Memperkuat tata kelola pemerintahan');
  });
});
