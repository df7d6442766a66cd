// Applying a pull: server rows in, the device's unsent edits re-applied on top (rebase), the cursor
// moved — all in one transaction, so a crash leaves either the old state or the new one.
import type { Change, SyncEntity, entityRowSchemas } from '../../api/sync';
import type { Realisation } from '../../domain/realisation';
import type { Conflict } from '../../domain/conflict';
import { putPulledConflict } from './conflict-repository';
import { syncedTables, type OutboxEntry, type PantauDatabase } from './database';
import { getMeta, setMeta, tableOf } from './meta';
import { entriesByRow, rebaseRow } from './rebase';
import { adjustRebasedRow } from './pull-rebase';
import { guardStorage } from './storage-errors';
import { givesWayTo, realisationKeyOf } from '../../domain/realisation-key';

export class PullRowError extends Error {
  constructor(readonly entity: SyncEntity, readonly recordId: string, cause: unknown) {
    super(`The server sent an invalid ${entity} row ${recordId}`, { cause });
    this.name = 'PullRowError';
  }
}

function parseChange(schemas: typeof entityRowSchemas, change: Change): { entity: SyncEntity; row: { id: string } } {
  const parsed = schemas[change.entity].safeParse(change.row);
  if (!parsed.success) throw new PullRowError(change.entity, change.recordId, parsed.error);
  return { entity: change.entity, row: parsed.data };
}

export async function applyPullChanges(
  db: PantauDatabase,
  changes: Change[],
  nextCursor: number,
  _serverTime: string,
): Promise<void> {
  // Nothing new (most cycles of a quiet device): only the cursor may move, no rebase to do.
  if (changes.length === 0) {
    if ((await getMeta<number>(db, 'cursor')) !== nextCursor) await setMeta(db, 'cursor', nextCursor);
    return;
  }
  // Parse first: a bad row stops the pull before anything is written and the cursor stays put.
  // The schemas load lazily, to keep zod out of the first load (docs/performance.md).
  const schemas = changes.length === 0 ? null : (await import('../lazy-schemas')).entityRowSchemas;
  const parsed = schemas ? changes.map((change) => parseChange(schemas, change)) : [];
  await guardStorage(() =>
    db.transaction('rw', [...syncedTables(db), db.conflicts, db.outbox, db.rejections, db.meta], async () => {
      const pending = await entriesByRow(db);
      // The page's local duplicates (rev 0, same indicator × quarter) are found among the few rows
      // the device still owes; rows are then written per table with bulkPut (≈ 4× faster than a
      // put per row).
      const duplicateKeys = await unsentDuplicateKeys(db, parsed, pending);
      const affected = new Map<string, SyncEntity>();
      const puts = new Map<SyncEntity, object[]>();
      for (const { entity, row } of parsed) {
        if (entity === 'realisation' && duplicateKeys.has(realisationKeyOf(row as Realisation))) {
          await foldLocalDuplicates(db, row as Realisation, pending);
        }
        if (entity === 'conflict') await putPulledConflict(db, row as Conflict);
        else {
          const list = puts.get(entity) ?? [];
          list.push(row);
          puts.set(entity, list);
        }
        affected.set(row.id, entity);
      }
      for (const [entity, rows] of puts) await tableOf(db, entity).bulkPut(rows);
      for (const [rowId, entity] of affected) {
        // Only rows with unsent entries: awaiting a no-op per row (no IndexedDB request) let
        // Chromium commit the transaction early on a 1,000-row page (PrematureCommitError).
        const entries = pending.get(rowId);
        if (entries) await rebaseRow(db, entity, rowId, entries, adjustRebasedRow);
      }
      await setMeta(db, 'cursor', nextCursor);
    }),
  );
}

/**
 * Natural keys of incoming live realisations that also have a local row the server never saw.
 * Such a row (rev 0) always has an unsent entry or a refusal: it is made with its outbox entry,
 * takes the server's rev when acknowledged, and is removed when its refusal is let go (inbox.ts).
 * So the candidates are those few rows, not the whole page: an indexed query over a 1,000-row
 * page's keys took ~30% of applying it in Chromium (npm run bench store).
 */
async function unsentDuplicateKeys(
  db: PantauDatabase,
  parsed: { entity: SyncEntity; row: { id: string } }[],
  pending: Map<string, OutboxEntry[]>,
): Promise<Set<string>> {
  const incoming = parsed
    .filter(({ entity, row }) => entity === 'realisation' && !(row as Realisation).deleted)
    .map(({ row }) => realisationKeyOf(row as Realisation));
  if (incoming.length === 0) return new Set();
  const candidates = new Set<string>();
  for (const [rowId, entries] of pending) if (entries.some((e) => e.entity === 'realisation')) candidates.add(rowId);
  for (const refused of await db.rejections.toArray()) if (refused.entity === 'realisation') candidates.add(refused.recordId);
  if (candidates.size === 0) return new Set();
  const wanted = new Set(incoming);
  const local = (await db.realisations.bulkGet([...candidates])).filter((r): r is Realisation => r !== undefined && r.rev === 0);
  return new Set(local.map(realisationKeyOf).filter((key) => wanted.has(key)));
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
    .filter((r) => givesWayTo(r, incoming))
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
    await db.evidence.where('realisationId').equals(duplicate.id).modify({ realisationId: incoming.id });
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
