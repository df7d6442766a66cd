// Conflicts on the device: rows pulled from the server (every device that may read the unit gets
// them), which are open, and a refused choice reopened. The user's choice is conflict-choice.ts,
// apart so that the conflicts screen's code stays out of the app's first load (the header counts
// open conflicts with isOpenConflict).
import type { Conflict } from '../../domain/conflict';
import type { ConflictEntry, PantauDatabase } from './database';

/** Open: the server has not recorded a choice and this device has none waiting. */
export function isOpenConflict(entry: ConflictEntry): boolean {
  return (entry.record?.status ?? 'open') === 'open' && entry.resolution === undefined;
}

/**
 * A pulled conflict row as the device keeps it. Call inside a rw transaction on db.conflicts.
 * Replaces the entry a push result made for the same conflict (same id, or the old `mutation:field` key).
 */
export async function putPulledConflict(db: PantauDatabase, record: Conflict): Promise<void> {
  await db.conflicts.delete(`${record.mutationId}:${record.field}`);
  await db.conflicts.put({
    id: record.id,
    entity: record.entity,
    recordId: record.recordId,
    field: record.field,
    serverValue: record.serverValue,
    yourValue: record.yourValue,
    detectedAt: record.yours.at ?? record.updatedAt,
    record,
  });
}

/** A refused choice: the conflict is open again on this device (the refusal keeps what was chosen). */
export async function reopenConflict(db: PantauDatabase, conflictId: string): Promise<void> {
  await db.conflicts
    .where('id')
    .equals(conflictId)
    .modify((c) => {
      delete c.resolution;
      delete c.value;
    });
}
