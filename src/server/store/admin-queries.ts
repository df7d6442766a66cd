// Administration: the unit tree, accounts and their sessions, tenant settings, the audit trail.
import { and, asc, count, desc, eq, gte, isNull, like, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from './db';
import { changes, devices, orgUnits, sessions, tenants, users } from './schema';
import { fromTenant, toOrgUnit, toUser } from './mappers';
import type { OrgUnit } from '../../domain/org-unit';
import type { Tenant } from '../../domain/tenant';
import type { User } from '../../domain/user';
import type { ChangeRecord } from './sync-queries';

export type AdminUserRecord = User & { mustChangePassword: boolean };
export interface SessionListing {
  tokenHash: string; deviceId: string | null; deviceName: string | null; userAgent: string | null;
  createdAt: Date; lastSeenAt: Date; expiresAt: Date; revokedAt: Date | null;
}
export interface AuditQuery {
  tenantId: string; orgUnitId?: string; userId?: string; entity?: string; from?: Date; to?: Date; limit: number; offset: number;
}

export function createAdminQueries(db: Db) {
  return {
    async listOrgUnits(tenantId: string): Promise<OrgUnit[]> {
      const rows = await db.select().from(orgUnits).where(eq(orgUnits.tenantId, tenantId)).orderBy(asc(orgUnits.code));
      return rows.map(toOrgUnit);
    },
    /** Units of the tenant with this code, case and outer spaces aside ("1.02" and " 1.02 " are one code). */
    async findOrgUnitsByCode(tenantId: string, code: string): Promise<OrgUnit[]> {
      const rows = await db.select().from(orgUnits)
        .where(and(eq(orgUnits.tenantId, tenantId), sql`lower(trim(${orgUnits.code})) = ${code.trim().toLowerCase()}`));
      return rows.map(toOrgUnit);
    },
    /** Writes the whole row (already stamped with its new rev); the caller logs the change. */
    async updateOrgUnit(unit: OrgUnit): Promise<void> {
      const { id, tenantId: _tenant, ...values } = unit;
      await db.update(orgUnits).set({ ...values, updatedAt: new Date(unit.updatedAt) }).where(eq(orgUnits.id, id));
    },
    async countActiveUsersOfUnit(orgUnitId: string): Promise<number> {
      const [row] = await db.select({ n: count() }).from(users).where(and(eq(users.orgUnitId, orgUnitId), eq(users.active, true)));
      return row?.n ?? 0;
    },
    async listUsers(tenantId: string): Promise<AdminUserRecord[]> {
      const rows = await db.select().from(users).where(eq(users.tenantId, tenantId)).orderBy(asc(users.username));
      return rows.map((row) => ({ ...toUser(row), mustChangePassword: row.mustChangePassword }));
    },
    /** When each user of the tenant last signed in (their newest session), for the admin's user list. */
    async listLastSignIns(tenantId: string): Promise<Map<string, Date>> {
      const rows = await db.select({ userId: sessions.userId, at: sql<string | Date>`max(${sessions.createdAt})` })
        .from(sessions).innerJoin(users, eq(users.id, sessions.userId))
        .where(eq(users.tenantId, tenantId)).groupBy(sessions.userId);
      return new Map(rows.map((r) => [r.userId, r.at instanceof Date ? r.at : new Date(r.at)]));
    },
    async updateUser(id: string, values: Partial<Pick<User, 'name' | 'role' | 'orgUnitId' | 'position' | 'nip' | 'active' | 'planner'>>): Promise<void> {
      await db.update(users).set(values).where(eq(users.id, id));
    },
    async setPassword(id: string, passwordHash: string, mustChangePassword: boolean): Promise<void> {
      await db.update(users).set({ passwordHash, mustChangePassword }).where(eq(users.id, id));
    },
    async listSessionsOfUser(userId: string): Promise<SessionListing[]> {
      return db.select({
        tokenHash: sessions.tokenHash, deviceId: sessions.deviceId, deviceName: devices.name, userAgent: devices.userAgent,
        createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt, expiresAt: sessions.expiresAt, revokedAt: sessions.revokedAt,
      }).from(sessions).leftJoin(devices, sql`${devices.id}::text = ${sessions.deviceId}`)
        .where(eq(sessions.userId, userId)).orderBy(desc(sessions.lastSeenAt));
    },
    /** Ends every open session of a user (deactivation, password reset); returns how many. */
    async revokeSessionsOfUser(userId: string, at: Date, exceptTokenHash?: string): Promise<number> {
      const rows = await db.update(sessions).set({ revokedAt: at })
        .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
        .returning({ tokenHash: sessions.tokenHash });
      if (exceptTokenHash && rows.some((r) => r.tokenHash === exceptTokenHash)) {
        await db.update(sessions).set({ revokedAt: null }).where(eq(sessions.tokenHash, exceptTokenHash));
        return rows.length - 1;
      }
      return rows.length;
    },
    /** Revokes one session of a user by the public prefix of its hash; returns whether it existed. */
    async revokeSessionByPrefix(userId: string, prefix: string, at: Date): Promise<boolean> {
      const rows = await db.update(sessions).set({ revokedAt: at })
        .where(and(eq(sessions.userId, userId), like(sessions.tokenHash, `${prefix}%`), isNull(sessions.revokedAt)))
        .returning({ tokenHash: sessions.tokenHash });
      return rows.length > 0;
    },
    async updateTenant(tenant: Tenant): Promise<void> {
      const { id, ...values } = fromTenant(tenant);
      await db.update(tenants).set(values).where(eq(tenants.id, id));
    },
    async listAudit(query: AuditQuery): Promise<{ total: number; rows: ChangeRecord[] }> {
      const conditions: SQL[] = [eq(changes.tenantId, query.tenantId)];
      if (query.orgUnitId) {
        const unitScope = or(eq(changes.orgUnitId, query.orgUnitId), eq(changes.recordId, query.orgUnitId));
        if (unitScope) conditions.push(unitScope);
      }
      if (query.userId) conditions.push(eq(changes.userId, query.userId));
      if (query.entity) conditions.push(eq(changes.entity, query.entity));
      if (query.from) conditions.push(gte(changes.createdAt, query.from));
      if (query.to) conditions.push(lt(changes.createdAt, query.to));
      const where = and(...conditions);
      const [totalRow] = await db.select({ n: count() }).from(changes).where(where);
      const rows = await db.select().from(changes).where(where).orderBy(desc(changes.rev)).limit(query.limit).offset(query.offset);
      return { total: totalRow?.n ?? 0, rows };
    },
  };
}
