// The evidence part of "Ekspor data belum tersinkron": the photos and files whose rows the server
// does not have yet (a realisation's bukti dukung and an LKE answer's), bytes included, as they go
// into the export file (unsynced-export.ts).
import type { Table } from 'dexie';
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

type FileRow = { id: string; rev: number; deleted: boolean; updatedAt: string; sha256: string };

/** Rows of a file-naming table with an unsent change (or never on the server), oldest first, each with its bytes when on the device. */
async function collectPending<R extends FileRow, E>(
  db: PantauDatabase, entity: 'evidence' | 'lkeEvidence', table: Table<R, string>, exported: (row: R, base64: string) => E,
): Promise<E[]> {
  return db.transaction('r', [db.outbox, table, db.blobs], async () => {
    const unsent = new Set((await db.outbox.toArray()).filter((e) => e.entity === entity).map((e) => e.recordId));
    const rows = (await table.toArray()).filter((row) => !row.deleted && (row.rev === 0 || unsent.has(row.id)));
    const out: E[] = [];
    for (const row of rows.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))) {
      const blob = await db.blobs.get(row.sha256);
      out.push(exported(row, blob ? toBase64(blob.bytes) : ''));
    }
    return out;
  });
}

/** Realisations' evidence not yet on the server. */
export const collectPendingEvidence = (db: PantauDatabase): Promise<ExportedEvidence[]> =>
  collectPending(db, 'evidence', db.evidence, (row, base64) => ({
    id: row.id, realisationId: row.realisationId, fileName: row.fileName, mimeType: row.mimeType, caption: row.caption,
    takenAt: row.takenAt, latitude: row.latitude, longitude: row.longitude, sha256: row.sha256, base64,
  }));

/** The files of the unit's LKE answers not yet on the server. */
export const collectPendingLkeEvidence = (db: PantauDatabase): Promise<ExportedLkeEvidence[]> =>
  collectPending(db, 'lkeEvidence', db.lkeEvidence, (row, base64) => ({
    id: row.id, orgUnitId: row.orgUnitId, year: row.year, criterionId: row.criterionId, fileName: row.fileName, mimeType: row.mimeType,
    caption: row.caption, sha256: row.sha256, base64,
  }));
