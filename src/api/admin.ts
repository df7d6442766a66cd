// The administration contract (admin role, own tenant only; online screens).
import { z } from 'zod';
import { dataChecksSchema } from '../domain/data-checks';
import { plainText } from '../domain/plain-text-schema';
import { idSchema } from '../domain/sync-record';
import { orgUnitSchema, orgUnitTypeSchema } from '../domain/org-unit';
import { userSchema } from '../domain/user';
import { roleSchema } from '../domain/role-schema';
import { categoryBandSchema, lowerIsBetterFormulaSchema, tenantKindSchema, tenantLogoSchema, tenantTimeZoneSchema } from '../domain/tenant';
import { periodWindowSchema } from '../domain/period-window';
import { lkeTemplateContentSchema, lkeTemplateRecordSchema, type LkeTemplateContent } from '../domain/lke-template-record';
import { rpjmdPlanContentSchema, rpjmdPlanSchema } from '../domain/rpjmd-plan';
import { planSasaranArraySchema } from '../domain/rpjmd-plan-sasaran';
import { isoDateSchema, yearSchema } from '../domain/agreement';
import { quarterSchema } from '../domain/period-schema';
import { maxPasswordLength } from '../domain/password-policy';

export const adminRoutes = {
  orgUnits: '/api/admin/org-units',
  orgUnit: '/api/admin/org-units/:id',
  users: '/api/admin/users',
  user: '/api/admin/users/:id',
  resetPassword: '/api/admin/users/:id/reset-password',
  userSessions: '/api/admin/users/:id/sessions',
  revokeSession: '/api/admin/users/:id/sessions/:sessionId/revoke',
  importUsers: '/api/admin/users/import',
  settings: '/api/admin/settings',
  /** PUT the raw image (png, jpeg, webp), DELETE to remove. */
  logo: '/api/admin/logo',
  periodWindows: '/api/admin/period-windows',
  periodWindow: '/api/admin/period-windows/:year/:quarter',
  /** GET the pemda's own LKE templates; PUT one year's (lke-template-record.ts). */
  lkeTemplates: '/api/admin/lke-templates',
  lkeTemplate: '/api/admin/lke-templates/:year',
  /** GET the pemda's RPJMD plans; PUT one plan period's (rpjmd-plan.ts), named by its first year. */
  rpjmdPlans: '/api/admin/rpjmd-plans',
  rpjmdPlan: '/api/admin/rpjmd-plans/:periodStart',
  audit: '/api/admin/audit',
  auditCsv: '/api/admin/audit.csv',
} as const;

/** Fills `:name` placeholders of a route. */
export function adminPath(route: string, params: Record<string, string>): string {
  return route.replace(/:(\w+)/g, (_whole, name: string) => encodeURIComponent(params[name] ?? ''));
}

export const idParamsSchema = z.object({ id: idSchema }).strict();
export const sessionParamsSchema = z.object({ id: idSchema, sessionId: z.string().regex(/^[0-9a-f]{16}$/) }).strict();

const code = plainText().trim().min(1).max(40);
const name = plainText().trim().min(1).max(200);

export const orgUnitCreateSchema = z.object({ code, name, type: orgUnitTypeSchema, parentId: idSchema.nullable() }).strict();
export type OrgUnitCreate = z.infer<typeof orgUnitCreateSchema>;
export const orgUnitUpdateSchema = z.object({ code, name, parentId: idSchema.nullable(), active: z.boolean() }).partial().strict();
export type OrgUnitUpdate = z.infer<typeof orgUnitUpdateSchema>;
export const orgUnitListSchema = z.object({ orgUnits: z.array(orgUnitSchema) });

export const usernameSchema = z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9._-]{2,79}$/);
const nip = z.string().regex(/^\d{18}$/).nullable();

export const userCreateSchema = z.object({
  username: usernameSchema, name, role: roleSchema, orgUnitId: idSchema, position: z.string().trim().max(200), nip: nip.default(null),
  /** The planner right (domain/permissions.ts mayHoldPlannerRight): evaluators only (refused: planner_role). */
  planner: z.boolean().default(false),
}).strict();
export type UserCreate = z.input<typeof userCreateSchema>;
export const userUpdateSchema = z.object({
  name, role: roleSchema, orgUnitId: idSchema, position: z.string().trim().max(200), nip, active: z.boolean(), planner: z.boolean(),
}).partial().strict();
export type UserUpdate = z.infer<typeof userUpdateSchema>;

export const adminUserSchema = userSchema.extend({
  mustChangePassword: z.boolean(),
  /** The user's newest sign-in (the list only; null: never, or so long ago its session is gone). */
  lastSignInAt: z.iso.datetime({ offset: true }).nullable().optional(),
});
export type AdminUser = z.infer<typeof adminUserSchema>;
export const userListSchema = z.object({ users: z.array(adminUserSchema) });
/** A created or reset account: the one-time password is shown once and never stored in clear. */
export const oneTimePasswordResponseSchema = z.object({ user: adminUserSchema, oneTimePassword: z.string() });
export type OneTimePasswordResponse = z.infer<typeof oneTimePasswordResponseSchema>;

export const sessionListingSchema = z.object({
  /** A public handle: the first 16 hex digits of the token hash (never the token). */
  id: z.string(),
  deviceId: z.string().nullable(),
  /** The name the device last sent (settings, or its browser and OS); null before it pushed. */
  deviceName: z.string().nullable().optional(),
  userAgent: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  lastSeenAt: z.iso.datetime({ offset: true }),
  expiresAt: z.iso.datetime({ offset: true }),
  revokedAt: z.iso.datetime({ offset: true }).nullable(),
  active: z.boolean(),
});
export type SessionListing = z.infer<typeof sessionListingSchema>;
export const sessionListSchema = z.object({ sessions: z.array(sessionListingSchema) });

export const maxImportBytes = 200_000;
export const userImportRequestSchema = z.object({ csv: z.string().min(1).max(maxImportBytes) }).strict();
export const userImportResponseSchema = z.object({
  created: z.array(z.object({ username: z.string(), oneTimePassword: z.string() })),
  /** Row-level problems (line 1 is the header); when any exists nothing is created. */
  errors: z.array(z.object({ line: z.number().int().positive(), message: z.string() })),
});
export type UserImportResponse = z.infer<typeof userImportResponseSchema>;
/** The CSV columns, in this order, with a header row. */
export const userImportColumns = ['username', 'name', 'role', 'unit_code', 'position', 'nip'] as const;

export const bandSetSchema = z.enum(['permendagri86', 'dashboard']);
export type BandSet = z.infer<typeof bandSetSchema>;
export const tenantSettingsResponseSchema = z.object({
  logo: tenantLogoSchema.nullable(),
  name: z.string(), kind: tenantKindSchema, regionalHeadName: z.string(), regionalHeadTitle: z.string(),
  lowerIsBetterFormula: lowerIsBetterFormulaSchema, achievementCap: z.union([z.literal(100), z.literal(120)]).nullable(),
  bandSet: bandSetSchema.nullable(), warningBelowCategory: z.string(), categoryKeys: z.array(z.string()),
  /** The bands in force, top first (their bounds are editable: bandThresholds). Older servers omit it. */
  categoryBands: z.array(categoryBandSchema).optional(),
  /** The pemda's zone (WIB, WITA, WIT); a tenant stored before zones existed answers WIB. */
  timeZone: tenantTimeZoneSchema,
  /** How the pohon kinerja combines supporters; older servers omit it (the mean). */
  cascadeRollUp: z.enum(['average', 'lowest']).optional(),
  /** The PK print's attachment names what each indicator supports; older servers omit it (off). */
  pkPrintSupports: z.boolean().optional(),
  /** The checks at entry (domain/data-checks.ts); older servers omit it (the defaults). */
  dataChecks: dataChecksSchema.optional(),
});
export type TenantSettingsResponse = z.infer<typeof tenantSettingsResponseSchema>;
export const tenantSettingsUpdateSchema = z.object({
  name, regionalHeadName: plainText().trim().max(200), regionalHeadTitle: plainText().trim().max(200),
  lowerIsBetterFormula: lowerIsBetterFormulaSchema, achievementCap: z.union([z.literal(100), z.literal(120)]).nullable(),
  bandSet: bandSetSchema, warningBelowCategory: z.string().min(1).max(40), timeZone: tenantTimeZoneSchema,
  cascadeRollUp: z.enum(['average', 'lowest']),
  pkPrintSupports: z.boolean(),
  /** An explainBelowCategory that is not one of the bands in force (after bandSet) is refused: unknown_category. */
  dataChecks: dataChecksSchema,
  /**
   * New lower bounds (%) of the bands, top first, every band but the bottom one (domain/band-thresholds.ts),
   * for the band set chosen in the same request or the one in force. Checked by the server:
   * refused with reason band_thresholds and the problems per position.
   */
  bandThresholds: z.array(z.number()).min(1).max(9),
}).partial().strict();
export type TenantSettingsUpdate = z.infer<typeof tenantSettingsUpdateSchema>;

/** Jadwal input of one quarter: locked now, and/or locking by itself at lockAt. */
export const periodWindowParamsSchema = z.object({ year: z.coerce.number().pipe(yearSchema), quarter: z.coerce.number().pipe(quarterSchema) }).strict();
export const periodWindowUpdateSchema = z.object({
  locked: z.boolean(), lockAt: z.iso.datetime({ offset: true }).nullable(),
  /**
   * Deadline extensions for single units, the whole list (absent: kept as they are). Each unit
   * once, an active unit of the tenant (refused: unit_not_found, unit_inactive, duplicate_unit).
   */
  extensions: z.array(z.object({ orgUnitId: idSchema, until: z.iso.datetime({ offset: true }) }).strict()).max(1000).optional(),
}).strict();
export type PeriodWindowUpdate = z.infer<typeof periodWindowUpdateSchema>;
export const periodWindowListSchema = z.object({ periodWindows: z.array(periodWindowSchema) });

/**
 * A year's LKE template: title and components (weights, shares, criteria and scales). Refused with
 * reason lke_template_weights (details.problems: validateLkeTemplate's) when it would not score out
 * of 100, lke_template_in_use (details.finalCount) once a unit's LKE of that year is final.
 */
export const lkeTemplateParamsSchema = z.object({ year: z.coerce.number().pipe(yearSchema) }).strict();
export const lkeTemplateUpdateSchema = lkeTemplateContentSchema;
export type LkeTemplateUpdate = LkeTemplateContent;
export const lkeTemplateListSchema = z.object({ lkeTemplates: z.array(lkeTemplateRecordSchema) });

/**
 * A plan period's visi, misi and tujuan, and its sasaran daerah with their IKU. Refused with reason
 * plan_invalid (details.problems: validateRpjmdPlan's, e.g. a period overlapping another plan, a
 * sasaran naming no tujuan of the plan) and plan_tujuan_in_use (details.sasaran: the names of the
 * PK's sasaran daerah still serving a tujuan the change removes). `sasaran` left out (a client of
 * the build before them) keeps the stored ones.
 */
export const rpjmdPlanParamsSchema = z.object({ periodStart: z.coerce.number().pipe(yearSchema) }).strict();
export const rpjmdPlanUpdateSchema = rpjmdPlanContentSchema.omit({ periodStart: true }).extend({ sasaran: planSasaranArraySchema.optional() });
export type RpjmdPlanUpdate = z.infer<typeof rpjmdPlanUpdateSchema>;
export const rpjmdPlanListSchema = z.object({ rpjmdPlans: z.array(rpjmdPlanSchema) });

/**
 * A calendar day (2026-13-45 and 9999-99-99 are not: they were a 500, "Invalid time value"), in
 * years a timestamp column can hold once the service adds the inclusive `to` day (year 0 and
 * 10000 are out of PostgreSQL's range).
 */
const dateParam = isoDateSchema.refine((day) => day >= '1000-01-01' && day <= '9998-12-31', 'a day between the years 1000 and 9998');
export const auditQuerySchema = z.object({
  orgUnitId: idSchema.optional(), userId: idSchema.optional(), entity: z.string().regex(/^[a-zA-Z]{1,40}$/).optional(),
  from: dateParam.optional(), to: dateParam.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1), pageSize: z.coerce.number().int().min(1).max(200).default(50),
  /** The CSV's language: a download link cannot send the app's choice in a header. */
  lang: z.enum(['id', 'en']).optional(),
}).strict();
export type AuditQuery = z.input<typeof auditQuerySchema>;
export const auditEntrySchema = z.object({
  rev: z.number().int(), entity: z.string(), recordId: z.string(), orgUnitId: z.string().nullable(), op: z.string(),
  before: z.record(z.string(), z.unknown()).nullable(), after: z.record(z.string(), z.unknown()),
  userId: z.string().nullable(), username: z.string().nullable(), deviceId: z.string().nullable(), createdAt: z.iso.datetime({ offset: true }),
  /** What happened, for people (domain/audit-event.ts), with names instead of ids (api/audit-text.ts). */
  kind: z.string(), actorName: z.string().nullable(), actorRole: z.string().nullable(), unitName: z.string().nullable(),
  deviceName: z.string().nullable(), subject: z.string().nullable(), quarter: z.number().int().nullable(),
  fields: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditPageSchema = z.object({ total: z.number().int().nonnegative(), page: z.number().int(), pageSize: z.number().int(), entries: z.array(auditEntrySchema) });
export type AuditPage = z.infer<typeof auditPageSchema>;

export const passwordChangeRequestSchema = z.object({
  currentPassword: z.string().min(1).max(maxPasswordLength), newPassword: z.string().min(1).max(maxPasswordLength),
}).strict();
export type PasswordChangeRequest = z.infer<typeof passwordChangeRequestSchema>;

/** `details.reason` of an invalid_request from the admin endpoints, for the screens to explain. */
export const adminRefusalReasons = [
  'weak_password', 'wrong_password', 'username_taken', 'unit_not_found', 'unit_inactive', 'parent_cycle', 'unit_has_active_users',
  'own_account', 'unknown_category', 'logo_type', 'logo_empty', 'unit_code_taken', 'band_thresholds', 'duplicate_unit',
  'lke_template_weights', 'lke_template_in_use', 'plan_invalid', 'plan_tujuan_in_use', 'planner_role',
] as const;
export type AdminRefusalReason = (typeof adminRefusalReasons)[number];
