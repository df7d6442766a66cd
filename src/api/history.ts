// An entry's history (who changed what, when, from which device): read online from the server's
// change log, which is also the audit trail (design.md, "Data model").
import { z } from 'zod';

export { realisationHistoryPath } from './routes';

export const historyParamsSchema = z.object({ id: z.uuid() }).strict();

const historyProposalSchema = z.object({
  value: z.unknown(),
  userName: z.string().nullable(),
  deviceId: z.string().nullable(),
  deviceName: z.string().nullable(),
});
export const historyConflictSchema = z.object({
  id: z.string(),
  field: z.string(),
  status: z.enum(['open', 'resolved']),
  /** The value the server kept when the conflict arose, and who proposed it. */
  kept: historyProposalSchema,
  /** The value that lost, and who proposed it (not whoever resolved the conflict). */
  other: historyProposalSchema,
  resolution: z.enum(['server', 'yours', 'combined']).nullable(),
  resolvedValue: z.unknown(),
  resolvedByName: z.string().nullable(),
  resolvedAt: z.string().nullable(),
});
export type HistoryConflict = z.infer<typeof historyConflictSchema>;

/** A change to the entry's bukti dukung: a file attached, its caption changed, or removed. */
export const historyEvidenceSchema = z.object({
  id: z.string(),
  change: z.enum(['added', 'caption', 'removed']),
  fileName: z.string(),
  /** The caption before the change (caption changes) and after it. */
  captionBefore: z.string().nullable(),
  caption: z.string(),
});
export type HistoryEvidence = z.infer<typeof historyEvidenceSchema>;

export const historyEntrySchema = z.object({
  rev: z.number().int(),
  at: z.iso.datetime({ offset: true }),
  /** The person's name and username; null for changes made by the system (seed, migration). */
  userName: z.string().nullable(),
  username: z.string().nullable(),
  deviceId: z.string().nullable(),
  /** The device's name (settings, or its browser and OS), when the server knows it. */
  deviceName: z.string().nullable().optional(),
  op: z.string(),
  /** The fields this change set, with their value before and after. */
  fields: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
  /**
   * A conflict on the entry (recorded, or resolved): both proposed values, each with who proposed
   * it; once resolved, who chose and what. The value that lost stays here for good.
   */
  conflict: historyConflictSchema.optional(),
  /** This change wrote the choice made on that conflict (its id). */
  resolvesConflict: z.string().optional(),
  /** This change was to the entry's evidence, not to the entry itself. */
  evidence: historyEvidenceSchema.optional(),
});

export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export const historyResponseSchema = z.object({ entries: z.array(historyEntrySchema) });
export type HistoryResponse = z.infer<typeof historyResponseSchema>;
