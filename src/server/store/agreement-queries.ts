// The PK and its parts as devices edit them (issue 4): whole-row writes by id (the caller stamps
// the new rev and logs the change), and the reads signing and revising need.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from './db';
import { agreements, goals, indicators, programRealisations, programs } from './schema';
import { fromDomain, toAgreement, toGoal, toIndicator, toProgram } from './mappers';
import type { Agreement, Goal, Program } from '../../domain/agreement';
import type { Indicator } from '../../domain/indicator';
import type { ProgramRealisation } from '../../domain/program-realisation';
import type { Quarter } from '../../domain/period';

export interface AgreementParts { goals: Goal[]; indicators: Indicator[]; programs: Program[] }

/** Upsert by id; the tenant of a row never changes. */
async function put<T extends { id: string; tenantId: string; updatedAt: string }>(db: Db, table: typeof agreements | typeof goals | typeof indicators | typeof programs, row: T): Promise<void> {
  const values = fromDomain(row);
  const { id: _id, tenantId: _tenant, ...changed } = values;
  // The four tables' columns are exactly their domain rows' fields (schema.ts); drizzle cannot
  // correlate the union of tables with the union of rows, hence the widening.
  await db.insert(table as typeof agreements).values(values as unknown as typeof agreements.$inferInsert)
    .onConflictDoUpdate({ target: (table as typeof agreements).id, set: changed as unknown as Partial<typeof agreements.$inferInsert> });
}

export function createAgreementQueries(db: Db) {
  return {
    putAgreement: (row: Agreement) => put(db, agreements, row),
    putGoal: (row: Goal) => put(db, goals, row),
    putIndicator: (row: Indicator) => put(db, indicators, row),
    putProgram: (row: Program) => put(db, programs, row),
    async getGoal(id: string): Promise<Goal | null> {
      const [row] = await db.select().from(goals).where(eq(goals.id, id));
      return row ? toGoal(row) : null;
    },
    /** The live PK rows (of one kind) filed in these units: a bidang's device catching up on its OPD's (services/sync/sync.ts). */
    async listPkRowsOfUnits(entity: 'agreement' | 'goal' | 'indicator', tenantId: string, orgUnitIds: readonly string[]): Promise<Array<Agreement | Goal | Indicator>> {
      if (orgUnitIds.length === 0) return [];
      const units = [...orgUnitIds];
      if (entity === 'agreement') {
        return (await db.select().from(agreements).where(and(eq(agreements.tenantId, tenantId), inArray(agreements.orgUnitId, units), eq(agreements.deleted, false)))).map(toAgreement);
      }
      if (entity === 'goal') {
        return (await db.select().from(goals).where(and(eq(goals.tenantId, tenantId), inArray(goals.orgUnitId, units), eq(goals.deleted, false)))).map(toGoal);
      }
      return (await db.select().from(indicators).where(and(eq(indicators.tenantId, tenantId), inArray(indicators.orgUnitId, units), eq(indicators.deleted, false)))).map(toIndicator);
    },
    /** Every PK of a unit for a year, any version and status, tombstones excluded. */
    async listUnitAgreements(orgUnitId: string, year: number): Promise<Agreement[]> {
      const rows = await db.select().from(agreements)
        .where(and(eq(agreements.orgUnitId, orgUnitId), eq(agreements.year, year), eq(agreements.deleted, false)));
      return rows.map(toAgreement);
    },
    /** The live goals, indicators and budget lines of a PK. */
    async getAgreementParts(agreementId: string): Promise<AgreementParts> {
      const [g, i, p] = await Promise.all([
        db.select().from(goals).where(and(eq(goals.agreementId, agreementId), eq(goals.deleted, false))),
        db.select().from(indicators).where(and(eq(indicators.agreementId, agreementId), eq(indicators.deleted, false))),
        db.select().from(programs).where(and(eq(programs.agreementId, agreementId), eq(programs.deleted, false))),
      ]);
      return { goals: g.map(toGoal), indicators: i.map(toIndicator), programs: p.map(toProgram) };
    },
    /** The live indicators that continue `previousId` in a later version. */
    async listSuccessorIndicators(previousId: string): Promise<Indicator[]> {
      const rows = await db.select().from(indicators).where(and(eq(indicators.previousId, previousId), eq(indicators.deleted, false)));
      return rows.map(toIndicator);
    },
    /** Live PKs of a tenant whose signed scan is this file (who may read it follows from their units). */
    async listAgreementsByScan(tenantId: string, sha256: string): Promise<Agreement[]> {
      const rows = await db.select().from(agreements)
        .where(and(eq(agreements.tenantId, tenantId), eq(agreements.deleted, false), sql`${agreements.signedScan}->>'sha256' = ${sha256}`));
      return rows.map(toAgreement);
    },
    async listProgramRealisationsOf(programIds: readonly string[]): Promise<ProgramRealisation[]> {
      if (programIds.length === 0) return [];
      const rows = await db.select().from(programRealisations).where(inArray(programRealisations.programId, [...programIds]));
      return rows.map((row) => ({ ...row, quarter: row.quarter as Quarter, updatedAt: row.updatedAt.toISOString() }));
    },
  };
}
