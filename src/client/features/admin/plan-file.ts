// Reads the file the admin picked for Admin → RPJMD → "Impor dari Excel" into the rows of its
// "RPJMD" sheet (the first sheet when none is named so) and of its "Sasaran dan IKU" sheet, when it
// has one; domain/rpjmd-plan-import.ts does the
// rest. What the file is is told by its first bytes, not its name: a legacy .xls, a PDF or a broken
// file becomes an error code, never a crash. read-excel-file loads only when a file is read.
import type { ImportCell } from '../../../domain/pk-import-types';
import { planImportLimits, planSasaranSheetName, planSheetName, type PlanImportError } from '../../../domain/rpjmd-plan-sheet';

/** What an <input type="file"> gives (a File), reduced to what is read. */
export interface PickedFile {
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type PlanFileResult = { ok: true; rows: ImportCell[][]; sasaranRows?: ImportCell[][] } | { ok: false; error: PlanImportError };

interface ReadSheet { sheet: string; data: ImportCell[][] }

const failed = (code: PlanImportError['code'], params: PlanImportError['params'] = {}): PlanFileResult => ({ ok: false, error: { row: null, code, params } });
const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean => signature.every((b, i) => bytes[i] === b);

async function readWorkbook(bytes: ArrayBuffer): Promise<ReadSheet[]> {
  const { default: readXlsxFile } = await import('read-excel-file/browser');
  return (await readXlsxFile(bytes)) as unknown as ReadSheet[]; // CellValue's Date is typed as the constructor
}

export async function readPlanFile(file: PickedFile): Promise<PlanFileResult> {
  if (file.size > planImportLimits.fileBytes) return failed('fileTooLarge', { max: planImportLimits.fileBytes });
  let buffer: ArrayBuffer;
  try {
    buffer = await file.arrayBuffer();
  } catch {
    return failed('corruptFile');
  }
  const bytes = new Uint8Array(buffer);
  if (bytes.length === 0) return failed('fileEmpty');
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return failed('xlsNotSupported');
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return failed('notXlsx');
  let sheets: ReadSheet[];
  try {
    sheets = await readWorkbook(buffer);
  } catch {
    return failed('corruptFile');
  }
  const named = (name: string) => sheets.find((s) => s.sheet.trim().toLowerCase() === name.toLowerCase());
  const sheet = named(planSheetName) ?? sheets[0];
  const sasaran = named(planSasaranSheetName);
  if (!sheet) return failed('corruptFile');
  return sasaran && sasaran !== sheet ? { ok: true, rows: sheet.data, sasaranRows: sasaran.data } : { ok: true, rows: sheet.data };
}
