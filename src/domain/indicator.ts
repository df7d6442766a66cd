// Indikator kinerja (domain.md, "Indicators").
import { z } from 'zod';
import { plainText } from './plain-text-schema';
import { syncMetaShape, idSchema } from './sync-record';
import { lowerIsBetterFormulaSchema } from './tenant';

export const polaritySchema = z.enum(['higher', 'lower']);
export type Polarity = z.infer<typeof polaritySchema>;

/** sum = kumulatif, last = nilai akhir, flat = target tetap, average = rata-rata. */
export const aggregationSchema = z.enum(['sum', 'last', 'flat', 'average']);
export type Aggregation = z.infer<typeof aggregationSchema>;

export const targetTypeSchema = z.enum(['number', 'percent', 'scale', 'text', 'range']);
export type TargetType = z.infer<typeof targetTypeSchema>;

const finite = z.number().finite();

/** Satuan: "%", "orang", "dokumen", "hari", "indeks"… (also an RPJMD IKU's, rpjmd-plan-sasaran.ts). */
export const indicatorUnitSchema = plainText().max(60);

/**
 * A target, by target type: a number for number/percent/scale (a scale target is the score of
 * the predikat), `{min, max}` for range, and for text the statement of what is to be achieved
 * (its realisation is 1 = tercapai or 0 = tidak).
 */
export const rangeTargetSchema = z.object({ min: finite, max: finite }).refine((r) => r.min <= r.max, {
  message: 'min must not exceed max',
});
export const targetValueSchema = z.union([finite, rangeTargetSchema, plainText().min(1).max(500)]);
export type RangeTarget = z.infer<typeof rangeTargetSchema>;
export type TargetValue = z.infer<typeof targetValueSchema>;

/** A predikat of a scale indicator and its ordinal score (e.g. WTP = 4, AA = 7). */
export const scaleLevelSchema = z.object({ label: plainText().min(1).max(40), score: finite });
export type ScaleLevel = z.infer<typeof scaleLevelSchema>;

export const indicatorSchema = z.object({
  ...syncMetaShape,
  orgUnitId: idSchema,
  agreementId: idSchema,
  goalId: idSchema,
  order: z.number().int().nonnegative(),
  name: plainText().min(1).max(500),
  unit: indicatorUnitSchema,
  polarity: polaritySchema,
  aggregation: aggregationSchema,
  targetType: targetTypeSchema,
  annualTarget: targetValueSchema.nullable(),
  /** TW I–IV; any may be empty (e.g. a semester indicator). */
  quarterTargets: z.tuple([
    targetValueSchema.nullable(),
    targetValueSchema.nullable(),
    targetValueSchema.nullable(),
    targetValueSchema.nullable(),
  ]),
  /** Overrides the tenant's formula for lower-is-better indicators; null = tenant setting. */
  lowerIsBetterFormula: lowerIsBetterFormulaSchema.nullable(),
  scaleLevels: z.array(scaleLevelSchema).max(20),
  definition: plainText().max(2000),
  dataSource: plainText().max(500),
  responsible: plainText().max(200),
  /**
   * The indicator of the previous PK version this one continues (PK perubahan): realisations
   * entered against it carry over here. Rows made before revisions existed lack it (= null).
   */
  previousId: idSchema.nullable().default(null),
  /**
   * The indicator it supports (cascading, domain/alignment.ts): a pemda IKU for a JPT's or a
   * camat's PK, the higher PK's indicator of the same unit for an administrator's or a pengawas's.
   * Null = belum selaras (or the pemda's own IKU). Rows made before cascading lack it (= null).
   */
  supportsId: idSchema.nullable().default(null),
  /**
   * The values a realisation may plausibly take (DHIS2's min–max): outside them the form asks or
   * refuses as the pemda chose (data-checks.ts, outOfBounds). Null = no bound. Rows made before
   * these existed lack them (= null).
   */
  minValue: finite.nullable().default(null),
  maxValue: finite.nullable().default(null),
  /** Bukti dukung wajib: an entry of this indicator is submitted only with evidence. */
  evidenceRequired: z.boolean().default(false),
});
export type Indicator = z.infer<typeof indicatorSchema>;
