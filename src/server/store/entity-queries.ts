// Tenants and the synced entities: reads by id, realisation writes, and inserts of any synced row.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from './db';
import { insertAsJson } from './bulk-insert';
import { idIn } from './id-list';
import { agreements, evidence, goals, indicators, orgUnits, programs, realisations, tenantCounters, tenants } from './schema';
import { fromDomain, fromEvidence, fromTenant, toAgreement, toIndicator, toOrgUnit, toRealisation, toTenant } from './mappers';
import type { Tenant } from '../../domain/tenant';
import type { OrgUnit } from '../../domain/org-unit';
import type { Agreement, Goal, Program } from '../../domain/agreement';
import type { Indicator } from '../../domain/indicator';
import type { Realisation } from '../../domain/realisation';
import type { Evidence } from '../../domain/evidence';

/** A realisation with the per-field revs that field-level merge needs. */
export type RealisationRecord = Realisation & { fieldRevs: Record<string, number>; fieldDevices: Record<string, string | null> };

/** Entities kept in their own table (a conflict lives in `conflicts` + the change log). */
export interface EntityRows {
  orgUnit: OrgUnit;
  agreement: Agreement;
  goal: Goal;
  indicator: Indicator;
  program: Program;
  realisation: Realisation;
  evidence: Evidence;
}

const tables = { orgUnit: orgUnits, agreement: agreements, goal: goals, indicator: indicators, program: programs, realisation: realisations, evidence };

export function createEntityQueries(db: Db) {
  const toRecord = (row: typeof realisations.$inferSelect): RealisationRecord => ({
    ...toRealisation(row), fieldRevs: row.fieldRevs, fieldDevices: row.fieldDevices,
  });

  return {
    async getTenant(id: string): Promise<Tenant | null> {
      const [row] = await db.select().from(tenants).where(eq(tenants.id, id));
      return row ? toTenant(row) : null;
    },
    async hasAnyTenant(): Promise<boolean> {
      const rows = await db.select({ id: tenants.id }).from(tenants).limit(1);
      return rows.length > 0;
    },
    /** A tenant starts with its change-log cursor at 0. */
    async insertTenant(tenant: Tenant): Promise<void> {
      await db.insert(tenants).values(fromTenant(tenant));
      await db.insert(tenantCounters).values({ tenantId: tenant.id, lastRev: 0 });
    },
    async getOrgUnit(id: string): Promise<OrgUnit | null> {
      const [row] = await db.select().from(orgUnits).where(eq(orgUnits.id, id));
      return row ? toOrgUnit(row) : null;
    },
    async getAgreement(id: string): Promise<Agreement | null> {
      const [row] = await db.select().from(agreements).where(eq(agreements.id, id));
      return row ? toAgreement(row) : null;
    },
    async getIndicator(id: string): Promise<Indicator | null> {
      const [row] = await db.select().from(indicators).where(eq(indicators.id, id));
      return row ? toIndicator(row) : null;
    },
    async getRealisation(id: string): Promise<RealisationRecord | null> {
      const [row] = await db.select().from(realisations).where(eq(realisations.id, id));
      return row ? toRecord(row) : null;
    },
    async findRealisationByKey(indicatorId: string, quarter: number): Promise<RealisationRecord | null> {
      const [row] = await db.select().from(realisations)
        .where(and(eq(realisations.indicatorId, indicatorId), eq(realisations.quarter, quarter)));
      return row ? toRecord(row) : null;
    },
    /** Indicators by id, in one query (a push batch's lookups). */
    async getIndicators(ids: readonly string[]): Promise<Indicator[]> {
      if (ids.length === 0) return [];
      const rows = await db.select().from(indicators).where(idIn(indicators.id, ids));
      return rows.map(toIndicator);
    },
    async getAgreements(ids: readonly string[]): Promise<Agreement[]> {
      if (ids.length === 0) return [];
      const rows = await db.select().from(agreements).where(idIn(agreements.id, ids));
      return rows.map(toAgreement);
    },
    /**
     * The realisations a push batch may touch: those with one of `ids`, and every realisation of
     * the `indicatorIds` (at most four each: the natural key is indicator × quarter).
     * Not one `id IN … OR indicator_id IN …`: PostgreSQL planned that as a scan of the whole table
     * (6.5 ms per batch at 20,000 rows, growing with the table). The ids go to the primary key; the
     * indicators are looked up one by one on the indicator × quarter index through a LATERAL
     * subquery (OFFSET 0 keeps it from being flattened into a join), because `indicator_id = ANY(…)`
     * still became a full scan whenever the table's statistics were stale — as they are while a
     * burst of pushes grows it — estimating 23,000 rows for 125 indicators.
     */
    async listRealisationsForBatch(ids: readonly string[], indicatorIds: readonly string[]): Promise<RealisationRecord[]> {
      const byId = ids.length > 0 ? await db.select().from(realisations).where(idIn(realisations.id, ids)) : [];
      if (indicatorIds.length === 0) return byId.map(toRecord);
      const ofKey = db.select().from(realisations).where(eq(realisations.indicatorId, sql`k.id`)).offset(0).as('r');
      const joined = await db.select().from(sql`unnest(string_to_array(${indicatorIds.join(',')}, ',')::uuid[]) AS k(id)`).crossJoinLateral(ofKey);
      const byIndicator = joined.map((row) => row.r);
      const seen = new Set(byId.map((row) => row.id));
      return [...byId, ...byIndicator.filter((row) => !seen.has(row.id))].map(toRecord);
    },
    /** Writes rows new or changed in a push batch: one `INSERT … ON CONFLICT (id) DO UPDATE` (not the tenant). */
    async upsertRealisations(records: readonly RealisationRecord[]): Promise<void> {
      await insertAsJson(db, realisations, records, { upsertOn: 'id' });
    },
    async insertRealisation(record: RealisationRecord): Promise<void> {
      await db.insert(realisations).values(fromDomain(record));
    },
    async updateRealisation(record: RealisationRecord): Promise<void> {
      const { id, tenantId: _tenant, ...values } = fromDomain(record);
      await db.update(realisations).set(values).where(eq(realisations.id, id));
    },
    /** Inserts any synced row as it is (seed, admin imports); the caller logs the change. */
    async insertSyncedRow<E extends keyof EntityRows>(entity: E, row: EntityRows[E]): Promise<void> {
      if (entity === 'evidence') {
        await db.insert(evidence).values(fromEvidence(row as Evidence));
        return;
      }
      // The entity→table map is not correlated by the type checker; each table's columns are the
      // domain row's fields (schema.ts), so the value is right for the table it is paired with.
      const table = tables[entity] as typeof orgUnits;
      await db.insert(table).values(fromDomain(row) as unknown as typeof orgUnits.$inferInsert);
    },
  };
}
