// The PK import's optional column "Mendukung" (issue 19, "Links"): the name written is returned as
// it is (trimmed), with the row it came from; empty, or no column at all, is no link; a name too
// long is a row error. The name is not resolved here: the page finds it among the device's PKs.
import { describe, expect, it } from 'vitest';
import { indicatorColumns, matchColumn, type IndicatorColumn } from '../../src/domain/pk-import-columns';
import { parsePkImport, type ImportCell, type ImportSheet, type PkImportResult } from '../../src/domain/pk-import';

type Row = Partial<Record<IndicatorColumn, ImportCell>>;
const sheet = (rows: Row[], columns: IndicatorColumn[]): ImportSheet => ({
  rows: [columns.map((key) => indicatorColumns.find((c) => c.key === key)?.label ?? key), ...rows.map((r) => columns.map((key) => r[key] ?? null))],
});
const columns: IndicatorColumn[] = ['goal', 'name', 'unit', 'annualTarget', 'supports'];
const row = (name: string, supports: ImportCell): Row => ({ goal: 'Meningkatnya derajat kesehatan', name, unit: '%', annualTarget: 90, supports });
const indicatorsOf = (result: PkImportResult) => {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.content.indicators.map((i) => [i.row, i.name, i.supportsName]);
};

describe('parsePkImport: the "Mendukung" column', () => {
  it('returns the name written, trimmed, with its row; an empty cell is no link', () => {
    const result = parsePkImport({
      indicators: sheet([row('Persalinan di faskes', '  Angka Kematian Ibu '), row('Cakupan imunisasi', null), row('Puskesmas terakreditasi', '')], columns),
      budget: null,
    });
    expect(indicatorsOf(result)).toEqual([
      [2, 'Persalinan di faskes', 'Angka Kematian Ibu'],
      [3, 'Cakupan imunisasi', null],
      [4, 'Puskesmas terakreditasi', null],
    ]);
  });

  it('is optional: a file without the column links nothing', () => {
    const result = parsePkImport({ indicators: sheet([row('Persalinan di faskes', 'ignored')], ['goal', 'name', 'unit', 'annualTarget']), budget: null });
    expect(indicatorsOf(result)).toEqual([[2, 'Persalinan di faskes', null]]);
  });

  it('refuses a name over 500 characters on its row', () => {
    const result = parsePkImport({ indicators: sheet([row('Persalinan di faskes', 'x'.repeat(501))], columns), budget: null });
    expect(result.ok ? [] : result.errors.map((e) => [e.row, e.column, e.code])).toEqual([[2, 'Mendukung', 'tooLong']]);
  });

  it('knows the header as the template writes it, as the PK export writes it, and in other words', () => {
    for (const header of ['Mendukung', 'MENDUKUNG', 'Mendukung (IKU/indikator atasan)', 'IKU yang didukung', 'Indikator yang didukung']) {
      expect(matchColumn(indicatorColumns, header), header).toBe('supports');
    }
    expect(matchColumn(indicatorColumns, 'Indikator Kinerja')).toBe('name');
  });
});
