// The pemda's RPJMD plan as this device holds it (tenant-wide, synced): the plan whose period holds
// a year, and its tujuan as choices for a sasaran daerah of the pemda's PK. A row pulled by the
// build before the plan's sasaran daerah lacks them until its catch-up (database.ts v8): read as none.
import { planOfYear, type RpjmdPlan } from '../../domain/rpjmd-plan';
import { sasaranOfPlan } from '../../domain/rpjmd-plan-targets';
import type { PantauDatabase } from './database';

export interface TujuanChoice { id: string; misiNumber: number; tujuanNumber: number; misi: string; tujuan: string }

export async function getPlanOfYear(db: PantauDatabase, year: number): Promise<RpjmdPlan | null> {
  const plan = planOfYear(await db.rpjmdPlans.toArray(), year);
  return plan ? { ...plan, sasaran: [...sasaranOfPlan(plan)] } : null;
}

/** Every tujuan of the year's plan with its misi, in the plan's order; empty without a plan. */
export async function listTujuanChoices(db: PantauDatabase, year: number): Promise<TujuanChoice[]> {
  const plan = await getPlanOfYear(db, year);
  if (!plan) return [];
  return plan.misi.flatMap((misi, mi) => misi.tujuan.map((tujuan, ti) => ({
    id: tujuan.id, misiNumber: mi + 1, tujuanNumber: ti + 1, misi: misi.text, tujuan: tujuan.text,
  })));
}
