/*
 * Text typed into a form and not saved yet, kept on the device as the user types
 * (session/use-form-draft.ts), so that leaving the form, a reload, a crash or a newer build
 * never loses it. One IndexedDB database per user, `pantau-kinerja-drafts-${userId}`, apart from
 * the user's data (database.ts) on purpose:
 * - a schema upgrade of the user's database (a newer build in another tab, schema-watch.ts)
 *   closes that database in this tab for good; this one stays open, so the old tab keeps the text
 *   typed after that moment, and the new build reads it with the same code;
 * - its schema is meant never to change (add a table in a new version if one is ever needed;
 *   never drop `drafts`): rows are plain values, read by whatever build comes next;
 * - a draft is not the user's data: it is never synced, never part of the outbox, and a keystroke
 *   does not count as a change of the device's data (data-changes.ts ignores this database).
 *
 * Tables:
 * - drafts: key (form and record, e.g. `realisation:<indicatorId>:<quarter>`) → the form's values,
 *   the saved values the draft started from (`base`, to tell that the record changed since), when.
 * - draftFiles: evidence picked in a form before its first save (resized and hashed already),
 *   with the evidence id made on the device; attached with the save, in its transaction.
 *
 * Passwords are never put here: a form with a password field keeps no draft of it.
 */
import type { EvidenceInput } from './evidence-repository';
import Dexie, { type Table } from 'dexie';
import { guardStorage } from './storage-errors';
import { draftDatabasePrefix } from './draft-names';

export interface FormDraftRow {
  key: string;
  values: unknown;
  base: unknown;
  savedAt: string;
}

/** A file picked for an entry not saved yet: the evidence it becomes, less the realisation. */
export interface DraftFile extends Omit<EvidenceInput, 'realisationId'> {
  /** The evidence row's id once attached. */
  id: string;
  draftKey: string;
  addedAt: string;
}

class DraftDatabase extends Dexie {
  declare drafts: Table<FormDraftRow, string>;
  declare draftFiles: Table<DraftFile, string>;
  constructor(name: string) {
    // 'strict': a draft written a moment before the battery dies is on disk (database.ts says why).
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ drafts: 'key', draftFiles: 'id, draftKey' });
  }
}

const open = new Map<string, DraftDatabase>();

function draftDb(userId: string): DraftDatabase {
  let db = open.get(userId);
  if (!db) {
    db = new DraftDatabase(draftDatabasePrefix + userId);
    open.set(userId, db);
  }
  return db;
}

export function readFormDraft(userId: string, key: string): Promise<FormDraftRow | undefined> {
  return draftDb(userId).drafts.get(key);
}

export async function writeFormDraft(userId: string, row: FormDraftRow): Promise<void> {
  await guardStorage(() => draftDb(userId).drafts.put(row));
}

/** Removes the typed values only (typed back to the saved ones; files picked stay). */
export async function removeFormDraftValues(userId: string, key: string): Promise<void> {
  await draftDb(userId).drafts.delete(key);
}

/** Removes the draft and the files picked in it (saved with the form, or given up). */
export async function removeFormDraft(userId: string, key: string): Promise<void> {
  const db = draftDb(userId);
  await db.transaction('rw', [db.drafts, db.draftFiles], async () => {
    await db.drafts.delete(key);
    await db.draftFiles.where('draftKey').equals(key).delete();
  });
}

/** Keys of the drafts kept under `prefix` (a screen opens the forms that have one). */
export async function listFormDraftKeys(userId: string, prefix: string): Promise<string[]> {
  const keys = await draftDb(userId).drafts.where('key').startsWith(prefix).primaryKeys();
  return keys;
}

export async function addDraftFile(userId: string, file: DraftFile): Promise<void> {
  await guardStorage(() => draftDb(userId).draftFiles.put(file));
}

export async function removeDraftFile(userId: string, id: string): Promise<void> {
  await draftDb(userId).draftFiles.delete(id);
}

export async function listDraftFiles(userId: string, draftKey: string): Promise<DraftFile[]> {
  const files = await draftDb(userId).draftFiles.where('draftKey').equals(draftKey).toArray();
  return files.sort((a, b) => a.addedAt.localeCompare(b.addedAt));
}

/** Tests: forget a user's drafts. */
export async function deleteDraftDatabase(userId: string): Promise<void> {
  const db = draftDb(userId);
  open.delete(userId);
  db.close();
  await db.delete();
}
