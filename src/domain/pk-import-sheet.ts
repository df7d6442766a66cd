// A sheet of the PK import as a header and data rows: the header is the first non-empty row;
// empty rows are skipped; a sheet over the row limit is refused before any row is read.
import { matchColumn, pkImportLimits, type ColumnSpec } from './pk-import-columns';
import type { ImportCell, ImportSheet, PkImportError, PkImportSheetKey } from './pk-import-types';
import { cellText, isEmptyCell } from './pk-import-values';

export interface DataRow<C extends string> {
  /** The row number the user sees. */
  row: number;
  cell(column: C): ImportCell;
}

export type ReadSheet<C extends string> =
  | { ok: true; rows: DataRow<C>[]; has: (column: C) => boolean }
  | { ok: false; errors: PkImportError[] };

const isEmptyRow = (cells: readonly ImportCell[]): boolean => cells.every(isEmptyCell);

export function readSheet<C extends string>(sheetKey: PkImportSheetKey, sheet: ImportSheet, columns: readonly ColumnSpec<C>[]): ReadSheet<C> {
  const firstRow = sheet.firstRow ?? 1;
  const fail = (error: Omit<PkImportError, 'sheet'>): ReadSheet<C> => ({ ok: false, errors: [{ sheet: sheetKey, ...error }] });
  const headerIndex = sheet.rows.findIndex((cells) => !isEmptyRow(cells));
  if (headerIndex < 0) return fail({ row: null, code: 'sheetEmpty', params: {} });
  const headerRow = firstRow + headerIndex;
  const errors: PkImportError[] = [];
  const positions = new Map<C, number>();
  (sheet.rows[headerIndex] ?? []).forEach((cell, index) => {
    const text = cellText(cell);
    if (text === '') return;
    const key = matchColumn(columns, text);
    const label = columns.find((c) => c.key === key)?.label;
    if (key === null || label === undefined) {
      errors.push({ sheet: sheetKey, row: headerRow, column: text, code: 'headerUnknown', params: { header: text } });
    } else if (positions.has(key)) {
      errors.push({ sheet: sheetKey, row: headerRow, column: label, code: 'headerDuplicate', params: { header: text } });
    } else positions.set(key, index);
  });
  for (const column of columns) {
    if (column.required && !positions.has(column.key)) {
      errors.push({ sheet: sheetKey, row: headerRow, column: column.label, code: 'headerMissing', params: { header: column.label } });
    }
  }
  // A row with nothing but its number (a template numbered in advance) is empty too.
  const numberAt = positions.get('no' as C);
  const isBlank = (cells: readonly ImportCell[]) => cells.every((cell, index) => index === numberAt || isEmptyCell(cell));
  // Counting before reading keeps a 10,000-row file cheap to refuse: no row is parsed.
  let count = 0;
  for (let i = headerIndex + 1; i < sheet.rows.length; i++) if (!isBlank(sheet.rows[i] ?? [])) count++;
  if (count > pkImportLimits.maxRowsPerSheet) {
    return fail({ row: null, code: 'tooManyRows', params: { count, max: pkImportLimits.maxRowsPerSheet } });
  }
  if (errors.length > 0) return { ok: false, errors };
  if (count === 0) return fail({ row: null, code: 'sheetEmpty', params: {} });
  const rows: DataRow<C>[] = [];
  for (let i = headerIndex + 1; i < sheet.rows.length; i++) {
    const cells = sheet.rows[i] ?? [];
    if (isBlank(cells)) continue;
    rows.push({ row: firstRow + i, cell: (column) => { const at = positions.get(column); return at === undefined ? null : cells[at]; } });
  }
  return { ok: true, rows, has: (column) => positions.has(column) };
}
