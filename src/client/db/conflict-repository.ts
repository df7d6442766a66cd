// Conflicts on the device: rows pulled from the server (every device that may read the unit gets
// them) and the user's choice, saved as the row + an outbox entry in ONE transaction (design.md,
// invariant 1) and synced like any edit. The server applies the chosen value to the entry.
import type { Conflict, ConflictResolution } from '../../domain/conflict';
import { canEditRealisation } from '../../domain/permissions';
import type { Actor } from '../../domain/user';
import type { ConflictEntry, PantauDatabase } from './database';
import { guardStorage } from './storage-errors';
import { queueMutation } from './outbox-queue';

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

export class ConflictChoiceError extends Error {
  constructor(readonly problem: 'notFound' | 'notOpen' | 'notSynced' | 'notAllowed') {
    super(`Conflict choice refused: ${problem}`);
    this.name = 'ConflictChoiceError';
  }
}

/**
 * Saves the user's choice: the conflict row marked with it, the entry's local value set to it, and
 * the outbox entry `{ resolution, value }` on entity 'conflict' — all or nothing.
 */
export async function resolveConflict(
  db: PantauDatabase,
  actor: Actor,
  conflictId: string,
  choice: { resolution: ConflictResolution; value: unknown },
  now: Date = new Date(),
): Promise<void> {
  await guardStorage(() =>
    db.transaction('rw', [db.conflicts, db.realisations, db.outbox, db.meta], async () => {
      const conflict = await db.conflicts.get(conflictId);
      if (!conflict) throw new ConflictChoiceError('notFound');
      if (!isOpenConflict(conflict)) throw new ConflictChoiceError('notOpen');
      // Known only from a push result of an older server: there is no server row to resolve.
      if (!conflict.record) throw new ConflictChoiceError('notSynced');
      const row = await db.realisations.get(conflict.recordId);
      const scope = row ?? { tenantId: conflict.record.tenantId, orgUnitId: conflict.record.orgUnitId, status: 'draft' as const };
      if (!canEditRealisation(actor, scope).allowed) throw new ConflictChoiceError('notAllowed');

      const stamp = now.toISOString();
      await db.conflicts.put({ ...conflict, resolution: choice.resolution, value: choice.value });
      // The chosen value shows on the entry at once; the server's answer comes with the next pull.
      if (row) await db.realisations.put({ ...row, [conflict.field]: choice.value, updatedAt: stamp, updatedBy: actor.id });
      await queueMutation(db, {
        entity: 'conflict', recordId: conflictId, op: 'upsert', fields: { resolution: choice.resolution, value: choice.value },
        baseRev: conflict.record.rev, clientTime: stamp,
      });
    }),
  );
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
