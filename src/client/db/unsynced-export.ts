// "Ekspor data belum tersinkron": everything this device still owes the server or must show the
// user — unsent edits, refusals, open conflicts (and evidence, see export-evidence.ts) — as one
// JSON document, with indicator names and quarters so a person can read it without the app.
import type { PantauDatabase, Rejection, ConflictEntry, OutboxEntry } from './database';
import { isOpenConflict } from './conflict-repository';
import { collectPendingEvidence, collectPendingLkeEvidence, type ExportedEvidence, type ExportedLkeEvidence } from './export-evidence';
import { getMeta } from './meta';
import { entryContext, entryContextTables, type EntryContext as ExportContext } from './entry-context';

export interface UnsyncedExport {
  format: 'pantau-kinerja.unsynced';
  version: 1;
  exportedAt: string;
  deviceId: string;
  user: { id: string; username: string; name: string; orgUnitName: string };
  pending: Array<Pick<OutboxEntry, 'seq' | 'id' | 'entity' | 'recordId' | 'op' | 'fields' | 'clientTime' | 'state' | 'attempts' | 'lastError'> & { context: ExportContext }>;
  refusals: Array<Rejection & { context: ExportContext }>;
  conflicts: Array<Omit<ConflictEntry, 'record'> & { context: ExportContext; server: unknown; yours: unknown }>;
  evidence: ExportedEvidence[];
  /** The files of the unit's LKE answers (absent in files written before they existed). */
  lkeEvidence: ExportedLkeEvidence[];
}

export interface ExportUser { id: string; username: string; name: string; orgUnitName: string }

export async function buildUnsyncedExport(db: PantauDatabase, user: ExportUser, now: Date = new Date()): Promise<UnsyncedExport> {
  // One read transaction: the file is a consistent snapshot even while a sync runs.
  const core = await db.transaction('r', [db.outbox, db.rejections, db.meta, ...entryContextTables(db)], async () => {
    const outbox = await db.outbox.orderBy('seq').toArray();
    const rejections = await db.rejections.toArray();
    const conflicts = (await db.conflicts.toArray()).filter(isOpenConflict);
    const pending = [];
    for (const e of outbox) {
      pending.push({
        seq: e.seq, id: e.id, entity: e.entity, recordId: e.recordId, op: e.op, fields: e.fields, clientTime: e.clientTime,
        state: e.state, attempts: e.attempts, lastError: e.lastError, context: await entryContext(db, e.entity, e.recordId, e.fields),
      });
    }
    const refusals = [];
    for (const r of rejections.sort((a, b) => a.seq - b.seq)) refusals.push({ ...r, context: await entryContext(db, r.entity, r.recordId, r.fields) });
    const open = [];
    for (const { record, ...c } of conflicts) {
      open.push({ ...c, server: record?.server ?? null, yours: record?.yours ?? null, context: await entryContext(db, 'realisation', c.recordId) });
    }
    return {
      format: 'pantau-kinerja.unsynced' as const,
      version: 1 as const,
      exportedAt: now.toISOString(),
      deviceId: (await getMeta<string>(db, 'deviceId')) ?? '',
      user,
      pending,
      refusals,
      conflicts: open,
    };
  });
  // Outside the transaction above: the evidence part reads its own tables.
  return { ...core, evidence: await collectPendingEvidence(db), lkeEvidence: await collectPendingLkeEvidence(db) };
}

export function unsyncedExportFileName(user: { username: string }, now: Date = new Date()): string {
  const stamp = now.toISOString().slice(0, 16).replace(/[:T]/g, '-');
  return `pantau-kinerja-belum-tersinkron-${user.username}-${stamp}.json`;
}
