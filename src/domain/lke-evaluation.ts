// The LKE of one unit for one year as a whole (domain.md, "SAKIP evaluation"): open while the unit
// answers and the evaluator reviews, then final, with the score and predikat fixed at that moment
// (the recap and the LHE read these, so a later change of the template does not move a result).
// Only the evaluator finalises, and only when every criterion has the evaluator's answer; a final
// LKE refuses changes to its answers until the evaluator reopens it.
import { z } from 'zod';
import { yearSchema } from './agreement';
import { lkePredikatCodes } from './lke-score';
import { idSchema, syncMetaShape } from './sync-record';

export const lkeEvaluationStatuses = ['open', 'final'] as const;
export const lkeEvaluationStatusSchema = z.enum(lkeEvaluationStatuses);
export type LkeEvaluationStatus = z.infer<typeof lkeEvaluationStatusSchema>;

export const lkeEvaluationSchema = z.object({
  ...syncMetaShape,
  orgUnitId: idSchema,
  year: yearSchema,
  status: lkeEvaluationStatusSchema,
  /** Set by the server when finalised: the settled total, 0–100; null while open. */
  score: z.number().finite().min(0).max(100).nullable(),
  predikat: z.enum(lkePredikatCodes).nullable(),
  finalisedAt: z.iso.datetime({ offset: true }).nullable(),
  finalisedBy: idSchema.nullable(),
});
export type LkeEvaluation = z.infer<typeof lkeEvaluationSchema>;

/** What a device sends: only the status; the score is the server's to compute. */
export const lkeEvaluationEditSchema = z.object({ status: lkeEvaluationStatusSchema }).strict();
export const lkeEvaluationCreateSchema = z.object({ orgUnitId: idSchema, year: yearSchema, status: lkeEvaluationStatusSchema }).strict();

/**
 * The year an LKE evaluates: the Inspektorat evaluates the year before in the first half of a year
 * (after the LKjIP of the end of February), so until June the year before, then this year's (for
 * a unit starting its penilaian mandiri early).
 */
export const lkeYearOf = (today: { year: number; quarter: number }): number => (today.quarter <= 2 ? today.year - 1 : today.year);
