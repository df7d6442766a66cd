// @vitest-environment node
// The pemda recap of the LKE: units ranked by final score (ties share a rank), those not final
// after them, marked; each with predikat, component points and the change from last year, read
// back from the PDF and the workbook.
import { describe, expect, it } from 'vitest';
import readExcelFile from 'read-excel-file/node';
import { lkeTemplateOf } from '../../../src/domain/lke-template';
import { rankLkeRecap, type LkeRecapInput } from '../../../src/client/documents/lke-recap';
import { generateLkeRecapPdf } from '../../../src/client/documents/lke-recap-pdf';
import { generateLkeRecapXlsx, lkeRecapSheetName } from '../../../src/client/documents/lke-recap-xlsx';
import { diskFonts, latin1, pdfText } from './support';

const fonts = diskFonts();

// Perencanaan 30, Pengukuran 30, Pelaporan 15, Evaluasi 25: every ya and every B earns 82,5% of each.
function lkeRecapInput(overrides: Partial<LkeRecapInput> = {}): LkeRecapInput {
  return {
    tenantName: 'Pemerintah Kabupaten Sleman',
    year: 2026,
    components: lkeTemplateOf(2026).components.map((c) => ({ id: c.id, title: c.title, weight: c.weight })),
    units: [
      { name: 'Dinas Pendidikan', status: 'final', score: 61.875, componentPoints: [24.75, 24.75, 12.375, 0], lastYearScore: 62.98 },
      { name: 'Kecamatan Seruyan Hilir', status: 'open', score: 45.5, componentPoints: null, lastYearScore: 50 },
      { name: 'Dinas Kesehatan', status: 'final', score: 82.5, componentPoints: [24.75, 24.75, 12.375, 20.625], lastYearScore: 79.25 },
      { name: 'Badan Pendapatan Daerah', status: 'final', score: 82.5, componentPoints: [24.75, 24.75, 12.375, 20.625], lastYearScore: null },
    ],
    date: '2026-05-20',
    logo: null,
    ...overrides,
  };
}

describe('the pemda recap of the LKE', () => {
  it('ranks final scores best first, ties sharing a rank, and puts LKEs not final after them, unranked', () => {
    expect(rankLkeRecap(lkeRecapInput().units).map((r) => [r.rank, r.name, r.predikat?.code ?? null, r.change])).toEqual([
      [1, 'Badan Pendapatan Daerah', 'A', null],
      [1, 'Dinas Kesehatan', 'A', 3.25],
      [3, 'Dinas Pendidikan', 'B', -1.1],
      // Last year's final score alone gives no change: this year's is not final.
      [null, 'Kecamatan Seruyan Hilir', null, null],
    ]);
  });

  it('prints, in the PDF, each unit with score, predikat, component points, change, and the marking of one not final', async () => {
    const progress: number[] = [];
    const bytes = await generateLkeRecapPdf(lkeRecapInput(), { fonts, onProgress: (f) => progress.push(f) });
    const text = await pdfText(bytes);
    expect(text).toContain('REKAPITULASI HASIL EVALUASI AKUNTABILITAS KINERJA PERANGKAT DAERAH TAHUN 2026');
    expect(text).toContain('PEMERINTAH KABUPATEN SLEMAN');
    expect(text).toMatch(/Perencanaan Kinerja \(30\)[\s\S]*Pengukuran Kinerja \(30\)[\s\S]*Pelaporan Kinerja \(15\)[\s\S]*Perubahan dari\s+2025/);
    expect(text).toMatch(/1\s+Badan Pendapatan Daerah\s+82,50\s+A \(Memuaskan\)\s+24,75\s+24,75\s+12,38\s+20,63\s+—/);
    expect(text).toMatch(/1\s+Dinas Kesehatan\s+82,50\s+A \(Memuaskan\)\s+24,75\s+24,75\s+12,38\s+20,63\s+\+3,25/);
    expect(text).toMatch(/3\s+Dinas Pendidikan\s+61,88\s+B \(Baik\)\s+24,75\s+24,75\s+12,38\s+0,00\s+\u22121,10/);
    expect(text).toMatch(/—\s+Kecamatan Seruyan Hilir\s+\(45,50\)\s+belum final\s+—\s+—\s+—\s+—\s+—/);
    expect(text.indexOf('Dinas Pendidikan')).toBeLessThan(text.indexOf('Kecamatan Seruyan Hilir'));
    expect(text).toMatch(/nilai sementaranya \(dari jawaban yang ada\)\s+ditulis dalam kurung/);
    expect(text).toContain('Dibuat 20 Mei 2026.');
    expect(progress.at(-1)).toBe(1);
    expect(latin1(bytes)).toContain('FontFile2');
  });

  it('writes, in the workbook, scores as numbers, the running score apart, and the change from last year', async () => {
    const bytes = await generateLkeRecapXlsx(lkeRecapInput());
    const book = Object.fromEntries((await readExcelFile(Buffer.from(bytes))).map((s) => [s.sheet, s.data]));
    const sheet = book[lkeRecapSheetName];
    expect(sheet?.[0]).toEqual([
      'Peringkat', 'Perangkat Daerah', 'Status', 'Nilai', 'Nilai Sementara', 'Predikat', 'Keterangan Predikat',
      'Perencanaan Kinerja (30)', 'Pengukuran Kinerja (30)', 'Pelaporan Kinerja (15)', 'Evaluasi Akuntabilitas Kinerja Internal (25)', 'Nilai 2025', 'Perubahan dari 2025',
    ]);
    expect(sheet?.slice(1)).toEqual([
      [1, 'Badan Pendapatan Daerah', 'final', 82.5, null, 'A', 'Memuaskan', 24.75, 24.75, 12.375, 20.625, null, null],
      [1, 'Dinas Kesehatan', 'final', 82.5, null, 'A', 'Memuaskan', 24.75, 24.75, 12.375, 20.625, 79.25, 3.25],
      [3, 'Dinas Pendidikan', 'final', 61.875, null, 'B', 'Baik', 24.75, 24.75, 12.375, 0, 62.98, -1.1],
      [null, 'Kecamatan Seruyan Hilir', 'belum final', null, 45.5, null, null, null, null, null, null, 50, null],
    ]);
    // The components of a final score, kept whole, add up to it.
    for (const row of sheet?.slice(1, 4) ?? []) expect((row.slice(7, 11) as number[]).reduce((a, b) => a + b, 0)).toBeCloseTo(row[3] as number, 9);
    expect(book['Keterangan']?.[1]).toEqual(['Judul', 'REKAPITULASI HASIL EVALUASI AKUNTABILITAS KINERJA PERANGKAT DAERAH TAHUN 2026']);
    expect(book['Keterangan']?.at(-1)).toEqual(['Tanggal', '20 Mei 2026']);
  });

  it('says what a unit finalised but not synced yet, or one whose answers this device lacks, shows', async () => {
    const input = lkeRecapInput({
      units: [
        { name: 'Inspektorat', status: 'pending', score: 70, componentPoints: null, lastYearScore: null },
        { name: 'Dinas Sosial', status: 'final', score: 75.25, componentPoints: null, lastYearScore: 75.25 },
        { name: 'Satuan Polisi Pamong Praja', status: 'open', score: null, componentPoints: null, lastYearScore: null },
      ],
    });
    const text = await pdfText(await generateLkeRecapPdf(input, { fonts }));
    expect(text).toMatch(/1\s+Dinas Sosial\s+75,25\s+BB \(Sangat Baik\)\s+—\s+—\s+—\s+—\s+0,00/);
    expect(text).toMatch(/—\s+Inspektorat\s+\(70,00\)\s+menunggu sinkronisasi/);
    expect(text).toMatch(/—\s+Satuan Polisi Pamong Praja\s+—\s+belum final/);
    expect(text).toContain('Menunggu sinkronisasi: LKE sudah difinalkan');
    expect(text).toContain('Nilai komponen kosong');
  });
});
