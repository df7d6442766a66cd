// Applying a pull: server rows in, the device's unsent edits re-applied on top (rebase), the cursor
// moved — all in one transaction, so a crash leaves either the old state or the new one.
import { entityRowSchemas, type Change, type SyncEntity } from '../../api/sync';
import type { Realisation } from '../../domain/realisation';
import { syncedTables, type OutboxEntry, type PantauDatabase } from './database';
import { setMeta, tableOf } from './meta';
import { entriesByRow, rebaseRow } from './rebase';
import { guardStorage } from './storage-errors';

export class PullRowError extends Error {
  constructor(readonly entity: SyncEntity, readonly recordId: string, cause: unknown) {
    super(`The server sent an invalid ${entity} row ${recordId}`, { cause });
    this.name = 'PullRowError';
  }
}

function parseChange(change: Change): { entity: SyncEntity; row: { id: string } } {
  const parsed = entityRowSchemas[change.entity].safeParse(change.row);
  if (!parsed.success) throw new PullRowError(change.entity, change.recordId, parsed.error);
  return { entity: change.entity, row: parsed.data };
}

export async function applyPullChanges(
  db: PantauDatabase,
  changes: Change[],
  nextCursor: number,
  _serverTime: string,
): Promise<void> {
  // Parse first: a bad row stops the pull before anything is written and the cursor stays put.
  const parsed = changes.map(parseChange);
  await guardStorage(() =>
    db.transaction('rw', [...syncedTables(db), db.outbox, db.meta], async () => {
      const pending = await entriesByRow(db);
      const affected = new Map<string, SyncEntity>();
      for (const { entity, row } of parsed) {
        if (entity === 'realisation') await foldLocalDuplicates(db, row as Realisation, pending);
        await tableOf(db, entity).put(row);
        affected.set(row.id, entity);
      }
      for (const [rowId, entity] of affected) {
        await rebaseRow(db, entity, rowId, pending.get(rowId) ?? []);
      }
      await setMeta(db, 'cursor', nextCursor);
    }),
  );
}

/**
 * Two devices may each create the realisation of one indicator × quarter. When the server's row
 * arrives, a local row of the same key that the server never saw (rev 0) gives way: its unsent
 * entries now live on the server's row (the server folds them into it by natural key).
 */
async function foldLocalDuplicates(
  db: PantauDatabase,
  incoming: Realisation,
  pending: Map<string, OutboxEntry[]>,
): Promise<void> {
  if (incoming.deleted) return;
  const duplicates = await db.realisations
    .where('[indicatorId+quarter]')
    .equals([incoming.indicatorId, incoming.quarter])
    .filter((r) => r.id !== incoming.id && r.rev === 0)
    .toArray();
  for (const duplicate of duplicates) {
    const moved = pending.get(duplicate.id) ?? [];
    for (const entry of moved) {
      entry.rowId = incoming.id;
      await db.outbox.update(entry.seq, { rowId: incoming.id });
    }
    pending.delete(duplicate.id);
    pending.set(incoming.id, [...(pending.get(incoming.id) ?? []), ...moved]);
    await db.realisations.delete(duplicate.id);
  }
}

/**
 * A `reset` pull answer (the server is behind this device's cursor): forget the mirrored rows and
 * the cursor, keep everything the device still owes or must show (outbox, rejections, conflicts,
 * deviceId, nextSeq) and the rows those unsent entries live on.
 */
export async function resetLocalData(db: PantauDatabase): Promise<void> {
  await db.transaction('rw', [...syncedTables(db), db.outbox, db.meta], async () => {
    const pending = await entriesByRow(db);
    for (const table of syncedTables(db)) {
      const keep = (await table.toArray()).filter((row: { id: string }) => pending.has(row.id));
      await table.clear();
      if (keep.length > 0) await table.bulkPut(keep);
    }
    await setMeta(db, 'cursor', 0);
  });
}
