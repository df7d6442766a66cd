// The database schema (drizzle). Property names are the domain's camelCase field names so a
// selected row maps onto src/domain types with little work; columns are snake_case.
// Migrations are generated from this file: `npx drizzle-kit generate` (never against a live PGlite dir).
import {
  pgTable, uuid, text, boolean, integer, bigint, smallint, doublePrecision, jsonb, timestamp, date,
  primaryKey, uniqueIndex, index, check,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { TenantSettings } from '../../domain/tenant';
import type { TargetValue, ScaleLevel } from '../../domain/indicator';
import type { SignedScan } from '../../domain/agreement';
import type { LkeComponent } from '../../domain/lke-template';
import type { PlanMisi } from '../../domain/rpjmd-plan';
import type { PlanSasaran } from '../../domain/rpjmd-plan-sasaran';
import { roles } from '../../domain/role';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const rev = (name: string) => bigint(name, { mode: 'number' });

/** Columns every synced row carries (design.md, "Data model"). */
const syncColumns = () => ({
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  rev: rev('rev').notNull(),
  updatedAt: ts('updated_at').notNull(),
  updatedBy: uuid('updated_by'),
  deviceId: text('device_id'),
  deleted: boolean('deleted').notNull().default(false),
});

export const tenants = pgTable('tenants', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['provinsi', 'kabupaten', 'kota'] }).notNull(),
  regionalHeadName: text('regional_head_name').notNull(),
  regionalHeadTitle: text('regional_head_title').notNull(),
  settings: jsonb('settings').$type<TenantSettings>().notNull(),
  /** The logo for reports, in blob storage by sha256; both null when none. */
  logoSha256: text('logo_sha256'),
  logoMimeType: text('logo_mime_type', { enum: ['image/png', 'image/jpeg', 'image/webp'] }),
});

/** The per-tenant cursor: last_rev is bumped under a row lock by every writer (see sync-queries.ts). */
export const tenantCounters = pgTable('tenant_counters', {
  tenantId: uuid('tenant_id').primaryKey().references(() => tenants.id),
  lastRev: rev('last_rev').notNull().default(0),
});

export const orgUnits = pgTable('org_units', {
  ...syncColumns(),
  parentId: uuid('parent_id'),
  code: text('code').notNull(),
  name: text('name').notNull(),
  type: text('type', { enum: ['opd', 'kecamatan', 'bidang', 'uptd', 'setda'] }).notNull(),
  active: boolean('active').notNull(),
});

export const users = pgTable('users', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
  orgUnitId: uuid('org_unit_id').notNull().references(() => orgUnits.id),
  /** Stored lower-case: logins are case-insensitive and usernames unique across tenants. */
  username: text('username').notNull().unique(),
  name: text('name').notNull(),
  role: text('role', { enum: roles }).notNull(),
  position: text('position').notNull(),
  nip: text('nip'),
  active: boolean('active').notNull(),
  passwordHash: text('password_hash').notNull(),
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  /** The planner right (domain/permissions.ts canEditPlan): a Bappeda evaluator who keeps the RPJMD and the pemda's PK. */
  planner: boolean('planner').notNull().default(false),
});

export const sessions = pgTable('sessions', {
  /** sha256 of the token: a leaked table does not yield usable cookies. */
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id').notNull().references(() => users.id),
  deviceId: text('device_id'),
  createdAt: ts('created_at').notNull(),
  lastSeenAt: ts('last_seen_at').notNull(),
  expiresAt: ts('expires_at').notNull(),
  revokedAt: ts('revoked_at'),
});

/**
 * Login throttling (docs/security.md): one row per key (`user:<name>`, `ip:<addr>`, `device:<hash>`)
 * counting attempts in a fixed window. An attempt is counted by one upsert before its password is
 * checked, so parallel guesses cannot all pass a check made before any of them was recorded.
 */
export const loginThrottle = pgTable('login_throttle', {
  key: text('key').primaryKey(),
  windowStart: ts('window_start').notNull(),
  attempts: integer('attempts').notNull(),
});

/**
 * Device cookies (OWASP "slow down online guessing with device cookies"): a browser where a user
 * signed in before gets its own allowance of guesses, so a locked username does not lock them out.
 * One token per browser, trusted for each user who signed in on it; only its sha256 is kept.
 */
export const trustedDevices = pgTable('trusted_devices', {
  tokenHash: text('token_hash').notNull(),
  /** One browser, several users (a shared kecamatan tablet): one row each. */
  username: text('username').notNull(),
  createdAt: ts('created_at').notNull(),
  lastUsedAt: ts('last_used_at').notNull(),
}, (t) => [primaryKey({ columns: [t.tokenHash, t.username] })]);

export const devices = pgTable('devices', {
  id: uuid('id').primaryKey(),
  userId: uuid('user_id').notNull().references(() => users.id),
  tenantId: uuid('tenant_id').notNull(),
  lastSeq: integer('last_seq').notNull().default(0),
  firstSeen: ts('first_seen').notNull(),
  lastSeen: ts('last_seen').notNull(),
  userAgent: text('user_agent'),
  /** The name the device sent with its last push (its settings, or its browser and OS). */
  name: text('name'),
});

export const agreements = pgTable('agreements', {
  ...syncColumns(),
  orgUnitId: uuid('org_unit_id').notNull(),
  year: integer('year').notNull(),
  version: integer('version').notNull(),
  parentId: uuid('parent_id'),
  kind: text('kind', { enum: ['pemda', 'jpt', 'camat', 'administrator', 'pengawas'] }).notNull(),
  status: text('status', { enum: ['draft', 'signed', 'superseded'] }).notNull(),
  number: text('number'),
  firstParty: jsonb('first_party').$type<{ name: string; position: string; rank: string; nip: string | null }>().notNull(),
  secondParty: jsonb('second_party').$type<{ name: string; position: string }>().notNull(),
  signedOn: date('signed_on', { mode: 'string' }),
  signedPlace: text('signed_place'),
  signedScan: jsonb('signed_scan').$type<SignedScan | null>(),
}, (t) => [
  // One PK per unit, year and version: a second PK murni for the same year is refused. The pemda's
  // own PK sits in the setda's unit beside the setda's PK, as a chain of versions of its own.
  uniqueIndex('agreements_unit_year_version_uq')
    .on(t.orgUnitId, t.year, t.version, sql`(${t.kind} = 'pemda')`).where(sql`${t.deleted} = false`),
]);

export const goals = pgTable('goals', {
  ...syncColumns(),
  orgUnitId: uuid('org_unit_id').notNull(),
  agreementId: uuid('agreement_id').notNull(),
  order: integer('order').notNull(),
  name: text('name').notNull(),
  /** A sasaran daerah's tujuan in the RPJMD plan (domain/rpjmd-plan.ts); null for every other sasaran. */
  tujuanId: uuid('tujuan_id'),
}, (t) => [index('goals_agreement_idx').on(t.agreementId)]);

export const indicators = pgTable('indicators', {
  ...syncColumns(),
  orgUnitId: uuid('org_unit_id').notNull(),
  agreementId: uuid('agreement_id').notNull(),
  goalId: uuid('goal_id').notNull(),
  order: integer('order').notNull(),
  name: text('name').notNull(),
  unit: text('unit').notNull(),
  polarity: text('polarity', { enum: ['higher', 'lower'] }).notNull(),
  aggregation: text('aggregation', { enum: ['sum', 'last', 'flat', 'average'] }).notNull(),
  targetType: text('target_type', { enum: ['number', 'percent', 'scale', 'text', 'range'] }).notNull(),
  annualTarget: jsonb('annual_target').$type<TargetValue | null>(),
  quarterTargets: jsonb('quarter_targets')
    .$type<[TargetValue | null, TargetValue | null, TargetValue | null, TargetValue | null]>().notNull(),
  lowerIsBetterFormula: text('lower_is_better_formula', { enum: ['A', 'B'] }),
  scaleLevels: jsonb('scale_levels').$type<ScaleLevel[]>().notNull(),
  definition: text('definition').notNull(),
  dataSource: text('data_source').notNull(),
  responsible: text('responsible').notNull(),
  /** The indicator of the previous PK version this one continues (realisations carry over). */
  previousId: uuid('previous_id'),
  /** The indicator it supports (cascading); null = not aligned, or the pemda's own IKU. */
  supportsId: uuid('supports_id'),
  /** The plausible values of a realisation (data checks); null = no bound. */
  minValue: doublePrecision('min_value'),
  maxValue: doublePrecision('max_value'),
  /** Bukti dukung wajib for this indicator's entries. */
  evidenceRequired: boolean('evidence_required').notNull().default(false),
}, (t) => [
  index('indicators_previous_idx').on(t.previousId), index('indicators_agreement_idx').on(t.agreementId),
  index('indicators_supports_idx').on(t.supportsId),
]);

export const programs = pgTable('programs', {
  ...syncColumns(),
  orgUnitId: uuid('org_unit_id').notNull(),
  agreementId: uuid('agreement_id').notNull(),
  parentId: uuid('parent_id'),
  level: text('level', { enum: ['program', 'kegiatan', 'subkegiatan'] }).notNull(),
  order: integer('order').notNull(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  budget: bigint('budget', { mode: 'number' }).notNull(),
}, (t) => [index('programs_agreement_idx').on(t.agreementId)]);

export const realisations = pgTable('realisations', {
  ...syncColumns(),
  orgUnitId: uuid('org_unit_id').notNull(),
  indicatorId: uuid('indicator_id').notNull(),
  year: integer('year').notNull(),
  quarter: smallint('quarter').notNull(),
  value: doublePrecision('value'),
  drivers: text('drivers').notNull(),
  obstacles: text('obstacles').notNull(),
  followUp: text('follow_up').notNull(),
  status: text('status', { enum: ['draft', 'submitted', 'verified', 'returned'] }).notNull(),
  reviewNote: text('review_note'),
  /** Per editable field, the rev that last changed it: the basis of field-level merge. */
  fieldRevs: jsonb('field_revs').$type<Record<string, number>>().notNull().default({}),
  /** Per editable field, the device that last changed it: a device never conflicts with itself. */
  fieldDevices: jsonb('field_devices').$type<Record<string, string | null>>().notNull().default({}),
}, (t) => [
  uniqueIndex('realisations_indicator_quarter_uq').on(t.indicatorId, t.quarter),
  check('realisations_quarter_ck', sql`${t.quarter} BETWEEN 1 AND 4`),
]);

/** The per-tenant change log, which is also the audit trail. */
export const changes = pgTable('changes', {
  tenantId: uuid('tenant_id').notNull(),
  rev: rev('rev').notNull(),
  entity: text('entity').notNull(),
  recordId: uuid('record_id').notNull(),
  /** null = a tenant-level row everyone in the tenant may read. */
  orgUnitId: uuid('org_unit_id'),
  op: text('op', { enum: ['insert', 'update', 'delete'] }).notNull(),
  before: jsonb('before').$type<Record<string, unknown> | null>(),
  after: jsonb('after').$type<Record<string, unknown>>().notNull(),
  userId: uuid('user_id'),
  deviceId: text('device_id'),
  mutationId: uuid('mutation_id'),
  createdAt: ts('created_at').notNull(),
}, (t) => [primaryKey({ columns: [t.tenantId, t.rev] }), index('changes_unit_idx').on(t.tenantId, t.orgUnitId, t.rev)]);

/** Every mutation received, with its outcome, kept for good (sync invariant 3). */
export const mutations = pgTable('mutations', {
  id: uuid('id').notNull(),
  deviceId: uuid('device_id').notNull(),
  seq: integer('seq').notNull(),
  userId: uuid('user_id').notNull(),
  payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
  outcome: jsonb('outcome').$type<Record<string, unknown>>().notNull(),
  receivedAt: ts('received_at').notNull(),
}, (t) => [primaryKey({ columns: [t.deviceId, t.seq] }), index('mutations_id_idx').on(t.id)]);

export const conflicts = pgTable('conflicts', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  entity: text('entity').notNull(),
  recordId: uuid('record_id').notNull(),
  field: text('field').notNull(),
  serverValue: jsonb('server_value'),
  incomingValue: jsonb('incoming_value'),
  mutationId: uuid('mutation_id').notNull(),
  userId: uuid('user_id').notNull(),
  deviceId: uuid('device_id').notNull(),
  createdAt: ts('created_at').notNull(),
  resolvedAt: ts('resolved_at'),
}, (t) => [index('conflicts_record_idx').on(t.tenantId, t.recordId)]);

/** Bukti dukung rows (synced); the bytes are in `attachments` + blob storage, named by sha256. */
export const evidence = pgTable('evidence', {
  ...syncColumns(),
  orgUnitId: uuid('org_unit_id').notNull(),
  realisationId: uuid('realisation_id').notNull(),
  sha256: text('sha256').notNull(),
  mimeType: text('mime_type', { enum: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] }).notNull(),
  size: integer('size').notNull(),
  caption: text('caption').notNull(),
  takenAt: ts('taken_at'),
  latitude: doublePrecision('latitude'),
  longitude: doublePrecision('longitude'),
  fileName: text('file_name').notNull(),
}, (t) => [index('evidence_realisation_idx').on(t.realisationId), index('evidence_sha_idx').on(t.tenantId, t.sha256)]);

/**
 * Files received per tenant. The bytes are content-addressed and may be shared on disk, but each
 * tenant must upload them itself: knowing a hash never grants access to another tenant's file.
 */
export const attachments = pgTable('attachments', {
  tenantId: uuid('tenant_id').notNull(),
  sha256: text('sha256').notNull(),
  mimeType: text('mime_type', { enum: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] }).notNull(),
  size: integer('size').notNull(),
  storedAt: ts('stored_at').notNull(),
  /** The server re-hashed the bytes and checked their type. */
  verified: boolean('verified').notNull(),
  uploadedBy: uuid('uploaded_by').notNull(),
}, (t) => [primaryKey({ columns: [t.tenantId, t.sha256] })]);

/**
 * Which org units sent the whole bytes of a file (proof of possession): a unit may name a file
 * (evidence, a PK's signed scan) or skip re-sending it only when it holds it. Knowing a hash is not
 * enough, even inside the tenant.
 */
export const attachmentHolders = pgTable('attachment_holders', {
  tenantId: uuid('tenant_id').notNull(),
  sha256: text('sha256').notNull(),
  orgUnitId: uuid('org_unit_id').notNull(),
  uploadedBy: uuid('uploaded_by').notNull(),
  storedAt: ts('stored_at').notNull(),
}, (t) => [primaryKey({ columns: [t.tenantId, t.sha256, t.orgUnitId] })]);

/**
 * Unfinished chunked uploads (the bytes are in blob storage under `key`): whose, their declared
 * size (reserved against the user's cap) and when the last chunk came (they expire).
 */
export const partialUploads = pgTable('partial_uploads', {
  key: text('key').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  userId: uuid('user_id').notNull(),
  sha256: text('sha256').notNull(),
  total: integer('total').notNull(),
  startedAt: ts('started_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
}, (t) => [index('partial_uploads_user_idx').on(t.userId), index('partial_uploads_updated_idx').on(t.updatedAt)]);

/** Jadwal input: one row per tenant × year × quarter (synced, tenant-wide); no row = open. */
export const periodWindows = pgTable('period_windows', {
  ...syncColumns(),
  year: smallint('year').notNull(),
  quarter: smallint('quarter').notNull(),
  locked: boolean('locked').notNull(),
  lockAt: ts('lock_at'),
  /** Deadline extensions for single units: [{ orgUnitId, until }] (domain/period-lock.ts windowForUnit). */
  extensions: jsonb('extensions').$type<Array<{ orgUnitId: string; until: string }>>().notNull().default([]),
}, (t) => [uniqueIndex('period_windows_key').on(t.tenantId, t.year, t.quarter)]);

/** Realisasi anggaran (cumulative Rp) and fisik (%) per program × quarter (synced, unit-scoped). */
export const programRealisations = pgTable('program_realisations', {
  ...syncColumns(),
  orgUnitId: uuid('org_unit_id').notNull(),
  programId: uuid('program_id').notNull(),
  year: smallint('year').notNull(),
  quarter: smallint('quarter').notNull(),
  budgetRealised: bigint('budget_realised', { mode: 'number' }),
  physicalProgress: doublePrecision('physical_progress'),
}, (t) => [uniqueIndex('program_realisations_key').on(t.programId, t.quarter)]);

/** One side's answer of a unit's LKE criterion (domain/lke-response.ts; synced, unit-scoped). */
export const lkeResponses = pgTable('lke_responses', {
  ...syncColumns(),
  orgUnitId: uuid('org_unit_id').notNull(),
  year: smallint('year').notNull(),
  criterionId: text('criterion_id').notNull(),
  side: text('side', { enum: ['self', 'review'] }).notNull(),
  answer: text('answer'),
  note: text('note').notNull(),
}, (t) => [uniqueIndex('lke_responses_key').on(t.orgUnitId, t.year, t.criterionId, t.side)]);

/** A unit's LKE of a year as a whole: open or final, with the score fixed when final (domain/lke-evaluation.ts). */
export const lkeEvaluations = pgTable('lke_evaluations', {
  ...syncColumns(),
  orgUnitId: uuid('org_unit_id').notNull(),
  year: smallint('year').notNull(),
  status: text('status', { enum: ['open', 'final'] }).notNull(),
  score: doublePrecision('score'),
  predikat: text('predikat'),
  finalisedAt: ts('finalised_at'),
  finalisedBy: uuid('finalised_by'),
}, (t) => [uniqueIndex('lke_evaluations_key').on(t.orgUnitId, t.year)]);

/** A recommendation of a unit's LKE with the unit's follow-up (domain/lke-recommendation.ts). */
export const lkeRecommendations = pgTable('lke_recommendations', {
  ...syncColumns(),
  orgUnitId: uuid('org_unit_id').notNull(),
  year: smallint('year').notNull(),
  order: integer('order').notNull(),
  text: text('text').notNull(),
  followUp: text('follow_up', { enum: ['belum', 'proses', 'selesai'] }).notNull(),
  followUpNote: text('follow_up_note').notNull(),
}, (t) => [index('lke_recommendations_unit_year').on(t.orgUnitId, t.year)]);

/**
 * The pemda's RPJMD: visi, misi and tujuan of a plan period, and the sasaran daerah with their IKU
 * and targets (domain/rpjmd-plan.ts, rpjmd-plan-sasaran.ts); tenant-wide, set by the admin.
 */
export const rpjmdPlans = pgTable('rpjmd_plans', {
  ...syncColumns(),
  periodStart: smallint('period_start').notNull(),
  periodEnd: smallint('period_end').notNull(),
  visi: text('visi').notNull(),
  misi: jsonb('misi').$type<PlanMisi[]>().notNull(),
  sasaran: jsonb('sasaran').$type<PlanSasaran[]>().notNull().default([]),
}, (t) => [uniqueIndex('rpjmd_plans_key').on(t.tenantId, t.periodStart)]);

/** A pemda's own LKE template of a year (domain/lke-template-record.ts); tenant-wide, set by the admin. */
export const lkeTemplates = pgTable('lke_templates', {
  ...syncColumns(),
  year: smallint('year').notNull(),
  title: text('title').notNull(),
  components: jsonb('components').$type<LkeComponent[]>().notNull(),
}, (t) => [uniqueIndex('lke_templates_key').on(t.tenantId, t.year)]);

/**
 * A file attached to a unit's own LKE answer of a criterion (domain/lke-evidence.ts; synced,
 * unit-scoped). Read by unit and year (the sheet), and by tenant and file (who may open it).
 */
export const lkeEvidence = pgTable('lke_evidence', {
  ...syncColumns(),
  orgUnitId: uuid('org_unit_id').notNull(),
  year: smallint('year').notNull(),
  criterionId: text('criterion_id').notNull(),
  sha256: text('sha256').notNull(),
  mimeType: text('mime_type', { enum: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] }).notNull(),
  size: integer('size').notNull(),
  caption: text('caption').notNull(),
  fileName: text('file_name').notNull(),
}, (t) => [index('lke_evidence_unit_year').on(t.orgUnitId, t.year), index('lke_evidence_sha').on(t.tenantId, t.sha256)]);

/**
 * Read-only service tokens for other systems (e-SAKIP, SIPD, dashboards): one tenant each, the
 * export endpoints only. Only the token's sha256 is kept, as for sessions; revoked, never deleted.
 */
export const serviceTokens = pgTable('service_tokens', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  createdBy: uuid('created_by').notNull(),
  createdAt: ts('created_at').notNull(),
  expiresAt: ts('expires_at'),
  revokedAt: ts('revoked_at'),
  /** The last use; a use more than a burst after it is written to the audit log. */
  lastUsedAt: ts('last_used_at'),
}, (t) => [index('service_tokens_tenant_idx').on(t.tenantId)]);
