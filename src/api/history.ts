// An entry's history (who changed what, when, from which device): read online from the server's
// change log, which is also the audit trail (design.md, "Data model").
import { z } from 'zod';

export { realisationHistoryPath } from './routes';

export const historyParamsSchema = z.object({ id: z.uuid() }).strict();

export const historyEntrySchema = z.object({
  rev: z.number().int(),
  at: z.iso.datetime({ offset: true }),
  /** The person's name and username; null for changes made by the system (seed, migration). */
  userName: z.string().nullable(),
  username: z.string().nullable(),
  deviceId: z.string().nullable(),
  op: z.string(),
  /** The fields this change set, with their value before and after. */
  fields: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export const historyResponseSchema = z.object({ entries: z.array(historyEntrySchema) });
export type HistoryResponse = z.infer<typeof historyResponseSchema>;
