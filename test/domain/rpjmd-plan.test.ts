import { describe, expect, it } from 'vitest';
import { planOfYear, rpjmdPlanContentSchema, rpjmdPlanSchema, tujuanById, validateRpjmdPlan, type RpjmdPlanContent } from '../../src/domain/rpjmd-plan';
import type { PlanSasaran } from '../../src/domain/rpjmd-plan-sasaran';
import { ikuTargetOfYear, planIkuNamed, sasaranOfPlan, sasaranOfTujuan } from '../../src/domain/rpjmd-plan-targets';
import { buildPlanIku, buildPlanSasaran, buildRpjmdPlan, buildTenant } from '../support/factories';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const plan: RpjmdPlanContent = {
  periodStart: 2025, periodEnd: 2029, visi: 'Seruyan maju, sejahtera dan berkelanjutan',
  misi: [
    { id: id(1), text: 'Meningkatkan kualitas sumber daya manusia', tujuan: [{ id: id(11), text: 'Meningkatkan derajat kesehatan' }, { id: id(12), text: 'Meningkatkan mutu pendidikan' }] },
    { id: id(2), text: 'Memperkuat tata kelola pemerintahan', tujuan: [{ id: id(21), text: 'Mewujudkan birokrasi yang akuntabel' }] },
  ],
  sasaran: [],
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

describe("the RPJMD plan's sasaran daerah and IKU", () => {
  const years = [2025, 2026, 2027, 2028, 2029];
  const uhh = buildPlanIku(years, { id: id(111) });
  const sakip = buildPlanIku([2025, 2029], { id: id(211), name: 'Nilai SAKIP', satuan: 'nilai', endTarget: 80 });
  const sasaran: PlanSasaran[] = [
    buildPlanSasaran(id(11), { id: id(110), iku: [uhh] }),
    buildPlanSasaran(id(21), { id: id(210), text: 'Meningkatnya akuntabilitas kinerja', iku: [sakip] }),
    buildPlanSasaran(id(11), { id: id(120), text: 'Menurunnya prevalensi stunting' }),
  ];
  const withSasaran = { ...plan, sasaran };

  it('are valid under tujuan of the plan, with targets inside its period', () => {
    expect(validateRpjmdPlan(withSasaran)).toEqual([]);
    expect(rpjmdPlanContentSchema.parse(withSasaran)).toEqual(withSasaran);
  });

  it.each<[string, PlanSasaran[], ReturnType<typeof validateRpjmdPlan>]>([
    ['a sasaran naming a tujuan of no plan', [buildPlanSasaran(id(99), { id: id(130) })], [{ code: 'sasaranTujuanUnknown', sasaranId: id(130) }]],
    ['a sasaran naming a misi, not a tujuan', [buildPlanSasaran(id(1), { id: id(130) })], [{ code: 'sasaranTujuanUnknown', sasaranId: id(130) }]],
    ['a target before or after the period', [buildPlanSasaran(id(11), { id: id(130), iku: [{ ...uhh, targets: [{ year: 2024, value: 1 }, { year: 2030, value: 2 }] }] })], [
      { code: 'targetYearOutside', ikuId: id(111), year: 2024 }, { code: 'targetYearOutside', ikuId: id(111), year: 2030 },
    ]],
    ['a year given twice', [buildPlanSasaran(id(11), { id: id(130), iku: [{ ...uhh, targets: [{ year: 2026, value: 1 }, { year: 2026, value: null }] }] })], [
      { code: 'targetYearDuplicate', ikuId: id(111), year: 2026 },
    ]],
    ['an id used twice across misi, tujuan, sasaran and IKU', [buildPlanSasaran(id(11), { id: id(12) }), buildPlanSasaran(id(11), { id: id(130), iku: [{ ...uhh, id: id(130) }] })], [
      { code: 'duplicateId', id: id(12) }, { code: 'duplicateId', id: id(130) },
    ]],
  ])('refuse %s', (_, given, problems) => {
    expect(validateRpjmdPlan({ ...plan, sasaran: given })).toEqual(problems);
  });

  it('are left out by an older client (read as none) and their schema refuses unknown fields and bad numbers', () => {
    const { sasaran: _none, ...older } = plan;
    expect(rpjmdPlanContentSchema.parse(older).sasaran).toEqual([]);
    expect(validateRpjmdPlan(older)).toEqual([]);
    const row = buildRpjmdPlan(buildTenant());
    const { sasaran: _rowNone, ...olderRow } = row;
    expect(rpjmdPlanSchema.parse(olderRow)).toEqual(row);
    for (const bad of [
      { ...sasaran[0], extra: 1 }, { ...sasaran[0], text: ' ' },
      { ...sasaran[0], iku: [{ ...uhh, endTarget: Number.POSITIVE_INFINITY }] }, { ...sasaran[0], iku: [{ ...uhh, satuan: 'x'.repeat(61) }] },
      { ...sasaran[0], iku: [{ ...uhh, polarity: 'up' }] }, { ...sasaran[0], iku: [{ ...uhh, targets: [{ year: 1999, value: 1 }] }] },
    ]) expect(rpjmdPlanContentSchema.safeParse({ ...plan, sasaran: [bad] }).success).toBe(false);
  });

  it('are found by tujuan, an IKU target by year, and an IKU by name and satuan', () => {
    expect(sasaranOfTujuan(withSasaran, id(11)).map((s) => s.id)).toEqual([id(110), id(120)]);
    expect(sasaranOfTujuan(withSasaran, id(12))).toEqual([]);
    expect(sasaranOfPlan({})).toEqual([]);
    expect(sasaranOfTujuan({}, id(11))).toEqual([]);
    expect([2025, 2027, 2029, 2030].map((y) => ikuTargetOfYear(uhh, y))).toEqual([72, 73, 74, null]);
    expect(ikuTargetOfYear({ targets: [{ year: 2026, value: null }] }, 2026)).toBeNull();
    expect(planIkuNamed(withSasaran, '  nilai SAKIP ', 'Nilai')?.id).toBe(id(211));
    expect(planIkuNamed(withSasaran, 'Nilai SAKIP', 'indeks')).toBeNull();
    expect(planIkuNamed({}, 'Nilai SAKIP', 'nilai')).toBeNull();
  });
});
