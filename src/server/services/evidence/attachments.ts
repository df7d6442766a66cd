// Receiving and serving evidence files. The server trusts neither the name nor the Content-Type:
// it re-hashes the bytes (a truncated or empty body never matches its name) and reads the type
// from the first bytes. Who may read a file follows from the rows that name it.
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { AttachmentUploadResponse, ContentRange } from '../../../api/attachments';
import { sha256Schema } from '../../../domain/evidence';
import { sniffMimeType, type EvidenceMimeType } from '../../../domain/evidence-file';
import { canRead, canStoreFiles } from '../../../domain/permissions';
import type { Actor } from '../../../domain/user';
import type { BlobStorage } from './blob-storage';
import type { ServiceContext } from '../context';
import { ServiceError } from '../errors';
import { checkTenantQuota, defaultUploadLimits, partialKey, reservePartial, type UploadLimits } from './upload-limits';

export interface UploadInput {
  actor: Actor;
  sha256: string;
  /** The Content-Type the device sent; null or application/octet-stream make no claim. */
  declaredType: string | null;
  body: Buffer;
  range: ContentRange | null;
}

const refuse = (reason: string, extra: Record<string, unknown> = {}) => new ServiceError('invalid_request', { reason, ...extra });

/** Only roles that attach files upload them (permissions.ts, canStoreFiles). */
function checkUploader(actor: Actor): void {
  if (!canStoreFiles(actor).allowed) throw new ServiceError('forbidden');
}

function checkType(head: Uint8Array, declaredType: string | null): EvidenceMimeType {
  const sniffed = sniffMimeType(head);
  if (!sniffed) throw refuse('unsupported_type');
  if (declaredType && declaredType !== 'application/octet-stream' && declaredType !== sniffed) {
    throw refuse('type_mismatch', { declared: declaredType, actual: sniffed });
  }
  return sniffed;
}

function checkHash(bytes: Buffer, sha256: string): void {
  if (bytes.length === 0) throw refuse('empty_body');
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== sha256) throw refuse('hash_mismatch', { received: bytes.length });
}

async function record(ctx: ServiceContext, actor: Actor, sha256: string, mimeType: EvidenceMimeType, size: number): Promise<AttachmentUploadResponse> {
  const storedAt = ctx.now();
  await ctx.store.insertAttachment({ tenantId: actor.tenantId, sha256, mimeType, size, storedAt, uploadedBy: actor.id });
  // This unit sent the whole file: from now on it may name it (evidence, a PK scan) and skip re-sending.
  await ctx.store.insertAttachmentHolder({ tenantId: actor.tenantId, sha256, orgUnitId: actor.orgUnitId, uploadedBy: actor.id, storedAt });
  return { status: 'stored', sha256, size, mimeType };
}

export async function receiveAttachment(ctx: ServiceContext, storage: BlobStorage, input: UploadInput, limits: UploadLimits = defaultUploadLimits): Promise<AttachmentUploadResponse> {
  const { actor, sha256, body, range } = input;
  checkUploader(actor);
  if (!sha256Schema.safeParse(sha256).success) throw refuse('invalid_sha256');
  // Idempotent, but only for a unit that proved it holds the file. Whether another unit (or tenant)
  // stores it never changes the answer: everyone else sends the whole file, re-hashed as if new.
  const held = await ctx.store.getHeldAttachment(actor.tenantId, sha256, actor.orgUnitId);
  if (held) return { status: 'stored', sha256, size: held.size, mimeType: held.mimeType };

  if (!range) {
    checkHash(body, sha256);
    const mimeType = checkType(body, input.declaredType);
    await checkTenantQuota(ctx, actor, body.length, limits);
    await storage.put(sha256, body); // a no-op when the bytes are already stored
    return record(ctx, actor, sha256, mimeType, body.length);
  }

  if (body.length !== range.end - range.start + 1) throw refuse('range_length');
  // Refuse a wrong type at the first chunk, not after 10 MB.
  if (range.start === 0) checkType(body, input.declaredType);
  const key = partialKey(actor, sha256);
  // Bytes kept under a key nobody tracks (an expiry that failed halfway) are not this upload's.
  if (await reservePartial(ctx, actor, key, sha256, range, limits)) await storage.discardPartial(key);
  const received = await storage.appendPartial(key, range.start, body);
  if (received < range.total) return { status: 'partial', received };
  const bytes = await storage.readPartial(key);
  try {
    if (bytes.length !== range.total) throw refuse('range_length');
    checkHash(bytes, sha256);
    const mimeType = checkType(bytes, input.declaredType);
    // Checked again: other uploads of the tenant may have finished since this one started.
    await checkTenantQuota(ctx, actor, bytes.length, limits);
    await storage.commitPartial(key, sha256);
    await ctx.store.deletePartialUpload(key);
    return await record(ctx, actor, sha256, mimeType, bytes.length);
  } catch (error) {
    // A corrupt assembly restarts from zero rather than staying stuck at "complete".
    await storage.discardPartial(key);
    await ctx.store.deletePartialUpload(key);
    throw error;
  }
}

export interface AttachmentFile { stream: Readable; mimeType: EvidenceMimeType; size: number }

/** The file, for a user who may read a row naming it (a realisation's evidence, an LKE answer's, a PK's scan); otherwise not_found. */
export async function openAttachment(ctx: ServiceContext, storage: BlobStorage, actor: Actor, sha256: string): Promise<AttachmentFile> {
  // One answer for "does not exist" and "not yours": existence never leaks across units or tenants.
  const notFound = new ServiceError('not_found');
  if (!sha256Schema.safeParse(sha256).success) throw notFound;
  const rows = await ctx.store.listEvidenceBySha(actor.tenantId, sha256);
  // Evidence of a realisation or of an LKE answer, or the signed scan of a PK: readable where the row is.
  const readable = rows.some((row) => canRead(actor, row).allowed)
    || (await ctx.store.listLkeEvidenceBySha(actor.tenantId, sha256)).some((row) => canRead(actor, row).allowed)
    || (await ctx.store.listAgreementsByScan(actor.tenantId, sha256)).some((row) => canRead(actor, row).allowed);
  if (!readable) throw notFound;
  const attachment = await ctx.store.getAttachment(actor.tenantId, sha256);
  if (!attachment?.verified) throw notFound;
  const stream = await storage.open(sha256);
  if (!stream) throw notFound;
  return { stream, mimeType: attachment.mimeType, size: attachment.size };
}
