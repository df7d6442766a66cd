// Read-only service tokens for other systems: the admin creates (the secret is shown once, only
// its sha256 is kept), lists and revokes them; each of those and each burst of use is a row of
// the change log, which is the audit trail. A token reads its own tenant's exports and nothing else.
import { randomBytes, randomUUID } from 'node:crypto';
import type { ServiceToken, ServiceTokenCreate, ServiceTokenCreated } from '../../../api/integration';
import { serviceTokenCreateSchema, serviceTokenPrefix } from '../../../api/integration';
import type { Actor } from '../../../domain/user';
import type { ServiceTokenRecord } from '../../store/integration-queries';
import type { ServiceContext } from '../context';
import { ServiceError } from '../errors';
import { refused, requireAdmin, writeLogged, type LoggedChange } from '../admin/admin-log';
import { hashToken } from './auth';

/** Uses closer together than this are one burst: one audit row, not one per request. */
export const serviceTokenBurstMs = 15 * 60 * 1000;

const isActive = (row: ServiceTokenRecord, now: Date): boolean =>
  row.revokedAt === null && (row.expiresAt === null || row.expiresAt.getTime() > now.getTime());

function toListing(row: ServiceTokenRecord, now: Date, usernames: ReadonlyMap<string, string>): ServiceToken {
  return {
    id: row.id, name: row.name, createdBy: usernames.get(row.createdBy) ?? null, createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null, revokedAt: row.revokedAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null, active: isActive(row, now),
  };
}

/** What the audit keeps of a token: never the secret or its hash. */
const audited = (row: ServiceTokenRecord): Record<string, unknown> => ({
  id: row.id, name: row.name, expiresAt: row.expiresAt?.toISOString() ?? null, revokedAt: row.revokedAt?.toISOString() ?? null,
});
const tokenChange = (op: LoggedChange['op'], before: ServiceTokenRecord | null, after: ServiceTokenRecord): LoggedChange => ({
  entity: 'serviceToken', recordId: after.id, orgUnitId: null, op, before: before ? audited(before) : null, after: audited(after),
});

async function usernamesOf(ctx: ServiceContext, tenantId: string): Promise<Map<string, string>> {
  return new Map((await ctx.store.listUsers(tenantId)).map((u) => [u.id, u.username]));
}

export async function listServiceTokens(ctx: ServiceContext, actor: Actor): Promise<ServiceToken[]> {
  requireAdmin(actor);
  const usernames = await usernamesOf(ctx, actor.tenantId);
  const now = ctx.now();
  return (await ctx.store.listServiceTokens(actor.tenantId)).map((row) => toListing(row, now, usernames));
}

export async function createServiceToken(ctx: ServiceContext, actor: Actor, input: ServiceTokenCreate): Promise<ServiceTokenCreated> {
  requireAdmin(actor);
  const parsed = serviceTokenCreateSchema.parse(input);
  const expiresAt = parsed.expiresAt === null ? null : new Date(parsed.expiresAt);
  if (expiresAt !== null && expiresAt.getTime() <= ctx.now().getTime()) throw refused('expiry_past', { field: 'expiresAt' });
  const token = `${serviceTokenPrefix}${randomBytes(32).toString('base64url')}`;
  const row = await writeLogged(ctx, actor, async (tx, _rev, at) => {
    const created: ServiceTokenRecord = {
      id: randomUUID(), tenantId: actor.tenantId, name: parsed.name, tokenHash: hashToken(token), createdBy: actor.id,
      createdAt: at, expiresAt, revokedAt: null, lastUsedAt: null,
    };
    await tx.insertServiceToken(created);
    return { change: tokenChange('insert', null, created), result: created };
  });
  return { serviceToken: toListing(row, ctx.now(), await usernamesOf(ctx, actor.tenantId)), token };
}

/** Revoking twice is harmless (no second audit row); another tenant's token is not_found. */
export async function revokeServiceToken(ctx: ServiceContext, actor: Actor, id: string): Promise<ServiceToken> {
  requireAdmin(actor);
  const existing = await ctx.store.getServiceToken(id);
  if (!existing || existing.tenantId !== actor.tenantId) throw new ServiceError('not_found');
  const row = existing.revokedAt !== null ? existing : await writeLogged(ctx, actor, async (tx, _rev, at) => {
    const before = await tx.getServiceToken(id);
    if (!before) throw new ServiceError('not_found');
    if (before.revokedAt !== null) return { change: tokenChange('update', before, before), result: before };
    await tx.revokeServiceToken(id, at);
    const after = { ...before, revokedAt: at };
    return { change: tokenChange('update', before, after), result: after };
  });
  return toListing(row, ctx.now(), await usernamesOf(ctx, actor.tenantId));
}

export interface ServiceCaller { tokenId: string; tenantId: string; name: string }
/** What a use was for, for the audit row that starts a burst. */
export interface ServiceUse { path: string; year: number; format: string }

/**
 * The token of an `Authorization: Bearer` header, or 401 for anything else: unknown, revoked and
 * expired tokens get the same answer. A use more than a burst after the previous one is logged.
 */
export async function authenticateServiceToken(ctx: ServiceContext, token: string | undefined, use: ServiceUse): Promise<ServiceCaller> {
  if (!token || !token.startsWith(serviceTokenPrefix) || token.length > 200) throw new ServiceError('unauthenticated');
  const row = await ctx.store.findServiceTokenByHash(hashToken(token));
  const now = ctx.now();
  if (!row || !isActive(row, now)) throw new ServiceError('unauthenticated');
  const burstBefore = new Date(now.getTime() - serviceTokenBurstMs);
  if (row.lastUsedAt !== null && row.lastUsedAt.getTime() >= burstBefore.getTime()) {
    await ctx.store.touchServiceToken(row.id, now);
  } else {
    // The tenant's writer lock first (as every logged write takes it), then the conditional
    // stamp: of parallel first uses, one logs the burst.
    await ctx.store.transaction(async (tx) => {
      await tx.lockTenantCounter(row.tenantId);
      if (!(await tx.touchServiceToken(row.id, now, burstBefore))) return;
      const rev = await tx.nextRev(row.tenantId);
      await tx.appendChange({
        tenantId: row.tenantId, rev, entity: 'serviceToken', recordId: row.id, orgUnitId: null, op: 'update',
        before: null, after: { id: row.id, name: row.name, used: true, ...use }, userId: null, deviceId: null, mutationId: null, createdAt: now,
      });
    });
  }
  return { tokenId: row.id, tenantId: row.tenantId, name: row.name };
}
