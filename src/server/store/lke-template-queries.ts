// A pemda's own LKE templates (one per year) and what locks one: a final LKE of that year.
import { and, asc, count, eq } from 'drizzle-orm';
import type { Db } from './db';
import { fromDomain } from './mappers';
import { lkeEvaluations, lkeTemplates } from './schema';
import type { LkeTemplateRecord } from '../../domain/lke-template-record';

type Row = typeof lkeTemplates.$inferSelect;
const toRecord = (row: Row): LkeTemplateRecord => ({ ...row, updatedAt: row.updatedAt.toISOString() });

export function createLkeTemplateQueries(db: Db) {
  return {
    async findLkeTemplate(tenantId: string, year: number): Promise<LkeTemplateRecord | null> {
      const [row] = await db.select().from(lkeTemplates).where(and(eq(lkeTemplates.tenantId, tenantId), eq(lkeTemplates.year, year)));
      return row ? toRecord(row) : null;
    },
    async listLkeTemplates(tenantId: string): Promise<LkeTemplateRecord[]> {
      const rows = await db.select().from(lkeTemplates).where(eq(lkeTemplates.tenantId, tenantId)).orderBy(asc(lkeTemplates.year));
      return rows.map(toRecord);
    },
    /** Writes the whole row (stamped with its new rev); the caller logs the change. */
    async putLkeTemplate(row: LkeTemplateRecord): Promise<void> {
      const values = fromDomain(row);
      const { id: _id, tenantId: _tenant, year: _year, ...changed } = values;
      await db.insert(lkeTemplates).values(values).onConflictDoUpdate({ target: [lkeTemplates.tenantId, lkeTemplates.year], set: changed });
    },
    /** How many units' LKE of the year are final (a template in use by a result is not changed). */
    async countFinalLkeEvaluations(tenantId: string, year: number): Promise<number> {
      const [row] = await db.select({ n: count() }).from(lkeEvaluations)
        .where(and(eq(lkeEvaluations.tenantId, tenantId), eq(lkeEvaluations.year, year), eq(lkeEvaluations.status, 'final')));
      return row?.n ?? 0;
    },
  };
}
