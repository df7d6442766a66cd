// @vitest-environment node
// The pemda recap: units ranked by average capaian, read back from the PDF.
import { describe, expect, it } from 'vitest';
import { generateRecapPdf } from '../../../src/client/documents/recap-pdf';
import { rankRecap } from '../../../src/client/documents/recap';
import { diskFonts, latin1, pdfText, recapInput } from './support';

const fonts = diskFonts();

describe('generateRecapPdf', () => {
  it('ranks units (ties share a rank, no score no rank) with average, predikat and absorption', async () => {
    expect(rankRecap(recapInput().units).map((u) => [u.rank, u.name])).toEqual([
      [1, 'Dinas Kesehatan'], [2, 'Dinas Pendidikan'], [2, 'Dinas Perhubungan'], [null, 'Kecamatan Sungai Kunjang'],
    ]);
    const progress: number[] = [];
    const bytes = await generateRecapPdf(recapInput(), { fonts, onProgress: (f) => progress.push(f) });
    const text = await pdfText(bytes);
    expect(text).toContain('REKAPITULASI CAPAIAN KINERJA PERANGKAT DAERAH S.D. TRIWULAN II TAHUN 2026');
    expect(text).toMatch(/1\s+Dinas Kesehatan\s+3\/4\s+92,5%\s+Sangat Tinggi\s+38,25%/);
    expect(text).toMatch(/2\s+Dinas Pendidikan\s+7\/8\s+81,25%\s+Tinggi\s+45,5%/);
    expect(text).toMatch(/2\s+Dinas Perhubungan\s+5\/5\s+81,25%\s+Tinggi\s+60%/);
    expect(text).toMatch(/—\s+Kecamatan Sungai Kunjang\s+0\/3\s+—\s+—\s+—/);
    expect(text).toContain('capaian di atas 120% dihitung 120%');
    expect(progress.at(-1)).toBe(1);
    expect(latin1(bytes)).toContain('FontFile2');
  });

  it('spans pages for 60 units with the header row and page numbers on each', async () => {
    const units = Array.from({ length: 60 }, (_, i) => ({ name: `Perangkat Daerah ${String(i + 1).padStart(2, '0')}`, average: 50 + i * 0.75, category: null, absorption: i, indicatorCount: 8, notComputable: 0 }));
    const text = await pdfText(await generateRecapPdf(recapInput({ units }), { fonts }));
    const pages = text.split('\n');
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain('Perangkat Daerah');
    expect(pages.at(-1)).toContain(`Halaman ${pages.length} dari ${pages.length}`);
    expect(text).toMatch(/1\s+Perangkat Daerah 60\s+8\/8\s+94,25%/);
  });
});
