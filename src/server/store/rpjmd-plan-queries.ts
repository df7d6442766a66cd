// The pemda's RPJMD plans (visi, misi, tujuan per plan period).
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from './db';
import { fromDomain } from './mappers';
import { agreements, goals, rpjmdPlans } from './schema';
import type { RpjmdPlan } from '../../domain/rpjmd-plan';

type Row = typeof rpjmdPlans.$inferSelect;
const toPlan = (row: Row): RpjmdPlan => ({ ...row, updatedAt: row.updatedAt.toISOString() });

export function createRpjmdPlanQueries(db: Db) {
  return {
    async listRpjmdPlans(tenantId: string): Promise<RpjmdPlan[]> {
      const rows = await db.select().from(rpjmdPlans).where(eq(rpjmdPlans.tenantId, tenantId)).orderBy(asc(rpjmdPlans.periodStart));
      return rows.map(toPlan);
    },
    async findRpjmdPlan(tenantId: string, periodStart: number): Promise<RpjmdPlan | null> {
      const [row] = await db.select().from(rpjmdPlans).where(and(eq(rpjmdPlans.tenantId, tenantId), eq(rpjmdPlans.periodStart, periodStart)));
      return row ? toPlan(row) : null;
    },
    /** Live sasaran of PKs still in force or in draft that serve one of `tujuanIds` (a superseded PK's are history). */
    async listGoalsServingTujuan(tenantId: string, tujuanIds: readonly string[]): Promise<Array<{ id: string; name: string }>> {
      if (tujuanIds.length === 0) return [];
      return db.select({ id: goals.id, name: goals.name }).from(goals)
        .innerJoin(agreements, eq(agreements.id, goals.agreementId))
        .where(and(
          eq(goals.tenantId, tenantId), inArray(goals.tujuanId, [...tujuanIds]), eq(goals.deleted, false),
          eq(agreements.deleted, false), ne(agreements.status, 'superseded'),
        ));
    },
    /** Writes the whole row (stamped with its new rev); the caller logs the change. */
    async putRpjmdPlan(row: RpjmdPlan): Promise<void> {
      const values = fromDomain(row);
      const { id: _id, tenantId: _tenant, periodStart: _start, ...changed } = values;
      await db.insert(rpjmdPlans).values(values).onConflictDoUpdate({ target: [rpjmdPlans.tenantId, rpjmdPlans.periodStart], set: changed });
    },
  };
}
