// The outbox side of a push: take a batch, then act on the server's answer. An entry leaves the
// outbox only when the server acknowledged its mutation id (design.md, invariant 2); every refusal
// and conflict is stored where the user can see it (invariant 4).
import type { MutationResult, PushResponse } from '../../api/sync';
import { requestBodyLimit } from '../../api/routes';
import { syncedTables, type OutboxEntry, type PantauDatabase } from './database';
import { allocateSeq, setMeta, tableOf } from './meta';
import { overlayFields, rowIdOf } from './rebase';
import { reopenConflict } from './conflict-repository';
import { restoreRefusedStatus } from './workflow-repository';
import { fileOfEntry } from './evidence-repository';
import { realisationKeyFields } from '../../domain/realisation-key';

/** No batch is larger: the server's limit (api/sync.ts maxPushBatch; a value import would bring zod into the first load). */
export const maxBatch = 500;

/**
 * The mutations' share of a push body: the server's limit less room for the request's own fields
 * (device id and name, user id). A batch the server cannot read would be refused whole, every time,
 * and hold up everything behind it.
 */
const maxBatchBytes = requestBodyLimit - 4096;

const utf8 = new TextEncoder();

/** The bytes an entry adds to a push body: its mutation as JSON (an upper bound: sync-cycle.ts only drops NULs), and a comma. */
function sentBytes(entry: OutboxEntry): number {
  const { id, seq, entity, recordId, op, fields, baseRev, clientTime } = entry;
  return utf8.encode(JSON.stringify({ id, seq, entity, recordId, op, fields, baseRev, clientTime })).length + 1;
}

/**
 * The oldest entries in seq order, at most `max` of them and `maxBytes` of JSON (always at least
 * one), marked 'sending'; only seqs below `beforeSeq` when given.
 */
export async function takeOutboxBatch(db: PantauDatabase, max: number, beforeSeq: number | null = null, maxBytes = maxBatchBytes): Promise<OutboxEntry[]> {
  return db.transaction('rw', db.outbox, async () => {
    const range = beforeSeq === null ? db.outbox.orderBy('seq') : db.outbox.where('seq').below(beforeSeq);
    const oldest = await range.limit(max).toArray();
    const batch: OutboxEntry[] = [];
    let bytes = 0;
    for (const entry of oldest) {
      const size = sentBytes(entry);
      if (batch.length > 0 && bytes + size > maxBytes) break;
      batch.push(entry);
      bytes += size;
    }
    for (const entry of batch) entry.state = 'sending';
    await db.outbox.bulkPut(batch);
    return batch;
  });
}

export async function hasOutboxEntries(db: PantauDatabase): Promise<boolean> {
  return (await db.outbox.count()) > 0;
}

/** After a failed request: the batch goes back to 'pending', nothing is lost. */
export async function releaseSending(db: PantauDatabase, error: string | null = null): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    const sending = await db.outbox.filter((e) => e.state === 'sending').toArray();
    for (const entry of sending) {
      await db.outbox.update(entry.seq, { state: 'pending', attempts: entry.attempts + 1, lastError: error });
    }
  });
}

export interface AckSummary {
  /** Entries removed from the outbox because the server answered for them. */
  acknowledged: number;
  /** Pending entries renumbered to follow the server's expected seq. */
  renumbered: number;
}

export async function acknowledgeResults(
  db: PantauDatabase,
  results: MutationResult[],
  gap?: PushResponse['gap'],
  now: Date = new Date(),
): Promise<AckSummary> {
  const tables = [...syncedTables(db), db.outbox, db.rejections, db.conflicts, db.meta, db.blobs];
  return db.transaction('rw', tables, async () => {
    let acknowledged = 0;
    for (const result of [...results].sort((a, b) => a.seq - b.seq)) {
      const entry = await db.outbox.get(result.seq);
      // Only the mutation the server names is acknowledged, never whatever now holds that seq.
      if (!entry || entry.id !== result.id) continue;
      await db.outbox.delete(entry.seq);
      acknowledged += 1;
      await applyResult(db, entry, result, now);
    }
    const renumbered = gap ? await renumberAfterGap(db, gap.expectedSeq) : 0;
    // Whatever the server did not answer for goes back to waiting. A batch is always taken from the
    // front of the outbox (takeOutboxBatch), so only its first entries can be 'sending': scanning
    // all of a month's outbox after every batch would make a long drain quadratic.
    await db.outbox.orderBy('seq').limit(maxBatch).filter((e) => e.state === 'sending').modify({ state: 'pending' });
    return { acknowledged, renumbered };
  });
}

async function applyResult(db: PantauDatabase, entry: OutboxEntry, result: MutationResult, now: Date): Promise<void> {
  const targetId = result.recordId;
  if (rowIdOf(entry) !== targetId || entry.recordId !== targetId) await rekey(db, entry, targetId, result.rev);
  const table = tableOf(db, entry.entity);

  switch (result.status) {
    case 'applied':
    case 'merged':
      if (result.rev !== null) {
        await adoptRev(db, entry, targetId, result.rev);
      }
      // An accepted edit supersedes earlier refusals of the same record.
      await db.rejections
        .where('recordId')
        .anyOf([targetId, entry.recordId])
        .filter((r) => r.seq < entry.seq)
        .delete();
      return;
    case 'conflict': {
      // A choice that met a newer change: the conflict rows (old resolved, new open) come by pull.
      if (entry.entity === 'conflict') return;
      const conflicts = result.conflicts ?? [];
      await db.conflicts.bulkPut(
        conflicts.map((c) => ({
          id: c.id ?? `${result.id}:${c.field}`,
          entity: entry.entity,
          recordId: targetId,
          field: c.field,
          serverValue: c.serverValue,
          yourValue: c.yourValue,
          detectedAt: now.toISOString(),
        })),
      );
      // Show what the server kept, unless a later unsent edit of this device changes it again.
      const later = await laterEntriesOfRow(db, entry, targetId);
      const row: Record<string, unknown> | undefined = await table.get(targetId);
      if (row) {
        const kept = { ...row };
        for (const c of conflicts) kept[c.field] = c.serverValue;
        if (result.rev !== null && later.length === 0) kept.rev = result.rev;
        await table.put(overlayFields(kept, later));
      }
      return;
    }
    case 'rejected':
      // A refused choice on a conflict: the conflict is open again here (the refusal keeps the choice).
      if (entry.entity === 'conflict') await reopenConflict(db, entry.recordId);
      // The server lacks a file this device thought uploaded (e.g. restored from a backup): upload it
      // again next time, so that attaching it anew succeeds.
      if (result.reason?.code === 'attachment_missing' && (await forgetUpload(db, fileOfEntry(entry)))) {
        await requeueAfterUpload(db, entry);
      }
      // A refused workflow step (submit, verify, return): the row shows the server's status again.
      if (entry.entity === 'realisation' && 'status' in entry.fields) await restoreRefusedStatus(db, targetId, result.reason?.details);
      // The refused value stays in the local row; the reason is stored for the user.
      await db.rejections.put({
        mutationId: entry.id,
        seq: entry.seq,
        entity: entry.entity,
        recordId: targetId,
        fields: entry.fields,
        code: result.reason?.code ?? 'invalid',
        message: result.reason?.message ?? '',
        ...(result.reason?.details === undefined ? {} : { details: result.reason.details }),
        rejectedAt: now.toISOString(),
      });
      return;
  }
}

/**
 * The unsent entries after `entry` whose values live on row `rowId`. Found through the recordId
 * index, not by reading the whole outbox: a drain acknowledges thousands of entries, and a scan per
 * acknowledged one made it quadratic. An entry lives on `rowId` either by naming it, or (folded
 * duplicate, pull-apply.ts) by naming the local row it came from — the same one `entry` names.
 */
async function laterEntriesOfRow(db: PantauDatabase, entry: OutboxEntry, rowId: string): Promise<OutboxEntry[]> {
  const names = [...new Set([rowId, entry.recordId, rowIdOf(entry)])];
  const candidates = await db.outbox.where('recordId').anyOf(names).toArray();
  return candidates.filter((e) => rowIdOf(e) === rowId && e.seq > entry.seq).sort((a, b) => a.seq - b.seq);
}

async function adoptRev(db: PantauDatabase, entry: OutboxEntry, targetId: string, rev: number): Promise<void> {
  const table = tableOf(db, entry.entity);
  const adoptIfLast = async (queued: number) => {
    if (queued > 0) return; // a later unsent edit still shows on the row; its own answer brings the rev
    const row: { rev: number } | undefined = await table.get(targetId);
    if (row && row.rev < rev) await table.update(targetId, { rev });
  };
  // The usual answer, to an edit of a row the server already had: the entries queued behind it
  // already name their base, so an index count is all it takes (reading each of them, for each of
  // a month's thousands of answers, made a long drain quadratic).
  if (entry.baseRev !== null && entry.rowId === undefined && entry.recordId === targetId) {
    await adoptIfLast(await db.outbox.where('recordId').equals(targetId).count());
    return;
  }
  // A row this entry created (or folded): the edits queued behind it were made on top of it, so
  // the new rev is their base.
  const later = await laterEntriesOfRow(db, entry, targetId);
  await adoptIfLast(later.length);
  const rebased = later.filter((next) => next.baseRev === null).map((next) => ({ ...next, baseRev: rev }));
  if (rebased.length > 0) await db.outbox.bulkPut(rebased);
}

/**
 * The server folded the mutation into another row (same natural key): the local row takes the
 * server's id, and later entries of the old id now name the server's row.
 */
async function rekey(db: PantauDatabase, entry: OutboxEntry, targetId: string, rev: number | null): Promise<void> {
  const table = tableOf(db, entry.entity);
  const fromId = rowIdOf(entry);
  const later = (await db.outbox.toArray()).filter(
    (e) => e.seq > entry.seq && (e.recordId === entry.recordId || rowIdOf(e) === fromId),
  );
  for (const next of later) {
    const changes: Partial<OutboxEntry> = { recordId: targetId, rowId: undefined };
    if (next.baseRev === null && rev !== null) changes.baseRev = rev;
    // A later entry that would create the row again must now only edit it.
    if (realisationKeyFields.some((field) => field in next.fields)) {
      changes.fields = Object.fromEntries(Object.entries(next.fields).filter(([field]) => !(realisationKeyFields as readonly string[]).includes(field)));
    }
    await db.outbox.put({ ...next, ...changes });
  }
  if (fromId === targetId) return;
  const local: { id: string } | undefined = await table.get(fromId);
  if (!local) return;
  const existing: { id: string } | undefined = await table.get(targetId);
  const pending = later.filter((e) => rowIdOf(e) === fromId || e.recordId === entry.recordId);
  await table.put(overlayFields(existing ?? { ...local, id: targetId }, pending));
  await table.delete(fromId);
  // Evidence attached to the local row now belongs to the server's (the server resolves the old id too).
  if (entry.entity === 'realisation') await db.evidence.where('realisationId').equals(fromId).modify({ realisationId: targetId });
}

/**
 * The server expects `expectedSeq` but this device has nothing from there on: its remaining
 * entries start later (e.g. the server was restored from an older backup). They were never
 * acknowledged, so renumbering them from `expectedSeq` is safe.
 */
async function renumberAfterGap(db: PantauDatabase, expectedSeq: number): Promise<number> {
  const remaining = await db.outbox.orderBy('seq').toArray();
  const first = remaining[0];
  if (!first) {
    await setMeta(db, 'nextSeq', expectedSeq);
    return 0;
  }
  if (first.seq <= expectedSeq) return 0;
  await db.outbox.clear();
  await db.outbox.bulkAdd(
    remaining.map((entry, index) => ({ ...entry, seq: expectedSeq + index, state: 'pending' as const })),
  );
  await setMeta(db, 'nextSeq', expectedSeq + remaining.length);
  return remaining.length;
}

/** Marks a file as not on the server; false when its bytes are not on this device either. */
async function forgetUpload(db: PantauDatabase, sha256: unknown): Promise<boolean> {
  if (typeof sha256 !== 'string') return false;
  const changed = await db.blobs.where('sha256').equals(sha256).modify((blob) => {
    blob.uploadedAt = null;
    blob.pending = 1;
    delete blob.uploadedBytes;
  });
  return changed > 0;
}

/**
 * The server refused an evidence row (or a PK's signed scan) for lacking its file, which this device still holds: the row
 * goes again as a new mutation (the refused seq keeps its outcome on the server for good), and the
 * uploader holds it back until the file is verified (holdBackEvidence). Later entries of the same
 * row move behind it, new ids and seqs too, so they still follow the row they change. The refusal
 * stays visible until the row is accepted.
 */
async function requeueAfterUpload(db: PantauDatabase, refused: OutboxEntry): Promise<void> {
  const later = await db.outbox.where('recordId').equals(refused.recordId).sortBy('seq');
  await db.outbox.bulkDelete(later.map((e) => e.seq));
  for (const entry of [refused, ...later]) {
    await db.outbox.add({ ...entry, seq: await allocateSeq(db), id: crypto.randomUUID(), state: 'pending', lastError: 'attachment_missing' });
  }
}
