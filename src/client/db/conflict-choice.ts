// The user's choice on a conflict, saved as the row + an outbox entry in ONE transaction
// (design.md, invariant 1) and synced like any edit. The server applies the chosen value to the
// entry. Loaded with the conflicts screen (conflict-repository.ts holds what the first load needs).
import type { ConflictResolution } from '../../domain/conflict';
import { canEditRealisation } from '../../domain/permissions';
import type { Actor } from '../../domain/user';
import type { PantauDatabase } from './database';
import { isOpenConflict } from './conflict-repository';
import { guardStorage } from './storage-errors';
import { queueMutation } from './outbox-queue';

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
