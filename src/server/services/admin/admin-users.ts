// Accounts: create, change, deactivate (sessions end at once), reset password, sessions, CSV import.
import { randomInt, randomUUID } from 'node:crypto';
import type { AdminUser, OneTimePasswordResponse, SessionListing, UserCreate, UserImportResponse, UserUpdate } from '../../../api/admin';
import { userCreateSchema } from '../../../api/admin';
import { checkPasswordPolicy } from '../../../domain/password-policy';
import type { Actor, User } from '../../../domain/user';
import type { Tx } from '../../store/connection';
import type { AdminUserRecord } from '../../store/admin-queries';
import type { ServiceContext } from '../context';
import { ServiceError } from '../errors';
import { hashPassword } from '../auth/password';
import { isCommonPassword } from '../auth/common-passwords';
import { refused, requireAdmin, writeLogged, type LoggedChange } from './admin-log';
import { parseUserCsv } from './admin-user-csv';
import { logSecurityEvent } from '../auth/security-log';
import { canAdminister, mayHoldPlannerRight } from '../../../domain/permissions';

/** No look-alike characters (0/O, 1/l/I): it is read off a screen and typed on a tablet. */
const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function generateOneTimePassword(): string {
  for (;;) {
    const password = Array.from({ length: 12 }, () => alphabet[randomInt(alphabet.length)]).join('');
    if (checkPasswordPolicy(password, { isCommon: isCommonPassword }) === null) return password;
  }
}

const userChange = (op: LoggedChange['op'], before: AdminUserRecord | null, after: AdminUserRecord): LoggedChange => ({
  entity: 'user', recordId: after.id, orgUnitId: after.orgUnitId, op, before, after,
});

export async function listUsers(ctx: ServiceContext, actor: Actor): Promise<AdminUser[]> {
  requireAdmin(actor);
  const [users, signIns] = await Promise.all([ctx.store.listUsers(actor.tenantId), ctx.store.listLastSignIns(actor.tenantId)]);
  return users.map((u) => ({ ...u, lastSignInAt: signIns.get(u.id)?.toISOString() ?? null }));
}

async function ownUser(tx: Tx, actor: Actor, id: string): Promise<AdminUserRecord> {
  const record = await tx.findUserById(id);
  if (!record || record.tenantId !== actor.tenantId) throw new ServiceError('not_found');
  const { passwordHash: _hash, ...user } = record;
  return user;
}

async function activeUnitOf(tx: Tx, actor: Actor, orgUnitId: string): Promise<void> {
  const unit = await tx.getOrgUnit(orgUnitId);
  if (!unit || unit.tenantId !== actor.tenantId) throw refused('unit_not_found', { field: 'orgUnitId' });
  if (!unit.active) throw refused('unit_inactive', { field: 'orgUnitId' });
}

async function insertNewUser(tx: Tx, actor: Actor, input: ReturnType<typeof userCreateSchema.parse>, passwordHash: string): Promise<AdminUserRecord> {
  if (await tx.findUserByUsername(input.username)) throw refused('username_taken', { field: 'username' });
  await activeUnitOf(tx, actor, input.orgUnitId);
  if (input.planner && !mayHoldPlannerRight(input.role)) throw refused('planner_role', { field: 'planner' });
  const user: User = { id: randomUUID(), tenantId: actor.tenantId, active: true, ...input };
  await tx.insertUser(user, passwordHash, true);
  return { ...user, mustChangePassword: true };
}

/**
 * The planner right goes with the evaluator role (permissions.ts mayHoldPlannerRight): giving it to
 * another role is refused, and a role change away from evaluator takes it away.
 */
function withPlannerRight(before: User, input: UserUpdate): UserUpdate {
  const role = input.role ?? before.role;
  if (mayHoldPlannerRight(role)) return input;
  if (input.planner === true) throw refused('planner_role', { field: 'planner' });
  return before.planner ? { ...input, planner: false } : input;
}

export async function createUser(ctx: ServiceContext, actor: Actor, input: UserCreate): Promise<OneTimePasswordResponse> {
  requireAdmin(actor);
  const parsed = userCreateSchema.parse(input);
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  const user = await writeLogged(ctx, actor, async (tx) => {
    const created = await insertNewUser(tx, actor, parsed, passwordHash);
    return { change: userChange('insert', null, created), result: created };
  });
  return { user, oneTimePassword };
}

export async function updateUser(ctx: ServiceContext, actor: Actor, id: string, input: UserUpdate): Promise<AdminUser> {
  requireAdmin(actor);
  // An admin cannot lock themselves out: not deactivate their own account, nor give it a role that
  // no longer administers the tenant.
  const losesAdministering = input.role !== undefined && !canAdminister({ ...actor, role: input.role }, actor.tenantId).allowed;
  if (id === actor.id && (input.active === false || losesAdministering)) throw refused('own_account');
  return writeLogged(ctx, actor, async (tx, _rev, at) => {
    const before = await ownUser(tx, actor, id);
    if (input.orgUnitId !== undefined && input.orgUnitId !== before.orgUnitId) await activeUnitOf(tx, actor, input.orgUnitId);
    const change = withPlannerRight(before, input);
    await tx.updateUser(id, change);
    // Deactivation ends every session now; a role, unit or right change does too, so no device keeps
    // rows pulled under the old scope past its next sync, and the next sign-in brings the new right.
    const scopeChanged = (input.role !== undefined && input.role !== before.role) || (input.orgUnitId !== undefined && input.orgUnitId !== before.orgUnitId)
      || (change.planner !== undefined && change.planner !== before.planner);
    if (input.active === false || scopeChanged) await tx.revokeSessionsOfUser(id, at);
    const after: AdminUserRecord = { ...before, ...change };
    return { change: userChange('update', before, after), result: after };
  });
}

export async function resetPassword(ctx: ServiceContext, actor: Actor, id: string): Promise<OneTimePasswordResponse> {
  requireAdmin(actor);
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  const user = await writeLogged(ctx, actor, async (tx, _rev, at) => {
    const before = await ownUser(tx, actor, id);
    await tx.setPassword(id, passwordHash, true);
    await tx.revokeSessionsOfUser(id, at);
    const after = { ...before, mustChangePassword: true };
    // The audit says a reset happened; it never holds a password or a hash.
    return { change: { ...userChange('update', before, after), after: { ...after, passwordReset: true } }, result: after };
  });
  return { user, oneTimePassword };
}

export async function listSessions(ctx: ServiceContext, actor: Actor, userId: string): Promise<SessionListing[]> {
  requireAdmin(actor);
  const user = await ctx.store.findUserById(userId);
  if (!user || user.tenantId !== actor.tenantId) throw new ServiceError('not_found');
  const now = ctx.now().getTime();
  const rows = await ctx.store.listSessionsOfUser(userId);
  return rows.map((s) => ({
    id: s.tokenHash.slice(0, 16), deviceId: s.deviceId, deviceName: s.deviceName, userAgent: s.userAgent,
    createdAt: s.createdAt.toISOString(), lastSeenAt: s.lastSeenAt.toISOString(), expiresAt: s.expiresAt.toISOString(),
    revokedAt: s.revokedAt?.toISOString() ?? null, active: s.revokedAt === null && s.expiresAt.getTime() > now,
  }));
}

export async function revokeSession(ctx: ServiceContext, actor: Actor, userId: string, sessionId: string): Promise<void> {
  requireAdmin(actor);
  const user = await ctx.store.findUserById(userId);
  if (!user || user.tenantId !== actor.tenantId) throw new ServiceError('not_found');
  if (!(await ctx.store.revokeSessionByPrefix(userId, sessionId, ctx.now()))) throw new ServiceError('not_found');
  await logSecurityEvent(ctx, { event: 'sessionEnded', subject: user, actorId: actor.id });
}

/** All rows or none: a half-imported sheet is harder to fix than a list of line errors. */
export async function importUsers(ctx: ServiceContext, actor: Actor, csv: string, language: 'id' | 'en'): Promise<UserImportResponse> {
  requireAdmin(actor);
  const units = await ctx.store.listOrgUnits(actor.tenantId);
  const existing = new Set((await ctx.store.listUsers(actor.tenantId)).map((u) => u.username));
  const { rows, errors } = parseUserCsv(csv, { units, language });
  for (const row of rows) {
    if (existing.has(row.input.username) || (await ctx.store.findUserByUsername(row.input.username))) {
      errors.push({ line: row.line, message: language === 'en' ? 'The username is already taken.' : 'Nama pengguna sudah dipakai.' });
    }
  }
  if (errors.length > 0 || rows.length === 0) return { created: [], errors: errors.sort((a, b) => a.line - b.line) };
  const prepared = await Promise.all(rows.map(async (row) => {
    const oneTimePassword = generateOneTimePassword();
    return { row, oneTimePassword, passwordHash: await hashPassword(oneTimePassword) };
  }));
  // One transaction: a username taken meanwhile rolls the whole import back.
  await ctx.store.transaction(async (tx) => {
    await tx.lockTenantCounter(actor.tenantId);
    for (const item of prepared) {
      const user = await insertNewUser(tx, actor, item.row.input, item.passwordHash);
      const rev = await tx.nextRev(actor.tenantId);
      await tx.appendChange({
        tenantId: actor.tenantId, rev, ...userChange('insert', null, user), userId: actor.id, deviceId: null, mutationId: null, createdAt: ctx.now(),
      });
    }
  });
  return { created: prepared.map((item) => ({ username: item.row.input.username, oneTimePassword: item.oneTimePassword })), errors: [] };
}
