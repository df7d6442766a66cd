// The sheet "Sasaran dan IKU" of the RPJMD plan's spreadsheet (rpjmd-plan-sheet.ts): its rows into
// sasaran daerah under the tujuan the first sheet numbers, each with its IKU and targets, every row
// error into the list given (each naming this sheet).
//
//   Tujuan | Sasaran daerah       | IKU                      | Satuan | Polaritas | Target 2025 | … | Target 2029 | Target akhir periode
//   1.1    | Meningkatnya derajat | Angka usia harapan hidup | tahun  | naik      | 74,1        | … | 74,9        | 74,9
//          |                      | Angka kematian ibu       | per …  | turun     | …
//   1.2    | Meningkatnya mutu …  | Harapan lama sekolah     | tahun  |           | …
// - The table starts at the first row naming the columns Sasaran daerah and IKU; Tujuan and Satuan
//   must be there too; Polaritas (empty: naik, or as saved), the year columns "Target 2025"… (years
//   of the plan's period only) and "Target akhir periode" may be left out.
// - A sasaran's tujuan number ("1.2", written as on the first sheet) and its text are on its first
//   row, which may hold its first IKU; its other IKU follow on rows with those cells empty (merged
//   cells read so) or repeating them. A new text starts a new sasaran, under the tujuan above when
//   its Tujuan cell is empty. A row with no sasaran, IKU, satuan or target is blank.
// - Numbers are read as typed in Indonesia ("74,5", "1.234,5") or as Excel's number cells.
import type { Polarity } from './indicator';
import { matchColumn, matchWord, normaliseHeader, polarityWords } from './pk-import-columns';
import type { ImportCell } from './pk-import-types';
import { cellNumber, cellText, isEmptyCell } from './pk-import-values';
import { tujuanNumberOf } from './rpjmd-plan-import-table';
import { planSasaranLimits } from './rpjmd-plan-sasaran';
import {
  planImportLimits, planSasaranColumns, planSasaranSheetName, planTargetLabel, type PlanImportError, type PlanImportErrorCode,
  type PlanSasaranColumn, type PlanSheetIku, type PlanSheetSasaran,
} from './rpjmd-plan-sheet';

type Rows = readonly (readonly ImportCell[])[];
type Params = PlanImportError['params'];

const columnLabel = (key: PlanSasaranColumn): string => planSasaranColumns.find((c) => c.key === key)?.label ?? key;

interface Header { positions: Map<PlanSasaranColumn, number>; years: Array<{ year: number; at: number }> }

/** The first row naming both the Sasaran daerah and the IKU column. */
const headerIndexOf = (rows: Rows): number => rows.findIndex((cells) => {
  const keys = cells.map((c) => matchColumn(planSasaranColumns, cellText(c)));
  return keys.includes('sasaran') && keys.includes('iku');
});

/** Reads one sheet's rows, each error noted with the sheet's name. */
class SasaranReader {
  readonly sasaran: PlanSheetSasaran[] = [];
  /** The sasaran the rows below belong to; null after a sasaran row that was refused. */
  private current: PlanSheetSasaran | null = null;

  constructor(private readonly errors: PlanImportError[], private readonly header: Header, private readonly tujuan: ReadonlySet<string>) {}

  error(row: number | null, column: string | undefined, code: PlanImportErrorCode, params: Params = {}): void {
    this.errors.push({ sheet: planSasaranSheetName, row, ...(column === undefined ? {} : { column }), code, params });
  }

  private cell(cells: readonly ImportCell[], key: PlanSasaranColumn): ImportCell {
    const at = this.header.positions.get(key);
    return at === undefined ? null : cells[at];
  }

  private text(cells: readonly ImportCell[], key: PlanSasaranColumn, row: number, max: number): string {
    const value = cellText(this.cell(cells, key));
    if (value.length > max) this.error(row, columnLabel(key), 'tooLong', { max });
    return value;
  }

  private number(cell: ImportCell, row: number, column: string): number | null {
    const value = cellNumber(cell);
    if (value === null) return null;
    if (Number.isNaN(value)) {
      this.error(row, column, 'targetNotNumber', { value: cellText(cell) });
      return null;
    }
    return value;
  }

  isBlank(cells: readonly ImportCell[]): boolean {
    const keys: PlanSasaranColumn[] = ['sasaran', 'iku', 'satuan', 'endTarget'];
    return keys.every((k) => isEmptyCell(this.cell(cells, k))) && this.header.years.every((y) => isEmptyCell(cells[y.at]));
  }

  read(row: number, cells: readonly ImportCell[]): void {
    const text = this.text(cells, 'sasaran', row, planSasaranLimits.text);
    const tujuanCell = this.cell(cells, 'tujuanNo');
    const starts = text !== '' && (this.current === null || text !== this.current.text || !this.sameTujuan(tujuanCell));
    if (starts && !this.openSasaran(row, tujuanCell, text)) return;
    if (!starts && text === '' && this.current === null) {
      // Under a sasaran row already refused, that error says enough.
      if (this.sasaran.length === 0) this.error(row, columnLabel('iku'), 'ikuWithoutSasaran');
      return;
    }
    const owner = this.current;
    if (owner === null) return;
    const iku = this.readIku(row, cells);
    if (iku === null) return;
    if (owner.iku.length === planSasaranLimits.ikuPerSasaran) this.error(row, columnLabel('iku'), 'tooManyIku', { max: planSasaranLimits.ikuPerSasaran });
    owner.iku.push(iku);
  }

  /** The Tujuan cell is empty or names the current sasaran's tujuan. */
  private sameTujuan(cell: ImportCell): boolean {
    if (isEmptyCell(cell) || this.current === null) return true;
    const read = tujuanNumberOf(cell);
    return read !== null && read.misi === this.current.misi && read.tujuan === this.current.tujuan;
  }

  private openSasaran(row: number, cell: ImportCell, text: string): boolean {
    const refuse = (code: PlanImportErrorCode, params: Params = {}): false => {
      this.error(row, columnLabel('tujuanNo'), code, params);
      this.current = null;
      return false;
    };
    let place: { misi: number; tujuan: number };
    if (isEmptyCell(cell)) {
      if (this.current === null) return refuse('sasaranTujuanMissing');
      place = { misi: this.current.misi, tujuan: this.current.tujuan };
    } else {
      const read = tujuanNumberOf(cell);
      if (read === null || read.misi === null) return refuse('tujuanNumberInvalid', { value: cellText(cell) });
      place = { misi: read.misi, tujuan: read.tujuan };
      if (!this.tujuan.has(`${place.misi}.${place.tujuan}`)) return refuse('sasaranTujuanUnknown', { number: `${place.misi}.${place.tujuan}` });
    }
    if (this.sasaran.length === planSasaranLimits.sasaran) this.error(row, columnLabel('sasaran'), 'tooManySasaran', { max: planSasaranLimits.sasaran });
    this.current = { ...place, text, iku: [] };
    this.sasaran.push(this.current);
    return true;
  }

  /** The row's IKU; null when it has none (a sasaran row without IKU yet) or it is refused. */
  private readIku(row: number, cells: readonly ImportCell[]): PlanSheetIku | null {
    const name = this.text(cells, 'iku', row, planSasaranLimits.ikuName);
    const satuan = this.text(cells, 'satuan', row, planSasaranLimits.satuan);
    const targets = this.header.years.flatMap(({ year, at }) => {
      const value = this.number(cells[at], row, planTargetLabel(year));
      return value === null ? [] : [{ year, value }];
    });
    const endTarget = this.number(this.cell(cells, 'endTarget'), row, columnLabel('endTarget'));
    const polarityText = cellText(this.cell(cells, 'polarity'));
    const polarity = polarityText === '' ? null : matchWord<Polarity>(polarityWords, polarityText);
    if (polarityText !== '' && polarity === null) this.error(row, columnLabel('polarity'), 'polarityUnknown', { value: polarityText });
    if (name === '') {
      if (satuan !== '' || targets.length > 0 || endTarget !== null) this.error(row, columnLabel('iku'), 'ikuNameMissing');
      return null;
    }
    return { name, satuan, polarity, targets, endTarget };
  }
}

/** The header's columns, and the year columns (a year outside the period, or twice, is an error). */
function readHeader(cells: readonly ImportCell[], headerRow: number, period: { periodStart: number; periodEnd: number } | null, reader: Pick<SasaranReader, 'error'>): Header {
  const header: Header = { positions: new Map(), years: [] };
  cells.forEach((cell, at) => {
    const text = cellText(cell);
    const year = /^target (\d{4})$/.exec(normaliseHeader(text));
    if (year) {
      const value = Number(year[1]);
      if (header.years.some((y) => y.year === value)) reader.error(headerRow, text, 'headerDuplicate', { header: text });
      else if (period && (value < period.periodStart || value > period.periodEnd)) {
        reader.error(headerRow, text, 'targetYearOutside', { header: text, period: `${period.periodStart}–${period.periodEnd}` });
      } else header.years.push({ year: value, at });
      return;
    }
    const key = matchColumn(planSasaranColumns, text);
    if (key === null) return;
    if (header.positions.has(key)) reader.error(headerRow, columnLabel(key), 'headerDuplicate', { header: text });
    else header.positions.set(key, at);
  });
  return header;
}

/**
 * The sasaran of the sheet's rows (`firstRow`: rows[0]'s number) under the tujuan the first sheet
 * numbers (`tujuan`: "1.2"…), for a plan of `period` (null: the first sheet's period did not read).
 */
export function readPlanSasaranSheet(
  rows: Rows, firstRow: number, period: { periodStart: number; periodEnd: number } | null, tujuan: ReadonlySet<string>, errors: PlanImportError[],
): PlanSheetSasaran[] {
  if (rows.every((cells) => cells.every(isEmptyCell))) return [];
  const headerIndex = headerIndexOf(rows);
  const noting = new SasaranReader(errors, { positions: new Map(), years: [] }, tujuan);
  if (headerIndex < 0) {
    for (const column of planSasaranColumns.filter((c) => c.required)) noting.error(null, column.label, 'headerMissing', { header: column.label });
    return [];
  }
  const headerRow = firstRow + headerIndex;
  const header = readHeader(rows[headerIndex] ?? [], headerRow, period, noting);
  const missing = planSasaranColumns.filter((c) => c.required && !header.positions.has(c.key));
  for (const column of missing) noting.error(headerRow, column.label, 'headerMissing', { header: column.label });
  if (missing.length > 0) return [];
  const reader = new SasaranReader(errors, header, tujuan);
  const body = rows.slice(headerIndex + 1);
  const count = body.filter((cells) => !reader.isBlank(cells)).length;
  if (count > planImportLimits.rows) {
    reader.error(null, undefined, 'tooManyRows', { count, max: planImportLimits.rows });
    return [];
  }
  body.forEach((cells, i) => {
    if (!reader.isBlank(cells)) reader.read(headerRow + 1 + i, cells);
  });
  return reader.sasaran;
}
