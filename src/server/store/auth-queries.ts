// Users, sessions, login throttling and trusted devices.
import { and, eq, inArray, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Db } from './db';
import { loginThrottle, sessions, trustedDevices, users } from './schema';
import { toUser } from './mappers';
import type { User } from '../../domain/user';

export type UserRecord = User & { passwordHash: string; mustChangePassword: boolean };
export type SessionRecord = typeof sessions.$inferSelect;
export interface ThrottleCount { key: string; attempts: number; windowStart: Date }

export function createAuthQueries(db: Db) {
  const toRecord = (row: typeof users.$inferSelect): UserRecord => ({
    ...toUser(row), passwordHash: row.passwordHash, mustChangePassword: row.mustChangePassword,
  });

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
    /**
     * Counts one attempt under each key, in one statement, and returns each key's count within its
     * window. Row locks of the upsert serialise parallel attempts on the same key: no two can read
     * the same count (the burst the probe found was a check and a record made in separate steps).
     */
    async countLoginAttempt(keys: string[], now: Date, windowMs: number): Promise<ThrottleCount[]> {
      if (keys.length === 0) return [];
      const windowFloor = new Date(now.getTime() - windowMs);
      const expired = sql`${loginThrottle.windowStart} <= ${windowFloor}`;
      const rows = await db.insert(loginThrottle)
        .values(keys.map((key) => ({ key, windowStart: now, attempts: 1 })))
        .onConflictDoUpdate({
          target: loginThrottle.key,
          set: {
            windowStart: sql`CASE WHEN ${expired} THEN ${now} ELSE ${loginThrottle.windowStart} END`,
            attempts: sql`CASE WHEN ${expired} THEN 1 ELSE ${loginThrottle.attempts} + 1 END`,
          },
        })
        .returning({ key: loginThrottle.key, attempts: loginThrottle.attempts, windowStart: loginThrottle.windowStart });
      return rows.map((row) => ({ key: row.key, attempts: row.attempts, windowStart: new Date(row.windowStart) }));
    },
    /** Gives back one counted attempt (a correct password, or one that was never checked). */
    async refundLoginAttempt(keys: string[]): Promise<void> {
      if (keys.length === 0) return;
      await db.update(loginThrottle).set({ attempts: sql`GREATEST(${loginThrottle.attempts} - 1, 0)` })
        .where(inArray(loginThrottle.key, keys));
    },
    /** Forgets a key's count (a successful login forgives its username's and device's failures). */
    async clearLoginThrottle(keys: string[]): Promise<void> {
      if (keys.length === 0) return;
      await db.delete(loginThrottle).where(inArray(loginThrottle.key, keys));
    },
    async insertTrustedDevice(device: { tokenHash: string; username: string; now: Date }): Promise<void> {
      await db.insert(trustedDevices)
        .values({ tokenHash: device.tokenHash, username: device.username.toLowerCase(), createdAt: device.now, lastUsedAt: device.now })
        .onConflictDoUpdate({ target: [trustedDevices.tokenHash, trustedDevices.username], set: { lastUsedAt: device.now } });
    },
    /** Whether a device cookie was issued to this browser at a successful login of this username. */
    async isTrustedDevice(tokenHash: string, username: string): Promise<boolean> {
      const [row] = await db.select({ tokenHash: trustedDevices.tokenHash }).from(trustedDevices)
        .where(and(eq(trustedDevices.tokenHash, tokenHash), eq(trustedDevices.username, username.toLowerCase())));
      return row !== undefined;
    },
    /** Compare-and-set: a rehash never overwrites a password changed meanwhile. */
    async replacePasswordHash(userId: string, oldHash: string, newHash: string): Promise<void> {
      await db.update(users).set({ passwordHash: newHash }).where(and(eq(users.id, userId), eq(users.passwordHash, oldHash)));
    },
    /** Housekeeping: sessions past expiry (or revoked) before `before`, finished throttle windows, unused device cookies. */
    async purgeAuthRecords(input: { sessionsBefore: Date; throttleBefore: Date; devicesUnusedSince: Date }): Promise<number> {
      const gone = await db.delete(sessions)
        .where(or(lt(sessions.expiresAt, input.sessionsBefore), lt(sessions.revokedAt, input.sessionsBefore)))
        .returning({ tokenHash: sessions.tokenHash });
      const windows = await db.delete(loginThrottle).where(lt(loginThrottle.windowStart, input.throttleBefore))
        .returning({ key: loginThrottle.key });
      const devices = await db.delete(trustedDevices).where(lt(trustedDevices.lastUsedAt, input.devicesUnusedSince))
        .returning({ tokenHash: trustedDevices.tokenHash });
      return gone.length + windows.length + devices.length;
    },
  };
}
