// Uploads the files that unsent evidence entries name, before the push that carries them
// (design.md, "Evidence"). Small files go whole; larger ones in chunks, resuming where the server
// stopped (its last answered offset is kept with the blob, so a drop never restarts from zero).
// A file that fails stays on the device, marked with the error; its entries are held behind the
// rest of the outbox (db/evidence-repository.ts holdBackEvidence), so they never block unrelated
// mutations and never reach the server before their file.
import { attachmentChunkBytes } from '../../api/attachments';
import type { PantauDatabase } from '../db/database';
import { getBlob, markBlobFailed, markBlobProgress, markBlobUploaded, pendingUploads } from '../db/evidence-repository';
import type { UploadAttachment } from './attachment-api';
import { HttpError, NetworkError } from './http-client';

export interface UploadSummary {
  uploaded: number;
  failed: number;
}

const isSessionError = (error: unknown) => error instanceof HttpError && error.status === 401;

export interface ResumeOptions {
  /** Where an earlier attempt stopped, by the server's last answer; the server corrects it if wrong. */
  startAt?: number;
  /** Each partial answer: how many bytes the server now holds. */
  onProgress?: (received: number) => Promise<void> | void;
}

/** Sends one file; resolves when the server holds and verified it. */
export async function sendFile(upload: UploadAttachment, sha256: string, blob: Blob, resume: ResumeOptions = {}): Promise<void> {
  if (blob.size <= attachmentChunkBytes) {
    const result = await upload(sha256, blob, null);
    if (result.status !== 'stored') throw new Error('upload_incomplete');
    return;
  }
  const total = blob.size;
  // Resuming where the server stopped: on a slow link, resending a chunk it holds costs minutes.
  let offset = resume.startAt !== undefined && resume.startAt > 0 && resume.startAt < total ? resume.startAt : 0;
  // Each answer names the offset to continue from; a server that never moves forward is a fault.
  for (let rounds = 0; rounds < Math.ceil(total / attachmentChunkBytes) * 2 + 2; rounds += 1) {
    const end = Math.min(offset + attachmentChunkBytes, total) - 1;
    const result = await upload(sha256, blob.slice(offset, end + 1, blob.type), { start: offset, end, total });
    if (result.status === 'stored') return;
    offset = result.received;
    if (offset >= total) throw new Error('upload_incomplete');
    await resume.onProgress?.(offset);
  }
  throw new Error('upload_stalled');
}

export async function uploadPendingEvidence(db: PantauDatabase, upload: UploadAttachment | undefined, now: () => Date): Promise<UploadSummary> {
  const summary: UploadSummary = { uploaded: 0, failed: 0 };
  if (!upload) return summary;
  for (const { sha256 } of await pendingUploads(db)) {
    const stored = await getBlob(db, sha256);
    if (!stored) continue;
    try {
      await sendFile(upload, sha256, new Blob([stored.bytes], { type: stored.mimeType }), {
        ...(stored.uploadedBytes === undefined ? {} : { startAt: stored.uploadedBytes }),
        onProgress: (received) => markBlobProgress(db, sha256, received),
      });
      await markBlobUploaded(db, sha256, now());
      summary.uploaded += 1;
    } catch (error) {
      // An expired session is the engine's to handle (ask for the password, keep everything).
      if (isSessionError(error)) throw error;
      summary.failed += 1;
      // Offline is not a failure of this file (it shows as waiting), and the other files would
      // fail the same way; the push decides what else can go.
      if (error instanceof NetworkError) break;
      await markBlobFailed(db, sha256, error instanceof Error ? error.message : String(error));
    }
  }
  return summary;
}
