// @vitest-environment node
// Hasil pemeriksaan data (issue 21) as XLSX, read back: every flagged entry by unit, its value and
// target as numbers, what the checks found in Indonesian, how strict the pemda set them, and the
// settings and counts in Keterangan.
import { describe, expect, it } from 'vitest';
import readExcelFile from 'read-excel-file/node';
import { generateDataCheckReportXlsx } from '../../../src/client/documents/data-check-report-xlsx';
import type { DataCheckReportInput } from '../../../src/client/documents/data-check-report';
import { defaultDataChecks } from '../../../src/domain/data-checks';
import { defaultTenantSettings } from '../../../src/domain/default-settings';
import { checkPlausibility, type PlausibilityIndicator } from '../../../src/domain/plausibility';
import type { Indicator } from '../../../src/domain/indicator';

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
        'Apakah 8,5 benar? Target triwulan ini 85; mungkin maksudnya 85. Periksa titik dan koma.', 'Ditolak sampai diperbaiki'],
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
