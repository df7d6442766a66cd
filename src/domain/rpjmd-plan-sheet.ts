// The spreadsheet of the RPJMD plan (issue 19, Admin → RPJMD): its layout, bounds and errors,
// shared by the reader (rpjmd-plan-import.ts) and the template's writer (rpjmd-plan-template.ts).
//
// One sheet "RPJMD" (rows as the user sees them):
//   Periode awal  | 2025
//   Periode akhir | 2029
//   Visi          | Terwujudnya …
//   (blank)
//   No misi | Misi          | No tujuan | Tujuan
//   1       | Meningkatkan… | 1.1       | Meningkatnya derajat kesehatan
//           |               | 1.2       | Meningkatnya mutu pendidikan
//   2       | Memperkuat…   | 2.1       | …
// - Above the table, a row is a label in its first filled cell and the value in the next filled
//   cell; rows with another label (a title, a note) are ignored.
// - The table starts at the first row naming the columns Misi and Tujuan; "No misi" and
//   "No tujuan" must be there too, other columns (a "Keterangan") are ignored. A misi's number and
//   text are on its first row, which may also hold its first tujuan; its other tujuan follow on rows
//   with those two cells empty (merged cells read so) or repeating them. A row with neither misi
//   nor tujuan text is blank, numbers or not: the empty template comes numbered in advance.
// - "No tujuan" is "2.1" (under misi 2) or just "1"; empty takes the next number of its misi.
// - Numbers say which saved misi or tujuan a row is (rpjmdPlanFromSheet): Misi 2 keeps the id of
//   the saved plan's second misi, Tujuan 2.1 that of its first tujuan, so the sasaran daerah linked
//   to them stay linked when a sheet is read again. Numbers may skip (a removed row leaves the
//   others' numbers as they were); each is used once.
//
// A second sheet "Sasaran dan IKU" holds the plan's sasaran daerah and their IKU (layout and rules:
// rpjmd-plan-import-sasaran.ts). A file without it (a template of the build before) leaves the
// saved plan's sasaran as they were.
import type { Polarity } from './indicator';
import type { ColumnSpec } from './pk-import-columns';

export const planSheetName = 'RPJMD';

/** The schema's bounds (rpjmd-plan.ts), said per row before the server refuses them. */
export const planImportLimits = { visi: 2000, text: 1000, misi: 20, tujuanPerMisi: 30, rows: 1000, fileBytes: 2 * 1024 * 1024 } as const;

export const planLabels = { periodStart: 'Periode awal', periodEnd: 'Periode akhir', visi: 'Visi' } as const;
export type PlanLabel = keyof typeof planLabels;
/** The labels accepted above the table, normalised (pk-import-columns.ts normaliseHeader). */
export const planLabelAliases: Record<PlanLabel, readonly string[]> = {
  periodStart: ['periode awal', 'tahun awal', 'awal periode'],
  periodEnd: ['periode akhir', 'tahun akhir', 'akhir periode'],
  visi: ['visi'],
};

export type PlanColumn = 'misiNo' | 'misi' | 'tujuanNo' | 'tujuan';
export const planColumns: readonly ColumnSpec<PlanColumn>[] = [
  { key: 'misiNo', label: 'No misi', aliases: ['no misi', 'nomor misi', 'no urut misi'], required: true },
  { key: 'misi', label: 'Misi', aliases: ['misi', 'teks misi', 'uraian misi'], required: true },
  { key: 'tujuanNo', label: 'No tujuan', aliases: ['no tujuan', 'nomor tujuan', 'no urut tujuan'], required: true },
  { key: 'tujuan', label: 'Tujuan', aliases: ['tujuan', 'teks tujuan', 'uraian tujuan'], required: true },
];
export const planColumnLabel = (key: PlanColumn): string => planColumns.find((c) => c.key === key)?.label ?? key;

export const planImportErrorCodes = [
  // the file (client/features/admin/plan-file.ts)
  'fileEmpty', 'fileTooLarge', 'notXlsx', 'xlsNotSupported', 'corruptFile',
  // the sheet
  'sheetEmpty', 'tooManyRows', 'tableMissing', 'headerMissing', 'headerDuplicate', 'noMisi', 'tooManyMisi', 'tooManyTujuan',
  // the rows above the table
  'labelDuplicate', 'periodMissing', 'yearInvalid', 'visiMissing',
  // a row of the table
  'tooLong', 'misiNumberMissing', 'misiNumberInvalid', 'misiNumberDuplicate', 'misiTextMissing',
  'tujuanWithoutMisi', 'tujuanNumberInvalid', 'tujuanNotUnderMisi', 'tujuanNumberDuplicate',
  // the sheet of sasaran daerah and IKU
  'targetYearOutside', 'sasaranTujuanMissing', 'sasaranTujuanUnknown', 'ikuWithoutSasaran', 'ikuNameMissing', 'targetNotNumber',
  'polarityUnknown', 'tooManySasaran', 'tooManyIku',
] as const;
export type PlanImportErrorCode = (typeof planImportErrorCodes)[number];

export interface PlanImportError {
  /** The sheet, when it is not the first ("Sasaran dan IKU"). */
  sheet?: string;
  /** The row as the user sees it; null for a problem of the whole sheet or file. */
  row: number | null;
  /** The template's label or column header concerned. */
  column?: string;
  code: PlanImportErrorCode;
  params: Record<string, string | number>;
}

export interface PlanSheetTujuan { number: number; text: string }
export interface PlanSheetMisi { number: number; text: string; tujuan: PlanSheetTujuan[] }
export interface PlanSheetIku {
  name: string;
  satuan: string;
  /** Null: the cell was empty (a saved IKU's is kept, a new one rises). */
  polarity: Polarity | null;
  targets: Array<{ year: number; value: number }>;
  endTarget: number | null;
}
/** A sasaran daerah under the tujuan the first sheet numbers `misi`.`tujuan`. */
export interface PlanSheetSasaran { misi: number; tujuan: number; text: string; iku: PlanSheetIku[] }
/**
 * The plan as the sheet numbers it, before ids are given (rpjmdPlanFromSheet); `sasaran` absent:
 * the file has no sheet of them.
 */
export interface PlanSheet { periodStart: number; periodEnd: number; visi: string; misi: PlanSheetMisi[]; sasaran?: PlanSheetSasaran[] }

export const planSasaranSheetName = 'Sasaran dan IKU';

export type PlanSasaranColumn = 'tujuanNo' | 'sasaran' | 'iku' | 'satuan' | 'polarity' | 'endTarget';
export const planSasaranColumns: readonly ColumnSpec<PlanSasaranColumn>[] = [
  { key: 'tujuanNo', label: 'Tujuan', aliases: ['tujuan', 'no tujuan', 'nomor tujuan'], required: true },
  { key: 'sasaran', label: 'Sasaran daerah', aliases: ['sasaran daerah', 'sasaran'], required: true },
  { key: 'iku', label: 'IKU', aliases: ['iku', 'indikator kinerja utama', 'indikator'], required: true },
  { key: 'satuan', label: 'Satuan', aliases: ['satuan'], required: true },
  { key: 'polarity', label: 'Polaritas (naik/turun)', aliases: ['polaritas'], required: false },
  { key: 'endTarget', label: 'Target akhir periode', aliases: ['target akhir periode', 'target akhir', 'target periode akhir', 'target akhir rpjmd'], required: false },
];
/** "Target 2026": the header of a year's target column. */
export const planTargetLabel = (year: number): string => `Target ${year}`;
