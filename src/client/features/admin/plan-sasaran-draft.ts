// The plan's sasaran daerah and their IKU as the admin edits them (Admin → RPJMD, under each
// tujuan): numbers kept as typed ("74,5", the Indonesian way, read by parseIndonesianNumber), a
// target per year of the period keyed by its year, so a half-typed period hides none of them. Read
// back in the plan's order (misi → tujuan → sasaran) with each place numbered: sasaran 1.2.1 is the
// first sasaran of tujuan 1.2, IKU 1.2.1.1 its first IKU. Ids are kept through edits.
import type { Polarity } from '../../../domain/indicator';
import { formatNumber, parseIndonesianNumber } from '../../../domain/number-format';
import { planSasaranLimits, type PlanIku, type PlanSasaran } from '../../../domain/rpjmd-plan-sasaran';

export interface PlanIkuDraft {
  id: string;
  name: string;
  satuan: string;
  polarity: Polarity;
  /** Year ("2026") → the target as typed. */
  targets: Record<string, string>;
  endTarget: string;
}
export interface PlanSasaranDraft { id: string; tujuanId: string; text: string; iku: PlanIkuDraft[] }

export type SasaranDraftField = 'sasaranText' | 'ikuName' | 'ikuSatuan';

export type SasaranDraftProblem =
  /** A target that does not read as a number; `year` null: the end-of-period target. */
  { code: 'notANumber'; number: string; name: string; year: number | null };

/** Trims a text field, noting it when empty or too long (plan-draft.ts checkPlanDraft's). */
export type CheckText = (value: string, field: SasaranDraftField, number: string, max: number) => string;

export const sasaranBounds = { sasaran: planSasaranLimits.sasaran, ikuPerSasaran: planSasaranLimits.ikuPerSasaran } as const;

/** A number for the field: Indonesian digits, every decimal kept ("74,25"). */
const numberText = (value: number | null): string => (value === null ? '' : formatNumber(value, 'id-ID', 10));

export function sasaranDrafts(sasaran: readonly PlanSasaran[]): PlanSasaranDraft[] {
  return sasaran.map((s) => ({
    id: s.id, tujuanId: s.tujuanId, text: s.text,
    iku: s.iku.map((i) => ({
      id: i.id, name: i.name, satuan: i.satuan, polarity: i.polarity, endTarget: numberText(i.endTarget),
      targets: Object.fromEntries(i.targets.map((t) => [String(t.year), numberText(t.value)])),
    })),
  }));
}

/** The years of a period as typed, when it is one (else none: the target fields wait for it). */
export function periodYears(start: number | null, end: number | null, maxYears: number): number[] {
  if (start === null || end === null || end < start || end - start + 1 > maxYears) return [];
  return Array.from({ length: end - start + 1 }, (_, i) => start + i);
}

/** The sasaran of one tujuan, in the plan's order. */
export const draftSasaranOf = (sasaran: readonly PlanSasaranDraft[], tujuanId: string): PlanSasaranDraft[] => sasaran.filter((s) => s.tujuanId === tujuanId);

/** How a screen reader and a problem name an IKU: its name, or its place while it has none. */
export const ikuLabel = (iku: Pick<PlanIkuDraft, 'name'>, number: string): string => (iku.name.trim() === '' ? `IKU ${number}` : iku.name.trim());

/**
 * The sasaran as the plan's content, each tujuan's in turn (`tujuan`: the plan's, in order, with
 * their numbers "1.2"), then any naming no tujuan of the draft (validateRpjmdPlan names those).
 */
export function readSasaranDrafts(
  sasaran: readonly PlanSasaranDraft[], tujuan: ReadonlyArray<{ id: string; number: string }>, years: readonly number[],
  text: CheckText, problems: SasaranDraftProblem[],
): PlanSasaran[] {
  const number = (typed: string, place: string, name: string, year: number | null): number | null => {
    const value = parseIndonesianNumber(typed);
    if (value !== null && Number.isNaN(value)) problems.push({ code: 'notANumber', number: place, name, year });
    return value === null || Number.isNaN(value) ? null : value;
  };
  const readIku = (iku: PlanIkuDraft, place: string): PlanIku => {
    const name = ikuLabel(iku, place);
    const targets = years.flatMap((year) => {
      const value = number(iku.targets[String(year)] ?? '', place, name, year);
      return value === null ? [] : [{ year, value }];
    });
    return {
      id: iku.id, name: text(iku.name, 'ikuName', place, planSasaranLimits.ikuName), satuan: iku.satuan.trim(), polarity: iku.polarity,
      targets, endTarget: number(iku.endTarget, place, name, null),
    };
  };
  const readOne = (s: PlanSasaranDraft, place: string): PlanSasaran => ({
    id: s.id, tujuanId: s.tujuanId, text: text(s.text, 'sasaranText', place, planSasaranLimits.text),
    iku: s.iku.map((iku, i) => {
      if (iku.satuan.trim().length > planSasaranLimits.satuan) text(iku.satuan, 'ikuSatuan', `${place}.${i + 1}`, planSasaranLimits.satuan);
      return readIku(iku, `${place}.${i + 1}`);
    }),
  });
  const known = new Set(tujuan.map((t) => t.id));
  return [
    ...tujuan.flatMap((t) => draftSasaranOf(sasaran, t.id).map((s, i) => readOne(s, `${t.number}.${i + 1}`))),
    ...sasaran.filter((s) => !known.has(s.tujuanId)).map((s, i) => readOne(s, `?.${i + 1}`)),
  ];
}

const newId = (): string => crypto.randomUUID();

type WithSasaran = { sasaran: PlanSasaranDraft[] };
const changeSasaran = <D extends WithSasaran>(draft: D, sasaranId: string, change: (s: PlanSasaranDraft) => PlanSasaranDraft): D =>
  ({ ...draft, sasaran: draft.sasaran.map((s) => (s.id === sasaranId ? change(s) : s)) });
const changeIku = <D extends WithSasaran>(draft: D, sasaranId: string, ikuId: string, change: (i: PlanIkuDraft) => PlanIkuDraft): D =>
  changeSasaran(draft, sasaranId, (s) => ({ ...s, iku: s.iku.map((i) => (i.id === ikuId ? change(i) : i)) }));

export const emptyIku = (id = newId()): PlanIkuDraft => ({ id, name: '', satuan: '', polarity: 'higher', targets: {}, endTarget: '' });

export const sasaranEdits = {
  addSasaran: <D extends WithSasaran>(draft: D, tujuanId: string, id = newId()): D =>
    ({ ...draft, sasaran: [...draft.sasaran, { id, tujuanId, text: '', iku: [] }] }),
  removeSasaran: <D extends WithSasaran>(draft: D, sasaranId: string): D => ({ ...draft, sasaran: draft.sasaran.filter((s) => s.id !== sasaranId) }),
  /** The sasaran of tujuan no longer in the plan go with them. */
  keepTujuan: <D extends WithSasaran>(draft: D, tujuanIds: ReadonlySet<string>): D =>
    ({ ...draft, sasaran: draft.sasaran.filter((s) => tujuanIds.has(s.tujuanId)) }),
  setSasaranText: <D extends WithSasaran>(draft: D, sasaranId: string, text: string): D => changeSasaran(draft, sasaranId, (s) => ({ ...s, text })),
  addIku: <D extends WithSasaran>(draft: D, sasaranId: string, id = newId()): D => changeSasaran(draft, sasaranId, (s) => ({ ...s, iku: [...s.iku, emptyIku(id)] })),
  removeIku: <D extends WithSasaran>(draft: D, sasaranId: string, ikuId: string): D =>
    changeSasaran(draft, sasaranId, (s) => ({ ...s, iku: s.iku.filter((i) => i.id !== ikuId) })),
  setIku: <D extends WithSasaran>(draft: D, sasaranId: string, ikuId: string, change: Partial<Pick<PlanIkuDraft, 'name' | 'satuan' | 'polarity' | 'endTarget'>>): D =>
    changeIku(draft, sasaranId, ikuId, (i) => ({ ...i, ...change })),
  setIkuTarget: <D extends WithSasaran>(draft: D, sasaranId: string, ikuId: string, year: number, typed: string): D =>
    changeIku(draft, sasaranId, ikuId, (i) => ({ ...i, targets: { ...i.targets, [String(year)]: typed } })),
};
