// Bytes that pass the server's checks for an evidence file: a JPEG signature, then noise.
import { createHash } from 'node:crypto';
import type { Actor } from '../../src/domain/user';
import type { PantauDatabase } from '../../src/client/db/database';
import { attachEvidence } from '../../src/client/db/evidence-repository';

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export function jpegBytes(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  crypto.getRandomValues(bytes.subarray(0, Math.min(size, 65_536)));
  for (let i = 65_536; i < size; i += 65_536) bytes.set(bytes.subarray(0, Math.min(65_536, size - i)), i);
  bytes.set([0xff, 0xd8, 0xff, 0xe0], 0);
  return bytes;
}

export function attachPhoto(db: PantauDatabase, actor: Actor, realisationId: string, bytes: Uint8Array, caption = 'Foto kegiatan') {
  return attachEvidence(db, actor, {
    realisationId, bytes: bytes.slice().buffer, sha256: sha256Hex(bytes), mimeType: 'image/jpeg', fileName: 'foto.jpg',
    caption, takenAt: '2026-03-01T01:00:00.000Z', latitude: null, longitude: null,
  });
}
