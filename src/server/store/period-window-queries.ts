// Jadwal input: the tenant's quarter windows (one row per year × quarter; none = open).
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from './db';
import { periodWindows } from './schema';
import type { PeriodWindow } from '../../domain/period-window';
import type { Quarter } from '../../domain/period';

type Row = typeof periodWindows.$inferSelect;

const toPeriodWindow = (row: Row): PeriodWindow => ({
  ...row,
  quarter: row.quarter as Quarter,
  updatedAt: row.updatedAt.toISOString(),
  lockAt: row.lockAt ? row.lockAt.toISOString() : null,
  extensions: row.extensions,
});

export function createPeriodWindowQueries(db: Db) {
  return {
    async getPeriodWindow(tenantId: string, year: number, quarter: number): Promise<PeriodWindow | null> {
      const [row] = await db.select().from(periodWindows)
        .where(and(eq(periodWindows.tenantId, tenantId), eq(periodWindows.year, year), eq(periodWindows.quarter, quarter)));
      return row ? toPeriodWindow(row) : null;
    },
    async listPeriodWindows(tenantId: string): Promise<PeriodWindow[]> {
      const rows = await db.select().from(periodWindows).where(eq(periodWindows.tenantId, tenantId))
        .orderBy(asc(periodWindows.year), asc(periodWindows.quarter));
      return rows.map(toPeriodWindow);
    },
    /** Writes the whole row (stamped with its new rev); the caller logs the change. */
    async putPeriodWindow(window: PeriodWindow): Promise<void> {
      const values = { ...window, updatedAt: new Date(window.updatedAt), lockAt: window.lockAt ? new Date(window.lockAt) : null, extensions: window.extensions ?? [] };
      const { id: _id, tenantId: _tenant, year: _year, quarter: _quarter, ...changed } = values;
      await db.insert(periodWindows).values(values)
        .onConflictDoUpdate({ target: [periodWindows.tenantId, periodWindows.year, periodWindows.quarter], set: changed });
    },
  };
}
