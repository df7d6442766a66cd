// Bukti dukung of the unit's own LKE answers on the device (domain/lke-evidence.ts): attaching a
// file writes its bytes, the row and the outbox entry in ONE transaction (design.md, invariant 1);
// the entry waits in the outbox until the file is uploaded (evidence-repository.ts holdBackEvidence).
// The server is the judge (who, the template, a final LKE, the file); what is checked here only
// spares the user a refusal the device can already foresee.
import { maxEvidenceBytes, type EvidenceMimeType } from '../../domain/evidence-file';
import type { LkeEvidence } from '../../domain/lke-evidence';
import { canAnswerLke } from '../../domain/permissions';
import { plainTextOf } from '../../domain/plain-text';
import type { Actor } from '../../domain/user';
import type { PantauDatabase } from './database';
import { dropUnusedBlob } from './evidence-repository';
import { lkeEvaluationOf } from './lke-repository';
import { ensureDeviceId } from './meta';
import { baseRevOf, queueMutation } from './outbox-queue';
import { guardStorage } from './storage-errors';

export class LkeEvidenceError extends Error {
  constructor(readonly problem: 'notAllowed' | 'final' | 'notFound' | 'tooLarge') {
    super(`LKE evidence refused: ${problem}`);
    this.name = 'LkeEvidenceError';
  }
}

export interface LkeEvidenceInput {
  orgUnitId: string;
  year: number;
  criterionId: string;
  bytes: ArrayBuffer;
  sha256: string;
  mimeType: EvidenceMimeType;
  fileName: string;
  caption: string;
}

const tables = (db: PantauDatabase) => [db.lkeEvidence, db.evidence, db.lkeEvaluations, db.blobs, db.outbox, db.meta];

/** Who may write and whether the LKE is still open, inside the caller's transaction. */
async function checkWritable(db: PantauDatabase, actor: Actor, key: { orgUnitId: string; year: number }): Promise<void> {
  if (!canAnswerLke(actor, { tenantId: actor.tenantId, orgUnitId: key.orgUnitId }).allowed) throw new LkeEvidenceError('notAllowed');
  if ((await lkeEvaluationOf(db, key.orgUnitId, key.year))?.status === 'final') throw new LkeEvidenceError('final');
}

export async function attachLkeEvidence(db: PantauDatabase, actor: Actor, input: LkeEvidenceInput, now: Date = new Date()): Promise<LkeEvidence> {
  if (input.bytes.byteLength > maxEvidenceBytes) throw new LkeEvidenceError('tooLarge');
  return guardStorage(() =>
    db.transaction('rw', tables(db), async () => {
      await checkWritable(db, actor, input);
      const deviceId = await ensureDeviceId(db);
      const stamp = now.toISOString();
      const { bytes, ...given } = input;
      const fields = { ...given, size: bytes.byteLength, caption: plainTextOf(given.caption).slice(0, 500), fileName: plainTextOf(given.fileName).slice(0, 255) || 'berkas' };
      const row: LkeEvidence = { id: crypto.randomUUID(), tenantId: actor.tenantId, rev: 0, updatedAt: stamp, updatedBy: actor.id, deviceId, deleted: false, ...fields };
      // The same file attached twice is stored once; an earlier upload of it still counts.
      if (!(await db.blobs.get(input.sha256))) {
        await db.blobs.add({ sha256: input.sha256, bytes, mimeType: input.mimeType, size: bytes.byteLength, uploadedAt: null, lastError: null, pending: 1 });
      }
      await db.lkeEvidence.add(row);
      await queueMutation(db, { entity: 'lkeEvidence', recordId: row.id, op: 'upsert', fields, baseRev: null, clientTime: stamp });
      return row;
    }),
  );
}

async function liveRow(db: PantauDatabase, id: string): Promise<LkeEvidence> {
  const row = await db.lkeEvidence.get(id);
  if (!row || row.deleted) throw new LkeEvidenceError('notFound');
  return row;
}

/** Removes a file from the answer. One never sent (its file not uploaded yet) simply disappears. */
export async function removeLkeEvidence(db: PantauDatabase, actor: Actor, id: string, now: Date = new Date()): Promise<void> {
  await guardStorage(() =>
    db.transaction('rw', tables(db), async () => {
      const row = await liveRow(db, id);
      await checkWritable(db, actor, row);
      const blob = await db.blobs.get(row.sha256);
      // Its entries wait until the file is uploaded, so with no upload yet the server has seen none.
      if (row.rev === 0 && !blob?.uploadedAt) {
        await db.outbox.bulkDelete((await db.outbox.where('recordId').equals(id).toArray()).map((e) => e.seq));
        await db.lkeEvidence.delete(id);
        await dropUnusedBlob(db, row.sha256);
        return;
      }
      const stamp = now.toISOString();
      await db.lkeEvidence.put({ ...row, deleted: true, updatedAt: stamp, updatedBy: actor.id });
      await queueMutation(db, { entity: 'lkeEvidence', recordId: id, op: 'delete', fields: {}, baseRev: baseRevOf(row), clientTime: stamp });
    }),
  );
}

export async function captionLkeEvidence(db: PantauDatabase, actor: Actor, id: string, caption: string, now: Date = new Date()): Promise<void> {
  await guardStorage(() =>
    db.transaction('rw', tables(db), async () => {
      const row = await liveRow(db, id);
      await checkWritable(db, actor, row);
      const next = plainTextOf(caption).slice(0, 500);
      if (next === row.caption) return;
      const stamp = now.toISOString();
      await db.lkeEvidence.put({ ...row, caption: next, updatedAt: stamp, updatedBy: actor.id, deviceId: await ensureDeviceId(db) });
      await queueMutation(db, { entity: 'lkeEvidence', recordId: id, op: 'upsert', fields: { caption: next }, baseRev: baseRevOf(row), clientTime: stamp });
    }),
  );
}

export interface LkeEvidenceView {
  evidence: LkeEvidence;
  /** An unsent change of this row is in the outbox. */
  pending: boolean;
  /** The server's reason, when it refused a change of this row (kept until dismissed). */
  refusal: string | null;
}

/**
 * The files of a unit's answers of a year, per criterion, oldest first. Without their bytes: each
 * item reads its own (widgets/use-evidence-file.ts useStoredFile), so a save elsewhere on the
 * sheet never re-reads every file.
 */
export async function listLkeEvidenceViews(db: PantauDatabase, orgUnitId: string, year: number): Promise<ReadonlyMap<string, LkeEvidenceView[]>> {
  return db.transaction('r', [db.lkeEvidence, db.outbox, db.rejections], async () => {
    const rows = (await db.lkeEvidence.where('[orgUnitId+year]').equals([orgUnitId, year]).toArray())
      .filter((r) => !r.deleted)
      .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.id.localeCompare(b.id));
    const ids = rows.map((r) => r.id);
    const pending = new Set((await db.outbox.where('recordId').anyOf(ids).toArray()).map((e) => e.recordId));
    const refusals = new Map((await db.rejections.where('recordId').anyOf(ids).sortBy('rejectedAt')).map((r) => [r.recordId, r.message]));
    const byCriterion = new Map<string, LkeEvidenceView[]>();
    for (const evidence of rows) {
      const list = byCriterion.get(evidence.criterionId) ?? [];
      list.push({ evidence, pending: pending.has(evidence.id), refusal: refusals.get(evidence.id) ?? null });
      byCriterion.set(evidence.criterionId, list);
    }
    return byCriterion;
  });
}
