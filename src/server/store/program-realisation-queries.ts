// Realisasi anggaran and fisik per program × quarter, and the programs they belong to.
import { and, eq } from 'drizzle-orm';
import type { Db } from './db';
import { programRealisations, programs } from './schema';
import { fromDomain, toProgram } from './mappers';
import type { Program } from '../../domain/agreement';
import type { ProgramRealisation } from '../../domain/program-realisation';
import type { Quarter } from '../../domain/period';

const toProgramRealisation = (row: typeof programRealisations.$inferSelect): ProgramRealisation => ({
  ...row, quarter: row.quarter as Quarter, updatedAt: row.updatedAt.toISOString(),
});

export function createProgramRealisationQueries(db: Db) {
  return {
    async getProgram(id: string): Promise<Program | null> {
      const [row] = await db.select().from(programs).where(eq(programs.id, id));
      return row ? toProgram(row) : null;
    },
    async getProgramRealisation(id: string): Promise<ProgramRealisation | null> {
      const [row] = await db.select().from(programRealisations).where(eq(programRealisations.id, id));
      return row ? toProgramRealisation(row) : null;
    },
    async findProgramRealisationByKey(programId: string, quarter: number): Promise<ProgramRealisation | null> {
      const [row] = await db.select().from(programRealisations)
        .where(and(eq(programRealisations.programId, programId), eq(programRealisations.quarter, quarter)));
      return row ? toProgramRealisation(row) : null;
    },
    /** Writes the whole row (stamped with its new rev); the caller logs the change. */
    async putProgramRealisation(row: ProgramRealisation): Promise<void> {
      const values = fromDomain(row);
      const { id: _id, tenantId: _tenant, ...changed } = values;
      await db.insert(programRealisations).values(values).onConflictDoUpdate({ target: programRealisations.id, set: changed });
    },
  };
}
