// Realisasi anggaran and fisik of one program (or kegiatan, sub-kegiatan) for one quarter
// (domain.md, "Quarterly reporting"): the budget spent so far this year (cumulative Rupiah, an
// integer) and the physical progress in percent. Absorption (serapan) is computed, never stored.
import { z } from 'zod';
import { syncMetaShape, idSchema } from './sync-record';
import { quarterSchema } from './period-schema';
import { yearSchema } from './agreement';

const rupiah = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const percent = z.number().finite().min(0).max(100);

export const programRealisationSchema = z.object({
  ...syncMetaShape,
  orgUnitId: idSchema,
  programId: idSchema,
  year: yearSchema,
  quarter: quarterSchema,
  /** Cumulative Rupiah spent up to the end of the quarter; null = not yet filled (0 is a value). */
  budgetRealised: rupiah.nullable(),
  /** Physical progress in percent (0–100); null = not yet filled. */
  physicalProgress: percent.nullable(),
});
export type ProgramRealisation = z.infer<typeof programRealisationSchema>;

export const programRealisationEditShape = { budgetRealised: rupiah.nullable(), physicalProgress: percent.nullable() };
export const programRealisationEditSchema = z.object(programRealisationEditShape).partial().strict();
/** A new entry names its program and quarter once; they never change afterwards. */
export const programRealisationCreateSchema = z
  .object({ programId: idSchema, quarter: quarterSchema, ...programRealisationEditShape })
  .partial({ budgetRealised: true, physicalProgress: true })
  .strict();
