// Realisasi of one indicator for one quarter (domain.md, "Quarterly reporting").
import { z } from 'zod';
import { plainText } from './plain-text-schema';
import { syncMetaShape, idSchema } from './sync-record';
import { quarterSchema } from './period-schema';
import { yearSchema } from './agreement';
import type { Indicator } from './indicator';
import { realisationStatuses } from './realisation-status';
import { maskOf, realisationEditableFields, type RealisationEditableField, type realisationRemarkFields } from './entity-fields';
import { dataCheckKinds } from './data-checks';

export type { RealisationStatus } from './realisation-status';

export const realisationStatusSchema = z.enum(realisationStatuses);

const note = plainText().max(4000);

export const realisationSchema = z.object({
  ...syncMetaShape,
  orgUnitId: idSchema,
  indicatorId: idSchema,
  year: yearSchema,
  quarter: quarterSchema,
  /** null = not yet filled; 0 is a value. */
  value: z.number().finite().nullable(),
  drivers: note,
  obstacles: note,
  followUp: note,
  status: realisationStatusSchema,
  reviewNote: note.nullable(),
});
export type Realisation = z.infer<typeof realisationSchema>;

/** The fields a unit edits (entity-fields.ts); a mutation carries any subset of them. */
export const realisationEditableShape = {
  value: z.number().finite().nullable(),
  drivers: note,
  obstacles: note,
  followUp: note,
} satisfies Record<RealisationEditableField, z.ZodType>;
/**
 * The checks at entry the user was asked about and confirmed before saving this value
 * (plausibility.ts, the pemda's `ask`): no field of the row, kept in the change that wrote the
 * value, so the entry's history says "dikonfirmasi pengisi".
 */
export const confirmedChecksSchema = z.array(z.enum(dataCheckKinds)).max(dataCheckKinds.length);
const remarksShape = { confirmedChecks: confirmedChecksSchema.optional() } satisfies Record<(typeof realisationRemarkFields)[number], unknown>;
export const realisationEditSchema = z.object(realisationEditableShape).partial().extend(remarksShape).strict();
export type RealisationEdit = z.infer<typeof realisationEditSchema>;

/**
 * A workflow step as a realisation mutation: the status it moves to (submitted: the head submits;
 * verified / returned: the evaluator decides, a note required to return; submitted with undo: the
 * evaluator takes a decision back). Never mixed with value edits; the server checks it with
 * realisation-workflow.ts. `reply`: the head's answer to a return when resubmitting an entry
 * unchanged (resubmission.ts); kept in the change log, shown in the entry's history.
 */
export const realisationWorkflowSchema = z
  .object({ status: z.enum(['submitted', 'verified', 'returned']), reviewNote: note.nullable().optional(), undo: z.literal(true).optional(), reply: note.optional() })
  .strict();
export type RealisationWorkflowFields = z.infer<typeof realisationWorkflowSchema>;

/** A new realisation names its indicator and quarter once; they never change afterwards. */
export const realisationCreateSchema = z
  .object({ indicatorId: idSchema, quarter: quarterSchema, ...realisationEditableShape })
  .partial(maskOf(realisationEditableFields))
  .extend(remarksShape)
  .strict();
export type RealisationCreate = z.infer<typeof realisationCreateSchema>;

export type RealisationValueProblem = 'negative' | 'notBinary' | 'notOnScale' | 'tooLarge';

/**
 * The largest value any indicator of a pemda can hold: a thousand trillion (10¹⁵), above the whole
 * national budget in Rupiah and within the integers a double keeps exactly. A value past it is a
 * slip (a pasted number, "1e308"), never a figure: refused before it becomes a capaian.
 */
export const realisationValueBound = 1e15;

/**
 * Whether a value fits its indicator: counts (sum) are never negative, a text indicator is
 * 1 (tercapai) or 0, a scale indicator takes one of its scores. Other values may be negative
 * (e.g. economic growth). None is beyond ±realisationValueBound. null (not filled) always fits.
 */
export function checkRealisationValue(
  indicator: Pick<Indicator, 'aggregation' | 'targetType' | 'scaleLevels'>,
  value: number | null,
): RealisationValueProblem | null {
  if (value === null) return null;
  if (Math.abs(value) > realisationValueBound) return 'tooLarge';
  if (indicator.targetType === 'text') return value === 0 || value === 1 ? null : 'notBinary';
  if (indicator.targetType === 'scale' && indicator.scaleLevels.length > 0) {
    return indicator.scaleLevels.some((l) => l.score === value) ? null : 'notOnScale';
  }
  if (indicator.aggregation === 'sum' && value < 0) return 'negative';
  return null;
}
