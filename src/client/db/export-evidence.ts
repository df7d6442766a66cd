// The evidence part of "Ekspor data belum tersinkron": the photos and files whose rows the server
// does not have yet (a realisation's bukti dukung and an LKE answer's), bytes included, as they go
// into the export file (unsynced-export.ts).
import type { PantauDatabase } from './database';

/** One evidence file in the export (bytes base64-encoded so the file is plain JSON). */
export interface ExportedEvidence {
  id: string;
  realisationId: string;
  fileName: string;
  mimeType: string;
  caption: string;
  takenAt: string | null;
  latitude: number | null;
  longitude: number | null;
  sha256: string;
  base64: string;
}

/** One file of a unit's LKE answer in the export. */
export interface ExportedLkeEvidence {
  id: string;
  orgUnitId: string;
  year: number;
  criterionId: string;
  fileName: string;
  mimeType: string;
  caption: string;
  sha256: string;
  base64: string;
}

/** Bytes → base64 in slices: String.fromCharCode on a whole photo would overflow the call stack. */
function toBase64(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let binary = '';
  for (let i = 0; i < view.length; i += 0x8000) binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Evidence rows with an unsent change (or never on the server), with their bytes when on the device. */
export async function collectPendingEvidence(db: PantauDatabase): Promise<ExportedEvidence[]> {
  return db.transaction('r', [db.outbox, db.evidence, db.blobs], async () => {
    const unsent = new Set((await db.outbox.toArray()).filter((e) => e.entity === 'evidence').map((e) => e.recordId));
    const rows = (await db.evidence.toArray()).filter((row) => !row.deleted && (row.rev === 0 || unsent.has(row.id)));
    const exported: ExportedEvidence[] = [];
    for (const row of rows.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))) {
      const blob = await db.blobs.get(row.sha256);
      exported.push({
        id: row.id, realisationId: row.realisationId, fileName: row.fileName, mimeType: row.mimeType, caption: row.caption,
        takenAt: row.takenAt, latitude: row.latitude, longitude: row.longitude, sha256: row.sha256,
        base64: blob ? toBase64(blob.bytes) : '',
      });
    }
    return exported;
  });
}

/** LKE answers' files with an unsent change (or never on the server), with their bytes when on the device. */
export async function collectPendingLkeEvidence(db: PantauDatabase): Promise<ExportedLkeEvidence[]> {
  return db.transaction('r', [db.outbox, db.lkeEvidence, db.blobs], async () => {
    const unsent = new Set((await db.outbox.toArray()).filter((e) => e.entity === 'lkeEvidence').map((e) => e.recordId));
    const rows = (await db.lkeEvidence.toArray()).filter((row) => !row.deleted && (row.rev === 0 || unsent.has(row.id)));
    const exported: ExportedLkeEvidence[] = [];
    for (const row of rows.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))) {
      const blob = await db.blobs.get(row.sha256);
      exported.push({
        id: row.id, orgUnitId: row.orgUnitId, year: row.year, criterionId: row.criterionId, fileName: row.fileName, mimeType: row.mimeType,
        caption: row.caption, sha256: row.sha256, base64: blob ? toBase64(blob.bytes) : '',
      });
    }
    return exported;
  });
}
