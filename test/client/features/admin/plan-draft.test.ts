import { describe, expect, it } from 'vitest';
import { checkPlanDraft, draftOfPlan, draftYears, planEdits, type PlanDraft, type PlanProblem } from '../../../../src/client/features/admin/plan-draft';
import { sasaranEdits, type PlanSasaranDraft } from '../../../../src/client/features/admin/plan-sasaran-draft';
import type { RpjmdPlan } from '../../../../src/domain/rpjmd-plan';
import { tenantId } from '../support/fixtures';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const draft: PlanDraft = {
  periodStart: '2025', periodEnd: '2029', visi: 'Sleman maju',
  misi: [
    { id: id(1), text: 'Misi satu', tujuan: [{ id: id(11), text: 'Tujuan 1.1' }, { id: id(12), text: 'Tujuan 1.2' }] },
    { id: id(2), text: 'Misi dua', tujuan: [] },
  ],
  sasaran: [],
};
const other = (periodStart: number, periodEnd: number, deleted = false): RpjmdPlan => ({
  id: id(90 + periodStart - 2000), tenantId, rev: 1, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: null, deviceId: null, deleted,
  periodStart, periodEnd, visi: 'V', misi: [{ id: id(99), text: 'M', tujuan: [] }], sasaran: [],
});

describe('checking the RPJMD plan draft', () => {
  it.each<[string, Partial<PlanDraft>, readonly RpjmdPlan[], boolean, PlanProblem[]]>([
    ['a complete draft', {}, [other(2020, 2024), other(2030, 2034)], false, []],
    ['years not typed as years', { periodStart: '202', periodEnd: '2101' }, [], false, [{ code: 'notAYear', field: 'periodStart' }, { code: 'notAYear', field: 'periodEnd' }]],
    ['empty and long fields, by their place', { visi: ' ', misi: [{ id: id(1), text: 'x'.repeat(1001), tujuan: [{ id: id(11), text: '' }] }] }, [], false, [
      { code: 'empty', field: 'visi', number: '', max: 2000 },
      { code: 'tooLong', field: 'misiText', number: '1', max: 1000 },
      { code: 'empty', field: 'tujuanText', number: '1.1', max: 1000 },
    ]],
    ['no misi', { misi: [] }, [], false, [{ code: 'noMisi' }]],
    ['a period overlapping another plan (a removed one does not count)', {}, [other(2027, 2031), other(2029, 2033, true)], false, [{ code: 'overlaps', periodStart: 2027, periodEnd: 2031 }]],
    ['a new plan starting where another starts', {}, [other(2025, 2029)], true, [{ code: 'planExists', periodStart: 2025, periodEnd: 2029 }]],
    ['a saved plan beside its own row', {}, [other(2025, 2029)], false, []],
    ['a reversed period', { periodEnd: '2024' }, [], false, [{ code: 'periodOrder' }]],
    ['an id a restored draft broke', { misi: [{ id: 'rusak', text: 'M', tujuan: [] }] }, [], false, [{ code: 'invalid' }]],
  ])('%s', (_, change, others, isNew, problems) => {
    const check = checkPlanDraft({ ...draft, ...change }, others, isNew);
    expect(check.problems).toEqual(problems);
    expect(check.content === null).toBe(problems.length > 0);
  });

  it('sends years as numbers and texts trimmed, ids as they were', () => {
    expect(checkPlanDraft({ ...draft, periodEnd: ' 2029 ', visi: ' Sleman maju ' }, [], false).content).toEqual({
      periodStart: 2025, periodEnd: 2029, visi: 'Sleman maju',
      misi: [{ id: id(1), text: 'Misi satu', tujuan: [{ id: id(11), text: 'Tujuan 1.1' }, { id: id(12), text: 'Tujuan 1.2' }] }, { id: id(2), text: 'Misi dua', tujuan: [] }],
      sasaran: [],
    });
    expect(draftOfPlan(checkPlanDraft(draft, [], false).content ?? { periodStart: 0, periodEnd: 0, visi: '', misi: [], sasaran: [] })).toEqual(draft);
  });
});

describe('editing the draft', () => {
  const ids = (d: PlanDraft) => d.misi.map((m) => [m.id, m.tujuan.map((t) => t.id)]);
  it.each<[string, (d: PlanDraft) => PlanDraft, unknown[]]>([
    ['moves a misi down, keeping ids', (d) => planEdits.moveMisi(d, id(1), 1), [[id(2), []], [id(1), [id(11), id(12)]]]],
    ['does not move the first misi up', (d) => planEdits.moveMisi(d, id(1), -1), [[id(1), [id(11), id(12)]], [id(2), []]]],
    ['moves a tujuan up within its misi', (d) => planEdits.moveTujuan(d, id(1), id(12), -1), [[id(1), [id(12), id(11)]], [id(2), []]]],
    ['does not move the last tujuan down', (d) => planEdits.moveTujuan(d, id(1), id(12), 1), [[id(1), [id(11), id(12)]], [id(2), []]]],
    ['removes a tujuan', (d) => planEdits.removeTujuan(d, id(1), id(11)), [[id(1), [id(12)]], [id(2), []]]],
    ['removes a misi with its tujuan', (d) => planEdits.removeMisi(d, id(1)), [[id(2), []]]],
    ['adds a tujuan with the id given', (d) => planEdits.addTujuan(d, id(2), id(21)), [[id(1), [id(11), id(12)]], [id(2), [id(21)]]]],
    ['adds a misi with the id given', (d) => planEdits.addMisi(d, id(3)), [[id(1), [id(11), id(12)]], [id(2), []], [id(3), []]]],
  ])('%s', (_, edit, expected) => {
    expect(ids(edit(draft))).toEqual(expected);
  });

  it('rewords a misi and a tujuan without touching their ids; a new row gets a UUID', () => {
    const edited = planEdits.setTujuanText(planEdits.setMisiText(draft, id(2), 'Misi dua baru'), id(1), id(12), 'Tujuan baru');
    expect(edited.misi[1]).toEqual({ id: id(2), text: 'Misi dua baru', tujuan: [] });
    expect(edited.misi[0]?.tujuan[1]).toEqual({ id: id(12), text: 'Tujuan baru' });
    expect(planEdits.addMisi(draft).misi[2]?.id).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("the draft's sasaran daerah and IKU", () => {
  const sasaran: PlanSasaranDraft[] = [
    { id: id(112), tujuanId: id(12), text: ' Sasaran di 1.2 ', iku: [] },
    { id: id(111), tujuanId: id(11), text: 'Sasaran di 1.1', iku: [
      { id: id(1111), name: ' Angka usia harapan hidup ', satuan: ' tahun ', polarity: 'higher', targets: { 2025: '72,5', 2026: '', 2027: '1.234,75', 2031: '9' }, endTarget: '74' },
    ] },
  ];
  const withSasaran = { ...draft, sasaran };

  it('are sent in the plan\'s order, numbers read the Indonesian way, empty targets and years outside the period left out', () => {
    const check = checkPlanDraft(withSasaran, [], false);
    expect(check.problems).toEqual([]);
    expect(check.content?.sasaran).toEqual([
      { id: id(111), tujuanId: id(11), text: 'Sasaran di 1.1', iku: [{
        id: id(1111), name: 'Angka usia harapan hidup', satuan: 'tahun', polarity: 'higher',
        targets: [{ year: 2025, value: 72.5 }, { year: 2027, value: 1234.75 }], endTarget: 74,
      }] },
      { id: id(112), tujuanId: id(12), text: 'Sasaran di 1.2', iku: [] },
    ]);
    // Back into a draft: numbers as an Indonesian would type them.
    expect(draftOfPlan(check.content ?? { periodStart: 0, periodEnd: 0, visi: '', misi: [], sasaran: [] }).sasaran[0]?.iku[0]).toMatchObject({
      targets: { 2025: '72,5', 2027: '1.234,75' }, endTarget: '74',
    });
  });

  it('name what is wrong by its place: an empty text or name, a target that is not a number', () => {
    const bad = sasaranEdits.setIkuTarget(sasaranEdits.setIku(sasaranEdits.setSasaranText(withSasaran, id(112), ''), id(111), id(1111), { name: '', endTarget: 'tujuh' }), id(111), id(1111), 2026, '7,5,1');
    expect(checkPlanDraft(bad, [], false).problems).toEqual<PlanProblem[]>([
      { code: 'empty', field: 'ikuName', number: '1.1.1.1', max: 500 },
      { code: 'empty', field: 'sasaranText', number: '1.2.1', max: 1000 },
      { code: 'notANumber', number: '1.1.1.1', name: 'IKU 1.1.1.1', year: 2026 },
      { code: 'notANumber', number: '1.1.1.1', name: 'IKU 1.1.1.1', year: null },
    ]);
  });

  it('go with their tujuan or misi; are added and removed with their IKU', () => {
    expect(planEdits.removeTujuan(withSasaran, id(1), id(11)).sasaran.map((s) => s.id)).toEqual([id(112)]);
    expect(planEdits.removeMisi(withSasaran, id(1)).sasaran).toEqual([]);
    const added = sasaranEdits.addIku(sasaranEdits.addSasaran(withSasaran, id(11), id(113)), id(113), id(1131));
    expect(added.sasaran.at(-1)).toEqual({ id: id(113), tujuanId: id(11), text: '', iku: [{ id: id(1131), name: '', satuan: '', polarity: 'higher', targets: {}, endTarget: '' }] });
    expect(sasaranEdits.removeIku(added, id(111), id(1111)).sasaran.find((s) => s.id === id(111))?.iku).toEqual([]);
    expect(sasaranEdits.removeSasaran(added, id(113)).sasaran).toEqual(sasaran);
  });

  it('take target fields for the years of a valid period only', () => {
    expect(draftYears({ periodStart: '2025', periodEnd: '2029' })).toEqual([2025, 2026, 2027, 2028, 2029]);
    expect(draftYears({ periodStart: '2025', periodEnd: '2025' })).toEqual([2025]);
    for (const periodEnd of ['2024', '2030', '20']) expect(draftYears({ periodStart: '2025', periodEnd })).toEqual([]);
  });
});
