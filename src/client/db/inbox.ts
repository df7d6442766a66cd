// The user's answers to refusals and conflicts. Letting a refusal go brings the row back to what
// the server holds (design.md, invariant 5): a row the server never had is removed, and a row it
// has is fetched again by moving the pull cursor back to just before the row's rev. Call
// syncNow()/notifyLocalChange() afterwards so the refetch happens soon.
import { syncedTables, type PantauDatabase } from './database';
import { getMeta, setMeta, tableOf } from './meta';
import { rowIdOf } from './rebase';

export async function dismissRejection(db: PantauDatabase, mutationId: string): Promise<void> {
  // Every synced table: a refusal may concern any entity's row (evidence, the LKE's), not only a PK's or an entry's.
  await db.transaction('rw', [db.rejections, db.outbox, db.meta, ...syncedTables(db)], async () => {
    const rejection = await db.rejections.get(mutationId);
    if (!rejection) return;
    await db.rejections.delete(mutationId);
    // While another refusal or an unsent edit still concerns the row, its value stays as it is.
    const others = await db.rejections.where('recordId').equals(rejection.recordId).count();
    const pending = (await db.outbox.toArray()).some((e) => rowIdOf(e) === rejection.recordId);
    if (others > 0 || pending) return;
    const table = tableOf(db, rejection.entity);
    const row: { id: string; rev: number } | undefined = await table.get(rejection.recordId);
    if (!row) return;
    if (row.rev === 0) {
      await table.delete(row.id);
      return;
    }
    const cursor = (await getMeta<number>(db, 'cursor')) ?? 0;
    if (row.rev - 1 < cursor) await setMeta(db, 'cursor', row.rev - 1);
  });
}

/** The user has seen which value the server kept (a different choice is saved as a new edit). */
export async function dismissConflict(db: PantauDatabase, id: string): Promise<void> {
  await db.conflicts.delete(id);
}
