// Service tokens (read-only access for other systems) and the reads of a year's export: every
// live PK of a tenant and year with its goals and indicators, and the realisations of that year.
import { and, asc, eq, isNull, lt, or } from 'drizzle-orm';
import { idIn } from './id-list';
import type { Db } from './db';
import { agreements, goals, indicators, orgUnits, realisations, serviceTokens } from './schema';
import { toAgreement, toGoal, toIndicator, toOrgUnit, toRealisation } from './mappers';
import type { Agreement, Goal } from '../../domain/agreement';
import type { Indicator } from '../../domain/indicator';
import type { OrgUnit } from '../../domain/org-unit';
import type { Realisation } from '../../domain/realisation';

export type ServiceTokenRecord = typeof serviceTokens.$inferSelect;

export interface YearData {
  orgUnits: OrgUnit[];
  agreements: Agreement[];
  goals: Goal[];
  indicators: Indicator[];
  realisations: Realisation[];
}

export function createIntegrationQueries(db: Db) {
  return {
    async insertServiceToken(row: ServiceTokenRecord): Promise<void> {
      await db.insert(serviceTokens).values(row);
    },
    async listServiceTokens(tenantId: string): Promise<ServiceTokenRecord[]> {
      return db.select().from(serviceTokens).where(eq(serviceTokens.tenantId, tenantId)).orderBy(asc(serviceTokens.createdAt), asc(serviceTokens.id));
    },
    async getServiceToken(id: string): Promise<ServiceTokenRecord | null> {
      const [row] = await db.select().from(serviceTokens).where(eq(serviceTokens.id, id));
      return row ?? null;
    },
    async findServiceTokenByHash(tokenHash: string): Promise<ServiceTokenRecord | null> {
      const [row] = await db.select().from(serviceTokens).where(eq(serviceTokens.tokenHash, tokenHash));
      return row ?? null;
    },
    async revokeServiceToken(id: string, at: Date): Promise<void> {
      await db.update(serviceTokens).set({ revokedAt: at }).where(and(eq(serviceTokens.id, id), isNull(serviceTokens.revokedAt)));
    },
    /**
     * Stamps a use. With `burstBefore`, only when the last use is older than that (or none): true
     * when this call started a new burst, so that of parallel requests exactly one logs it.
     */
    async touchServiceToken(id: string, at: Date, burstBefore?: Date): Promise<boolean> {
      const where = burstBefore
        ? and(eq(serviceTokens.id, id), or(isNull(serviceTokens.lastUsedAt), lt(serviceTokens.lastUsedAt, burstBefore)))
        : eq(serviceTokens.id, id);
      const rows = await db.update(serviceTokens).set({ lastUsedAt: at }).where(where).returning({ id: serviceTokens.id });
      return rows.length > 0;
    },
    /** Every live PK (any version and status) of a tenant's year, its parts, and the year's realisations. */
    async loadYear(tenantId: string, year: number): Promise<YearData> {
      const pks = await db.select().from(agreements)
        .where(and(eq(agreements.tenantId, tenantId), eq(agreements.year, year), eq(agreements.deleted, false)));
      const ids = pks.map((a) => a.id);
      const [units, goalRows, indicatorRows, realisationRows] = await Promise.all([
        db.select().from(orgUnits).where(eq(orgUnits.tenantId, tenantId)),
        ids.length ? db.select().from(goals).where(and(idIn(goals.agreementId, ids), eq(goals.deleted, false))) : Promise.resolve([]),
        ids.length ? db.select().from(indicators).where(and(idIn(indicators.agreementId, ids), eq(indicators.deleted, false))) : Promise.resolve([]),
        db.select().from(realisations).where(and(eq(realisations.tenantId, tenantId), eq(realisations.year, year), eq(realisations.deleted, false))),
      ]);
      return {
        orgUnits: units.map(toOrgUnit), agreements: pks.map(toAgreement), goals: goalRows.map(toGoal),
        indicators: indicatorRows.map(toIndicator), realisations: realisationRows.map(toRealisation),
      };
    },
  };
}
