// The scan of a PK's signed page: its bytes go into `blobs` (waiting for upload, like evidence),
// the PK row names it, and the mutation is queued — in ONE transaction (design.md, invariant 1).
// The uploader sends the file before the mutation that names it (evidence-repository.ts).
import type { Agreement, SignedScan } from '../../domain/agreement';
import { agreementScanSchema } from '../../domain/agreement-edit';
import { maxEvidenceBytes, type EvidenceMimeType } from '../../domain/evidence-file';
import type { Actor } from '../../domain/user';
import type { PantauDatabase } from './database';
import { assertValid, stampFor } from './agreement-parts-repository';
import { AgreementEditError, assertMayEdit, stampOf } from './agreement-writes';
import { baseRevOf, queueMutation } from './outbox-queue';
import { guardStorage } from './storage-errors';

export interface ScanInput { bytes: ArrayBuffer; sha256: string; mimeType: EvidenceMimeType }

/** Attaches (input) or removes (null) the scan; only a signed PK takes one. */
export function setSignedScan(db: PantauDatabase, actor: Actor, agreementId: string, input: ScanInput | null, now: Date = new Date()): Promise<Agreement> {
  if (input && (input.bytes.byteLength === 0 || input.bytes.byteLength > maxEvidenceBytes)) throw new AgreementEditError('invalid', { field: 'signedScan' });
  return guardStorage(() =>
    db.transaction('rw', [db.agreements, db.blobs, db.outbox, db.meta], async () => {
      const before = await db.agreements.get(agreementId);
      assertMayEdit(actor, before);
      if (before.status !== 'signed') throw new AgreementEditError('notSigned');
      const signedScan: SignedScan | null = input ? { sha256: input.sha256, mimeType: input.mimeType, size: input.bytes.byteLength } : null;
      assertValid(agreementScanSchema, { signedScan });
      if (input && !(await db.blobs.get(input.sha256))) {
        await db.blobs.add({ sha256: input.sha256, bytes: input.bytes, mimeType: input.mimeType, size: input.bytes.byteLength, uploadedAt: null, lastError: null, pending: 1 });
      }
      const stamp = await stampFor(db, actor, now);
      const row: Agreement = { ...before, signedScan };
      await db.agreements.put(stampOf(row, stamp));
      await queueMutation(db, { entity: 'agreement', recordId: before.id, op: 'upsert', fields: { signedScan }, baseRev: baseRevOf(before), clientTime: stamp.at });
      return row;
    }),
  );
}

/** The scan's bytes as kept on the device (also after upload), or null when only the server has them. */
export async function getScanBlob(db: PantauDatabase, sha256: string): Promise<Blob | null> {
  const blob = await db.blobs.get(sha256);
  return blob ? new Blob([blob.bytes], { type: blob.mimeType }) : null;
}
