// @vitest-environment node
// The XLSX exports read back with read-excel-file: numbers stay numbers, empty stays empty.
import { describe, expect, it } from 'vitest';
import readExcelFile from 'read-excel-file/node';
import { generatePkXlsx } from '../../../src/client/documents/pk-xlsx';
import type { PkIndicator } from '../../../src/client/documents/pk-document';
import { generateEvaluationXlsx } from '../../../src/client/documents/evaluation-xlsx';
import { generateRecapXlsx } from '../../../src/client/documents/recap-xlsx';
import { evaluationInput, pkInput, recapInput } from './support';

async function sheets(bytes: Uint8Array) {
  const all = await readExcelFile(Buffer.from(bytes));
  return Object.fromEntries(all.map((s) => [s.sheet, s.data]));
}

describe('XLSX exports', () => {
  it('PK: the indicator table and the budget table with TOTAL, as numbers', async () => {
    const book = await sheets(await generatePkXlsx(pkInput()));
    const indicators = book['Indikator Kinerja'];
    expect(indicators?.[0]).toEqual([
      'No', 'Sasaran', 'Indikator Kinerja', 'Target', 'Satuan', 'Target TW I', 'Target TW II', 'Target TW III', 'Target TW IV',
      'Batas Bawah Nilai', 'Batas Atas Nilai', 'Bukti Dukung Wajib (ya/tidak)',
    ]);
    expect(indicators?.[1]).toEqual([1, 'Meningkatnya derajat kesehatan masyarakat', 'Persentase persalinan di fasilitas kesehatan', 93.75, '%', 90, 91.5, 92.25, 93.75, null, null, 'tidak']);
    expect(indicators?.[2]).toEqual([1, 'Meningkatnya derajat kesehatan masyarakat', 'Cakupan imunisasi dasar lengkap', '80–90', '%', null, '40–45', null, '80–90', null, null, 'tidak']);
    expect(indicators?.[3]?.slice(3)).toEqual(['A', 'predikat', null, null, null, 'A', null, null, 'tidak']);
    expect(indicators?.[4]?.[3]).toBe('Renstra ditetapkan');
    const budget = book['Anggaran'];
    expect(budget?.[0]).toEqual(['No', 'Kode', 'Program/Kegiatan/Sub-kegiatan', 'Tingkat', 'Anggaran (Rp)']);
    expect(budget?.slice(1).map((r) => [r[0], r[1], r[3], r[4]])).toEqual([
      [1, '1.02.02', 'Program', 1_000_000_000],
      [null, '1.02.02.2.01', 'Kegiatan', 800_000_000],
      [null, '1.02.02.2.01.0001', 'Sub-kegiatan', 800_000_000],
      [2, '1.02.01', 'Program', 234_567_000],
      [null, null, null, 1_234_567_000],
    ]);
    expect(budget?.at(-1)?.[2]).toBe('TOTAL');
  });

  it('PK: the bounds of a realisation value as numbers (blank when none) and bukti dukung wajib as ya/tidak', async () => {
    const input = pkInput();
    // Two indicators per goal; the fourth keeps the defaults (no bounds, not required).
    const rules: Pick<PkIndicator, 'minValue' | 'maxValue' | 'evidenceRequired'>[] = [
      { minValue: 1250.5, maxValue: 2000, evidenceRequired: true },
      { minValue: 25, maxValue: null, evidenceRequired: false },
      { minValue: null, maxValue: 100, evidenceRequired: true },
    ];
    const goals = input.goals.map((goal, g) => ({ ...goal, indicators: goal.indicators.map((indicator, i) => ({ ...indicator, ...rules[g * 2 + i] })) }));
    const book = await sheets(await generatePkXlsx({ ...input, goals }));
    expect(book['Indikator Kinerja']?.slice(1).map((r) => r.slice(9))).toEqual([
      [1250.5, 2000, 'ya'],
      [25, null, 'tidak'],
      [null, 100, 'ya'],
      [null, null, 'tidak'],
    ]);
  });

  it('PK: a last column "Mendukung" naming the IKU or higher indicator only when the pemda prints it', async () => {
    const input = pkInput();
    const goals = input.goals.map((goal, g) => ({
      ...goal, indicators: goal.indicators.map((indicator, i) => ({ ...indicator, supportsName: g === 0 && i === 0 ? 'Indeks Kepuasan Masyarakat' : '' })),
    }));
    const off = (await sheets(await generatePkXlsx({ ...input, goals })))['Indikator Kinerja'];
    expect(off?.[0]).toHaveLength(12);
    expect(off?.flat()).not.toContain('Indeks Kepuasan Masyarakat');
    const on = (await sheets(await generatePkXlsx({ ...input, goals, supportsColumn: true })))['Indikator Kinerja'];
    expect(on?.[0]?.[12]).toBe('Mendukung (IKU/indikator atasan)');
    expect(on?.slice(1).map((r) => r[12])).toEqual(['Indeks Kepuasan Masyarakat', null, null, null]);
  });

  it('evaluation: per indicator T/R, capaian and predikat; empty realisation is empty, not 0', async () => {
    const book = await sheets(await generateEvaluationXlsx(evaluationInput()));
    const form = book['Evaluasi'];
    expect(form?.[0]?.slice(5, 7)).toEqual(['Target TW I', 'Realisasi TW I']);
    expect(form?.[1]?.slice(2, 16)).toEqual(['Jumlah puskesmas terakreditasi', 'puskesmas', 60, 10, 12, 20, 18, 15, null, 15, null, 100, 'Sangat Tinggi', 'Dukungan dana BOK']);
    expect(form?.[3]?.[13]).toBe(87.5);
    expect(form?.[4]?.slice(5, 15)).toEqual([null, null, 50, null, null, null, 50, null, null, null]);
    const notes = book['Keterangan'];
    expect(notes?.find((r) => r[0] === 'Rata-rata capaian (%)')?.[1]).toBeCloseTo(92.5);
    expect(notes?.find((r) => r[0] === 'Predikat')?.[1]).toBe('Sangat Tinggi');
    expect(notes?.find((r) => r[0] === 'Disusun oleh')?.[1]).toBe('dr. Andi Wijaya, M.Kes');
  });

  it('recap: ranked rows with numbers', async () => {
    const rows = (await sheets(await generateRecapXlsx(recapInput())))['Rekap'];
    expect(rows?.slice(1)).toEqual([
      [1, 'Dinas Kesehatan', 3, 4, 92.5, 'Sangat Tinggi', 38.25],
      [2, 'Dinas Pendidikan', 7, 8, 81.25, 'Tinggi', 45.5],
      [2, 'Dinas Perhubungan', 5, 5, 81.25, 'Tinggi', 60],
      [null, 'Kecamatan Sungai Kunjang', 0, 3, null, null, null],
    ]);
  });
});
