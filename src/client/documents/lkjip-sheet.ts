// The sheet the office fills for the LKjIP draft when the app lacks last year's realisation or the
// Renstra's end-of-period target (domain/lkjip-import.ts reads it back): one row per indicator of
// this year's PK, last year's figure already filled where the app holds it.
import writeXlsxFile, { type Row } from 'write-excel-file/universal';
import { lkjipSheetColumns, readLkjipSheet, type LkjipImport } from '../../domain/lkjip-import';
import { peerKey } from '../../domain/peer-outlier';
import { pkImportLimits } from '../../domain/pk-import';
import { blank, header, number, text, xlsxBytes } from './xlsx-base';
import { browserXlsxReader, type PickedFile, type XlsxReader } from './read-pk-file';

export const lkjipSheetName = 'Data LKjIP';

export interface LkjipSheetInput {
  year: number;
  unitName: string;
  goals: ReadonlyArray<{ name: string; indicators: ReadonlyArray<{ name: string; unit: string }> }>;
  /** Last year's realisation the app holds, by peerKey. */
  lastYear: ReadonlyMap<string, number>;
}

export async function generateLkjipSheet(input: LkjipSheetInput): Promise<Uint8Array> {
  const c = lkjipSheetColumns;
  const rows: Row[] = [
    [text(`Data pelengkap LKjIP ${input.unitName} tahun ${input.year}: isi realisasi tahun ${input.year - 1} dan target akhir periode Renstra; jangan ubah nama indikator dan satuan.`)],
    [c.goal, c.indicator, c.unit, `${c.lastYear} (${input.year - 1})`, c.endTarget].map(header),
  ];
  for (const goal of input.goals) {
    for (const indicator of goal.indicators) {
      const known = input.lastYear.get(peerKey(indicator));
      rows.push([text(goal.name), text(indicator.name), text(indicator.unit), known === undefined ? blank() : number(known), blank()]);
    }
  }
  const blob = await writeXlsxFile([{ sheet: lkjipSheetName, data: rows, stickyRowsCount: 2, columns: [{ width: 40 }, { width: 50 }, { width: 14 }, { width: 22 }, { width: 22 }] }]).toBlob();
  return xlsxBytes(blob);
}

export type ReadLkjipFileResult = { ok: true; read: LkjipImport } | { ok: false; error: 'notXlsx' | 'corruptFile' | 'fileTooLarge' };

const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** The filled sheet, matched to this year's indicators. `reader` is the seam for tests (read-excel-file/node). */
export async function readLkjipFile(file: PickedFile, indicators: ReadonlyArray<{ name: string; unit: string }>, reader: XlsxReader = browserXlsxReader): Promise<ReadLkjipFileResult> {
  if (file.size > pkImportLimits.maxFileBytes) return { ok: false, error: 'fileTooLarge' };
  const buffer = await file.arrayBuffer().catch(() => null);
  if (buffer === null) return { ok: false, error: 'corruptFile' };
  if (!isZip(new Uint8Array(buffer))) return { ok: false, error: 'notXlsx' };
  try {
    const sheets = await reader(buffer);
    const sheet = sheets.find((s) => s.sheet === lkjipSheetName) ?? sheets[0];
    if (!sheet) return { ok: false, error: 'corruptFile' };
    return { ok: true, read: readLkjipSheet(sheet.data, indicators) };
  } catch {
    return { ok: false, error: 'corruptFile' };
  }
}
