// The tenant's jadwal input of a year, as mirrored on the device (one row per quarter at most).
import type { PeriodWindow } from '../../domain/period-window';
import type { PantauDatabase } from './database';

export async function listPeriodWindows(db: PantauDatabase, year: number): Promise<PeriodWindow[]> {
  const rows = await db.periodWindows.where('[year+quarter]').between([year, 0], [year, 9]).toArray();
  return rows.filter((w) => !w.deleted);
}
