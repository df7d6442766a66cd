// The table of the RPJMD plan's sheet (rpjmd-plan-sheet.ts): its rows into numbered misi and
// tujuan, every row error into the list given.
import { matchColumn } from './pk-import-columns';
import type { ImportCell } from './pk-import-types';
import { cellText, isEmptyCell } from './pk-import-values';
import {
  planColumnLabel, planColumns, planImportLimits, type PlanColumn, type PlanImportError, type PlanImportErrorCode, type PlanSheetMisi,
} from './rpjmd-plan-sheet';

type Rows = readonly (readonly ImportCell[])[];

/** A misi number: a whole number from 1 ("2" or "2." too); null when it is not one. */
function misiNumberOf(cell: ImportCell): number | null {
  if (cell instanceof Date || typeof cell === 'boolean') return null;
  const match = /^(\d{1,3})\.?$/.exec(cellText(cell));
  const n = match ? Number(match[1]) : 0;
  return n >= 1 ? n : null;
}

/**
 * "2.1" (or "2,1", or a number cell 2.1) → misi 2, tujuan 1; "1" → tujuan 1 of the misi above.
 * A date (Excel reads "2.1" typed into a General cell as 2 January in some locales) is not one.
 */
export function tujuanNumberOf(cell: ImportCell): { misi: number | null; tujuan: number } | null {
  if (cell instanceof Date || typeof cell === 'boolean') return null;
  const text = cellText(cell);
  const full = /^(\d{1,3})\s*[.,]\s*(\d{1,3})\.?$/.exec(text);
  if (full) return Number(full[1]) >= 1 && Number(full[2]) >= 1 ? { misi: Number(full[1]), tujuan: Number(full[2]) } : null;
  const short = /^(\d{1,3})\.?$/.exec(text);
  return short && Number(short[1]) >= 1 ? { misi: null, tujuan: Number(short[1]) } : null;
}

interface OpenMisi extends PlanSheetMisi { tujuanRows: Map<number, number> }

/** The table's rows, one by one, into misi. */
class TableReader {
  readonly misi: OpenMisi[] = [];
  private readonly misiRows = new Map<number, number>();
  /** The misi the rows below belong to; null after a misi row that was refused. */
  private current: OpenMisi | null = null;

  constructor(private readonly errors: PlanImportError[]) {}

  read(row: number, misiCell: ImportCell, misiText: string, tujuanCell: ImportCell, tujuanText: string): void {
    if (!isEmptyCell(misiCell)) {
      if (!this.openMisi(row, misiCell, misiText)) return;
    } else if (misiText !== '' && misiText !== this.current?.text) {
      this.error(row, 'misiNo', 'misiNumberMissing');
      this.current = null;
      return;
    }
    if (tujuanText !== '') this.addTujuan(row, tujuanCell, tujuanText);
  }

  private error(row: number, column: PlanColumn, code: PlanImportErrorCode, params: PlanImportError['params'] = {}): void {
    this.errors.push({ row, column: planColumnLabel(column), code, params });
  }

  private checkLength(text: string, row: number, column: PlanColumn): void {
    if (text.length > planImportLimits.text) this.error(row, column, 'tooLong', { max: planImportLimits.text });
  }

  /** A row with a misi number: a new misi, or the current one again (filled down). False: refused. */
  private openMisi(row: number, cell: ImportCell, text: string): boolean {
    const number = misiNumberOf(cell);
    if (number === null) {
      this.error(row, 'misiNo', 'misiNumberInvalid', { value: cellText(cell) });
      this.current = null;
      return false;
    }
    if (this.current?.number === number && (text === '' || text === this.current.text)) return true;
    const firstRow = this.misiRows.get(number);
    if (firstRow !== undefined) {
      this.error(row, 'misiNo', 'misiNumberDuplicate', { number, firstRow });
      this.current = null;
      return false;
    }
    this.misiRows.set(number, row);
    if (text === '') this.error(row, 'misi', 'misiTextMissing', { number });
    else this.checkLength(text, row, 'misi');
    if (this.misi.length === planImportLimits.misi) this.error(row, 'misiNo', 'tooManyMisi', { max: planImportLimits.misi });
    this.current = { number, text, tujuan: [], tujuanRows: new Map() };
    this.misi.push(this.current);
    return true;
  }

  private addTujuan(row: number, cell: ImportCell, text: string): void {
    const owner = this.current;
    if (owner === null) {
      // Under a misi row already refused, that error says enough.
      if (this.misi.length === 0) this.error(row, 'tujuan', 'tujuanWithoutMisi');
      return;
    }
    let number = Math.max(0, ...owner.tujuan.map((t) => t.number)) + 1;
    if (!isEmptyCell(cell)) {
      const read = tujuanNumberOf(cell);
      if (read === null) return this.error(row, 'tujuanNo', 'tujuanNumberInvalid', { value: cellText(cell) });
      if (read.misi !== null && read.misi !== owner.number) {
        return this.error(row, 'tujuanNo', 'tujuanNotUnderMisi', { number: cellText(cell), misi: owner.number });
      }
      number = read.tujuan;
    }
    const firstRow = owner.tujuanRows.get(number);
    if (firstRow !== undefined) return this.error(row, 'tujuanNo', 'tujuanNumberDuplicate', { number: `${owner.number}.${number}`, firstRow });
    owner.tujuanRows.set(number, row);
    this.checkLength(text, row, 'tujuan');
    if (owner.tujuan.length === planImportLimits.tujuanPerMisi) {
      this.error(row, 'tujuanNo', 'tooManyTujuan', { misi: owner.number, max: planImportLimits.tujuanPerMisi });
    }
    owner.tujuan.push({ number, text });
  }
}

/** The misi of the table whose header is rows[headerIndex] (`firstRow`: rows[0]'s number). */
export function readPlanTable(rows: Rows, headerIndex: number, firstRow: number, errors: PlanImportError[]): PlanSheetMisi[] {
  const headerRow = firstRow + headerIndex;
  const positions = new Map<PlanColumn, number>();
  (rows[headerIndex] ?? []).forEach((cell, index) => {
    const key = matchColumn(planColumns, cellText(cell));
    if (key === null) return;
    if (positions.has(key)) errors.push({ row: headerRow, column: planColumnLabel(key), code: 'headerDuplicate', params: { header: cellText(cell) } });
    else positions.set(key, index);
  });
  for (const column of planColumns) {
    if (!positions.has(column.key)) errors.push({ row: headerRow, column: column.label, code: 'headerMissing', params: { header: column.label } });
  }
  if (positions.size < planColumns.length) return [];
  const cellOf = (cells: readonly ImportCell[], key: PlanColumn): ImportCell => cells[positions.get(key) ?? -1];
  const isBlank = (cells: readonly ImportCell[]) => isEmptyCell(cellOf(cells, 'misi')) && isEmptyCell(cellOf(cells, 'tujuan'));
  // Counted before any row is read: a sheet of 50,000 rows is refused cheaply.
  let count = 0;
  for (let i = headerIndex + 1; i < rows.length; i++) if (!isBlank(rows[i] ?? [])) count++;
  if (count > planImportLimits.rows) {
    errors.push({ row: null, code: 'tooManyRows', params: { count, max: planImportLimits.rows } });
    return [];
  }
  const before = errors.length;
  const reader = new TableReader(errors);
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const cells = rows[i] ?? [];
    if (isBlank(cells)) continue;
    reader.read(firstRow + i, cellOf(cells, 'misiNo'), cellText(cellOf(cells, 'misi')), cellOf(cells, 'tujuanNo'), cellText(cellOf(cells, 'tujuan')));
  }
  if (reader.misi.length === 0 && errors.length === before) errors.push({ row: null, code: 'noMisi', params: {} });
  return reader.misi.map(({ number, text, tujuan }) => ({ number, text, tujuan }));
}
