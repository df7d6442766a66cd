// A unit's LKE recommendations still being followed up, for its home screen. Recommendations are
// "tracked through the next year" (domain.md, SAKIP evaluation): those of last year's evaluation
// and of this year's, not removed, with how many stand at each follow-up status and the ones not
// done yet (belum, proses).
import type { LkeFollowUpStatus, LkeRecommendation } from '../../domain/lke-recommendation';
import type { PantauDatabase } from './database';

export type LkeOpenRecommendation = LkeRecommendation & { followUp: Exclude<LkeFollowUpStatus, 'selesai'> };

export interface LkeFollowUp {
  total: number;
  counts: Record<LkeFollowUpStatus, number>;
  /** The ones not done yet: the older year first, each year in the evaluator's order (as the LKE screen lists them). */
  open: LkeOpenRecommendation[];
}

const isOpen = (row: LkeRecommendation): row is LkeOpenRecommendation => row.followUp !== 'selesai';

/** `year` is the current year (the tenant's); null when the unit has no recommendation to follow up. */
export async function getLkeFollowUp(db: PantauDatabase, orgUnitId: string, year: number): Promise<LkeFollowUp | null> {
  // Read here rather than through the repository's list: the home screen's part would otherwise
  // share a chunk with the LKE screen's writes, and the precache pays for the split (docs/performance.md).
  const rows = (await db.lkeRecommendations.where('[orgUnitId+year]').anyOf([orgUnitId, year - 1], [orgUnitId, year]).toArray())
    .filter((r) => !r.deleted)
    .sort((a, b) => a.year - b.year || a.order - b.order || a.updatedAt.localeCompare(b.updatedAt));
  if (rows.length === 0) return null;
  // Every status named (the type sees to it), counted in one pass.
  const counts: Record<LkeFollowUpStatus, number> = { belum: 0, proses: 0, selesai: 0 };
  for (const row of rows) counts[row.followUp] += 1;
  return { total: rows.length, counts, open: rows.filter(isOpen) };
}
