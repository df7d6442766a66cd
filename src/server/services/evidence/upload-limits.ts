// Bounds on what uploads may keep on the server: unfinished chunked uploads per user (reserved at
// their declared size when they start, so one that started can always finish), their age, and the
// verified bytes per tenant. Without them any uploader could fill the disk with partials.
import type { ContentRange } from '../../../api/attachments';
import { maxEvidenceBytes } from '../../../domain/evidence-file';
import type { Actor } from '../../../domain/user';
import type { ServiceContext } from '../context';
import { ServiceError } from '../errors';

export interface UploadLimits {
  /** An unfinished upload with no chunk for this long is dropped (bytes and record). */
  partialMaxAgeMs: number;
  /** Declared bytes of one user's unfinished uploads at once. */
  maxPartialBytesPerUser: number;
  /** Verified attachment bytes one tenant may store; 0: no limit. */
  tenantQuotaBytes: number;
}

export const defaultUploadLimits: UploadLimits = {
  partialMaxAgeMs: 24 * 60 * 60 * 1000,
  // Three of the largest files in flight: a device sends one at a time, so this leaves room for a
  // second device or an abandoned attempt, and bounds a hostile user to ~30 MiB until expiry.
  maxPartialBytesPerUser: 3 * maxEvidenceBytes,
  tenantQuotaBytes: 50 * 1024 * 1024 * 1024,
};

/**
 * Refuses a file that would take the tenant past its quota. Counted as if the bytes were new even
 * when the tenant already stores them for another unit: the answer must not tell this unit that.
 */
export async function checkTenantQuota(ctx: ServiceContext, actor: Actor, size: number, limits: UploadLimits): Promise<void> {
  if (limits.tenantQuotaBytes <= 0) return;
  const used = await ctx.store.tenantAttachmentBytes(actor.tenantId);
  if (used + size > limits.tenantQuotaBytes) {
    throw new ServiceError('storage_quota_exceeded', { quotaBytes: limits.tenantQuotaBytes, usedBytes: used });
  }
}

/** Each user's unfinished uploads are theirs alone: another user (or unit) never appends to them. */
export const partialKey = (actor: Actor, sha256: string): string => `${actor.tenantId}-${actor.id}-${sha256}`;

/**
 * Tracks the upload a chunk belongs to before its bytes are kept. A new upload reserves its
 * declared size against the user's cap (atomically per user) and must fit the tenant's quota.
 * Returns true when the upload is new (bytes stored under its key, if any, are stale).
 */
export async function reservePartial(ctx: ServiceContext, actor: Actor, key: string, sha256: string, range: ContentRange, limits: UploadLimits): Promise<boolean> {
  const now = ctx.now();
  const existing = await ctx.store.getPartialUpload(key);
  if (existing) {
    // The same file always has the same size: another total is not a resume of this upload.
    if (existing.total !== range.total) throw new ServiceError('invalid_request', { reason: 'range_total', total: existing.total });
    await ctx.store.touchPartialUpload(key, now);
    return false;
  }
  const row = { key, tenantId: actor.tenantId, userId: actor.id, sha256, total: range.total, startedAt: now, updatedAt: now };
  const reservation = await ctx.store.reservePartialUpload(row, limits.maxPartialBytesPerUser);
  if (!reservation.reserved) {
    throw new ServiceError('partial_upload_limit', { maxBytes: limits.maxPartialBytesPerUser, pendingBytes: reservation.pendingBytes });
  }
  try {
    await checkTenantQuota(ctx, actor, range.total, limits);
  } catch (error) {
    await ctx.store.deletePartialUpload(key);
    throw error;
  }
  return true;
}

const mib = 1024 * 1024;

/** A non-negative number from the environment, or the default when unset; anything else stops the start. */
function envNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name]?.trim();
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name}: expected a non-negative number, got "${text}"`);
  return value;
}

/**
 * UPLOAD_PARTIAL_MAX_AGE_HOURS (24), UPLOAD_PARTIAL_MAX_MB_PER_USER (30), ATTACHMENT_QUOTA_MB_PER_TENANT
 * (51200; 0 = none) and HOUSEKEEPING_INTERVAL_MINUTES (15), as main.ts passes them on.
 */
export function uploadSettingsFromEnv(env: NodeJS.ProcessEnv): { limits: UploadLimits; housekeepingIntervalMs: number } {
  const d = defaultUploadLimits;
  const limits: UploadLimits = {
    partialMaxAgeMs: envNumber(env, 'UPLOAD_PARTIAL_MAX_AGE_HOURS', d.partialMaxAgeMs / 3_600_000) * 3_600_000,
    maxPartialBytesPerUser: Math.round(envNumber(env, 'UPLOAD_PARTIAL_MAX_MB_PER_USER', d.maxPartialBytesPerUser / mib) * mib),
    tenantQuotaBytes: Math.round(envNumber(env, 'ATTACHMENT_QUOTA_MB_PER_TENANT', d.tenantQuotaBytes / mib) * mib),
  };
  const minutes = envNumber(env, 'HOUSEKEEPING_INTERVAL_MINUTES', 15);
  if (minutes <= 0) throw new Error('HOUSEKEEPING_INTERVAL_MINUTES: expected more than 0');
  return { limits, housekeepingIntervalMs: minutes * 60_000 };
}
