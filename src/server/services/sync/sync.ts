// Push and pull (design.md, "Sync protocol").
import type { Language } from '../../../api/errors';
import { rejectionMessages } from '../../../api/errors';
import type { CatchUpEntity, Mutation, MutationResult, PullQuery, PullResponse, PushRequest, PushResponse, SyncEntity } from '../../../api/sync';
import { syncProtocol } from '../../../api/routes';
import { entityProtocol, syncEntitySchema } from '../../../api/sync';
import { canRead, canReadHigherPk, hasTenantWideScope } from '../../../domain/permissions';
import { unitsAbove } from '../agreements/units-above';
import type { Actor } from '../../../domain/user';
import type { Tx } from '../../store/connection';
import type { ServiceContext } from '../context';
import { ServiceError } from '../errors';
import type { Applied, WriteContext } from './write-context';
import { applyRealisationChange } from '../realisations/workflow-mutation';
import { Rejection } from '../rejection';
import { applyEvidenceMutation } from '../evidence/evidence-mutation';
import { applyConflictMutation } from '../realisations/conflict-resolution';
import { applyProgramRealisationMutation } from '../realisations/program-realisation-mutation';
import { applyLkeEvaluationMutation } from '../lke/lke-evaluation-mutation';
import { applyLkeResponseMutation } from '../lke/lke-response-mutation';
import { applyLkeRecommendationMutation } from '../lke/lke-recommendation-mutation';
import { applyLkeEvidenceMutation } from '../lke/lke-evidence-mutation';
import { PushBatch } from './push-batch';
import { applyAgreementMutation } from '../agreements/agreement-mutation';
import { applyGoalMutation, applyIndicatorMutation, applyProgramMutation } from '../agreements/agreement-part-mutation';
import { inTenantQueue } from './tenant-queue';

export interface PushMeta { sessionTokenHash: string | null; userAgent: string | null; language: Language }

type Handler = (tx: Tx, wc: WriteContext, mutation: Mutation) => Promise<Applied>;
/**
 * `validatesFirst`: the handler refuses (throws Rejection) only before it writes anything, so it
 * runs on the batch's write-behind overlay without a savepoint (push-batch.ts). The others run
 * isolated, in a savepoint of their own. A new handler is isolated unless it is shown to
 * validate first (the PK handlers write several rows when signing or deleting, so they are isolated).
 */
const handlers: Partial<Record<SyncEntity, { apply: Handler; validatesFirst: boolean }>> = {
  realisation: { apply: applyRealisationChange, validatesFirst: true },
  conflict: { apply: applyConflictMutation, validatesFirst: false },
  evidence: { apply: applyEvidenceMutation, validatesFirst: false },
  programRealisation: { apply: applyProgramRealisationMutation, validatesFirst: false },
  lkeResponse: { apply: applyLkeResponseMutation, validatesFirst: false },
  lkeEvaluation: { apply: applyLkeEvaluationMutation, validatesFirst: false },
  lkeRecommendation: { apply: applyLkeRecommendationMutation, validatesFirst: false },
  lkeEvidence: { apply: applyLkeEvidenceMutation, validatesFirst: false },
  agreement: { apply: applyAgreementMutation, validatesFirst: false },
  goal: { apply: applyGoalMutation, validatesFirst: false },
  indicator: { apply: applyIndicatorMutation, validatesFirst: false },
  program: { apply: applyProgramMutation, validatesFirst: false },
};

function rejected(mutation: Mutation, rejection: Rejection, language: Language): MutationResult {
  const reason = { code: rejection.code, message: rejectionMessages[rejection.code][language] };
  return {
    id: mutation.id, seq: mutation.seq, status: 'rejected', duplicate: false, recordId: mutation.recordId, rev: null,
    reason: rejection.details === undefined ? reason : { ...reason, details: rejection.details },
  };
}

async function applyOne(batch: PushBatch, wc: WriteContext, mutation: Mutation, language: Language): Promise<MutationResult> {
  const handler = handlers[mutation.entity];
  if (!handler) return rejected(mutation, new Rejection('forbidden', { entity: mutation.entity }), language);
  try {
    // Either way a refusal leaves nothing of this mutation behind, and the next one goes on.
    const work = (tx: Tx) => handler.apply(tx, wc, mutation);
    const applied = await (handler.validatesFirst ? batch.run(work) : batch.isolated(work));
    return { id: mutation.id, seq: mutation.seq, duplicate: false, ...applied };
  } catch (error) {
    if (error instanceof Rejection) return rejected(mutation, error, language);
    throw error;
  }
}

/** A stored outcome, repeated for a resent seq; the message follows the asker's language. */
function replay(stored: Record<string, unknown>, language: Language): MutationResult {
  const result = stored as MutationResult;
  const reason = result.reason ? { ...result.reason, message: rejectionMessages[result.reason.code][language] } : undefined;
  return { ...result, duplicate: true, ...(reason ? { reason } : {}) };
}

export async function push(ctx: ServiceContext, actor: Actor, request: PushRequest, meta: PushMeta): Promise<PushResponse> {
  const now = ctx.now();
  const sorted = [...request.mutations].sort((a, b) => a.seq - b.seq);
  // Pushes of one tenant queue here before they take a pooled connection: waiting for the
  // tenant's lock inside a transaction would hold connections that pulls need (tenant-queue.ts).
  const response = await inTenantQueue(ctx.store, actor.tenantId, () => ctx.store.transaction(async (tx) => {
    // The device's row first (only pushes lock it, always before the tenant: no deadlock), so a
    // push waiting for the tenant has done that much already and one device's batches run in turn.
    const device = await tx.lockDevice({ id: request.deviceId, userId: actor.id, tenantId: actor.tenantId, at: now, userAgent: meta.userAgent, name: request.deviceName ?? null });
    if (device.userId !== actor.id) throw new ServiceError('device_mismatch');
    // Then the tenant's writer lock, for the whole batch: revs stay in commit order (see
    // store/sync-queries.ts) and natural-key lookups see every committed row.
    const lastRev = await tx.lockTenantCounter(actor.tenantId);

    const batch = new PushBatch(tx, actor.tenantId, lastRev);
    await batch.prefetch(device.id, device.lastSeq, sorted);
    let lastSeq = device.lastSeq;
    const results: MutationResult[] = [];
    let gap: PushResponse['gap'];
    for (const mutation of sorted) {
      if (mutation.seq <= lastSeq) {
        const stored = await batch.outcome(device.id, mutation.seq);
        if (stored && stored.id === mutation.id) results.push(replay(stored, meta.language));
        // The seq was used by another mutation (a device restored from a backup?): answering the
        // old outcome would make the device drop a change it never sent, so refuse it visibly.
        else results.push(rejected(mutation, new Rejection('invalid', { reason: 'seq_already_used', lastSeq }), meta.language));
        continue;
      }
      if (mutation.seq > lastSeq + 1) {
        gap = { expectedSeq: lastSeq + 1 };
        break;
      }
      const wc: WriteContext = { actor, deviceId: device.id, mutationId: mutation.id, now, clientTime: mutation.clientTime, deviceName: request.deviceName ?? device.name };
      const result = await applyOne(batch, wc, mutation, meta.language);
      batch.recordMutation({
        id: mutation.id, deviceId: device.id, seq: mutation.seq, userId: actor.id,
        payload: mutation, outcome: result, receivedAt: now,
      });
      lastSeq = mutation.seq;
      results.push(result);
    }
    await batch.flush();
    await tx.updateDevice(device.id, { lastSeq, lastSeen: now, userAgent: meta.userAgent, ...(request.deviceName ? { name: request.deviceName } : {}) });
    return { results, ...(gap ? { gap } : {}), serverTime: now.toISOString() };
  }));
  // Which device a session syncs from (the admin's session list): not part of the batch, so it is
  // written after the tenant's lock is released (inside, it would also risk a lock-order deadlock
  // with admin writes that lock the tenant and then revoke sessions).
  if (meta.sessionTokenHash) await ctx.store.setSessionDevice(meta.sessionTokenHash, request.deviceId);
  return response;
}

const pkEntities: ReadonlySet<string> = new Set(['agreement', 'goal', 'indicator'] satisfies SyncEntity[]);
const isPkEntity = (entity: string): boolean => pkEntities.has(entity);

/** The rows a catch-up sends: as they are now, those the actor may read (templates and plans are tenant-wide, so all). */
async function catchUpRows(ctx: ServiceContext, actor: Actor, entity: CatchUpEntity): Promise<Array<{ id: string; rev: number; tenantId: string; orgUnitId?: string }>> {
  if (entity === 'lkeTemplate') return ctx.store.listLkeTemplates(actor.tenantId);
  if (entity === 'rpjmdPlan') return ctx.store.listRpjmdPlans(actor.tenantId);
  if (isPkEntity(entity)) {
    // What a unit's device did not pull before it read the PKs of the units above it (a tenant-wide one always had them).
    if (hasTenantWideScope(actor)) return [];
    const above = await unitsAbove(ctx.store, actor.orgUnitId);
    const rows = await ctx.store.listPkRowsOfUnits(entity as 'agreement' | 'goal' | 'indicator', actor.tenantId, [...above]);
    return rows.filter((row) => canReadHigherPk(actor, row, above).allowed);
  }
  // A device that never had any file rows needs no tombstones; a unit's device reads its own unit's only.
  const rows = await ctx.store.listLiveLkeEvidence(actor.tenantId, hasTenantWideScope(actor) ? null : actor.orgUnitId);
  return rows.filter((row) => canRead(actor, row).allowed);
}

/** What `catchUp` asks for: the entity's rows as they are now, without moving the cursor. */
async function catchUpPull(ctx: ServiceContext, actor: Actor, query: PullQuery & { catchUp: CatchUpEntity }, serverTime: string): Promise<PullResponse> {
  const rows = await catchUpRows(ctx, actor, query.catchUp);
  const changes = rows.map((row) => ({ rev: row.rev, entity: query.catchUp, recordId: row.id, row }));
  return { kind: 'changes', changes, nextCursor: query.cursor, hasMore: false, serverTime };
}

/** `protocol`: the requesting build's sync protocol (api/routes.ts); its pulls leave out entities it cannot read. */
export async function pull(ctx: ServiceContext, actor: Actor, query: PullQuery, protocol: number = syncProtocol.version): Promise<PullResponse> {
  const serverTime = ctx.now().toISOString();
  if (query.catchUp) return catchUpPull(ctx, actor, { ...query, catchUp: query.catchUp }, serverTime);
  // Read the committed cursor first, then changes up to it: nothing ≤ it can still be in flight.
  const lastRev = await ctx.store.getLastRev(actor.tenantId);
  if (query.cursor > lastRev) return { kind: 'reset', serverCursor: lastRev, serverTime };
  // A device that is up to date (most pulls of a visible, idle tablet, every few seconds) costs one read.
  if (query.cursor === lastRev) return { kind: 'changes', changes: [], nextCursor: lastRev, hasMore: false, lastRev, serverTime };
  const tenantWide = hasTenantWideScope(actor);
  // A bidang's device reads its OPD's PK too, to link its own indicators to it offline.
  const above = tenantWide ? new Set<string>() : await unitsAbove(ctx.store, actor.orgUnitId);
  const rows = await ctx.store.listChanges({
    tenantId: actor.tenantId, after: query.cursor, upTo: lastRev,
    orgUnitId: tenantWide ? null : actor.orgUnitId, pkOfUnits: [...above], limit: query.limit,
  });
  const full = rows.length === query.limit;
  // A short page scanned everything up to lastRev, including rows this actor may not see.
  const nextCursor = full ? (rows.at(-1)?.rev ?? lastRev) : lastRev;
  // The tenant row travels with the page: a settings change bumped the log, so this pull is not the
  // quiet one above and the device gets the new settings now (not at its next sign-in).
  const tenant = await ctx.store.getTenant(actor.tenantId);
  const changes = rows
    // Admin audit entries (user, tenant) share the log but are not synced entities: devices skip them.
    .filter((c) => syncEntitySchema.safeParse(c.entity).success && (entityProtocol[c.entity as SyncEntity] ?? 1) <= protocol)
    .filter((c) => (isPkEntity(c.entity) ? canReadHigherPk(actor, c, above) : canRead(actor, c)).allowed)
    .map((c) => ({ rev: c.rev, entity: c.entity as SyncEntity, recordId: c.recordId, row: c.after }));
  return { kind: 'changes', changes, nextCursor, hasMore: full && nextCursor < lastRev, lastRev, ...(tenant ? { tenant } : {}), serverTime };
}
