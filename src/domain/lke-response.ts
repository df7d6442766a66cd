// One answer of a unit's LKE (domain.md, "SAKIP evaluation"): per unit, year and criterion, the
// unit's own answer (penilaian mandiri, side `self`) and the evaluator's (side `review`), each a
// row of its own. Two rows, not two columns: the unit and the Inspektorat write at the same time
// from different devices, and a change on one side must never be refused for one on the other
// (a row changed elsewhere since it was last seen is refused, design.md invariant 4).
import { z } from 'zod';
import { yearSchema } from './agreement';
import { lkeAnswerSchema, lkeIdSchema, type LkeAnswer } from './lke-template';
import { plainText } from './plain-text-schema';
import { idSchema, syncMetaShape } from './sync-record';

export const lkeSides = ['self', 'review'] as const;
export const lkeSideSchema = z.enum(lkeSides);
export type LkeSide = z.infer<typeof lkeSideSchema>;

/** An explanation with its evidence (what was checked, where the document is). */
export const maxLkeNote = 2000;

export const lkeResponseEditShape = {
  /** null: not answered (yet, or withdrawn). */
  answer: lkeAnswerSchema.nullable(),
  note: plainText().max(maxLkeNote),
};

export const lkeResponseSchema = z.object({
  ...syncMetaShape,
  orgUnitId: idSchema,
  year: yearSchema,
  criterionId: lkeIdSchema,
  side: lkeSideSchema,
  ...lkeResponseEditShape,
});
export type LkeResponse = z.infer<typeof lkeResponseSchema>;

export const lkeResponseEditSchema = z.object(lkeResponseEditShape).partial().strict();
/** A new answer names its unit, year, criterion and side once; they never change afterwards. */
export const lkeResponseCreateSchema = z
  .object({ orgUnitId: idSchema, year: yearSchema, criterionId: lkeIdSchema, side: lkeSideSchema, ...lkeResponseEditShape })
  .partial({ answer: true, note: true })
  .strict();

/**
 * The sheet that is scored: the evaluator's answer where there is one, else the unit's own. A
 * final score needs every criterion reviewed (lkeUnreviewed), so this only mixes while in review.
 */
export function lkeScoredSheet(responses: ReadonlyArray<Pick<LkeResponse, 'criterionId' | 'side' | 'answer' | 'deleted'>>): Record<string, LkeAnswer | null> {
  const self: Record<string, LkeAnswer | null> = {};
  const review: Record<string, LkeAnswer | null> = {};
  for (const r of responses) {
    if (r.deleted) continue;
    (r.side === 'self' ? self : review)[r.criterionId] = r.answer;
  }
  const sheet: Record<string, LkeAnswer | null> = { ...self };
  for (const [id, answer] of Object.entries(review)) if (answer !== null) sheet[id] = answer;
  return sheet;
}

/** The criteria the evaluator has not answered yet, in the order given. */
export function lkeUnreviewed(criterionIds: readonly string[], responses: ReadonlyArray<Pick<LkeResponse, 'criterionId' | 'side' | 'answer' | 'deleted'>>): string[] {
  const reviewed = new Set(responses.filter((r) => !r.deleted && r.side === 'review' && r.answer !== null).map((r) => r.criterionId));
  return criterionIds.filter((id) => !reviewed.has(id));
}
