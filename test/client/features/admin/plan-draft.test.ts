import { describe, expect, it } from 'vitest';
import { checkPlanDraft, draftOfPlan, planEdits, type PlanDraft, type PlanProblem } from '../../../../src/client/features/admin/plan-draft';
import type { RpjmdPlan } from '../../../../src/domain/rpjmd-plan';
import { tenantId } from '../support/fixtures';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const draft: PlanDraft = {
  periodStart: '2025', periodEnd: '2029', visi: 'Sleman maju',
  misi: [
    { id: id(1), text: 'Misi satu', tujuan: [{ id: id(11), text: 'Tujuan 1.1' }, { id: id(12), text: 'Tujuan 1.2' }] },
    { id: id(2), text: 'Misi dua', tujuan: [] },
  ],
};
const other = (periodStart: number, periodEnd: number, deleted = false): RpjmdPlan => ({
  id: id(90 + periodStart - 2000), tenantId, rev: 1, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: null, deviceId: null, deleted,
  periodStart, periodEnd, visi: 'V', misi: [{ id: id(99), text: 'M', tujuan: [] }],
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
    });
    expect(draftOfPlan(checkPlanDraft(draft, [], false).content ?? { periodStart: 0, periodEnd: 0, visi: '', misi: [] })).toEqual(draft);
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
