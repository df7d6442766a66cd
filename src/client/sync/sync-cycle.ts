// One sync cycle: push the whole outbox (seq order, batches of at most 500) and then pull until the
// server has nothing more. Touches IndexedDB only through src/client/db.
import type { Mutation } from '../../api/sync';
import { withoutNulDeep } from '../../domain/plain-text';
import type { OutboxEntry, PantauDatabase } from '../db/database';
import { ensureDeviceId, getMeta } from '../db/meta';
import { deviceNameToSend } from '../db/device-name';
import { applyPullChanges, resetLocalData } from '../db/pull-apply';
import { storePulledTenant } from '../db/pulled-tenant';
import { catchUpEntities } from './catch-up';
import { acknowledgeResults, maxBatch, takeOutboxBatch } from '../db/push-ack';
import { holdBackEvidence, unverifiedShas } from '../db/evidence-repository';
import { uploadPendingEvidence } from './evidence-uploader';
import type { SyncTransport } from './transport';

/**
 * Mutations per push: the most a batch may hold (db/push-ack.ts maxBatch, the server's limit). Each
 * push costs a round trip, a durable commit and ~14 queries under the tenant's writer lock whatever
 * its size, so after weeks offline a drain of 10,000 entries is 20 pushes, not 50: 12–15% less time
 * on loopback (npm run bench peer) and 30 fewer round trips on a satellite link. A batch of realisations is ≈ 32 kB gzip, well inside the 30 s timeout on a weak
 * link; its acknowledgement is one IndexedDB transaction (db/push-ack.ts).
 */
export const pushBatchSize = maxBatch;
/**
 * Rows per pull page, applied in one transaction: per-transaction overhead dominates small pages
 * (2,500 applied ≈ 1.6× faster than 1,000 in Chromium, npm run bench store), while a page stays
 * ≈ 250 kB gzip, well inside the 30 s request timeout on a weak link. The server allows 5,000.
 */
export const pullLimit = 2500;

export interface CycleProgress {
  pushed: number;
  pulled: number;
  /** How far the pull has come through the server's log, 0–1, when the server says (first sync's "40%"). */
  pullShare?: number;
}

export interface CycleOptions {
  db: PantauDatabase;
  /** Whose database this is: the server refuses the cycle under another user's session. */
  userId?: string;
  transport: SyncTransport;
  now: () => Date;
  onProgress: (progress: CycleProgress) => void;
  /** Server time minus device time, from each answer. */
  onClockSkew: (skewMs: number) => void;
}

function toMutation(entry: OutboxEntry): Mutation {
  const { id, seq, entity, recordId, op, fields, baseRev, clientTime } = entry;
  // The repositories no longer store NUL, but an entry queued by an older build may hold one: the
  // server refuses a request carrying it, which would stop this batch and every one behind it.
  return { id, seq, entity, recordId, op, fields: withoutNulDeep(fields), baseRev, clientTime };
}

const user = (options: CycleOptions) => (options.userId ? { userId: options.userId } : {});

export async function runSyncCycle(options: CycleOptions): Promise<void> {
  const progress: CycleProgress = { pushed: 0, pulled: 0 };
  const noteServerTime = (serverTime: string) => {
    const server = Date.parse(serverTime);
    if (Number.isFinite(server)) options.onClockSkew(server - options.now().getTime());
  };
  // Files first: an evidence entry never reaches the server before the file it names.
  await uploadPendingEvidence(options.db, options.transport.uploadAttachment, options.now);
  await pushAll(options, progress, noteServerTime);
  await catchUpEntities(options.db, options.transport, options.userId);
  await pullAll(options, progress, noteServerTime);
}

async function pushAll(options: CycleOptions, progress: CycleProgress, noteServerTime: (t: string) => void): Promise<void> {
  const { db, transport } = options;
  const deviceId = await ensureDeviceId(db);
  // Tells two tablets of one user apart (conflicts, the admin's sessions list).
  const deviceName = await deviceNameToSend(db);
  let stalls = 0;
  for (;;) {
    // Entries whose file is not verified yet wait behind the others, which go now.
    const waiting = await unverifiedShas(db);
    const heldFrom = waiting.size > 0 ? await holdBackEvidence(db, waiting) : null;
    const batch = await takeOutboxBatch(db, pushBatchSize, heldFrom);
    if (batch.length === 0) return;
    const response = await transport.push({ deviceId, ...(deviceName ? { deviceName } : {}), ...user(options), mutations: batch.map(toMutation) });
    noteServerTime(response.serverTime);
    const { acknowledged } = await acknowledgeResults(db, response.results, response.gap, options.now());
    progress.pushed += acknowledged;
    options.onProgress({ ...progress });
    // A gap is answered by resending from it; an answer that acknowledges nothing, again and
    // again, would loop for ever.
    stalls = acknowledged === 0 ? stalls + 1 : 0;
    if (stalls >= 3) throw new Error('push_stalled');
  }
}

async function pullAll(options: CycleOptions, progress: CycleProgress, noteServerTime: (t: string) => void): Promise<void> {
  const { db, transport } = options;
  let cursor = (await getMeta<number>(db, 'cursor')) ?? 0;
  let resets = 0;
  for (;;) {
    const response = await transport.pull({ cursor, limit: pullLimit, ...user(options) });
    noteServerTime(response.serverTime);
    if (response.kind === 'reset') {
      // The server is behind this device (restored from a backup): refetch, keep the outbox.
      resets += 1;
      if (resets > 1) throw new Error('pull_reset_loop');
      await resetLocalData(db);
      cursor = 0;
      continue;
    }
    await applyPullChanges(db, response.changes, response.nextCursor, response.serverTime);
    // Settings changed on another device: the session picks them up (session/pulled-tenant-watch.ts).
    if (response.tenant) await storePulledTenant(db, response.tenant, response.serverTime);
    progress.pulled += response.changes.length;
    if (response.lastRev !== undefined) progress.pullShare = !response.hasMore || response.lastRev === 0 ? 1 : Math.min(1, response.nextCursor / response.lastRev);
    options.onProgress({ ...progress });
    const advanced = response.nextCursor > cursor;
    cursor = response.nextCursor;
    if (!response.hasMore || !advanced) return;
  }
}
