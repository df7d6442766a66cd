// The change log, the per-tenant cursor, devices, received mutations and conflicts.
//
// Why revs are safe to pull by: a writer takes its tenant's counter row lock (lockTenantCounter,
// then nextRev's `UPDATE … SET last_rev = last_rev + 1 … RETURNING`) inside its transaction and
// holds it until commit. A second writer of the same tenant waits on that lock, so it can only
// get a higher rev after the first has committed: revs become visible in commit order, and once
// a reader sees last_rev = N every change ≤ N is committed and visible. A pull that reads the
// counter first and then the changes up to it can therefore never skip a change that commits later.
// A push batch takes the same lock first and then numbers its changes in memory (nobody else can
// take a rev while it holds the lock), writing the counter once with setLastRev before it commits:
// the same guarantee, without a round trip per rev (services/sync/push-batch.ts).
import { and, asc, desc, eq, gt, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from './db';
import { insertAsJson } from './bulk-insert';
import { changes, conflicts, devices, mutations, tenantCounters } from './schema';

export type ChangeRecord = typeof changes.$inferSelect;
export type DeviceRecord = typeof devices.$inferSelect;
export type ConflictRecord = typeof conflicts.$inferSelect;
export type MutationRecord = typeof mutations.$inferInsert;

export function createSyncQueries(db: Db) {
  return {
    /** Takes the tenant's writer lock for the rest of the transaction; returns the current last rev. */
    async lockTenantCounter(tenantId: string): Promise<number> {
      const rows = await db.select({ lastRev: tenantCounters.lastRev }).from(tenantCounters)
        .where(eq(tenantCounters.tenantId, tenantId)).for('update');
      const row = rows[0];
      if (!row) throw new Error(`tenant ${tenantId} has no counter`);
      return row.lastRev;
    },
    /** The next rev of the tenant; must run inside the writing transaction (see the header). */
    async nextRev(tenantId: string): Promise<number> {
      const [row] = await db.update(tenantCounters).set({ lastRev: sql`${tenantCounters.lastRev} + 1` })
        .where(eq(tenantCounters.tenantId, tenantId)).returning({ lastRev: tenantCounters.lastRev });
      if (!row) throw new Error(`tenant ${tenantId} has no counter`);
      return row.lastRev;
    },
    /**
     * Sets the tenant's last rev to a value handed out under its lock (a push batch numbers its
     * changes in memory and writes the counter once); must run inside that transaction.
     */
    async setLastRev(tenantId: string, lastRev: number): Promise<void> {
      await db.update(tenantCounters).set({ lastRev }).where(eq(tenantCounters.tenantId, tenantId));
    },
    /** The last committed rev of the tenant (a plain read never waits for writers). */
    async getLastRev(tenantId: string): Promise<number> {
      const [row] = await db.select({ lastRev: tenantCounters.lastRev }).from(tenantCounters)
        .where(eq(tenantCounters.tenantId, tenantId));
      return row?.lastRev ?? 0;
    },
    async appendChange(change: ChangeRecord): Promise<void> {
      await db.insert(changes).values(change);
    },
    /** Appends many change-log rows with multi-row inserts. */
    async appendChanges(rows: readonly ChangeRecord[]): Promise<void> {
      await insertAsJson(db, changes, rows);
    },
    /**
     * Changes of a tenant in (after, upTo], in rev order. `orgUnitId` given: only that unit's and
     * tenant-level rows (the unit-scoped roles' view), and the PK rows (agreement, goal, indicator)
     * of `pkOfUnits` (the units above it: domain/permissions.ts canReadHigherPk); null: everything.
     */
    listChanges(query: { tenantId: string; after: number; upTo: number; orgUnitId: string | null; pkOfUnits?: readonly string[]; limit: number }): Promise<ChangeRecord[]> {
      const higherPks = query.pkOfUnits && query.pkOfUnits.length > 0
        ? and(inArray(changes.orgUnitId, [...query.pkOfUnits]), inArray(changes.entity, ['agreement', 'goal', 'indicator']))
        : undefined;
      const scope = query.orgUnitId === null ? undefined : or(isNull(changes.orgUnitId), eq(changes.orgUnitId, query.orgUnitId), higherPks);
      return db.select().from(changes)
        .where(and(eq(changes.tenantId, query.tenantId), gt(changes.rev, query.after), lte(changes.rev, query.upTo), scope))
        .orderBy(asc(changes.rev)).limit(query.limit);
    },
    /** Registers a device on first sight and locks its row, so one device's batches run one at a time. */
    async lockDevice(device: { id: string; userId: string; tenantId: string; at: Date; userAgent: string | null; name?: string | null }): Promise<DeviceRecord> {
      await db.insert(devices).values({
        id: device.id, userId: device.userId, tenantId: device.tenantId, lastSeq: 0,
        firstSeen: device.at, lastSeen: device.at, userAgent: device.userAgent, name: device.name ?? null,
      }).onConflictDoNothing();
      const [row] = await db.select().from(devices).where(eq(devices.id, device.id)).for('update');
      if (!row) throw new Error(`device ${device.id} vanished`);
      return row;
    },
    /** `name` undefined (an older build sent none): the device keeps the name it had. */
    async updateDevice(id: string, values: { lastSeq: number; lastSeen: Date; userAgent: string | null; name?: string }): Promise<void> {
      await db.update(devices).set(values).where(eq(devices.id, id));
    },
    /** The names devices last sent, by id (ids the table does not hold are left out). */
    async getDeviceNames(ids: readonly string[]): Promise<Map<string, string>> {
      const wanted = [...new Set(ids)].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
      if (wanted.length === 0) return new Map();
      const rows = await db.select({ id: devices.id, name: devices.name }).from(devices).where(inArray(devices.id, wanted));
      return new Map(rows.filter((r) => r.name !== null).map((r) => [r.id, r.name as string]));
    },
    async getMutationOutcome(deviceId: string, seq: number): Promise<Record<string, unknown> | null> {
      const [row] = await db.select({ outcome: mutations.outcome }).from(mutations)
        .where(and(eq(mutations.deviceId, deviceId), eq(mutations.seq, seq)));
      return row?.outcome ?? null;
    },
    /** Stored outcomes of one device's seqs, in one query (a batch's resent mutations). */
    async getMutationOutcomes(deviceId: string, seqs: readonly number[]): Promise<Map<number, Record<string, unknown>>> {
      if (seqs.length === 0) return new Map();
      const rows = await db.select({ seq: mutations.seq, outcome: mutations.outcome }).from(mutations)
        .where(and(eq(mutations.deviceId, deviceId), inArray(mutations.seq, [...seqs])));
      return new Map(rows.map((r) => [r.seq, r.outcome]));
    },
    async insertMutation(mutation: MutationRecord): Promise<void> {
      await db.insert(mutations).values(mutation);
    },
    async insertMutations(rows: readonly MutationRecord[]): Promise<void> {
      await insertAsJson(db, mutations, rows);
    },
    async countMutations(deviceId: string): Promise<number> {
      const rows = await db.select({ seq: mutations.seq }).from(mutations).where(eq(mutations.deviceId, deviceId));
      return rows.length;
    },
    async insertConflict(conflict: typeof conflicts.$inferInsert): Promise<void> {
      await db.insert(conflicts).values(conflict);
    },
    async getConflict(id: string): Promise<ConflictRecord | null> {
      const [row] = await db.select().from(conflicts).where(eq(conflicts.id, id));
      return row ?? null;
    },
    async markConflictResolved(id: string, at: Date): Promise<void> {
      await db.update(conflicts).set({ resolvedAt: at }).where(eq(conflicts.id, id));
    },
    async getChange(tenantId: string, rev: number): Promise<ChangeRecord | null> {
      const [row] = await db.select().from(changes).where(and(eq(changes.tenantId, tenantId), eq(changes.rev, rev)));
      return row ?? null;
    },
    /** The newest change of one record: for rows kept only in the log (conflicts), their current state. */
    async getLatestChange(tenantId: string, entity: string, recordId: string): Promise<ChangeRecord | null> {
      const [row] = await db.select().from(changes)
        .where(and(eq(changes.tenantId, tenantId), eq(changes.entity, entity), eq(changes.recordId, recordId)))
        .orderBy(desc(changes.rev)).limit(1);
      return row ?? null;
    },
    listConflicts(tenantId: string, recordId: string): Promise<ConflictRecord[]> {
      return db.select().from(conflicts)
        .where(and(eq(conflicts.tenantId, tenantId), eq(conflicts.recordId, recordId))).orderBy(asc(conflicts.createdAt));
    },
  };
}
