// PUT /api/attachments/:sha256 — the bytes of one evidence file, named by their sha256.
// Small files go whole. Larger ones go in chunks with `Content-Range: bytes start-end/total`;
// the server keeps what arrived, so a dropped connection resumes where it stopped: a chunk whose
// start is not what the server holds is ignored and the answer says where to continue.
// Free of zod: the device imports it; the response schema is in attachment-schemas.ts.
import { maxEvidenceBytes, type EvidenceMimeType } from '../domain/evidence-file';

/** Files up to this size go in one request; above it, in chunks of this size. */
export const attachmentChunkBytes = 1024 * 1024;

export type AttachmentUploadResponse =
  /** The server holds the whole file and verified its hash and type. */
  | { status: 'stored'; sha256: string; size: number; mimeType: EvidenceMimeType }
  /** A chunked upload is unfinished: continue from `received`. */
  | { status: 'partial'; received: number };

/** Checks an answer's shape by hand (the device keeps zod out of its first load). */
export function readUploadResponse(value: unknown): AttachmentUploadResponse | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.status === 'stored' && typeof v.sha256 === 'string' && typeof v.size === 'number' && typeof v.mimeType === 'string') {
    return value as AttachmentUploadResponse;
  }
  if (v.status === 'partial' && typeof v.received === 'number' && Number.isInteger(v.received) && v.received >= 0) {
    return { status: 'partial', received: v.received };
  }
  return null;
}

export interface ContentRange { start: number; end: number; total: number }

/** `bytes start-end/total` (end inclusive) → numbers, or null when malformed or out of bounds. */
export function parseContentRange(header: string): ContentRange | null {
  const match = /^bytes (\d{1,9})-(\d{1,9})\/(\d{1,9})$/.exec(header.trim());
  if (!match) return null;
  const [start, end, total] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (start > end || end >= total || total > maxEvidenceBytes) return null;
  return { start, end, total };
}

export const formatContentRange = (r: ContentRange): string => `bytes ${r.start}-${r.end}/${r.total}`;
