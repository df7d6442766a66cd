// Login, session lookup and logout. Sessions live in the database (instances keep no state) and
// last 60 days, sliding, so a tablet can stay offline for weeks without losing its login.
import { createHash, randomBytes } from 'node:crypto';
import type { Actor, User } from '../../../domain/user';
import type { ServiceContext } from '../context';
import { ServiceError } from '../errors';
import { dummyHash, hashPassword, needsRehash, verifyPassword } from './password';
import { countAttempt, throttleKeys } from './login-throttle';
import { logSecurityEvent } from './security-log';

export const sessionLifetimeMs = 60 * 24 * 3600 * 1000;
/** Sliding renewal writes at most once a minute per session. */
const touchIntervalMs = 60 * 1000;

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
export const newToken = (): string => randomBytes(32).toString('base64url');

export interface LoginInput {
  username: string; password: string; ip: string; userAgent: string | null;
  /** The device cookie the browser sent, if any (login-throttle.ts). */
  deviceToken: string | null;
}
export interface LoginResult {
  token: string; user: User; expiresAt: Date;
  /** A device cookie for this browser and user: issued at every successful login (new or renewed). */
  deviceToken: string;
}

export type Authentication =
  | { kind: 'ok'; actor: Actor; user: User; tokenHash: string; expiresAt: Date; mustChangePassword: boolean }
  | { kind: 'expired' }
  | { kind: 'none' };

/** The device cookie's hash when it was issued at a login of this username, else null (an untrusted browser). */
async function trustedDeviceHash(ctx: ServiceContext, deviceToken: string | null, username: string): Promise<string | null> {
  if (!deviceToken) return null;
  const tokenHash = hashToken(deviceToken);
  return (await ctx.store.isTrustedDevice(tokenHash, username)) ? tokenHash : null;
}

export async function login(ctx: ServiceContext, input: LoginInput): Promise<LoginResult> {
  const deviceHash = await trustedDeviceHash(ctx, input.deviceToken, input.username);
  const keys = throttleKeys({ username: input.username, ip: input.ip, trustedDeviceHash: deviceHash });
  // Counted before the password is checked, in one statement: a burst cannot pass the check in parallel.
  await countAttempt(ctx, [keys.ip, keys.account], async (key) => {
    if (key !== keys.account) return;
    const target = await ctx.store.findUserByUsername(input.username);
    if (target) await logSecurityEvent(ctx, { event: 'signInLocked', subject: target, actorId: null, details: { ip: input.ip } });
  });
  const user = await ctx.store.findUserByUsername(input.username);
  let ok: boolean;
  try {
    // An unknown user still costs one scrypt, so timing does not tell which usernames exist.
    ok = await ctx.hashGate.run(async () => {
      const valid = await verifyPassword(input.password, user?.passwordHash ?? (await dummyHash()));
      // A hash made at a lower cost is replaced while the password is at hand (password.ts).
      if (valid && user && needsRehash(user.passwordHash)) {
        await ctx.store.replacePasswordHash(user.id, user.passwordHash, await hashPassword(input.password));
      }
      return valid;
    });
  } catch (error) {
    // Never checked (the instance was busy): the attempt is given back.
    if (error instanceof ServiceError && error.code === 'login_busy') await ctx.store.refundLoginAttempt([keys.ip, keys.account]);
    throw error;
  }
  if (!user || !ok) throw new ServiceError('invalid_credentials');
  // Only someone who knows the password learns that the account is inactive (docs/security.md).
  if (!user.active) throw new ServiceError('account_inactive');
  // A success forgives the username's (or device's) failures and does not count against the address.
  await ctx.store.clearLoginThrottle([keys.account, `user:${user.username}`]);
  await ctx.store.refundLoginAttempt([keys.ip]);
  const now = ctx.now();
  // One token per browser: kept when it has one (trusted now for this user too), else a new one.
  const deviceToken = input.deviceToken && /^[\w-]{43}$/.test(input.deviceToken) ? input.deviceToken : newToken();
  await ctx.store.insertTrustedDevice({ tokenHash: hashToken(deviceToken), username: user.username, now });
  const token = newToken();
  const expiresAt = new Date(now.getTime() + sessionLifetimeMs);
  await ctx.store.insertSession({ tokenHash: hashToken(token), userId: user.id, createdAt: now, expiresAt });
  await logSecurityEvent(ctx, { event: 'signedIn', subject: user, actorId: user.id, details: { ip: input.ip, userAgent: input.userAgent } });
  const { passwordHash: _hash, mustChangePassword: _must, ...publicUser } = user;
  return { token, user: publicUser, expiresAt, deviceToken };
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
  const actor: Actor = { id: user.id, tenantId: user.tenantId, orgUnitId: user.orgUnitId, role: user.role, planner: user.planner };
  return { kind: 'ok', actor, user, tokenHash, expiresAt, mustChangePassword };
}

export async function logout(ctx: ServiceContext, token: string | undefined): Promise<void> {
  if (!token) return;
  const tokenHash = hashToken(token);
  const session = await ctx.store.findSession(tokenHash);
  await ctx.store.revokeSession(tokenHash, ctx.now());
  if (!session || session.revokedAt) return;
  const user = await ctx.store.findUserById(session.userId);
  if (user) await logSecurityEvent(ctx, { event: 'signedOut', subject: user, actorId: user.id });
}
