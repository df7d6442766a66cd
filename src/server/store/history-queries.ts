// The change log of one record, oldest first: an entry's history.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from './db';
import { changes } from './schema';
import type { ChangeRecord } from './sync-queries';

export function createHistoryQueries(db: Db) {
  return {
    listChangesOfRecord(tenantId: string, entity: string, recordId: string): Promise<ChangeRecord[]> {
      return db.select().from(changes)
        .where(and(eq(changes.tenantId, tenantId), eq(changes.entity, entity), eq(changes.recordId, recordId)))
        .orderBy(asc(changes.rev));
    },
  };
}
