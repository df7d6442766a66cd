// The RPJMD plan's sasaran daerah and their IKU (domain.md, "Cascading and alignment": "each
// sasaran with IKU and a target per year plus an end-of-period target"). They sit in the plan's row
// beside the misi (rpjmd-plan.ts `sasaran`), each naming the tujuan it serves by id, not nested in
// the tujuan: a device of the previous build parses a tujuan strictly and would refuse one with a
// new key, while a new key of the row is stripped by it harmlessly. Each year's pemda PK carries
// that year's sasaran and IKU as its own goals and indicators; the plan holds the five-year frame.
import { z } from 'zod';
import { yearSchema } from './agreement';
import { indicatorUnitSchema, polaritySchema } from './indicator';
import { plainText } from './plain-text-schema';
import { idSchema } from './sync-record';

export const planSasaranLimits = {
  sasaran: 100, ikuPerSasaran: 20, text: 1000, ikuName: 500, satuan: 60,
  /** A plan's years at most (rpjmd-plan.ts maxPlanYears): one target each. */
  targets: 5,
} as const;

const finite = z.number().finite();

export const planTargetSchema = z.object({ year: yearSchema, value: finite.nullable() }).strict();
export type PlanTarget = z.infer<typeof planTargetSchema>;

export const planIkuSchema = z.object({
  id: idSchema,
  name: plainText().trim().min(1).max(planSasaranLimits.ikuName),
  /** Like an indicator's unit: "%", "tahun", "indeks"… */
  satuan: indicatorUnitSchema,
  polarity: polaritySchema,
  /** One per year of the plan's period at most; a year left out (or null) has no target yet. */
  targets: z.array(planTargetSchema).max(planSasaranLimits.targets),
  /** Target akhir periode. */
  endTarget: finite.nullable(),
}).strict();
export type PlanIku = z.infer<typeof planIkuSchema>;

export const planSasaranSchema = z.object({
  id: idSchema,
  /** The plan's tujuan it serves. */
  tujuanId: idSchema,
  text: plainText().trim().min(1).max(planSasaranLimits.text),
  iku: z.array(planIkuSchema).max(planSasaranLimits.ikuPerSasaran),
}).strict();
export type PlanSasaran = z.infer<typeof planSasaranSchema>;

export const planSasaranArraySchema = z.array(planSasaranSchema).max(planSasaranLimits.sasaran);
/** Absent in a row of an older build: read as none. */
export const planSasaranListSchema = planSasaranArraySchema.default([]);

export type PlanSasaranProblem =
  | { code: 'sasaranTujuanUnknown'; sasaranId: string }
  | { code: 'targetYearOutside'; ikuId: string; year: number }
  | { code: 'targetYearDuplicate'; ikuId: string; year: number };

/** What is wrong with the sasaran of a plan of `period` whose tujuan are `tujuanIds` (ids: validateRpjmdPlan). */
export function validatePlanSasaran(
  sasaran: readonly PlanSasaran[], period: { periodStart: number; periodEnd: number }, tujuanIds: ReadonlySet<string>,
): PlanSasaranProblem[] {
  const problems: PlanSasaranProblem[] = [];
  for (const s of sasaran) {
    if (!tujuanIds.has(s.tujuanId)) problems.push({ code: 'sasaranTujuanUnknown', sasaranId: s.id });
    for (const iku of s.iku) {
      const years = new Set<number>();
      for (const { year } of iku.targets) {
        if (year < period.periodStart || year > period.periodEnd) problems.push({ code: 'targetYearOutside', ikuId: iku.id, year });
        else if (years.has(year)) problems.push({ code: 'targetYearDuplicate', ikuId: iku.id, year });
        years.add(year);
      }
    }
  }
  return problems;
}

/** Every id the sasaran hold (theirs and their IKU's), for the plan's duplicate check. */
export const sasaranIds = (sasaran: readonly PlanSasaran[]): string[] => sasaran.flatMap((s) => [s.id, ...s.iku.map((i) => i.id)]);
