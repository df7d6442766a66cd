// Login, session lookup and logout. Sessions live in the database (instances keep no state) and
// last 60 days, sliding, so a tablet can stay offline for weeks without losing its login.
import { createHash, randomBytes } from 'node:crypto';
import type { Actor, User } from '../../domain/user';
import type { ServiceContext } from './context';
import { ServiceError } from './errors';
import { dummyHash, verifyPassword } from './password';

export const sessionLifetimeMs = 60 * 24 * 3600 * 1000;
export const attemptWindowMs = 15 * 60 * 1000;
export const maxFailuresPerUsername = 5;
export const maxFailuresPerIp = 20;
/** Sliding renewal writes at most once a minute per session. */
const touchIntervalMs = 60 * 1000;

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export interface LoginInput { username: string; password: string; ip: string; userAgent: string | null }
export interface LoginResult { token: string; user: User; expiresAt: Date }

export type Authentication =
  | { kind: 'ok'; actor: Actor; user: User; tokenHash: string; expiresAt: Date; mustChangePassword: boolean }
  | { kind: 'expired' }
  | { kind: 'none' };

async function refuseIfRateLimited(ctx: ServiceContext, username: string, ip: string, now: Date): Promise<void> {
  const since = new Date(now.getTime() - attemptWindowMs);
  const [byUser, byIp] = await Promise.all([
    ctx.store.failedLoginsForUsername(username, since),
    ctx.store.failedLoginsForIp(ip, since),
  ]);
  const blocking = byUser.failures >= maxFailuresPerUsername ? byUser : byIp.failures >= maxFailuresPerIp ? byIp : null;
  if (!blocking) return;
  const freeAt = (blocking.oldest?.getTime() ?? now.getTime()) + attemptWindowMs;
  const seconds = Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
  throw new ServiceError('rate_limited', { retryAfterSeconds: seconds }, { seconds });
}

export async function login(ctx: ServiceContext, input: LoginInput): Promise<LoginResult> {
  const now = ctx.now();
  await refuseIfRateLimited(ctx, input.username, input.ip, now);
  const user = await ctx.store.findUserByUsername(input.username);
  // An unknown user still costs one scrypt, so timing does not tell which usernames exist.
  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await dummyHash()));
  if (!user || !ok) {
    await ctx.store.recordLoginAttempt({ username: input.username, ip: input.ip, success: false, attemptedAt: now });
    throw new ServiceError('invalid_credentials');
  }
  if (!user.active) throw new ServiceError('account_inactive');
  await ctx.store.recordLoginAttempt({ username: input.username, ip: input.ip, success: true, attemptedAt: now });
  await ctx.store.clearFailedLogins(input.username);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + sessionLifetimeMs);
  await ctx.store.insertSession({ tokenHash: hashToken(token), userId: user.id, createdAt: now, expiresAt });
  const { passwordHash: _hash, mustChangePassword: _must, ...publicUser } = user;
  return { token, user: publicUser, expiresAt };
}

/** Resolves a session cookie. Expired and revoked sessions (and deactivated users) say so. */
export async function authenticate(ctx: ServiceContext, token: string | undefined): Promise<Authentication> {
  if (!token) return { kind: 'none' };
  const tokenHash = hashToken(token);
  const session = await ctx.store.findSession(tokenHash);
  if (!session) return { kind: 'none' };
  const now = ctx.now();
  if (session.revokedAt || session.expiresAt.getTime() <= now.getTime()) return { kind: 'expired' };
  const record = await ctx.store.findUserById(session.userId);
  if (!record || !record.active) return { kind: 'expired' };
  let expiresAt = session.expiresAt;
  if (now.getTime() - session.lastSeenAt.getTime() >= touchIntervalMs) {
    expiresAt = new Date(now.getTime() + sessionLifetimeMs);
    await ctx.store.touchSession(tokenHash, now, expiresAt);
  }
  const { passwordHash: _hash, mustChangePassword, ...user } = record;
  const actor: Actor = { id: user.id, tenantId: user.tenantId, orgUnitId: user.orgUnitId, role: user.role };
  return { kind: 'ok', actor, user, tokenHash, expiresAt, mustChangePassword };
}

export async function logout(ctx: ServiceContext, token: string | undefined): Promise<void> {
  if (token) await ctx.store.revokeSession(hashToken(token), ctx.now());
}
