// How many entries wait for the evaluator: the count beside "Verifikasi" in the menu. Its own small
// module so the first screen does not load the review queue's reads (first-load budget).
import type { PantauDatabase } from './database';

export function countReviewQueue(db: PantauDatabase): Promise<number> {
  return db.realisations.filter((r) => r.status === 'submitted' && !r.deleted).count();
}
