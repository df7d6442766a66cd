import { describe, expect, it } from 'vitest';
import { checklistItem, quarterChecklist, type ChecklistState } from '../../src/domain/quarter-checklist';
import type { RealisationStatus } from '../../src/domain/realisation-status';

type Targets = [number | null, number | null, number | null, number | null];
const indicator = (id: string, quarterTargets: Targets = [10, 20, 30, 40]) => ({ id, quarterTargets });
const entry = (patch: Partial<{ value: number | null; drivers: string; obstacles: string; followUp: string; status: RealisationStatus }> = {}) => ({
  id: `r-${Math.random()}`, value: 5, drivers: '', obstacles: '', followUp: '', status: 'draft' as RealisationStatus, ...patch,
});

describe('checklistItem', () => {
  it.each<[string, Targets, ReturnType<typeof entry> | null, ChecklistState]>([
    ['no entry, target due', [10, 20, 30, 40], null, 'missingValue'],
    ['an entry without value, target due', [10, 20, 30, 40], entry({ value: null, obstacles: 'hujan' }), 'missingValue'],
    ['no entry, no target this quarter (semester indicator)', [null, 20, null, 40], null, 'notDue'],
    ['0 is a value', [10, 20, 30, 40], entry({ value: 0, drivers: 'x' }), 'ready'],
    ['a value without any narrative', [10, 20, 30, 40], entry({ drivers: '  ' }), 'missingNarrative'],
    ['a value with follow-up only', [10, 20, 30, 40], entry({ followUp: 'Rapat TW berikut' }), 'ready'],
    // Returned and unchanged since (an edit moves it to draft): a change or a reply comes first.
    ['returned, unchanged', [10, 20, 30, 40], entry({ status: 'returned', obstacles: 'x' }), 'returned'],
    ['returned, then edited (draft again)', [10, 20, 30, 40], entry({ status: 'draft', obstacles: 'x' }), 'ready'],
    ['submitted', [10, 20, 30, 40], entry({ status: 'submitted' }), 'locked'],
    ['verified, even without a value', [10, 20, 30, 40], entry({ status: 'verified', value: null }), 'locked'],
  ])('%s → %s', (_name, targets, e, state) => {
    expect(checklistItem(indicator('i', targets), 1, e).state).toBe(state);
  });
});

describe('quarterChecklist', () => {
  it('lists every indicator, what may be submitted, and whether anything blocks', () => {
    const a = entry({ drivers: 'ok' });
    const b = entry();
    const entries = new Map([['a', a], ['b', b], ['d', entry({ status: 'submitted' })], ['e', entry({ status: 'returned', drivers: 'ok' })]]);
    const list = quarterChecklist([indicator('a'), indicator('b'), indicator('c'), indicator('d'), indicator('e')], 2, (id) => entries.get(id) ?? null);
    expect(list.items.map((i) => i.state)).toEqual(['ready', 'missingNarrative', 'missingValue', 'locked', 'returned']);
    expect(list.submittable).toEqual([a.id, b.id]);
    expect(list.complete).toBe(false);
    const done = quarterChecklist([indicator('a'), indicator('c', [null, null, null, 5])], 2, (id) => entries.get(id) ?? null);
    expect(done.complete).toBe(true);
  });
});

describe('bukti dukung, when the pemda asks for it (data-checks.ts, evidenceMissing)', () => {
  const told = { obstacles: 'Hujan' };
  it.each<[string, 'off' | 'note' | 'refuse', boolean | undefined, ChecklistState]>([
    ['not asked for: nothing said', 'off', false, 'ready'],
    ['asked for, none attached', 'note', false, 'missingEvidence'],
    ['asked for, attached', 'refuse', true, 'ready'],
    ['asked for, not read by the caller: not held against the entry', 'refuse', undefined, 'ready'],
  ])('%s', (_name, rule, hasEvidence, state) => {
    expect(checklistItem(indicator('i'), 1, { ...entry(told), hasEvidence }, rule).state).toBe(state);
  });

  it('shown only, the entry may still be submitted; refused, it may not, and the quarter is not complete', () => {
    const without = { ...entry(told), id: 'r-without', hasEvidence: false };
    const withFile = { ...entry(told), id: 'r-with', hasEvidence: true };
    const entries = new Map([['a', without], ['b', withFile]]);
    const shown = quarterChecklist([indicator('a'), indicator('b')], 1, (id) => entries.get(id) ?? null, 'note');
    expect(shown).toMatchObject({ submittable: ['r-without', 'r-with'], complete: true });
    const refused = quarterChecklist([indicator('a'), indicator('b')], 1, (id) => entries.get(id) ?? null, 'refuse');
    expect(refused).toMatchObject({ submittable: ['r-with'], complete: false });
    expect(refused.items.map((i) => i.state)).toEqual(['missingEvidence', 'ready']);
  });

  it('an indicator the PK marks "bukti dukung wajib" is refused without one, whatever the pemda\'s general rule', () => {
    const without = { ...entry(told), id: 'r-without', hasEvidence: false };
    const other = { ...entry(told), id: 'r-other', hasEvidence: false };
    const entries = new Map([['a', without], ['b', other]]);
    const list = quarterChecklist([{ ...indicator('a'), evidenceRequired: true }, indicator('b')], 1, (id) => entries.get(id) ?? null, 'off');
    expect(list.items.map((i) => i.state)).toEqual(['missingEvidence', 'ready']);
    expect(list).toMatchObject({ submittable: ['r-other'], complete: false });
    const attached = quarterChecklist([{ ...indicator('a'), evidenceRequired: true }], 1, () => ({ ...without, hasEvidence: true }), 'off');
    expect(attached).toMatchObject({ submittable: ['r-without'], complete: true });
  });
});
