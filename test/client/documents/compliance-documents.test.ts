// @vitest-environment node
// Kepatuhan pelaporan as PDF and XLSX, read back: late units first, counts by status, the summary,
// the deadline in the pemda's zone, and the basis of the figures (all, marked *, or verified only).
import { describe, expect, it } from 'vitest';
import readExcelFile from 'read-excel-file/node';
import { generateCompliancePdf } from '../../../src/client/documents/compliance-pdf';
import { generateComplianceXlsx } from '../../../src/client/documents/compliance-xlsx';
import type { ComplianceInput } from '../../../src/client/documents/compliance';
import { generateRecapXlsx } from '../../../src/client/documents/recap-xlsx';
import { generateRecapPdf } from '../../../src/client/documents/recap-pdf';
import { diskFonts, pdfText, recapInput } from './support';

const fonts = diskFonts();

function complianceInput(overrides: Partial<ComplianceInput> = {}): ComplianceInput {
  return {
    tenantName: 'Pemerintah Provinsi Kalimantan Timur',
    year: 2026,
    quarter: 2,
    // 15 July 2026 23:59 WITA.
    deadline: '2026-07-15T15:59:00.000Z',
    timeZone: 'Asia/Makassar',
    verifiedOnly: false,
    units: [
      { name: 'Dinas Kesehatan', due: 4, entered: 4, submitted: 1, verified: 3, returned: 0, outstanding: 0, late: false, average: 92.5, unverified: 1, unflaggedPercent: 75, evidencePercent: 50, onTimePercent: 100 },
      { name: 'Kecamatan Sungai Kunjang', due: 3, entered: 1, submitted: 0, verified: 0, returned: 1, outstanding: 3, late: true, average: null, unverified: 0, unflaggedPercent: 0, evidencePercent: null, onTimePercent: 0 },
      { name: 'Dinas Pendidikan', due: 8, entered: 8, submitted: 0, verified: 8, returned: 0, outstanding: 0, late: false, average: 81.25, unverified: 0 },
      { name: 'RSUD Abdul Wahab Sjahranie', due: 2, entered: 1, submitted: 1, verified: 0, returned: 0, outstanding: 1, late: false, average: 100, unverified: 1, extended: true },
    ],
    summary: { units: 3, averageAchievement: 86.875, verifiedPercent: (11 / 13) * 100, unitsLate: 1 },
    date: '2026-07-20',
    ...overrides,
  };
}

async function sheets(bytes: Uint8Array) {
  const all = await readExcelFile(Buffer.from(bytes));
  return Object.fromEntries(all.map((s) => [s.sheet, s.data]));
}

describe('compliance documents', () => {
  it('PDF: title, summary, deadline in WITA, late units first with counts by status, unverified marked *', async () => {
    const text = await pdfText(await generateCompliancePdf(complianceInput(), { fonts }));
    expect(text).toContain('KEPATUHAN PELAPORAN REALISASI KINERJA TRIWULAN II TAHUN 2026');
    expect(text).toMatch(/Rata-rata capaian pemda: 86,88%/);
    expect(text).toMatch(/Realisasi terverifikasi: 84,62%/);
    expect(text).toMatch(/Unit terlambat: 1 dari 3/);
    expect(text).toMatch(/RSUD Abdul Wahab Sjahranie \*\s+2\s+1\s+1\s+0\s+0\s+1\s+100%\s+Berjalan \(tenggat\s+diperpanjang\)/);
    expect(text).toMatch(/Tenggat TW II: 15 Juli 2026 pukul 23\.59 WITA/);
    const late = text.indexOf('Kecamatan Sungai Kunjang');
    expect(late).toBeGreaterThan(-1);
    expect(late).toBeLessThan(text.indexOf('Dinas Kesehatan'));
    expect(text).toMatch(/Kecamatan Sungai Kunjang\s+3\s+1\s+0\s+0\s+1\s+3\s+—\s+Terlambat/);
    expect(text).toMatch(/Dinas Kesehatan \*\s+4\s+4\s+1\s+3\s+0\s+0\s+92,5%\s+Lengkap/);
    expect(text).toMatch(/Dinas Pendidikan\s+8\s+8\s+0\s+8\s+0\s+0\s+81,25%\s+Lengkap/);
    expect(text).toContain('memuat realisasi yang belum diverifikasi');
  });

  it('PDF: verified only says so and marks nothing; no deadline says no unit is late', async () => {
    const text = await pdfText(await generateCompliancePdf(complianceInput({ verifiedOnly: true, deadline: null }), { fonts }));
    expect(text).toContain('hanya dari realisasi yang sudah diverifikasi');
    expect(text).not.toContain('Dinas Kesehatan *');
    expect(text).toContain('TW II belum punya tenggat di jadwal input');
  });

  it('XLSX: counts and averages as numbers, late first, the summary and the basis in Keterangan', async () => {
    const book = await sheets(await generateComplianceXlsx(complianceInput()));
    expect(book['Kepatuhan']).toEqual([
      ['Perangkat Daerah', 'Wajib', 'Diisi', 'Diajukan', 'Terverifikasi', 'Dikembalikan', 'Belum Diajukan', 'Rata-rata Capaian (%)', 'Keadaan', 'Belum Terverifikasi', 'Tanpa Tanda Periksa (%)', 'Dengan Bukti Dukung (%)', 'Tepat Waktu (%)'],
      ['Kecamatan Sungai Kunjang', 3, 1, 0, 0, 1, 3, null, 'Terlambat', 0, 0, null, 0],
      ['Dinas Kesehatan', 4, 4, 1, 3, 0, 0, 92.5, 'Lengkap', 1, 75, 50, 100],
      ['Dinas Pendidikan', 8, 8, 0, 8, 0, 0, 81.25, 'Lengkap', 0, null, null, null],
      ['RSUD Abdul Wahab Sjahranie', 2, 1, 1, 0, 0, 1, 100, 'Berjalan (tenggat diperpanjang)', 1, null, null, null],
    ]);
    const notes = book['Keterangan'] ?? [];
    const note = (label: string) => notes.find((r) => r[0] === label)?.[1];
    expect(note('Rata-rata capaian pemda (%)')).toBeCloseTo(86.875);
    expect(note('Realisasi terverifikasi (%)')).toBeCloseTo(84.615, 2);
    expect(note('Unit terlambat')).toBe(1);
    expect(note('Tenggat')).toBe('Tenggat TW II: 15 Juli 2026 pukul 23.59 WITA.');
    expect(note('Dasar angka')).toMatch(/^Semua realisasi terisi/);
  });
});

describe('recap with the verified-only switch', () => {
  const units = recapInput().units.map((u, i) => ({ ...u, unverified: i === 1 ? 2 : 0 }));
  it('marks a unit whose figure includes unverified realisations, and says what * means', async () => {
    const rows = (await sheets(await generateRecapXlsx(recapInput({ units }))))['Rekap'];
    expect(rows?.[1]?.[1]).toBe('Dinas Kesehatan *');
    const text = await pdfText(await generateRecapPdf(recapInput({ units }), { fonts }));
    expect(text).toMatch(/Dinas Kesehatan \*/);
    expect(text).toContain('* memuat realisasi yang belum diverifikasi.');
  });

  it('verified only: no marks, and the basis is written down', async () => {
    const book = await sheets(await generateRecapXlsx(recapInput({ units, verifiedOnly: true })));
    expect(book['Rekap']?.[1]?.[1]).toBe('Dinas Kesehatan');
    expect(book['Keterangan']?.find((r) => r[0] === 'Dasar angka')?.[1]).toBe('Hanya realisasi terverifikasi');
    const text = await pdfText(await generateRecapPdf(recapInput({ units, verifiedOnly: true }), { fonts }));
    expect(text).toContain('Hanya realisasi yang sudah diverifikasi yang dihitung.');
  });
});
