// Fields every synced row carries (design.md, "Data model"). Order comes from the server's `rev`;
// `updatedAt` is metadata only and never used to order changes.
import { z } from 'zod';

export const idSchema = z.uuid();

export const syncMetaShape = {
  id: idSchema,
  tenantId: idSchema,
  rev: z.number().int().nonnegative(),
  updatedAt: z.iso.datetime({ offset: true }),
  updatedBy: idSchema.nullable(),
  deviceId: z.string().max(64).nullable(),
  deleted: z.boolean(),
};

export type SyncMeta = z.infer<z.ZodObject<typeof syncMetaShape>>;
