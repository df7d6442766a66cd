// The contract for other systems (e-SAKIP, SIPD, the pemda's dashboards): read-only service tokens
// the admin manages, and the year's PKs and realisations as JSON (paged), CSV or XLSX.
// Export endpoints take `Authorization: Bearer <token>` and nothing else (docs/security.md).
import { z } from 'zod';
import { plainText } from '../domain/plain-text-schema';
import { agreementKindSchema, agreementStatusSchema, yearSchema } from '../domain/agreement';
import { aggregationSchema, polaritySchema, targetTypeSchema } from '../domain/indicator';
import { realisationStatuses } from '../domain/realisation-status';

export const integrationRoutes = {
  /** GET the tenant's tokens, POST a new one (its secret is in this answer only). */
  serviceTokens: '/api/admin/service-tokens',
  revokeServiceToken: '/api/admin/service-tokens/:id/revoke',
  exportAgreements: '/api/export/agreements',
  exportRealisations: '/api/export/realisations',
  /** The OpenAPI 3.1 document of the whole API, generated from these schemas. */
  openapi: '/api/openapi.json',
} as const;

/** Service tokens start with this, so a leaked one is recognisable in logs and secret scanners. */
export const serviceTokenPrefix = 'pkst_';

export const serviceTokenCreateSchema = z.object({
  name: plainText().trim().min(1).max(100),
  /** Absent or null: valid until revoked. */
  expiresAt: z.iso.datetime({ offset: true }).nullable().default(null),
}).strict();
export type ServiceTokenCreate = z.input<typeof serviceTokenCreateSchema>;

export const serviceTokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  /** The admin who created it (null if that account is gone). */
  createdBy: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  expiresAt: z.iso.datetime({ offset: true }).nullable(),
  revokedAt: z.iso.datetime({ offset: true }).nullable(),
  lastUsedAt: z.iso.datetime({ offset: true }).nullable(),
  active: z.boolean(),
});
export type ServiceToken = z.infer<typeof serviceTokenSchema>;
export const serviceTokenListSchema = z.object({ serviceTokens: z.array(serviceTokenSchema) });
/** The secret is shown once: only its sha256 is stored. */
export const serviceTokenCreatedSchema = z.object({ serviceToken: serviceTokenSchema, token: z.string() });
export type ServiceTokenCreated = z.infer<typeof serviceTokenCreatedSchema>;

export const exportFormatSchema = z.enum(['json', 'csv', 'xlsx']);
export type ExportFormat = z.infer<typeof exportFormatSchema>;
export const maxExportPageSize = 1000;
export const exportQuerySchema = z.object({
  year: z.coerce.number().pipe(yearSchema),
  format: exportFormatSchema.default('json'),
  /** JSON only: the `nextCursor` of the previous page (opaque). CSV and XLSX hold the whole year. */
  cursor: z.string().regex(/^[A-Za-z0-9_-]{1,2000}$/).optional(),
  limit: z.coerce.number().int().min(1).max(maxExportPageSize).default(500),
}).strict();
export type ExportQuery = z.input<typeof exportQuerySchema>;

const exportTargetSchema = z.union([z.number(), z.object({ min: z.number(), max: z.number() }), z.string()]).nullable();

/** One indicator of a PK (a PK without indicators: one row whose indicator fields are null). */
export const agreementExportRowSchema = z.object({
  agreementId: z.uuid(), orgUnitId: z.uuid(), orgUnitCode: z.string(), orgUnitName: z.string(),
  year: z.number().int(), version: z.number().int(), kind: agreementKindSchema, status: agreementStatusSchema,
  signedOn: z.string().nullable(),
  goal: z.string().nullable(), indicatorId: z.uuid().nullable(), indicator: z.string().nullable(), unit: z.string().nullable(),
  polarity: polaritySchema.nullable(), aggregation: aggregationSchema.nullable(), targetType: targetTypeSchema.nullable(),
  annualTarget: exportTargetSchema, targetQ1: exportTargetSchema, targetQ2: exportTargetSchema, targetQ3: exportTargetSchema, targetQ4: exportTargetSchema,
});
export type AgreementExportRow = z.infer<typeof agreementExportRowSchema>;

export const achievementReasonSchema = z.enum(['noRealisation', 'noTarget', 'zeroTarget']);
/** One realisation (indicator × quarter) with its workflow status and capaian. */
export const realisationExportRowSchema = z.object({
  realisationId: z.uuid(), orgUnitId: z.uuid(), orgUnitCode: z.string(), orgUnitName: z.string(),
  agreementId: z.uuid(), agreementVersion: z.number().int(), agreementStatus: agreementStatusSchema,
  indicatorId: z.uuid(), indicator: z.string(), unit: z.string(), year: z.number().int(), quarter: z.number().int().min(1).max(4),
  status: z.enum(realisationStatuses),
  /** null = not yet filled (0 is a value). */
  value: z.number().nullable(),
  /** The quarter's target. */
  target: exportTargetSchema,
  /** Capaian of the quarter in percent, raw (domain rules, tenant's lower-is-better formula); null when it cannot be computed. */
  achievement: z.number().nullable(),
  /** Why `achievement` is null. */
  achievementReason: achievementReasonSchema.nullable(),
  /** Capaian s.d. TW n (year to date), raw percent. */
  achievementYearToDate: z.number().nullable(),
  reviewNote: z.string().nullable(),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type RealisationExportRow = z.infer<typeof realisationExportRowSchema>;

const exportPage = <T extends z.ZodType>(row: T) => z.object({
  year: z.number().int(),
  generatedAt: z.iso.datetime({ offset: true }),
  rows: z.array(row),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export const agreementExportPageSchema = exportPage(agreementExportRowSchema);
export const realisationExportPageSchema = exportPage(realisationExportRowSchema);
