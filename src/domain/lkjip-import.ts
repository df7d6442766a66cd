// Last year's realisation and the end-of-period target, for a unit that did not use the app last
// year or whose Renstra targets are not in the app: the office fills a simple sheet (one row per
// indicator of this year's PK: Indikator, Satuan, Realisasi tahun lalu, Target akhir periode) and
// the LKjIP draft reads it. Rows are matched to this year's indicators by name and satuan, as the
// app matches an indicator across years (peer-outlier.ts peerKey).
import type { LkjipKnown } from './lkjip';
import { peerKey } from './peer-outlier';
import type { ImportCell } from './pk-import-types';
import { normaliseHeader } from './pk-import-columns';
import { parseIndonesianNumber } from './number-format';
import type { TargetValue } from './indicator';

export const lkjipSheetColumns = {
  goal: 'Sasaran',
  indicator: 'Indikator',
  unit: 'Satuan',
  lastYear: 'Realisasi Tahun Lalu',
  endTarget: 'Target Akhir Periode',
} as const;

export type LkjipImportErrorCode = 'noHeader' | 'notANumber' | 'unknownIndicator';
export interface LkjipImportError {
  code: LkjipImportErrorCode;
  /** 1-based row of the sheet; null for the sheet as a whole. */
  row: number | null;
  value?: string;
}

export interface LkjipImport {
  known: Map<string, LkjipKnown>;
  errors: LkjipImportError[];
}

const text = (cell: ImportCell): string => (cell === null || cell === undefined ? '' : cell instanceof Date ? '' : String(cell).trim());

/** A figure cell: a number, an Indonesian-typed number, or a range "80–90"; '' → null; NaN → not a number. */
function figure(cell: ImportCell): TargetValue | null | typeof Number.NaN {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : Number.NaN;
  const raw = text(cell);
  if (raw === '') return null;
  const range = raw.match(/^(.+?)\s*[–-]\s*(.+)$/);
  if (range && !raw.startsWith('-')) {
    const min = parseIndonesianNumber(range[1] ?? '');
    const max = parseIndonesianNumber(range[2] ?? '');
    return min !== null && max !== null && Number.isFinite(min) && Number.isFinite(max) && min <= max ? { min, max } : Number.NaN;
  }
  const n = parseIndonesianNumber(raw);
  return n === null ? null : n;
}

const headerKey = (cell: ImportCell): keyof typeof lkjipSheetColumns | null => {
  const h = normaliseHeader(text(cell));
  if (h === 'indikator' || h.startsWith('indikator kinerja')) return 'indicator';
  if (h === 'satuan') return 'unit';
  if (h.startsWith('realisasi')) return 'lastYear';
  if (h.startsWith('target akhir')) return 'endTarget';
  if (h === 'sasaran' || h.startsWith('sasaran ')) return 'goal';
  return null;
};

/**
 * Reads the sheet. `indicators` are this year's (name and satuan): a row naming another is
 * reported, not guessed at. A last-year figure must be a number; an end target may be a range.
 */
export function readLkjipSheet(rows: ReadonlyArray<ReadonlyArray<ImportCell>>, indicators: ReadonlyArray<{ name: string; unit: string }>): LkjipImport {
  const known = new Map<string, LkjipKnown>();
  const errors: LkjipImportError[] = [];
  const headerRow = rows.findIndex((row) => row.some((cell) => headerKey(cell) === 'indicator'));
  if (headerRow < 0) return { known, errors: [{ code: 'noHeader', row: null }] };
  const columns = new Map<keyof typeof lkjipSheetColumns, number>();
  (rows[headerRow] ?? []).forEach((cell, i) => {
    const key = headerKey(cell);
    if (key && !columns.has(key)) columns.set(key, i);
  });
  const at = (row: ReadonlyArray<ImportCell>, key: keyof typeof lkjipSheetColumns): ImportCell => {
    const i = columns.get(key);
    return i === undefined ? null : row[i];
  };
  const wanted = new Set(indicators.map(peerKey));
  rows.slice(headerRow + 1).forEach((row, i) => {
    const rowNumber = headerRow + i + 2;
    const name = text(at(row, 'indicator'));
    if (name === '') return;
    const key = peerKey({ name, unit: text(at(row, 'unit')) });
    if (!wanted.has(key)) {
      errors.push({ code: 'unknownIndicator', row: rowNumber, value: name });
      return;
    }
    const lastYear = figure(at(row, 'lastYear'));
    const endTarget = figure(at(row, 'endTarget'));
    if (Number.isNaN(lastYear) || typeof lastYear === 'object' && lastYear !== null) {
      errors.push({ code: 'notANumber', row: rowNumber, value: text(at(row, 'lastYear')) });
      return;
    }
    if (Number.isNaN(endTarget)) {
      errors.push({ code: 'notANumber', row: rowNumber, value: text(at(row, 'endTarget')) });
      return;
    }
    if (lastYear === null && endTarget === null) return;
    known.set(key, { lastYear: lastYear as number | null, endTarget: endTarget as TargetValue | null });
  });
  return { known, errors };
}

/**
 * What the app knows (last year's realisation from last year's PK in the app) merged with the
 * sheet: the app's own figure wins, since it is the one verified then; the sheet fills the gaps.
 */
export function mergeLkjipKnown(fromApp: ReadonlyMap<string, number>, fromSheet: ReadonlyMap<string, LkjipKnown>, key: string): LkjipKnown {
  const sheet = fromSheet.get(key);
  return { lastYear: fromApp.get(key) ?? sheet?.lastYear ?? null, endTarget: sheet?.endTarget ?? null };
}
