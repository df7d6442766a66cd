// Evidence on the device: attaching a file writes the row, its bytes and the outbox entry in ONE
// transaction (design.md, invariant 1); the uploader's bookkeeping (what still needs sending,
// what the server verified) lives here too, since only src/client/db touches IndexedDB.
import type { Actor } from '../../domain/user';
import type { Evidence } from '../../domain/evidence';
import type { Realisation } from '../../domain/realisation';
import type { EvidenceMimeType } from '../../domain/evidence-file';
import { plainTextOf } from '../../domain/plain-text';
import type { BlobEntry, OutboxEntry, PantauDatabase } from './database';
import { ensureDeviceId } from './meta';
import { guardStorage } from './storage-errors';
import { statusAfterEdit } from '../../domain/resubmission';
import { baseRevOf, queueMutation } from './outbox-queue';

export interface EvidenceInput {
  realisationId: string;
  bytes: ArrayBuffer;
  sha256: string;
  mimeType: EvidenceMimeType;
  fileName: string;
  caption: string;
  takenAt: string | null;
  latitude: number | null;
  longitude: number | null;
}

export class EvidenceTargetError extends Error {
  constructor() {
    super('The realisation this evidence belongs to is not on this device.');
    this.name = 'EvidenceTargetError';
  }
}


export async function attachEvidence(db: PantauDatabase, actor: Actor, input: EvidenceInput, now: Date = new Date()): Promise<Evidence> {
  return guardStorage(() =>
    db.transaction('rw', [db.realisations, db.evidence, db.blobs, db.outbox, db.meta], async () => {
      const deviceId = await ensureDeviceId(db);
      const realisation = await db.realisations.get(input.realisationId);
      if (!realisation || realisation.deleted) throw new EvidenceTargetError();
      return addEvidenceRow(db, actor, realisation, input, { deviceId, stamp: now.toISOString(), id: crypto.randomUUID() });
    }),
  );
}

/**
 * The evidence row, its bytes and its outbox entry, inside the caller's transaction (tables
 * realisations' row given, evidence, blobs, outbox, meta): also used by saveRealisation, which
 * attaches the files picked before a realisation's first save with it (realisation-repository.ts).
 */
export async function addEvidenceRow(
  db: PantauDatabase, actor: Actor, realisation: Pick<Realisation, 'id' | 'tenantId' | 'orgUnitId'>, input: EvidenceInput,
  made: { deviceId: string; stamp: string; id: string },
): Promise<Evidence> {
  const { stamp, deviceId } = made;
  const { bytes, ...given } = input;
  const fields = { ...given, realisationId: realisation.id, caption: plainTextOf(given.caption), fileName: plainTextOf(given.fileName) };
  const row: Evidence = {
    id: made.id, tenantId: realisation.tenantId, rev: 0, updatedAt: stamp, updatedBy: actor.id, deviceId,
    deleted: false, orgUnitId: realisation.orgUnitId, ...fields, size: bytes.byteLength,
  };
  // The same file attached twice is stored once; an earlier upload of it still counts.
  if (!(await db.blobs.get(input.sha256))) {
    await db.blobs.add({ sha256: input.sha256, bytes, mimeType: input.mimeType, size: bytes.byteLength, uploadedAt: null, lastError: null, pending: 1 });
  }
  await db.evidence.add(row);
  // A file attached to a returned entry is the change the evaluator asked for: draft again here,
  // as the server does when the evidence arrives (resubmission.ts, evidence-mutation.ts).
  const entry = await db.realisations.get(realisation.id);
  if (entry && statusAfterEdit(entry.status) !== entry.status) await db.realisations.update(entry.id, { status: statusAfterEdit(entry.status) });
  const { id: _id, tenantId: _t, rev: _r, updatedAt: _u, updatedBy: _b, deviceId: _d, deleted: _x, orgUnitId: _o, ...sent } = row;
  await queueMutation(db, { entity: 'evidence', recordId: row.id, op: 'upsert', fields: sent, baseRev: null, clientTime: stamp });
  return row;
}

/** Removes an evidence row. One never sent (its file not uploaded yet) simply disappears. */
export async function removeEvidence(db: PantauDatabase, actor: Actor, evidenceId: string, now: Date = new Date()): Promise<void> {
  await guardStorage(() =>
    db.transaction('rw', [db.evidence, db.lkeEvidence, db.blobs, db.outbox, db.meta], async () => {
      const row = await db.evidence.get(evidenceId);
      if (!row || row.deleted) return;
      const pending = await db.outbox.where('recordId').equals(evidenceId).toArray();
      const blob = await db.blobs.get(row.sha256);
      // Entries are held back until the file is uploaded (evidence-uploader.ts), so with no upload
      // yet the server cannot have seen them: dropping them loses nothing the server knows.
      if (row.rev === 0 && !blob?.uploadedAt) {
        await db.outbox.bulkDelete(pending.map((e) => e.seq));
        await db.evidence.delete(evidenceId);
        await dropUnusedBlob(db, row.sha256);
        return;
      }
      const stamp = now.toISOString();
      await db.evidence.put({ ...row, deleted: true, updatedAt: stamp, updatedBy: actor.id });
      await queueMutation(db, { entity: 'evidence', recordId: evidenceId, op: 'delete', fields: {}, baseRev: baseRevOf(row), clientTime: stamp });
    }),
  );
}

/**
 * Deletes a file's bytes once no live row on the device names them: a realisation's evidence or
 * an LKE answer's (lke-evidence-repository.ts). Runs in the caller's transaction, which must
 * include evidence, lkeEvidence and blobs.
 */
export async function dropUnusedBlob(db: PantauDatabase, sha256: string): Promise<void> {
  const live = (e: { deleted: boolean }) => !e.deleted;
  const users = await db.evidence.where('sha256').equals(sha256).filter(live).count()
    + await db.lkeEvidence.where('sha256').equals(sha256).filter(live).count();
  if (users === 0) await db.blobs.delete(sha256);
}

export async function listEvidence(db: PantauDatabase, realisationId: string): Promise<Evidence[]> {
  const rows = await db.evidence.where('realisationId').equals(realisationId).toArray();
  return rows.filter((r) => !r.deleted).sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
}

export function getBlob(db: PantauDatabase, sha256: string): Promise<BlobEntry | undefined> {
  return db.blobs.get(sha256);
}

/** A file shown on another device arrives without bytes: keep them once fetched, for offline viewing. */
export async function storeDownloadedBlob(db: PantauDatabase, sha256: string, bytes: ArrayBuffer, mimeType: EvidenceMimeType, now: Date = new Date()): Promise<void> {
  await guardStorage(() =>
    db.transaction('rw', db.blobs, async () => {
      if (await db.blobs.get(sha256)) return;
      await db.blobs.add({ sha256, bytes, mimeType, size: bytes.byteLength, uploadedAt: now.toISOString(), lastError: null });
    }),
  );
}

export interface PendingUpload {
  sha256: string;
  /** Outbox seqs of the evidence entries waiting for this file. */
  seqs: number[];
}

/** Files on this device the server has not verified yet (reads keys only, never the bytes). */
export async function unverifiedShas(db: PantauDatabase): Promise<Set<string>> {
  return new Set(await db.blobs.where('pending').equals(1).primaryKeys());
}

/** Files that unsent evidence entries name and the server has not verified yet, oldest first. */
export async function pendingUploads(db: PantauDatabase): Promise<PendingUpload[]> {
  return db.transaction('r', [db.outbox, db.evidence, db.lkeEvidence, db.blobs], async () => {
    const unverified = await unverifiedShas(db);
    const bySha = new Map<string, number[]>();
    if (unverified.size === 0) return [];
    const entries = (await db.outbox.orderBy('seq').toArray()).filter(mayNameFile);
    for (const entry of entries) {
      const sha = await shaOfEntry(db, entry);
      if (!sha || !unverified.has(sha)) continue;
      bySha.set(sha, [...(bySha.get(sha) ?? []), entry.seq]);
    }
    return [...bySha].map(([sha256, seqs]) => ({ sha256, seqs }));
  });
}

/** The file an unsent entry names without reading its row: an evidence create (a realisation's or an LKE answer's), or a PK's signed scan. */
export function fileOfEntry(entry: OutboxEntry): string | null {
  if (entry.entity === 'evidence' || entry.entity === 'lkeEvidence') return typeof entry.fields.sha256 === 'string' ? entry.fields.sha256 : null;
  if (entry.entity !== 'agreement') return null;
  const scan = entry.fields.signedScan;
  return typeof scan === 'object' && scan !== null && typeof (scan as { sha256?: unknown }).sha256 === 'string' ? (scan as { sha256: string }).sha256 : null;
}

/** Entries that may wait for a file: evidence (lke-evidence-repository.ts too), and the scan of a signed PK (agreement-repository.ts). */
const mayNameFile = (entry: OutboxEntry): boolean => entry.entity === 'evidence' || entry.entity === 'lkeEvidence' || entry.entity === 'agreement';

async function shaOfEntry(db: PantauDatabase, entry: OutboxEntry): Promise<string | null> {
  const named = fileOfEntry(entry);
  if (named !== null || (entry.entity !== 'evidence' && entry.entity !== 'lkeEvidence')) return named;
  // A caption change or a removal of a row whose create is still waiting waits with it.
  const row = await (entry.entity === 'evidence' ? db.evidence : db.lkeEvidence).get(entry.recordId);
  return row && row.rev === 0 ? row.sha256 : null;
}

export async function markBlobUploaded(db: PantauDatabase, sha256: string, now: Date = new Date()): Promise<void> {
  await db.blobs.where('sha256').equals(sha256).modify((blob) => {
    blob.uploadedAt = now.toISOString();
    blob.lastError = null;
    delete blob.pending;
    delete blob.uploadedBytes;
  });
}

/** How far a chunked upload got, by the server's answer: a dropped connection resumes from there. */
export async function markBlobProgress(db: PantauDatabase, sha256: string, uploadedBytes: number): Promise<void> {
  await db.blobs.update(sha256, { uploadedBytes });
}

export async function markBlobFailed(db: PantauDatabase, sha256: string, error: string): Promise<void> {
  await db.blobs.update(sha256, { lastError: error });
}

/**
 * Puts the entries waiting for one of `shas` (and every later entry of the same evidence rows)
 * behind all other entries, reusing the same seq numbers, so that push can send everything before
 * them without leaving a gap. Safe: push never sends past the first held entry, so no entry from
 * there on was ever sent — and an entry is held only while its file is not verified, which never
 * reverts. Returns the first held seq (push stops before it), or null when nothing is held.
 */
export async function holdBackEvidence(db: PantauDatabase, shas: ReadonlySet<string>): Promise<number | null> {
  if (shas.size === 0) return null;
  return db.transaction('rw', [db.outbox, db.evidence, db.lkeEvidence], async () => {
    const all = await db.outbox.orderBy('seq').toArray();
    const heldRecords = new Set<string>();
    const held = new Set<OutboxEntry>();
    for (const entry of all) {
      if (!mayNameFile(entry)) continue;
      const sha = await shaOfEntry(db, entry);
      if ((sha && shas.has(sha)) || heldRecords.has(entry.recordId)) {
        heldRecords.add(entry.recordId);
        held.add(entry);
      }
    }
    const start = all.findIndex((e) => held.has(e));
    if (start < 0) return null;
    const tail = all.slice(start);
    const reordered = [...tail.filter((e) => !held.has(e)), ...tail.filter((e) => held.has(e))];
    const seqs = tail.map((e) => e.seq);
    const firstHeld = seqs[reordered.findIndex((e) => held.has(e))] ?? null;
    if (reordered.every((e, i) => e === tail[i])) return firstHeld;
    await db.outbox.bulkDelete(seqs);
    await db.outbox.bulkAdd(reordered.map((e, i) => ({ ...e, seq: seqs[i] ?? e.seq, state: 'pending' as const })));
    return firstHeld;
  });
}

export interface EvidenceView {
  evidence: Evidence;
  /** The bytes, when on this device (attached here, or fetched once for offline viewing). */
  blob: BlobEntry | undefined;
  /** An unsent change of this row is in the outbox. */
  pending: boolean;
  /** The server's reason, when it refused a change of this row (kept until dismissed). */
  refusal: string | null;
}

export async function listEvidenceViews(db: PantauDatabase, realisationId: string): Promise<EvidenceView[]> {
  return db.transaction('r', [db.evidence, db.blobs, db.outbox, db.rejections], async () => {
    const rows = await listEvidence(db, realisationId);
    return Promise.all(rows.map(async (evidence) => ({
      evidence,
      blob: await db.blobs.get(evidence.sha256),
      pending: (await db.outbox.where('recordId').equals(evidence.id).count()) > 0,
      refusal: (await db.rejections.where('recordId').equals(evidence.id).last())?.message ?? null,
    })));
  });
}
