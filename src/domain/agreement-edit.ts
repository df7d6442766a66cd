// What a PK mutation may carry, per entity (issue 4). A draft may be incomplete while it is being
// written (agreement-validation.ts says what must be fixed before signing); these schemas only
// bound each field. The server validates every mutation with them; ids of the parts' tenant and
// unit always come from the agreement on the server, never from the device.
import { z } from 'zod';
import { plainText } from './plain-text-schema';
import { idSchema } from './sync-record';
import {
  agreementKindSchema, firstPartySchema, isoDateSchema, programLevelSchema, secondPartySchema, signedScanSchema, yearSchema,
} from './agreement';
import { aggregationSchema, polaritySchema, scaleLevelSchema, targetTypeSchema, targetValueSchema } from './indicator';
import { lowerIsBetterFormulaSchema } from './tenant';
import { indicatorDefaults, maskOf } from './entity-fields';
import type { agreementEditableFields, goalEditableFields, indicatorEditableFields, programEditableFields } from './entity-fields';

/** A shape with exactly the listed fields (entity-fields.ts): a field missing or extra fails to compile. */
type ShapeOf<K extends string> = Record<K, z.ZodType>;

const agreementEditableShape = {
  kind: agreementKindSchema,
  number: plainText().max(120).nullable(),
  firstParty: firstPartySchema,
  secondParty: secondPartySchema,
} satisfies ShapeOf<(typeof agreementEditableFields)[number]>;

/**
 * A new PK: version 0 with no parent (PK murni, also a copy of last year's), or version n + 1 of a
 * signed parent of the same unit and year (PK perubahan).
 */
export const agreementCreateSchema = z
  .object({
    orgUnitId: idSchema,
    year: yearSchema,
    version: z.number().int().nonnegative(),
    parentId: idSchema.nullable(),
    ...agreementEditableShape,
  })
  .strict();
export type AgreementCreate = z.infer<typeof agreementCreateSchema>;

export const agreementEditSchema = z.object(agreementEditableShape).partial().strict();
export type AgreementEdit = z.infer<typeof agreementEditSchema>;

/** Signing, never mixed with edits: the PK becomes read-only (a scan may follow as evidence). */
export const agreementSignSchema = z
  .object({ status: z.literal('signed'), signedOn: isoDateSchema, signedPlace: plainText().trim().min(1).max(120) })
  .strict();
export type AgreementSign = z.infer<typeof agreementSignSchema>;

/** Attaching (or removing) the scan of the signed page: the one change a signed PK takes. */
export const agreementScanSchema = z.object({ signedScan: signedScanSchema.nullable() }).strict();

const goalEditableShape = {
  order: z.number().int().nonnegative(), name: plainText().trim().min(1).max(500), tujuanId: idSchema.nullable(),
} satisfies ShapeOf<(typeof goalEditableFields)[number]>;
/** An older build sends no tujuanId: the sasaran then serves no tujuan. */
export const goalCreateSchema = z.object({ agreementId: idSchema, ...goalEditableShape, tujuanId: goalEditableShape.tujuanId.default(null) }).strict();
export const goalEditSchema = z.object(goalEditableShape).partial().strict();

const quarterTargetsSchema = z.tuple([
  targetValueSchema.nullable(), targetValueSchema.nullable(), targetValueSchema.nullable(), targetValueSchema.nullable(),
]);

const indicatorEditableShape = {
  goalId: idSchema,
  order: z.number().int().nonnegative(),
  name: plainText().trim().min(1).max(500),
  unit: plainText().max(60),
  polarity: polaritySchema,
  aggregation: aggregationSchema,
  targetType: targetTypeSchema,
  annualTarget: targetValueSchema.nullable(),
  quarterTargets: quarterTargetsSchema,
  lowerIsBetterFormula: lowerIsBetterFormulaSchema.nullable(),
  scaleLevels: z.array(scaleLevelSchema).max(20),
  definition: plainText().max(2000),
  dataSource: plainText().max(500),
  responsible: plainText().max(200),
  supportsId: idSchema.nullable(),
  minValue: z.number().finite().nullable(),
  maxValue: z.number().finite().nullable(),
  evidenceRequired: z.boolean(),
} satisfies ShapeOf<(typeof indicatorEditableFields)[number]>;
export const indicatorCreateSchema = z
  .object({ agreementId: idSchema, previousId: idSchema.nullable(), ...indicatorEditableShape })
  .partial(maskOf(Object.keys(indicatorDefaults()) as (keyof ReturnType<typeof indicatorDefaults>)[]))
  .strict();
export type IndicatorCreate = z.infer<typeof indicatorCreateSchema>;
export const indicatorEditSchema = z.object(indicatorEditableShape).partial().strict();
export type IndicatorEdit = z.infer<typeof indicatorEditSchema>;

const programEditableShape = {
  parentId: idSchema.nullable(),
  level: programLevelSchema,
  order: z.number().int().nonnegative(),
  code: plainText().trim().max(40),
  name: plainText().trim().min(1).max(500),
  /** Anggaran in whole Rupiah: Number.MAX_SAFE_INTEGER is far above any APBD. */
  budget: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
} satisfies ShapeOf<(typeof programEditableFields)[number]>;
export const programCreateSchema = z.object({ agreementId: idSchema, ...programEditableShape }).strict();
export const programEditSchema = z.object(programEditableShape).partial().strict();

/** The PK's parts a device writes, each an ordinary synced entity. */
export const agreementPartEntities = ['goal', 'indicator', 'program'] as const;
export type AgreementPartEntity = (typeof agreementPartEntities)[number];
