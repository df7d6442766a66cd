// @vitest-environment node
// Hasil pemeriksaan data (issue 21) as XLSX and PDF, read back: every flagged entry by unit, its
// value and target (numbers in the XLSX), what the checks found in Indonesian, how strict the pemda
// set them, and the settings and counts (Keterangan in the XLSX, under the table in the PDF).
import { describe, expect, it } from 'vitest';
import readExcelFile from 'read-excel-file/node';
import { generateDataCheckReportXlsx } from '../../../src/client/documents/data-check-report-xlsx';
import { generateDataCheckReportPdf } from '../../../src/client/documents/data-check-report-pdf';
import type { DataCheckReportInput } from '../../../src/client/documents/data-check-report';
import { defaultDataChecks } from '../../../src/domain/data-checks';
import { defaultTenantSettings } from '../../../src/domain/default-settings';
import { checkPlausibility, type PlausibilityIndicator } from '../../../src/domain/plausibility';
import type { Indicator } from '../../../src/domain/indicator';
import { diskFonts, latin1, pdfText } from './support';

const indicator = (overrides: Partial<Indicator>): PlausibilityIndicator => ({
  polarity: 'higher', aggregation: 'last', targetType: 'percent', annualTarget: 85, quarterTargets: [85, 85, 85, 85], scaleLevels: [], unit: '%', ...overrides,
} as PlausibilityIndicator);
const settings = { ...defaultTenantSettings, dataChecks: { ...defaultDataChecks, severity: { ...defaultDataChecks.severity, separatorSlip: 'refuse' as const } } };
const none = { drivers: '', obstacles: '', followUp: '' };

function reportInput(): DataCheckReportInput {
  const coverage = indicator({});
  const visits = indicator({ aggregation: 'sum', targetType: 'number', annualTarget: 400, quarterTargets: [100, 100, 100, 100], unit: 'kunjungan' });
  return {
    tenantName: 'Pemerintah Provinsi Kalimantan Timur', year: 2026, quarter: 2, settings, entered: 40,
    entries: [
      { unitName: 'Dinas Kesehatan', indicatorName: 'Cakupan imunisasi', measure: '%', value: 8.5, target: 85, status: 'submitted', hasEvidence: true,
        warnings: checkPlausibility(coverage, [80, 8.5, null, null], 2, settings, none) },
      { unitName: 'Dinas Arsip', indicatorName: 'Kunjungan arsip', measure: 'kunjungan', value: 40, target: 100, status: 'draft', hasEvidence: false,
        warnings: checkPlausibility(visits, [100, 40, null, null], 2, settings, { ...none, obstacles: 'Gedung direnovasi' }) },
    ],
  };
}

async function sheets(bytes: Uint8Array) {
  const all = await readExcelFile(Buffer.from(bytes));
  return Object.fromEntries(all.map((s) => [s.sheet, s.data]));
}

describe('data-check report', () => {
  it('lists the flagged entries by unit with the findings in Indonesian and the strictest severity', async () => {
    const book = await sheets(await generateDataCheckReportXlsx(reportInput()));
    expect(book['Pemeriksaan']).toEqual([
      ['Perangkat Daerah', 'Indikator', 'Satuan', 'Realisasi', 'Target Triwulan', 'Status', 'Bukti Dukung', 'Temuan', 'Tingkat'],
      ['Dinas Arsip', 'Kunjungan arsip', 'kunjungan', 40, 100, 'Draf', 'Tidak ada',
        'Capaiannya 40%. Tuliskan faktor penghambat (kendala) dan rencana tindak lanjutnya.', 'Ditampilkan'],
      ['Dinas Kesehatan', 'Cakupan imunisasi', '%', 8.5, 85, 'Diajukan', 'Ada',
        'Apakah 8,5% benar? Target triwulan ini 85%; mungkin maksudnya 85%. Periksa titik dan koma.', 'Ditolak sampai diperbaiki'],
    ]);
    const notes = book['Keterangan'] ?? [];
    const note = (label: string) => notes.find((r) => r[0] === label)?.[1];
    expect(note('Judul')).toBe('HASIL PEMERIKSAAN DATA REALISASI KINERJA TRIWULAN II TAHUN 2026');
    expect(note('Realisasi terisi')).toBe(40);
    expect(note('Realisasi bertanda')).toBe(2);
    expect(note('Salah titik atau koma')).toBe('Ditolak sampai diperbaiki');
    expect(note('Capaian jauh dari target')).toBe('Ditampilkan');
  });

  it('says so when nothing is flagged', async () => {
    const book = await sheets(await generateDataCheckReportXlsx({ ...reportInput(), entries: [] }));
    expect(book['Pemeriksaan']?.[1]?.[0]).toBe('Tidak ada realisasi yang ditandai pemeriksaan data pada triwulan ini.');
  });
});

describe('data-check report PDF', () => {
  const fonts = diskFonts();

  it('prints the title, the counts, each flagged entry by unit with its findings and strictest severity, and the settings', async () => {
    const progress: number[] = [];
    const bytes = await generateDataCheckReportPdf({ ...reportInput(), date: '2026-07-20' }, { fonts, onProgress: (f) => progress.push(f) });
    const text = await pdfText(bytes);
    expect(text).toContain('HASIL PEMERIKSAAN DATA REALISASI KINERJA TRIWULAN II TAHUN 2026');
    expect(text).toContain('PEMERINTAH PROVINSI KALIMANTAN TIMUR');
    expect(text).toMatch(/Realisasi terisi: 40\s+·\s+Realisasi bertanda: 2/);
    expect(text).toMatch(/Dinas Kesehatan\s+Cakupan imunisasi\s+%\s+8,5\s+85\s+Diajukan\s+Ada\s+Apakah 8,5% benar\?/);
    expect(text).toMatch(/Periksa titik dan\s+koma\.\s+Ditolak sampai\s+diperbaiki/);
    expect(text).toMatch(/Dinas Arsip\s+Kunjungan arsip\s+kunjungan\s+40\s+100\s+Draf\s+Tidak ada\s+Capaiannya 40%/);
    // By unit, as the XLSX: Dinas Arsip before Dinas Kesehatan.
    expect(text.indexOf('Dinas Arsip')).toBeLessThan(text.indexOf('Dinas Kesehatan'));
    expect(text).toMatch(/Jauh di atas target bila capaian lebih dari\s+150%/);
    expect(text).toMatch(/Jauh di bawah target bila capaian kurang dari\s+25%/);
    expect(text).toMatch(/Salah titik atau koma\s+Ditolak sampai diperbaiki/);
    expect(text).toMatch(/Capaian jauh dari target\s+Ditampilkan/);
    expect(text).toContain('Dibuat 20 Juli 2026.');
    expect(text).toContain('Halaman 1 dari 1');
    expect(progress.at(-1)).toBe(1);
    expect(latin1(bytes)).toContain('FontFile2');
  });

  it('says so when nothing is flagged', async () => {
    const text = await pdfText(await generateDataCheckReportPdf({ ...reportInput(), entries: [] }, { fonts }));
    expect(text).toContain('Tidak ada realisasi yang ditandai pemeriksaan data pada triwulan ini.');
    expect(text).toMatch(/Realisasi bertanda: 0/);
    expect(text).not.toContain('Dinas Kesehatan');
  });
});
