// Files attached to units' own LKE answers (domain/lke-evidence.ts): by id for the handler, by
// tenant and file for who may open it, and a unit's (or the tenant's) live rows for a catch-up.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from './db';
import { lkeEvidence } from './schema';
import { fromDomain } from './mappers';
import type { LkeEvidence } from '../../domain/lke-evidence';

const toLkeEvidence = (row: typeof lkeEvidence.$inferSelect): LkeEvidence => ({ ...row, updatedAt: row.updatedAt.toISOString() });

export function createLkeEvidenceQueries(db: Db) {
  return {
    async getLkeEvidence(id: string): Promise<LkeEvidence | null> {
      const [row] = await db.select().from(lkeEvidence).where(eq(lkeEvidence.id, id));
      return row ? toLkeEvidence(row) : null;
    },
    /** Writes the whole row (stamped with its new rev); the caller logs the change. */
    async putLkeEvidence(row: LkeEvidence): Promise<void> {
      const values = fromDomain(row);
      const { id: _id, tenantId: _tenant, ...changed } = values;
      await db.insert(lkeEvidence).values(values).onConflictDoUpdate({ target: lkeEvidence.id, set: changed });
    },
    /** Live rows of a tenant naming this file (who may read it follows from their units). */
    async listLkeEvidenceBySha(tenantId: string, sha256: string): Promise<LkeEvidence[]> {
      const rows = await db.select().from(lkeEvidence)
        .where(and(eq(lkeEvidence.tenantId, tenantId), eq(lkeEvidence.sha256, sha256), eq(lkeEvidence.deleted, false)));
      return rows.map(toLkeEvidence);
    },
    /** Live rows of the tenant, or of one unit when `orgUnitId` is given, in log order. */
    async listLiveLkeEvidence(tenantId: string, orgUnitId: string | null): Promise<LkeEvidence[]> {
      const rows = await db.select().from(lkeEvidence)
        .where(and(eq(lkeEvidence.tenantId, tenantId), eq(lkeEvidence.deleted, false), orgUnitId === null ? undefined : eq(lkeEvidence.orgUnitId, orgUnitId)))
        .orderBy(asc(lkeEvidence.rev));
      return rows.map(toLkeEvidence);
    },
  };
}
