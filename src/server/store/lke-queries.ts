// The LKE's rows: each side's answer per unit, year and criterion, and the unit's LKE of a year.
import { and, eq } from 'drizzle-orm';
import type { Db } from './db';
import { lkeEvaluations, lkeRecommendations, lkeResponses } from './schema';
import { fromDomain } from './mappers';
import type { LkeAnswer } from '../../domain/lke-template';
import type { LkePredikatCode } from '../../domain/lke-score';
import type { LkeEvaluation } from '../../domain/lke-evaluation';
import type { LkeResponse, LkeSide } from '../../domain/lke-response';
import type { LkeRecommendation } from '../../domain/lke-recommendation';

const toLkeResponse = (row: typeof lkeResponses.$inferSelect): LkeResponse => ({
  ...row, answer: row.answer as LkeAnswer | null, updatedAt: row.updatedAt.toISOString(),
});

const toLkeEvaluation = (row: typeof lkeEvaluations.$inferSelect): LkeEvaluation => ({
  ...row, predikat: row.predikat as LkePredikatCode | null, updatedAt: row.updatedAt.toISOString(), finalisedAt: row.finalisedAt?.toISOString() ?? null,
});

const toLkeRecommendation = (row: typeof lkeRecommendations.$inferSelect): LkeRecommendation => ({ ...row, updatedAt: row.updatedAt.toISOString() });

export function createLkeQueries(db: Db) {
  return {
    async getLkeRecommendation(id: string): Promise<LkeRecommendation | null> {
      const [row] = await db.select().from(lkeRecommendations).where(eq(lkeRecommendations.id, id));
      return row ? toLkeRecommendation(row) : null;
    },
    async putLkeRecommendation(row: LkeRecommendation): Promise<void> {
      const values = fromDomain(row);
      const { id: _id, tenantId: _tenant, ...changed } = values;
      await db.insert(lkeRecommendations).values(values).onConflictDoUpdate({ target: lkeRecommendations.id, set: changed });
    },
    async getLkeResponse(id: string): Promise<LkeResponse | null> {
      const [row] = await db.select().from(lkeResponses).where(eq(lkeResponses.id, id));
      return row ? toLkeResponse(row) : null;
    },
    async findLkeResponseByKey(key: { orgUnitId: string; year: number; criterionId: string; side: LkeSide }): Promise<LkeResponse | null> {
      const [row] = await db.select().from(lkeResponses).where(and(
        eq(lkeResponses.orgUnitId, key.orgUnitId), eq(lkeResponses.year, key.year), eq(lkeResponses.criterionId, key.criterionId), eq(lkeResponses.side, key.side),
      ));
      return row ? toLkeResponse(row) : null;
    },
    async listLkeResponses(orgUnitId: string, year: number): Promise<LkeResponse[]> {
      const rows = await db.select().from(lkeResponses).where(and(eq(lkeResponses.orgUnitId, orgUnitId), eq(lkeResponses.year, year)));
      return rows.map(toLkeResponse);
    },
    /** Writes the whole row (stamped with its new rev); the caller logs the change. */
    async putLkeResponse(row: LkeResponse): Promise<void> {
      const values = fromDomain(row);
      const { id: _id, tenantId: _tenant, ...changed } = values;
      await db.insert(lkeResponses).values(values).onConflictDoUpdate({ target: lkeResponses.id, set: changed });
    },
    async getLkeEvaluation(id: string): Promise<LkeEvaluation | null> {
      const [row] = await db.select().from(lkeEvaluations).where(eq(lkeEvaluations.id, id));
      return row ? toLkeEvaluation(row) : null;
    },
    async findLkeEvaluation(orgUnitId: string, year: number): Promise<LkeEvaluation | null> {
      const [row] = await db.select().from(lkeEvaluations).where(and(eq(lkeEvaluations.orgUnitId, orgUnitId), eq(lkeEvaluations.year, year)));
      return row ? toLkeEvaluation(row) : null;
    },
    async putLkeEvaluation(row: LkeEvaluation): Promise<void> {
      const values = { ...fromDomain(row), finalisedAt: row.finalisedAt === null ? null : new Date(row.finalisedAt) };
      const { id: _id, tenantId: _tenant, ...changed } = values;
      await db.insert(lkeEvaluations).values(values).onConflictDoUpdate({ target: lkeEvaluations.id, set: changed });
    },
  };
}
