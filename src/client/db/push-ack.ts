// The outbox side of a push: take a batch, then act on the server's answer. An entry leaves the
// outbox only when the server acknowledged its mutation id (design.md, invariant 2); every refusal
// and conflict is stored where the user can see it (invariant 4).
import type { MutationResult, PushResponse } from '../../api/sync';
import { syncedTables, type OutboxEntry, type PantauDatabase } from './database';
import { setMeta, tableOf } from './meta';
import { overlayFields, rowIdOf } from './rebase';
import { reopenConflict } from './conflict-repository';
import { restoreRefusedStatus } from './workflow-repository';

/** The oldest entries, at most `max`, in seq order, marked 'sending'; only seqs below `beforeSeq` when given. */
export async function takeOutboxBatch(db: PantauDatabase, max: number, beforeSeq: number | null = null): Promise<OutboxEntry[]> {
  return db.transaction('rw', db.outbox, async () => {
    const range = beforeSeq === null ? db.outbox.orderBy('seq') : db.outbox.where('seq').below(beforeSeq);
    const batch = await range.limit(max).toArray();
    for (const entry of batch) entry.state = 'sending';
    await db.outbox.bulkPut(batch);
    return batch;
  });
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
    // Whatever the server did not answer for goes back to waiting.
    await db.outbox.filter((e) => e.state === 'sending').modify({ state: 'pending' });
    return { acknowledged, renumbered };
  });
}

async function applyResult(db: PantauDatabase, entry: OutboxEntry, result: MutationResult, now: Date): Promise<void> {
  const targetId = result.recordId;
  if (rowIdOf(entry) !== targetId || entry.recordId !== targetId) await rekey(db, entry, targetId, result.rev);
  const later = (await db.outbox.toArray()).filter((e) => rowIdOf(e) === targetId && e.seq > entry.seq);
  const table = tableOf(db, entry.entity);

  switch (result.status) {
    case 'applied':
    case 'merged':
      if (result.rev !== null) {
        await adoptRev(db, entry, targetId, result.rev, later);
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
      if (entry.entity === 'evidence' && result.reason?.code === 'attachment_missing') await forgetUpload(db, entry.fields.sha256);
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

async function adoptRev(
  db: PantauDatabase,
  entry: OutboxEntry,
  targetId: string,
  rev: number,
  later: OutboxEntry[],
): Promise<void> {
  const table = tableOf(db, entry.entity);
  if (later.length === 0) {
    const row: { rev: number } | undefined = await table.get(targetId);
    if (row && row.rev < rev) await table.update(targetId, { rev });
  }
  // Later edits of a row this entry created were made on top of it: that is their base.
  for (const next of later) {
    if (next.baseRev === null) await db.outbox.update(next.seq, { baseRev: rev });
  }
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
    if ('indicatorId' in next.fields || 'quarter' in next.fields) {
      const { indicatorId: _i, quarter: _q, ...rest } = next.fields;
      changes.fields = rest;
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

async function forgetUpload(db: PantauDatabase, sha256: unknown): Promise<void> {
  if (typeof sha256 !== 'string') return;
  await db.blobs.where('sha256').equals(sha256).modify((blob) => {
    blob.uploadedAt = null;
    blob.pending = 1;
  });
}
