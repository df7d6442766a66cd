// Which quarter "Capaian s.d. TW n" runs to: the latest quarter with any realisation in the PK,
// or, before anything is filled, the quarter the year is in now (in the pemda's zone).
import { periodOf, type Quarter } from '../../../../domain/period';
import type { GoalView } from '../../../db/queries';

export function toDateQuarter(goals: readonly GoalView[], year: number, now: Date, timeZone: string): Quarter {
  let latest: Quarter | null = null;
  for (const goal of goals) {
    for (const { realisations } of goal.indicators) {
      realisations.forEach((r, index) => {
        const quarter = (index + 1) as Quarter;
        if (r && !r.deleted && r.value !== null && (latest === null || quarter > latest)) latest = quarter;
      });
    }
  }
  if (latest !== null) return latest;
  const current = periodOf(now, timeZone);
  if (year < current.year) return 4;
  if (year > current.year) return 1;
  return current.quarter;
}
