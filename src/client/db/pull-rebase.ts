// What a device's unsent entries imply for a pulled row beyond their own fields: an unsent edit
// of a returned entry moved it to draft on the device (realisation-repository.ts); a pulled
// "returned" row must not undo that before the server has the edit (domain/resubmission.ts). Kept
// out of rebase.ts, which is in the first load: this runs only when a pull is applied.
import type { SyncEntity } from '../../api/sync';
import type { RealisationStatus } from '../../domain/realisation-status';
import { contentFields, statusAfterEdit } from '../../domain/resubmission';
import type { OutboxEntry } from './database';

const editsContents = (entry: OutboxEntry): boolean => Object.keys(entry.fields).some((f) => (contentFields as readonly string[]).includes(f));

export function adjustRebasedRow(entity: SyncEntity, row: object, entries: readonly OutboxEntry[]): object {
  if (entity !== 'realisation' || !entries.some(editsContents)) return row;
  const status = (row as { status?: RealisationStatus }).status;
  return status ? { ...row, status: statusAfterEdit(status) } : row;
}
