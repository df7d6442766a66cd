// The sync messages of design.md ("Sync protocol").
import { z } from 'zod';
import { idSchema } from '../domain/sync-record';
import { orgUnitSchema } from '../domain/org-unit';
import { agreementSchema, goalSchema, programSchema } from '../domain/agreement';
import { indicatorSchema } from '../domain/indicator';
import { realisationSchema } from '../domain/realisation';
import { conflictSchema } from '../domain/conflict';
import { evidenceSchema } from '../domain/evidence';
import { periodWindowSchema } from '../domain/period-window';
import { programRealisationSchema } from '../domain/program-realisation';
import { lkeResponseSchema } from '../domain/lke-response';
import { lkeEvaluationSchema } from '../domain/lke-evaluation';
import { lkeRecommendationSchema } from '../domain/lke-recommendation';
import { lkeTemplateRecordSchema } from '../domain/lke-template-record';
import { lkeEvidenceSchema } from '../domain/lke-evidence';
import { rpjmdPlanSchema } from '../domain/rpjmd-plan';
import { tenantSchema } from '../domain/tenant';
import { rejectionCodeSchema } from './errors';
import { plainText } from '../domain/plain-text-schema';

export const syncEntitySchema = z.enum(['orgUnit', 'agreement', 'goal', 'indicator', 'program', 'realisation', 'conflict', 'evidence', 'periodWindow', 'programRealisation', 'lkeResponse', 'lkeEvaluation', 'lkeRecommendation', 'lkeTemplate', 'lkeEvidence', 'rpjmdPlan']);
export type SyncEntity = z.infer<typeof syncEntitySchema>;

/** The row schema of each synced entity: pulls are parsed with these on the device. */
export const entityRowSchemas = {
  orgUnit: orgUnitSchema,
  agreement: agreementSchema,
  goal: goalSchema,
  indicator: indicatorSchema,
  program: programSchema,
  realisation: realisationSchema,
  evidence: evidenceSchema,
  conflict: conflictSchema,
  periodWindow: periodWindowSchema,
  programRealisation: programRealisationSchema,
  lkeResponse: lkeResponseSchema,
  lkeEvaluation: lkeEvaluationSchema,
  lkeRecommendation: lkeRecommendationSchema,
  lkeTemplate: lkeTemplateRecordSchema,
  lkeEvidence: lkeEvidenceSchema,
  rpjmdPlan: rpjmdPlanSchema,
} as const satisfies Record<SyncEntity, z.ZodType>;

/**
 * Entities added by a later protocol version (api/routes.ts syncProtocol): pulls by an older build
 * leave them out, since its pull would refuse a page naming an entity it does not know. A build
 * that gains one asks for it once with `catchUp` (client/sync/catch-up.ts): the rows as they are
 * now, without moving its cursor past anything else.
 */
export const entityProtocol: Readonly<Partial<Record<SyncEntity, number>>> = { lkeTemplate: 2, lkeEvidence: 2, rpjmdPlan: 2 };
/**
 * What a build may catch up on: the entities above, and the PK rows (agreement, goal, indicator)
 * of the units above a unit-scoped user's own, which builds before the bidang's read of its OPD's
 * PK (domain/permissions.ts canReadHigherPk) did not pull.
 */
export const catchUpEntitySchema = z.enum(['lkeTemplate', 'lkeEvidence', 'rpjmdPlan', 'agreement', 'goal', 'indicator']);
export type CatchUpEntity = z.infer<typeof catchUpEntitySchema>;

export const deviceIdSchema = z.uuid();
/** A device's name as its user set it in the settings, or the browser and OS (sessions list, conflicts). */
export const maxDeviceName = 80;
export const deviceNameSchema = plainText().trim().min(1).max(maxDeviceName);
export const maxPushBatch = 500;

/**
 * One change made on a device. `fields` holds only what the user changed; the server validates it
 * against the entity's edit schema. `baseRev` is the row's rev the device last saw (null: new row).
 */
export const mutationSchema = z
  .object({
    id: idSchema,
    seq: z.number().int().positive(),
    entity: syncEntitySchema,
    recordId: idSchema,
    op: z.enum(['upsert', 'delete']),
    fields: z.record(z.string().max(60), z.unknown()),
    baseRev: z.number().int().nonnegative().nullable(),
    /** Device clock when the user saved: metadata only, never used for ordering. */
    clientTime: z.iso.datetime({ offset: true }),
  })
  .strict();
export type Mutation = z.infer<typeof mutationSchema>;

/**
 * `userId` names the user whose device database the request comes from. Tabs share one cookie, so
 * after another user logs in elsewhere in the browser, a tab still open for the first user would
 * otherwise send that user's outbox (and pull into their database) under the new user's session.
 */
const requestingUser = idSchema.optional();

export const pushRequestSchema = z
  .object({
    deviceId: deviceIdSchema,
    /** Absent from older builds: the server keeps the name it last had for the device. */
    deviceName: deviceNameSchema.optional(),
    userId: requestingUser,
    mutations: z.array(mutationSchema).min(1).max(maxPushBatch),
  })
  .strict();
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const mutationStatusSchema = z.enum(['applied', 'merged', 'conflict', 'rejected']);
export type MutationStatus = z.infer<typeof mutationStatusSchema>;

export const fieldConflictSchema = z.object({
  /** The server's conflict id (the synced `conflict` row); absent in outcomes stored before it existed. */
  id: idSchema.optional(),
  field: z.string(),
  /** The value the server kept. */
  serverValue: z.unknown(),
  /** The value this mutation carried, kept by the server as a revision. */
  yourValue: z.unknown(),
});

export const mutationResultSchema = z.object({
  id: idSchema,
  seq: z.number().int().positive(),
  status: mutationStatusSchema,
  /** True when the server had already processed this seq: the stored outcome is repeated. */
  duplicate: z.boolean(),
  /** The row the mutation landed on; differs from the mutation's recordId when the server
   *  already had a row for the same natural key (e.g. indicator × quarter). */
  recordId: idSchema,
  /** The change-log rev the mutation produced, null if nothing was written. */
  rev: z.number().int().nonnegative().nullable(),
  reason: z
    .object({ code: rejectionCodeSchema, message: z.string(), details: z.unknown().optional() })
    .optional(),
  conflicts: z.array(fieldConflictSchema).optional(),
});
export type MutationResult = z.infer<typeof mutationResultSchema>;

export const pushResponseSchema = z.object({
  results: z.array(mutationResultSchema),
  /** Present when a mutation's seq skipped ahead: the device resends from this seq. */
  gap: z.object({ expectedSeq: z.number().int().positive() }).optional(),
  serverTime: z.iso.datetime({ offset: true }),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

export const pullQuerySchema = z.object({
  cursor: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
  userId: requestingUser,
  /** Only this entity's rows as they are now (those of the tenant the user may read); the cursor is not moved. */
  catchUp: catchUpEntitySchema.optional(),
});
export type PullQuery = z.infer<typeof pullQuerySchema>;

export const changeSchema = z.object({
  rev: z.number().int().positive(),
  entity: syncEntitySchema,
  recordId: idSchema,
  /** The row as it is after this change (parse with entityRowSchemas[entity]); tombstones carry deleted: true. */
  row: z.record(z.string(), z.unknown()),
});
export type Change = z.infer<typeof changeSchema>;

export const pullResponseSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('changes'),
    changes: z.array(changeSchema),
    nextCursor: z.number().int().nonnegative(),
    hasMore: z.boolean(),
    /** The log's end when this page was read: how far the cursor has to go (a first sync's progress). Older servers omit it. */
    lastRev: z.number().int().nonnegative().optional(),
    /**
     * The pemda as it is now (name, settings, logo), on every page that is not "nothing new": a
     * settings change is a change in the log, so every signed-in device learns it with its next
     * sync and recomputes what depends on it. Older servers omit it.
     */
    tenant: tenantSchema.optional(),
    serverTime: z.iso.datetime({ offset: true }),
  }),
  /** The cursor is ahead of the server (a restored database): refetch from 0, keep the outbox. */
  z.object({
    kind: z.literal('reset'),
    serverCursor: z.number().int().nonnegative(),
    serverTime: z.iso.datetime({ offset: true }),
  }),
]);
export type PullResponse = z.infer<typeof pullResponseSchema>;
