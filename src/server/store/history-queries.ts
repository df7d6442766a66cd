// The change log of one record, oldest first: an entry's history.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from './db';
import { changes, conflicts, evidence } from './schema';
import type { ChangeRecord } from './sync-queries';

export function createHistoryQueries(db: Db) {
  return {
    listChangesOfRecord(tenantId: string, entity: string, recordId: string): Promise<ChangeRecord[]> {
      return db.select().from(changes)
        .where(and(eq(changes.tenantId, tenantId), eq(changes.entity, entity), eq(changes.recordId, recordId)))
        .orderBy(asc(changes.rev));
    },
    /** The change log of the conflicts recorded on one entry (their rows keep the value that lost). */
    listConflictChangesOfRecord(tenantId: string, recordId: string): Promise<ChangeRecord[]> {
      const ofRecord = db.select({ id: conflicts.id }).from(conflicts)
        .where(and(eq(conflicts.tenantId, tenantId), eq(conflicts.recordId, recordId)));
      return db.select().from(changes)
        .where(and(eq(changes.tenantId, tenantId), eq(changes.entity, 'conflict'), inArray(changes.recordId, ofRecord)))
        .orderBy(asc(changes.rev));
    },
    /** The change log of the evidence attached to one entry, removed files included (tombstones). */
    listEvidenceChangesOfRealisation(tenantId: string, realisationId: string): Promise<ChangeRecord[]> {
      const ofRecord = db.select({ id: evidence.id }).from(evidence)
        .where(and(eq(evidence.tenantId, tenantId), eq(evidence.realisationId, realisationId)));
      return db.select().from(changes)
        .where(and(eq(changes.tenantId, tenantId), eq(changes.entity, 'evidence'), inArray(changes.recordId, ofRecord)))
        .orderBy(asc(changes.rev));
    },
  };
}
