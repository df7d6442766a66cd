// Users, sessions and login attempts.
import { and, count, eq, gt, isNull, min, ne, or } from 'drizzle-orm';
import type { Db } from './db';
import { loginAttempts, sessions, users } from './schema';
import { toUser } from './mappers';
import type { User } from '../../domain/user';

export type UserRecord = User & { passwordHash: string; mustChangePassword: boolean };
export type SessionRecord = typeof sessions.$inferSelect;
export interface AttemptWindow { failures: number; oldest: Date | null }

export function createAuthQueries(db: Db) {
  const toRecord = (row: typeof users.$inferSelect): UserRecord => ({
    ...toUser(row), passwordHash: row.passwordHash, mustChangePassword: row.mustChangePassword,
  });

  async function failuresSince(column: typeof loginAttempts.username | typeof loginAttempts.ip, key: string, since: Date): Promise<AttemptWindow> {
    const [row] = await db
      .select({ failures: count(), oldest: min(loginAttempts.attemptedAt) })
      .from(loginAttempts)
      .where(and(eq(column, key), eq(loginAttempts.success, false), gt(loginAttempts.attemptedAt, since)));
    return { failures: row?.failures ?? 0, oldest: row?.oldest ? new Date(row.oldest) : null };
  }

  return {
    async findUserByUsername(username: string): Promise<UserRecord | null> {
      const [row] = await db.select().from(users).where(eq(users.username, username.toLowerCase()));
      return row ? toRecord(row) : null;
    },
    async findUserById(id: string): Promise<UserRecord | null> {
      const [row] = await db.select().from(users).where(eq(users.id, id));
      return row ? toRecord(row) : null;
    },
    async insertUser(user: User, passwordHash: string, mustChangePassword = false): Promise<void> {
      await db.insert(users).values({ ...user, username: user.username.toLowerCase(), passwordHash, mustChangePassword });
    },
    async setUserActive(id: string, active: boolean): Promise<void> {
      await db.update(users).set({ active }).where(eq(users.id, id));
    },
    async insertSession(session: { tokenHash: string; userId: string; createdAt: Date; expiresAt: Date }): Promise<void> {
      await db.insert(sessions).values({ ...session, lastSeenAt: session.createdAt });
    },
    async findSession(tokenHash: string): Promise<SessionRecord | null> {
      const [row] = await db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash));
      return row ?? null;
    },
    async touchSession(tokenHash: string, lastSeenAt: Date, expiresAt: Date): Promise<void> {
      await db.update(sessions).set({ lastSeenAt, expiresAt }).where(eq(sessions.tokenHash, tokenHash));
    },
    async setSessionExpiry(tokenHash: string, expiresAt: Date): Promise<void> {
      await db.update(sessions).set({ expiresAt }).where(eq(sessions.tokenHash, tokenHash));
    },
    /**
     * Every push names its device, nearly always the same one: only a change is written. An UPDATE
     * that matches no row writes nothing, so its commit has no WAL to flush (no fsync per push).
     */
    async setSessionDevice(tokenHash: string, deviceId: string): Promise<void> {
      await db.update(sessions).set({ deviceId })
        .where(and(eq(sessions.tokenHash, tokenHash), or(isNull(sessions.deviceId), ne(sessions.deviceId, deviceId))));
    },
    async revokeSession(tokenHash: string, at: Date): Promise<void> {
      await db.update(sessions).set({ revokedAt: at }).where(eq(sessions.tokenHash, tokenHash));
    },
    async recordLoginAttempt(attempt: { username: string; ip: string; success: boolean; attemptedAt: Date }): Promise<void> {
      await db.insert(loginAttempts).values({ ...attempt, username: attempt.username.toLowerCase() });
    },
    failedLoginsForUsername(username: string, since: Date): Promise<AttemptWindow> {
      return failuresSince(loginAttempts.username, username.toLowerCase(), since);
    },
    failedLoginsForIp(ip: string, since: Date): Promise<AttemptWindow> {
      return failuresSince(loginAttempts.ip, ip, since);
    },
    /** A successful login forgives the username's earlier failures (not the IP's). */
    async clearFailedLogins(username: string): Promise<void> {
      await db.delete(loginAttempts)
        .where(and(eq(loginAttempts.username, username.toLowerCase()), eq(loginAttempts.success, false)));
    },
  };
}
