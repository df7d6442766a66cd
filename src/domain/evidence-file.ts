// Evidence files: allowed types, size limit, and recognising a type by its bytes. Free of zod so
// the device can use it without loading the schemas.
export const evidenceMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type EvidenceMimeType = (typeof evidenceMimeTypes)[number];

/** Upper bound for one file (a scanned PDF); photos are compressed on the device to ~300 kB. */
export const maxEvidenceBytes = 10 * 1024 * 1024;

/** The file type by its first bytes, never by its name or a header: null when not allowed. */
export function sniffMimeType(head: Uint8Array): EvidenceMimeType | null {
  const starts = (bytes: number[], offset = 0) => bytes.every((b, i) => head[offset + i] === b);
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  return null;
}
