// Every error and warning code of the PK import reads as a sentence in both languages, with its
// place in the sheet, and none leaks a key or an unfilled {placeholder}.
import { describe, expect, it } from 'vitest';
import { describeIssue } from '../../../../../src/client/features/agreements/import/describe-issue';
import { importMessages } from '../../../../../src/client/features/agreements/import/messages';
import { featureTranslator } from '../../../../../src/client/i18n/feature-messages';
import { pkImportErrorCodes, pkImportWarningCodes, type PkImportError } from '../../../../../src/domain/pk-import';

const params = {
  value: 'x', header: 'Satuan', sheet: 'Indikator', found: 'Sheet1', count: 10_000, max: 2000, code: '1.02.01', firstRow: 8,
  level: 'kegiatan', parentLevel: 'program', budget: 900, sum: 1000, annual: 12, parentCode: '1.02', size: 6_000_000, year: 2026,
};

describe('PK import messages', () => {
  for (const language of ['id', 'en'] as const) {
    const t = featureTranslator(importMessages, language, String);
    it.each([...pkImportErrorCodes, ...pkImportWarningCodes])(`${language}: %s`, (code) => {
      const issue = { sheet: 'indicators', row: 7, column: 'Target Tahunan', code, params } as PkImportError;
      const text = describeIssue(t, issue);
      expect(text).toMatch(language === 'id' ? /^Baris 7, kolom Target Tahunan: .+/ : /^Row 7, column Target Tahunan: .+/);
      expect(text).not.toMatch(/[{}]|(^|\s)[ew]\.[a-z]/i);
    });
  }

  it('reads as the issue asks: "Baris 7: target bukan angka", Rupiah in id-ID, sizes in MB', () => {
    const t = featureTranslator(importMessages, 'id', String);
    const at = (over: Partial<PkImportError>): PkImportError => ({ sheet: 'budget', row: null, code: 'fileEmpty', params: {}, ...over });
    expect(describeIssue(t, at({ row: 7, code: 'targetNotNumber', params: { value: 'dua belas' } }))).toBe('Baris 7: target bukan angka ("dua belas").');
    expect(describeIssue(t, at({ row: 3, code: 'budgetNotSum', params: { budget: 900_000, sum: 1_000_000 } })).replace(/\u00a0/g, ' '))
      .toBe('Baris 3: anggaran Rp 900.000 tidak sama dengan jumlah rinciannya, Rp 1.000.000.');
    expect(describeIssue(t, at({ sheet: null, code: 'fileTooLarge', params: { size: 6e6, max: 5 * 1024 * 1024 } }))).toBe('Berkas lebih dari 5 MB.');
    expect(describeIssue(t, at({ code: 'tooManyRows', params: { count: 10_000, max: 2000 } }))).toBe('Berisi 10.000 baris; paling banyak 2.000 baris per lembar.');
  });
});
