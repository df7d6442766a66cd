// Bukti dukung: a photo or file attached to a realisation (design.md, "Data model"). The bytes
// live elsewhere (server: blob storage, device: Dexie `blobs`), named by their sha256.
import { z } from 'zod';
import { plainText } from './plain-text-schema';
import { idSchema, syncMetaShape } from './sync-record';
import { evidenceMimeTypes, maxEvidenceBytes } from './evidence-file';

export const evidenceMimeTypeSchema = z.enum(evidenceMimeTypes);

export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'sha256 must be 64 lower-case hex digits');

const evidenceShape = {
  realisationId: idSchema,
  sha256: sha256Schema,
  mimeType: evidenceMimeTypeSchema,
  size: z.number().int().positive().max(maxEvidenceBytes),
  caption: plainText().max(500),
  /** When the photo was taken (device time: metadata only). */
  takenAt: z.iso.datetime({ offset: true }).nullable(),
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
  fileName: plainText().min(1).max(255),
};

export const evidenceSchema = z.object({ ...syncMetaShape, orgUnitId: idSchema, ...evidenceShape });
export type Evidence = z.infer<typeof evidenceSchema>;

/** What a device sends to create an evidence row; orgUnitId comes from the realisation on the server. */
export const evidenceCreateSchema = z
  .object(evidenceShape)
  .strict()
  .refine((e) => (e.latitude === null) === (e.longitude === null), { message: 'latitude and longitude go together', path: ['latitude'] });
export type EvidenceCreate = z.infer<typeof evidenceCreateSchema>;

/** After creation only the caption changes; the file never does (attach a new one instead). */
export const evidenceEditSchema = z.object({ caption: evidenceShape.caption }).strict();
