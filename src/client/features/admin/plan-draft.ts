// The RPJMD plan as the admin edits it (Admin → RPJMD): years kept as typed, so a half-typed
// "202" stays on screen and in the draft kept on the device; read back into the plan's content to
// check (validateRpjmdPlan and the fields' bounds) and to send. Misi and tujuan keep their ids
// through edits and moves (sasaran daerah link to tujuan ids); a new one gets a new UUID. The
// plan's own sasaran daerah and IKU under the tujuan: plan-sasaran-draft.ts.
import { maxPlanYears, rpjmdPlanContentSchema, validateRpjmdPlan, type RpjmdPlan, type RpjmdPlanContent, type RpjmdPlanProblem } from '../../../domain/rpjmd-plan';
import { planImportLimits } from '../../../domain/rpjmd-plan-sheet';
import {
  periodYears, readSasaranDrafts, sasaranDrafts, sasaranEdits, type PlanSasaranDraft, type SasaranDraftField, type SasaranDraftProblem,
} from './plan-sasaran-draft';

export interface PlanTujuanDraft { id: string; text: string }
export interface PlanMisiDraft { id: string; text: string; tujuan: PlanTujuanDraft[] }
export interface PlanDraft { periodStart: string; periodEnd: string; visi: string; misi: PlanMisiDraft[]; sasaran: PlanSasaranDraft[] }

/** How the editor of one part of the plan changes the draft (the plan editor holds it). */
export type PlanEdit = (change: (draft: PlanDraft) => PlanDraft) => void;

/** A sasaran daerah or an IKU in the editor: numbered by its place among its siblings. */
export interface NumberedPlanRow {
  /** Its place: "1.2.1", "1.2.1.1". */
  number: string;
  index: number;
  count: number;
  /** The period's years (none while the period is not a valid one). */
  years: readonly number[];
  onEdit: PlanEdit;
}

/** The fields a problem can point at; `number` is the place ("2", "2.1", "2.1.1"). */
export type PlanDraftField = 'periodStart' | 'periodEnd' | 'visi' | 'misiText' | 'tujuanText' | SasaranDraftField;

export type PlanProblem =
  | { code: 'empty' | 'tooLong'; field: PlanDraftField; number: string; max: number }
  | { code: 'notAYear'; field: 'periodStart' | 'periodEnd' }
  | { code: 'noMisi' }
  /** A new plan starting in the year another plan starts: saving would replace that one. */
  | { code: 'planExists'; periodStart: number; periodEnd: number }
  | RpjmdPlanProblem
  | SasaranDraftProblem
  | { code: 'invalid' };

export const planBounds = { misi: planImportLimits.misi, tujuanPerMisi: planImportLimits.tujuanPerMisi } as const;

export function draftOfPlan(plan: RpjmdPlanContent): PlanDraft {
  return {
    periodStart: String(plan.periodStart),
    periodEnd: String(plan.periodEnd),
    visi: plan.visi,
    misi: plan.misi.map((m) => ({ id: m.id, text: m.text, tujuan: m.tujuan.map((t) => ({ id: t.id, text: t.text })) })),
    sasaran: sasaranDrafts(plan.sasaran),
  };
}

/** The years of the draft's period, when it is a valid one (the IKU's target fields). */
export const draftYears = (draft: Pick<PlanDraft, 'periodStart' | 'periodEnd'>): number[] =>
  periodYears(yearOfTyped(draft.periodStart), yearOfTyped(draft.periodEnd), maxPlanYears);

/** A year as typed, if it is four digits within the years a plan may hold; else null. */
export function yearOfTyped(value: string): number | null {
  const text = value.trim();
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= 2000 && year <= 2100 ? year : null;
}

export interface PlanDraftCheck {
  problems: PlanProblem[];
  /** What Simpan sends when there are no problems. */
  content: RpjmdPlanContent | null;
}

/**
 * What keeps the draft from being saved beside the pemda's other plans; `isNew`: a plan not saved
 * yet, whose first year must not be another plan's.
 */
export function checkPlanDraft(draft: PlanDraft, others: readonly RpjmdPlan[], isNew: boolean): PlanDraftCheck {
  const problems: PlanProblem[] = [];
  const year = (field: 'periodStart' | 'periodEnd'): number | null => {
    const value = yearOfTyped(draft[field]);
    if (value === null) problems.push({ code: 'notAYear', field });
    return value;
  };
  const text = (value: string, field: PlanDraftField, number: string, max: number): string => {
    const trimmed = value.trim();
    if (trimmed === '') problems.push({ code: 'empty', field, number, max });
    else if (trimmed.length > max) problems.push({ code: 'tooLong', field, number, max });
    return trimmed;
  };
  const periodStart = year('periodStart');
  const periodEnd = year('periodEnd');
  const visi = text(draft.visi, 'visi', '', planImportLimits.visi);
  const misi = draft.misi.map((m, mi) => ({
    id: m.id,
    text: text(m.text, 'misiText', `${mi + 1}`, planImportLimits.text),
    tujuan: m.tujuan.map((t, ti) => ({ id: t.id, text: text(t.text, 'tujuanText', `${mi + 1}.${ti + 1}`, planImportLimits.text) })),
  }));
  const tujuan = draft.misi.flatMap((m, mi) => m.tujuan.map((t, ti) => ({ id: t.id, number: `${mi + 1}.${ti + 1}` })));
  const numberProblems: SasaranDraftProblem[] = [];
  const content = {
    periodStart: periodStart ?? 0,
    periodEnd: periodEnd ?? 0,
    visi,
    misi,
    sasaran: readSasaranDrafts(draft.sasaran, tujuan, draftYears(draft), text, numberProblems),
  };
  problems.push(...numberProblems);
  if (draft.misi.length === 0) problems.push({ code: 'noMisi' });
  const live = others.filter((p) => !p.deleted);
  if (periodStart !== null && periodEnd !== null) {
    const existing = isNew ? live.find((p) => p.periodStart === periodStart) : undefined;
    if (existing) problems.push({ code: 'planExists', periodStart: existing.periodStart, periodEnd: existing.periodEnd });
    problems.push(...validateRpjmdPlan(content, live));
  }
  const parsed = rpjmdPlanContentSchema.safeParse(content);
  // Anything the schema refuses that no message above names yet (an id a restored draft broke).
  if (problems.length === 0 && !parsed.success) problems.push({ code: 'invalid' });
  return { problems, content: problems.length === 0 && parsed.success ? parsed.data : null };
}

const newId = (): string => crypto.randomUUID();

/** Moves the item with `id` one place up (-1) or down (+1); at an end, nothing changes. */
function moved<T extends { id: string }>(items: readonly T[], id: string, by: -1 | 1): T[] {
  const from = items.findIndex((item) => item.id === id);
  const to = from + by;
  const item = items[from];
  if (from < 0 || to < 0 || to >= items.length || item === undefined) return [...items];
  const rest = items.filter((_, i) => i !== from);
  return [...rest.slice(0, to), item, ...rest.slice(to)];
}

const changeMisi = (draft: PlanDraft, misiId: string, change: (m: PlanMisiDraft) => PlanMisiDraft): PlanDraft =>
  ({ ...draft, misi: draft.misi.map((m) => (m.id === misiId ? change(m) : m)) });

/** A tujuan removed takes its sasaran daerah with it. */
const withTujuanSasaran = (draft: PlanDraft): PlanDraft => sasaranEdits.keepTujuan(draft, new Set(draft.misi.flatMap((m) => m.tujuan.map((t) => t.id))));

export const planEdits = {
  addMisi: (draft: PlanDraft, id = newId()): PlanDraft => ({ ...draft, misi: [...draft.misi, { id, text: '', tujuan: [] }] }),
  removeMisi: (draft: PlanDraft, misiId: string): PlanDraft => withTujuanSasaran({ ...draft, misi: draft.misi.filter((m) => m.id !== misiId) }),
  moveMisi: (draft: PlanDraft, misiId: string, by: -1 | 1): PlanDraft => ({ ...draft, misi: moved(draft.misi, misiId, by) }),
  setMisiText: (draft: PlanDraft, misiId: string, text: string): PlanDraft => changeMisi(draft, misiId, (m) => ({ ...m, text })),
  addTujuan: (draft: PlanDraft, misiId: string, id = newId()): PlanDraft => changeMisi(draft, misiId, (m) => ({ ...m, tujuan: [...m.tujuan, { id, text: '' }] })),
  removeTujuan: (draft: PlanDraft, misiId: string, tujuanId: string): PlanDraft =>
    withTujuanSasaran(changeMisi(draft, misiId, (m) => ({ ...m, tujuan: m.tujuan.filter((t) => t.id !== tujuanId) }))),
  moveTujuan: (draft: PlanDraft, misiId: string, tujuanId: string, by: -1 | 1): PlanDraft =>
    changeMisi(draft, misiId, (m) => ({ ...m, tujuan: moved(m.tujuan, tujuanId, by) })),
  setTujuanText: (draft: PlanDraft, misiId: string, tujuanId: string, text: string): PlanDraft =>
    changeMisi(draft, misiId, (m) => ({ ...m, tujuan: m.tujuan.map((t) => (t.id === tujuanId ? { ...t, text } : t)) })),
};
