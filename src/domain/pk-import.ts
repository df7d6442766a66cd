// Import of a PK's goals, indicators and budget from the template's two sheets (issue 4,
// "Import"): either the whole content, ready for replacePkContent, or every row error found; never
// a part. Pure: the file is read by client/documents/read-pk-file.ts.
//
// CSV: one file holds the indicator rows; the budget rows follow in the same file after a line
// "[Anggaran]" (or simply after their own header row), or come as a second CSV file whose first
// row is the budget header. The template's "Petunjuk" sheet says the same to the user.
import { parseCsv } from './csv';
import { budgetColumns, indicatorColumns, matchColumn, normaliseHeader, pkImportLimits } from './pk-import-columns';
import { readBudgetSheet } from './pk-import-budget';
import { readIndicatorSheet } from './pk-import-indicators';
import type { PkImportError, PkImportInput, PkImportResult, PkImportWarning } from './pk-import-types';

export type {
  ImportCell, ImportSheet, PkImportContent, PkImportError, PkImportErrorCode, PkImportGoal, PkImportIndicator,
  PkImportInput, PkImportIssue, PkImportProgram, PkImportResult, PkImportSheetKey, PkImportWarning, PkImportWarningCode,
} from './pk-import-types';
export { pkImportLimits } from './pk-import-columns';
export { pkImportErrorCodes, pkImportWarningCodes } from './pk-import-types';

export function parsePkImport(input: PkImportInput): PkImportResult {
  const errors: PkImportError[] = [];
  const warnings: PkImportWarning[] = [];
  if (input.indicators === null) {
    errors.push({ sheet: 'indicators', row: null, code: 'sheetMissing', params: { sheet: 'Indikator' } });
  }
  const indicatorPart = input.indicators === null ? null : readIndicatorSheet(input.indicators);
  const budgetRead = input.budget === null ? null : readBudgetSheet(input.budget);
  // An "Anggaran" sheet left with its header only is a PK without budget lines, as is none at all.
  const budgetPart = budgetRead?.errors.length === 1 && budgetRead.errors[0]?.code === 'sheetEmpty' ? null : budgetRead;
  for (const part of [indicatorPart, budgetPart]) {
    if (part === null) continue;
    errors.push(...part.errors);
    warnings.push(...part.warnings);
  }
  if (budgetPart === null) warnings.push({ sheet: 'budget', row: null, code: 'budgetAbsent', params: {} });
  if (errors.length > 0 || indicatorPart === null) return { ok: false, errors, warnings };
  return {
    ok: true,
    content: { goals: indicatorPart.goals, indicators: indicatorPart.indicators, programs: budgetPart?.programs ?? [] },
    warnings,
  };
}

const sectionMarker = (cells: readonly string[]): 'indicators' | 'budget' | null => {
  const rest = cells.slice(1).every((c) => c === '');
  const first = normaliseHeader(cells[0] ?? '');
  if (!rest || !/^\[.*\]$/.test((cells[0] ?? '').trim())) return null;
  if (first === 'anggaran') return 'budget';
  if (first === 'indikator') return 'indicators';
  return null;
};

/** A row whose filled cells are all budget headers, with the name and Anggaran among them. */
function isBudgetHeader(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c !== '');
  if (filled.length < 2) return false;
  const keys = filled.map((c) => matchColumn(budgetColumns, c));
  if (keys.some((k) => k === null) || !keys.includes('name') || !keys.includes('budget')) return false;
  // "No, Program, Anggaran" could head either sheet only if it also named indicator columns.
  return !filled.some((c) => { const k = matchColumn(indicatorColumns, c); return k !== null && k !== 'no'; });
}

export type CsvSections = { ok: true; input: PkImportInput } | { ok: false; error: PkImportError };

/** Records read from one CSV at most: both sheets full, their headers, a marker and blank lines. */
const maxCsvRecords = 2 * pkImportLimits.maxRowsPerSheet + 1000;

/**
 * One CSV file into its sections. Reading stops past `maxCsvRecords`, so a 10,000-row file is
 * refused without splitting all of it.
 */
export function csvSections(text: string): CsvSections {
  const { records, truncated } = parseCsv(text, { maxRecords: maxCsvRecords });
  if (truncated) {
    return { ok: false, error: { sheet: null, row: null, code: 'tooManyRows', params: { max: pkImportLimits.maxRowsPerSheet } } };
  }
  if (records.every((r) => r.every((c) => c === ''))) return { ok: false, error: { sheet: null, row: null, code: 'fileEmpty', params: {} } };
  const sections: PkImportInput = { indicators: null, budget: null };
  let current: 'indicators' | 'budget' | null = null;
  let start = 0;
  const close = (end: number): PkImportError | null => {
    if (current === null) return null;
    if (sections[current] !== null) return { sheet: current, row: start + 1, code: 'csvSectionTwice', params: {} };
    sections[current] = { rows: records.slice(start, end), firstRow: start + 1 };
    return null;
  };
  for (let i = 0; i < records.length; i++) {
    const cells = records[i] ?? [];
    if (cells.every((c) => c === '')) continue;
    const marker = sectionMarker(cells);
    let next: { section: 'indicators' | 'budget'; start: number } | null = null;
    if (marker !== null) next = { section: marker, start: i + 1 };
    else if (current === null) next = { section: isBudgetHeader(cells) ? 'budget' : 'indicators', start: i };
    else if (current === 'indicators' && isBudgetHeader(cells)) next = { section: 'budget', start: i };
    if (next === null) continue;
    const failed = close(i);
    if (failed) return { ok: false, error: failed };
    current = next.section;
    start = next.start;
  }
  const failed = close(records.length);
  return failed ? { ok: false, error: failed } : { ok: true, input: sections };
}

/** Two CSV files (indicators, then budget, in either order) into one input. */
export function mergeCsvSections(parts: readonly PkImportInput[]): CsvSections {
  const merged: PkImportInput = { indicators: null, budget: null };
  for (const part of parts) {
    for (const key of ['indicators', 'budget'] as const) {
      const sheet = part[key];
      if (sheet === null) continue;
      if (merged[key] !== null) return { ok: false, error: { sheet: key, row: null, code: 'csvSectionTwice', params: {} } };
      merged[key] = sheet;
    }
  }
  return { ok: true, input: merged };
}
