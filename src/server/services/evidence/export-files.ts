// CSV and XLSX files of export rows, with one column list per kind (derived from the row schemas'
// keys, so a field added to the contract fails tsc here until it has a header).
// CSV: semicolon-separated, UTF-8 with a BOM and decimal commas, as Excel in the Indonesian locale
// opens it; cells a spreadsheet would run as a formula are defused. XLSX: write-excel-file (Node).
import writeXlsxFile, { type Row } from 'write-excel-file/node';
import type { AgreementExportRow, RealisationExportRow } from '../../../api/integration';

type Cell = string | number | null;
type Headers<T> = { readonly [K in keyof T]-?: string };

export const agreementHeaders: Headers<AgreementExportRow> = {
  agreementId: 'id_pk', orgUnitId: 'id_unit', orgUnitCode: 'kode_unit', orgUnitName: 'unit_kerja', year: 'tahun', version: 'versi',
  kind: 'jenis_pk', status: 'status_pk', signedOn: 'tanggal_tanda_tangan', goal: 'sasaran', indicatorId: 'id_indikator',
  indicator: 'indikator', unit: 'satuan', polarity: 'polaritas', aggregation: 'agregasi', targetType: 'jenis_target',
  annualTarget: 'target_tahunan', targetQ1: 'target_tw1', targetQ2: 'target_tw2', targetQ3: 'target_tw3', targetQ4: 'target_tw4',
};

export const realisationHeaders: Headers<RealisationExportRow> = {
  realisationId: 'id_realisasi', orgUnitId: 'id_unit', orgUnitCode: 'kode_unit', orgUnitName: 'unit_kerja', agreementId: 'id_pk',
  agreementVersion: 'versi_pk', agreementStatus: 'status_pk', indicatorId: 'id_indikator', indicator: 'indikator', unit: 'satuan',
  year: 'tahun', quarter: 'triwulan', status: 'status', value: 'realisasi', target: 'target', achievement: 'capaian_persen',
  achievementReason: 'capaian_tidak_dihitung', achievementYearToDate: 'capaian_sd_tw_persen', reviewNote: 'catatan_verifikator',
  updatedAt: 'diperbarui',
};

/** A field as one cell: targets `{min, max}` become "min–max"; other objects do not occur. */
function cellOf(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'object' && 'min' in value && 'max' in value) return `${numberText(Number(value.min))}–${numberText(Number(value.max))}`;
  return JSON.stringify(value);
}

/** Decimal comma, no thousands separator: what id-ID Excel reads as a number. */
const numberText = (n: number): string => String(n).replace('.', ',');

/** A cell that a spreadsheet will not run as a formula (CSV injection), quoted when needed. */
function csvCell(cell: Cell): string {
  if (cell === null) return '';
  let text = typeof cell === 'number' ? numberText(cell) : cell;
  if (typeof cell === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table<T extends object>(headers: Headers<T>, rows: readonly T[]): { head: string[]; body: Cell[][] } {
  const keys = Object.keys(headers) as Array<keyof T>;
  return { head: keys.map((k) => headers[k]), body: rows.map((row) => keys.map((k) => cellOf(row[k]))) };
}

export function toCsv<T extends object>(headers: Headers<T>, rows: readonly T[]): string {
  const { head, body } = table(headers, rows);
  return `\uFEFF${[head.map(csvCell), ...body.map((cells) => cells.map(csvCell))].map((cells) => cells.join(';')).join('\r\n')}\r\n`;
}

export async function toXlsx<T extends object>(headers: Headers<T>, rows: readonly T[], sheet: string): Promise<Buffer> {
  const { head, body } = table(headers, rows);
  const data: Row[] = [
    head.map((value) => ({ value, fontWeight: 'bold' as const })),
    // Text cells are written as text, never as formulas: no defusing needed in XLSX.
    ...body.map((cells) => cells.map((value) => (value === null ? null : typeof value === 'number' ? { value, type: Number } : { value, type: String }))),
  ];
  return writeXlsxFile(data, { sheet }).toBuffer();
}
