// The device's unsent edits win locally until the server answers: after a server row lands, the
// fields of every still-unacknowledged outbox entry are applied again on top, in seq order.
import type { SyncEntity } from '../../api/sync';
import type { OutboxEntry, PantauDatabase } from './database';
import { tableOf } from './meta';
import { realisationRemarkFields } from '../../domain/entity-fields';

/** The local row an entry's values live on. */
export function rowIdOf(entry: OutboxEntry): string {
  return entry.rowId ?? entry.recordId;
}

// indicatorId and quarter name a new row; they are not values to overlay. A resubmission's reply
// travels with the step but lives in the server's history, not on the row; so do undo's flag and
// the checks a user confirmed for a value (realisation.ts, confirmedChecks).
const identityFields = new Set(['id', 'indicatorId', 'quarter', 'tenantId', 'rev', 'reply', 'undo', ...realisationRemarkFields]);

export function overlayFields<T extends object>(row: T, entries: readonly OutboxEntry[]): T {
  const result: Record<string, unknown> = { ...(row as Record<string, unknown>) };
  for (const entry of [...entries].sort((a, b) => a.seq - b.seq)) {
    for (const [field, value] of Object.entries(entry.fields)) {
      if (!identityFields.has(field)) result[field] = value;
    }
  }
  return result as T;
}

/** Re-applies `entries` (all for one row) to the stored row; call inside a rw transaction. */
export async function rebaseRow(
  db: PantauDatabase,
  entity: SyncEntity,
  rowId: string,
  entries: readonly OutboxEntry[],
  /** What else the unsent entries imply for the row (pull-rebase.ts: a returned entry edited is draft). */
  adjust: (entity: SyncEntity, row: object, entries: readonly OutboxEntry[]) => object = (_entity, row) => row,
): Promise<void> {
  if (entries.length === 0) return;
  const table = tableOf(db, entity);
  const row: object | undefined = await table.get(rowId);
  if (row) await table.put(adjust(entity, overlayFields(row, entries), entries));
}

export async function entriesByRow(db: PantauDatabase): Promise<Map<string, OutboxEntry[]>> {
  const byRow = new Map<string, OutboxEntry[]>();
  for (const entry of await db.outbox.orderBy('seq').toArray()) {
    const key = rowIdOf(entry);
    const list = byRow.get(key) ?? [];
    list.push(entry);
    byRow.set(key, list);
  }
  return byRow;
}
