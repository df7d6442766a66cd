// A chosen file → what is stored: photos compressed, PDFs kept as they are, type read from the
// bytes, hashed. Refusals are codes the form turns into messages. Used by every screen that
// attaches bukti dukung (a realisation's, an LKE answer's).
import { maxEvidenceBytes, sniffMimeType, type EvidenceMimeType } from '../../domain/evidence-file';
import { compressPhoto, sha256Hex } from './evidence-image';

export type EvidenceFileProblem = 'unsupportedType' | 'tooLarge';

export class EvidenceFileError extends Error {
  constructor(readonly problem: EvidenceFileProblem) {
    super(`Evidence file refused: ${problem}`);
    this.name = 'EvidenceFileError';
  }
}

export interface PreparedFile {
  bytes: ArrayBuffer;
  sha256: string;
  mimeType: EvidenceMimeType;
  fileName: string;
  /** The file's own time (a camera photo: when it was taken), as ISO. */
  takenAt: string | null;
}

const jpegName = (name: string) => `${name.replace(/\.[^.]*$/, '') || 'foto'}.jpg`;

export async function prepareEvidenceFile(file: File, compress: (blob: Blob) => Promise<Blob> = compressPhoto): Promise<PreparedFile> {
  const original = await file.arrayBuffer();
  const sniffed = sniffMimeType(new Uint8Array(original.slice(0, 16)));
  let bytes = original;
  let mimeType = sniffed;
  let fileName = file.name || 'berkas';
  if (sniffed !== 'application/pdf' && (sniffed !== null || file.type.startsWith('image/'))) {
    try {
      bytes = await (await compress(file)).arrayBuffer();
      mimeType = 'image/jpeg';
      fileName = jpegName(fileName);
    } catch {
      // Not decodable here (e.g. HEIC on some browsers): keep the original if it is an allowed type.
      if (!sniffed) throw new EvidenceFileError('unsupportedType');
    }
  }
  if (!mimeType) throw new EvidenceFileError('unsupportedType');
  if (bytes.byteLength > maxEvidenceBytes) throw new EvidenceFileError('tooLarge');
  const takenAt = Number.isFinite(file.lastModified) && file.lastModified > 0 ? new Date(file.lastModified).toISOString() : null;
  return { bytes, sha256: await sha256Hex(bytes), mimeType, fileName: fileName.slice(0, 255), takenAt };
}

/** The device's position, or null when refused, unavailable or slow. */
export function currentPosition(timeoutMs = 10_000): Promise<{ latitude: number; longitude: number } | null> {
  if (typeof navigator === 'undefined' || !('geolocation' in navigator)) return Promise.resolve(null);
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      (position) => resolve({ latitude: position.coords.latitude, longitude: position.coords.longitude }),
      () => resolve(null),
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 60_000 },
    );
  });
}
