// The pemda's RPJMD plan as this device holds it (tenant-wide, synced): the plan whose period holds
// a year, and its tujuan as choices for a sasaran daerah of the pemda's PK.
import { planOfYear, type RpjmdPlan } from '../../domain/rpjmd-plan';
import type { PantauDatabase } from './database';

export interface TujuanChoice { id: string; misiNumber: number; tujuanNumber: number; misi: string; tujuan: string }

export async function getPlanOfYear(db: PantauDatabase, year: number): Promise<RpjmdPlan | null> {
  return planOfYear(await db.rpjmdPlans.toArray(), year);
}

/** Every tujuan of the year's plan with its misi, in the plan's order; empty without a plan. */
export async function listTujuanChoices(db: PantauDatabase, year: number): Promise<TujuanChoice[]> {
  const plan = await getPlanOfYear(db, year);
  if (!plan) return [];
  return plan.misi.flatMap((misi, mi) => misi.tujuan.map((tujuan, ti) => ({
    id: tujuan.id, misiNumber: mi + 1, tujuanNumber: ti + 1, misi: misi.text, tujuan: tujuan.text,
  })));
}
