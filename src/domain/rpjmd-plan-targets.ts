// The RPJMD plan's sasaran daerah and IKU read (rpjmd-plan-sasaran.ts holds their schemas): those
// of a tujuan, an IKU's target of a year, the plan's IKU a PK indicator names. Zod-free, so the
// pohon kinerja (domain/cascade-tree.ts) reads them without pulling zod into what loads first.
import type { PlanIku, PlanSasaran } from './rpjmd-plan-sasaran';

/** The plan's sasaran; a row stored or pulled by an older build has none. */
export const sasaranOfPlan = (plan: { sasaran?: readonly PlanSasaran[] | undefined }): readonly PlanSasaran[] => plan.sasaran ?? [];

/** The sasaran serving one tujuan, in the plan's order. */
export function sasaranOfTujuan(plan: { sasaran?: readonly PlanSasaran[] | undefined }, tujuanId: string): PlanSasaran[] {
  return sasaranOfPlan(plan).filter((s) => s.tujuanId === tujuanId);
}

/** An IKU's target of one year; null when it has none. */
export function ikuTargetOfYear(iku: Pick<PlanIku, 'targets'>, year: number): number | null {
  return iku.targets.find((t) => t.year === year)?.value ?? null;
}

/** Names compared the way people read them: case, spacing and punctuation aside. */
const normalName = (text: string): string => text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9%]+/g, ' ').trim();

/** The plan's IKU named `name` with satuan `satuan` (a PK indicator's own), if one is. */
export function planIkuNamed(plan: { sasaran?: readonly PlanSasaran[] | undefined }, name: string, satuan: string): PlanIku | null {
  const key = `${normalName(name)}|${normalName(satuan)}`;
  for (const s of sasaranOfPlan(plan)) for (const iku of s.iku) if (`${normalName(iku.name)}|${normalName(iku.satuan)}` === key) return iku;
  return null;
}
