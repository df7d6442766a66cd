// The pemda's five-year plan, the RPJMD (domain.md, "Cascading and alignment"): visi → misi →
// tujuan, above the sasaran daerah that each year's pemda PK carries. One row per tenant and plan
// period (an RPJMD of five years; an RPD of a transition may be shorter), tenant-wide and synced,
// so the pohon kinerja starts at the visi on a tablet without signal. A sasaran daerah names the
// tujuan it serves (goal.tujuanId); misi and tujuan keep their ids when their words are edited, so
// those links survive a rewording. Under the tujuan, the plan's sasaran daerah with their IKU and
// yearly and end-of-period targets (rpjmd-plan-sasaran.ts; read by rpjmd-plan-targets.ts).
// Written by the admin (permissions.ts canEditPlan).
import { z } from 'zod';
import { yearSchema } from './agreement';
import { plainText } from './plain-text-schema';
import { planSasaranListSchema, sasaranIds, validatePlanSasaran, type PlanSasaranProblem } from './rpjmd-plan-sasaran';
import { idSchema, syncMetaShape } from './sync-record';

export const maxPlanYears = 5;

export const planTujuanSchema = z.object({ id: idSchema, text: plainText().trim().min(1).max(1000) }).strict();
export type PlanTujuan = z.infer<typeof planTujuanSchema>;

export const planMisiSchema = z.object({
  id: idSchema,
  text: plainText().trim().min(1).max(1000),
  tujuan: z.array(planTujuanSchema).max(30),
}).strict();
export type PlanMisi = z.infer<typeof planMisiSchema>;

const contentShape = {
  periodStart: yearSchema,
  periodEnd: yearSchema,
  visi: plainText().trim().min(1).max(2000),
  misi: z.array(planMisiSchema).min(1).max(20),
  /** The sasaran daerah and their IKU, each naming its tujuan; none in a row of an older build. */
  sasaran: planSasaranListSchema,
};

/** What the admin sends for a period (the start year is in the path of the request). */
export const rpjmdPlanContentSchema = z.object(contentShape).strict();
export type RpjmdPlanContent = z.infer<typeof rpjmdPlanContentSchema>;

export const rpjmdPlanSchema = z.object({ ...syncMetaShape, ...contentShape });
export type RpjmdPlan = z.infer<typeof rpjmdPlanSchema>;

export type RpjmdPlanProblem =
  | { code: 'periodOrder' }
  | { code: 'periodTooLong'; years: number }
  | { code: 'duplicateId'; id: string }
  | { code: 'overlaps'; periodStart: number; periodEnd: number }
  | PlanSasaranProblem;

/** What keeps a plan from being stored beside the tenant's `others`; empty: it may be. */
export function validateRpjmdPlan(plan: Omit<RpjmdPlanContent, 'sasaran'> & Partial<Pick<RpjmdPlanContent, 'sasaran'>>, others: ReadonlyArray<Pick<RpjmdPlan, 'periodStart' | 'periodEnd' | 'deleted'>> = []): RpjmdPlanProblem[] {
  const problems: RpjmdPlanProblem[] = [];
  if (plan.periodEnd < plan.periodStart) problems.push({ code: 'periodOrder' });
  else if (plan.periodEnd - plan.periodStart + 1 > maxPlanYears) problems.push({ code: 'periodTooLong', years: plan.periodEnd - plan.periodStart + 1 });
  const seen = new Set<string>();
  const sasaran = plan.sasaran ?? [];
  for (const id of [...plan.misi.flatMap((m) => [m.id, ...m.tujuan.map((t) => t.id)]), ...sasaranIds(sasaran)]) {
    if (seen.has(id)) problems.push({ code: 'duplicateId', id });
    seen.add(id);
  }
  problems.push(...validatePlanSasaran(sasaran, plan, new Set(plan.misi.flatMap((m) => m.tujuan.map((t) => t.id)))));
  for (const other of others) {
    if (other.deleted || other.periodStart === plan.periodStart) continue;
    if (other.periodStart <= plan.periodEnd && plan.periodStart <= other.periodEnd) {
      problems.push({ code: 'overlaps', periodStart: other.periodStart, periodEnd: other.periodEnd });
    }
  }
  return problems;
}

/** The plan whose period holds `year`, if the pemda has one. */
export function planOfYear<P extends Pick<RpjmdPlan, 'periodStart' | 'periodEnd' | 'deleted'>>(plans: readonly P[], year: number): P | null {
  return plans.find((p) => !p.deleted && p.periodStart <= year && year <= p.periodEnd) ?? null;
}

/** A tujuan with the misi it serves and both numbers ("Misi 2", "Tujuan 2.1"), by id. */
export interface PlacedTujuan { tujuan: PlanTujuan; misi: PlanMisi; misiNumber: number; tujuanNumber: number }

export function tujuanById(plan: Pick<RpjmdPlan, 'misi'>): Map<string, PlacedTujuan> {
  const placed = new Map<string, PlacedTujuan>();
  plan.misi.forEach((misi, mi) => misi.tujuan.forEach((tujuan, ti) => placed.set(tujuan.id, { tujuan, misi, misiNumber: mi + 1, tujuanNumber: ti + 1 })));
  return placed;
}
