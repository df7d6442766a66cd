// Reads the file(s) a user picked for the PK import into sheets of cells (domain/pk-import.ts
// does the rest): one XLSX (sheets "Indikator" and "Anggaran"), or one or two CSV files. What it is
// is told by its first bytes, not its name: a corrupt, legacy .xls, PDF or other file becomes an
// error code, never a crash. read-excel-file loads only when an XLSX is actually read.
import { csvSections, mergeCsvSections, pkImportLimits, type ImportCell, type PkImportError, type PkImportInput } from '../../domain/pk-import';
import { normaliseHeader, pkImportSheetNames } from '../../domain/pk-import-columns';

/** What an <input type="file"> gives (a File), reduced to what is read. */
export interface PickedFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface ReadSheet { sheet: string; data: ImportCell[][] }
export type XlsxReader = (bytes: ArrayBuffer) => Promise<ReadSheet[]>;

export type ReadPkFileResult =
  | { ok: true; format: 'xlsx' | 'csv'; input: PkImportInput; sheetNames: string[] }
  | { ok: false; error: PkImportError };

const fileError = (code: PkImportError['code'], params: PkImportError['params'] = {}): ReadPkFileResult => ({
  ok: false, error: { sheet: null, row: null, code, params },
});

/** The browser entry of read-excel-file, fetched on first use (the service worker precaches it). */
export const browserXlsxReader: XlsxReader = async (bytes) => {
  const { default: readXlsxFile } = await import('read-excel-file/browser');
  return (await readXlsxFile(bytes)) as unknown as ReadSheet[]; // CellValue's Date is typed as the constructor
};

type Kind = 'xlsx' | 'xls' | 'pdf' | 'text' | 'binary';

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean => signature.every((b, i) => bytes[i] === b);

function kindOf(bytes: Uint8Array): Kind {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'xls';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'text';
  // Text has no NUL and few control characters; random bytes and other formats have many.
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return 'binary';
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control > sample.length / 100 ? 'binary' : 'text';
}

// Windows-1252 at 0x80–0x9F (elsewhere it is Latin-1). Some engines' TextDecoder reads the label
// as Latin-1 and would turn "80–90" into "80\u009690": those code points are mapped here.
const cp1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const decodeCp1252 = (bytes: Uint8Array): string =>
  new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (ch) => cp1252High[ch.charCodeAt(0) - 0x80] ?? ch);

/** UTF-8 (what "CSV UTF-8" saves), UTF-16 ("Unicode text"), else Windows-1252 (Excel's plain "CSV"). */
function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes);
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeCp1252(bytes);
  }
}

const sheetNamed = (sheets: readonly ReadSheet[], name: string): ReadSheet | undefined =>
  sheets.find((s) => normaliseHeader(s.sheet) === normaliseHeader(name)) ?? sheets.find((s) => normaliseHeader(s.sheet).startsWith(normaliseHeader(name)));

async function readXlsx(bytes: ArrayBuffer, reader: XlsxReader): Promise<ReadPkFileResult> {
  let sheets: ReadSheet[];
  try {
    sheets = await reader(bytes);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    return fileError(code === 'XLS_FILE_NOT_SUPPORTED' ? 'xlsNotSupported' : 'corruptFile');
  }
  if (!Array.isArray(sheets) || sheets.length === 0) return fileError('corruptFile');
  const indicators = sheetNamed(sheets, pkImportSheetNames.indicators);
  const sheetNames = sheets.map((s) => s.sheet);
  if (!indicators) {
    return { ok: false, error: { sheet: 'indicators', row: null, code: 'sheetMissing', params: { sheet: pkImportSheetNames.indicators, found: sheetNames.join(', ') } } };
  }
  const budget = sheetNamed(sheets, pkImportSheetNames.budget);
  return { ok: true, format: 'xlsx', sheetNames, input: { indicators: { rows: indicators.data }, budget: budget ? { rows: budget.data } : null } };
}

/**
 * The picked file(s) as import input. Files over the size limit are refused before a byte is read.
 * `readXlsx` is the seam for tests (read-excel-file/node); the app uses the browser entry.
 */
export async function readPkFiles(files: readonly PickedFile[], options: { readXlsx?: XlsxReader } = {}): Promise<ReadPkFileResult> {
  if (files.length === 0) return fileError('fileEmpty');
  if (files.length > 2) return fileError('tooManyFiles');
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (total > pkImportLimits.maxFileBytes) return fileError('fileTooLarge', { size: total, max: pkImportLimits.maxFileBytes });
  const parts: PkImportInput[] = [];
  for (const file of files) {
    let buffer: ArrayBuffer;
    try {
      buffer = await file.arrayBuffer();
    } catch {
      return fileError('corruptFile', { file: file.name });
    }
    const bytes = new Uint8Array(buffer);
    if (bytes.length === 0) return fileError('fileEmpty', { file: file.name });
    const kind = kindOf(bytes);
    if (kind === 'xls') return fileError('xlsNotSupported', { file: file.name });
    if (kind === 'pdf' || kind === 'binary') return fileError('notSpreadsheet', { file: file.name });
    if (kind === 'xlsx') {
      if (files.length > 1) return fileError('tooManyFiles');
      return readXlsx(buffer, options.readXlsx ?? browserXlsxReader);
    }
    const sections = csvSections(decodeText(bytes));
    if (!sections.ok) return { ok: false, error: sections.error };
    parts.push(sections.input);
  }
  const merged = mergeCsvSections(parts);
  if (!merged.ok) return { ok: false, error: merged.error };
  return { ok: true, format: 'csv', sheetNames: [], input: merged.input };
}
