// A recommendation of the LKE to a unit (domain.md, "SAKIP evaluation": "Recommendations have a
// follow-up status tracked through the next year"): the evaluator writes it for the unit and year
// evaluated; the unit keeps its tindak lanjut (belum, proses, selesai with what was done) during
// the next year. The text is the evaluator's and the follow-up the unit's: one row, two writers,
// each refused the other's fields.
import { z } from 'zod';
import { yearSchema } from './agreement';
import { plainText } from './plain-text-schema';
import { idSchema, syncMetaShape } from './sync-record';

export const lkeFollowUpStatuses = ['belum', 'proses', 'selesai'] as const;
export const lkeFollowUpStatusSchema = z.enum(lkeFollowUpStatuses);
export type LkeFollowUpStatus = z.infer<typeof lkeFollowUpStatusSchema>;

export const lkeRecommendationTextShape = {
  order: z.number().int().nonnegative().max(1000),
  text: plainText().trim().min(1).max(2000),
};
export const lkeRecommendationFollowUpShape = {
  followUp: lkeFollowUpStatusSchema,
  /** What was done, where the evidence is; required to call it selesai. */
  followUpNote: plainText().max(2000),
};

export const lkeRecommendationSchema = z.object({
  ...syncMetaShape,
  orgUnitId: idSchema,
  year: yearSchema,
  ...lkeRecommendationTextShape,
  ...lkeRecommendationFollowUpShape,
});
export type LkeRecommendation = z.infer<typeof lkeRecommendationSchema>;

export const lkeRecommendationTextEditSchema = z.object(lkeRecommendationTextShape).partial().strict();
export const lkeRecommendationFollowUpEditSchema = z.object(lkeRecommendationFollowUpShape).partial().strict();
export const lkeRecommendationCreateSchema = z.object({ orgUnitId: idSchema, year: yearSchema, ...lkeRecommendationTextShape }).strict();

/** "Selesai" needs a word on what was done: a follow-up nobody can check is not one. */
export function followUpProblem(row: Pick<LkeRecommendation, 'followUp' | 'followUpNote'>): 'noteRequired' | null {
  return row.followUp === 'selesai' && row.followUpNote.trim() === '' ? 'noteRequired' : null;
}
