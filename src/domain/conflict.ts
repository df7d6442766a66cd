// A conflict: one field two devices changed concurrently (design.md, "Sync protocol"). The server
// keeps one value by its rule (first writer wins), keeps the other here, and syncs this row to
// every device that may read the entry's unit, until a user who may edit the entry chooses.
import { z } from 'zod';
import { idSchema, syncMetaShape } from './sync-record';
import { realisationEditableShape } from './realisation';
import { quarterSchema } from './period-schema';
import { yearSchema } from './agreement';
import { realisationEditableFields } from './entity-fields';

export const conflictStatusSchema = z.enum(['open', 'resolved']);
export type ConflictStatus = z.infer<typeof conflictStatusSchema>;

/**
 * server: keep the value the server kept; yours: take the value that lost (the conflict's
 * `yourValue`, "yours" from the losing device's point of view — on the device whose value won, it
 * is the other tablet's); combined: a new value. A screen names the choice by its value and author.
 */
export const conflictResolutionSchema = z.enum(['server', 'yours', 'combined']);
export type ConflictResolution = z.infer<typeof conflictResolutionSchema>;

/** The fields of a realisation that can be in conflict (its editable fields). */
export const conflictFieldSchema = z.enum(realisationEditableFields);
export type ConflictField = z.infer<typeof conflictFieldSchema>;

const stamp = z.iso.datetime({ offset: true });

/** Who wrote one side of the conflict, as far as the server knows. */
export const conflictSideSchema = z.object({
  userId: idSchema.nullable(),
  userName: z.string().nullable(),
  deviceId: z.string().max(64).nullable(),
  /**
   * The device's name as its user set it (settings), or the browser and OS; tells two tablets of
   * one user apart. Absent in conflicts recorded before devices had names.
   */
  deviceName: z.string().max(80).nullable().optional(),
  /** When the server received it. */
  at: stamp.nullable(),
  /** The device's clock when the user saved (metadata only; absent for the server's side). */
  savedAt: stamp.nullable(),
});
export type ConflictSide = z.infer<typeof conflictSideSchema>;

export const conflictSchema = z.object({
  ...syncMetaShape,
  orgUnitId: idSchema,
  entity: z.literal('realisation'),
  recordId: idSchema,
  indicatorId: idSchema,
  year: yearSchema,
  quarter: quarterSchema,
  field: conflictFieldSchema,
  /** The value the server kept. */
  serverValue: z.unknown(),
  /** The value of the mutation that lost, kept here as a revision. */
  yourValue: z.unknown(),
  /** The rev that wrote the server's value: a later change of the field is news to the resolver. */
  serverRev: z.number().int().nonnegative(),
  server: conflictSideSchema,
  yours: conflictSideSchema,
  /** The mutation whose value lost. */
  mutationId: idSchema,
  status: conflictStatusSchema,
  resolution: conflictResolutionSchema.nullable(),
  resolvedValue: z.unknown(),
  resolvedBy: idSchema.nullable(),
  resolvedByName: z.string().nullable(),
  resolvedAt: stamp.nullable(),
});
export type Conflict = z.infer<typeof conflictSchema>;

/** The fields of a mutation on entity `conflict`: the user's choice. */
export const conflictResolveSchema = z
  .object({ resolution: conflictResolutionSchema, value: z.unknown() })
  .strict();
export type ConflictResolve = z.infer<typeof conflictResolveSchema>;

/** The schema a chosen value must satisfy, per field (the realisation's own rules). */
export const conflictValueSchemas: Record<ConflictField, z.ZodType> = realisationEditableShape;

export type ConflictChoiceProblem = 'wrongValue' | 'invalidValue' | 'alreadyResolved';

/**
 * Whether a choice fits its conflict: 'server' and 'yours' must carry exactly that side's value
 * (so a stale screen cannot pass off another value under that name); 'combined' any value the
 * field accepts. Values are compared as JSON (they are JSON on the wire).
 */
export function checkConflictChoice(conflict: Pick<Conflict, 'field' | 'serverValue' | 'yourValue' | 'status'>, choice: ConflictResolve): ConflictChoiceProblem | null {
  if (conflict.status === 'resolved') return 'alreadyResolved';
  if (!conflictValueSchemas[conflict.field].safeParse(choice.value).success) return 'invalidValue';
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  if (choice.resolution === 'server' && !same(choice.value, conflict.serverValue)) return 'wrongValue';
  if (choice.resolution === 'yours' && !same(choice.value, conflict.yourValue)) return 'wrongValue';
  return null;
}
