import { z } from 'zod';
import { plainText } from './plain-text-schema';
import { idSchema } from './sync-record';
import { tenantTimeZones } from './tenant-clock';
import { dataChecksSchema } from './data-checks';

export const lowerIsBetterFormulaSchema = z.enum(['A', 'B']);
export type LowerIsBetterFormula = z.infer<typeof lowerIsBetterFormulaSchema>;

/** A band is lower-inclusive: achievement >= min falls in it (domain.md, "Category"). */
export const categoryBandSchema = z.object({
  key: z.string().min(1).max(40),
  label: plainText().min(1).max(60),
  min: z.number(),
  /** Colour token for the UI: the tone of the band, from worst to best. */
  tone: z.enum(['critical', 'bad', 'warning', 'good', 'excellent']),
});
export type CategoryBand = z.infer<typeof categoryBandSchema>;

export const tenantTimeZoneSchema = z.enum(tenantTimeZones);

export const achievementCapSchema = z.union([z.literal(100), z.literal(120)]).nullable();

export const tenantSettingsSchema = z.object({
  lowerIsBetterFormula: lowerIsBetterFormulaSchema,
  /** Cap applied when achievements are averaged into unit or pemda scores; raw values stay stored. */
  achievementCap: achievementCapSchema,
  /** Bands sorted by `min`, descending or not; the rules sort them. */
  categoryBands: z.array(categoryBandSchema).min(1).max(10),
  /** Category below which early warning flags an indicator (a band key). */
  warningBelowCategory: z.string().min(1).max(40),
  /**
   * The pemda's zone (WIB, WITA or WIT): periods, deadlines, "today" and document dates are read
   * in it (tenant-clock.ts). Absent in settings stored before zones existed: WIB, through
   * tenantTimeZone().
   */
  timeZone: tenantTimeZoneSchema.optional(),
  /**
   * How the pohon kinerja combines a node's supporters (domain/cascade.ts): their mean, or the
   * weakest of them. Absent in settings stored before cascading: the mean (cascadeRollUpRule()).
   */
  cascadeRollUp: z.enum(['average', 'lowest']).optional(),
  /**
   * The PK print's attachment (PDF and XLSX) gets a column "Mendukung" naming the IKU or higher
   * indicator each indicator supports. Absent in settings stored before it: off.
   */
  pkPrintSupports: z.boolean().optional(),
  /** The checks at entry: thresholds and how strict each is (data-checks.ts). Absent: defaultDataChecks. */
  dataChecks: dataChecksSchema.optional(),
});
export type TenantSettings = z.infer<typeof tenantSettingsSchema>;

/** The pemda's logo for reports: an image file stored by its sha256 (at most maxTenantLogoBytes). */
export const tenantLogoMimeTypes = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const maxTenantLogoBytes = 256 * 1024;
export const tenantLogoSchema = z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), mimeType: z.enum(tenantLogoMimeTypes) });
export type TenantLogo = z.infer<typeof tenantLogoSchema>;

export const tenantKindSchema = z.enum(['provinsi', 'kabupaten', 'kota']);

export const tenantSchema = z.object({
  id: idSchema,
  name: plainText().min(1).max(200),
  kind: tenantKindSchema,
  /** PIHAK KEDUA of every head's PK: the regional head (gubernur, bupati, wali kota). */
  regionalHeadName: plainText().max(200),
  regionalHeadTitle: plainText().max(200),
  settings: tenantSettingsSchema,
  /** Absent in sessions stored before logos existed. */
  logo: tenantLogoSchema.nullable().optional(),
});
export type Tenant = z.infer<typeof tenantSchema>;
