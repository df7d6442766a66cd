// @vitest-environment node
// The PK print: generated from fixture data, its text read back with pdfjs (domain.md, "The PK document").
import { describe, expect, it } from 'vitest';
import { generatePkPdf } from '../../../src/client/documents/pk-pdf';
import { bigPkInput, diskFonts, latin1, pdfText, pkInput } from './support';

const fonts = diskFonts();

describe('generatePkPdf', () => {
  it('prints the statement sheet and both attachment tables in id-ID', async () => {
    const progress: number[] = [];
    const bytes = await generatePkPdf(pkInput(), { fonts, onProgress: (f) => progress.push(f) });
    const text = await pdfText(bytes);
    expect(text).toContain('PERJANJIAN KINERJA TAHUN 2026');
    expect(text).toContain('DINAS KESEHATAN');
    expect(text).toContain('Dalam rangka mewujudkan manajemen pemerintahan yang efektif');
    expect(text).toContain('dr. Andi Wijaya, M.Kes');
    expect(text).toContain('19750101 200003 1 001');
    expect(text).toContain('Pembina Utama Muda (IV/c)');
    expect(text).toContain('Gubernur Kalimantan Timur');
    expect(text).toContain('Samarinda, 31 Januari 2026');
    expect(text).toContain('Persentase persalinan di fasilitas kesehatan');
    expect(text).toContain('93,75');
    expect(text).toContain('80–90');
    expect(text).toContain('Renstra ditetapkan');
    expect(text).toMatch(/predikat\s+—\s+—\s+—\s+A\b/);
    expect(text).toContain('1.02.02.2.01.0001');
    expect(text).toContain('TOTAL');
    expect(text).toContain('1.234.567.000');
    expect(text).not.toContain('DRAF');
    expect(text).toMatch(/Halaman 1 dari \d/);
    expect(progress.at(-1)).toBe(1);
    // The font travels inside the file.
    const raw = latin1(bytes);
    expect(raw).toContain('FontFile2');
    expect(raw).toContain('DejaVuSerif');
  });

  it('marks a draft with DRAF and leaves place and date to be written', async () => {
    const input = pkInput();
    const bytes = await generatePkPdf({ ...input, agreement: { ...input.agreement, status: 'draft', signedOn: null, signedPlace: null } }, { fonts });
    const text = await pdfText(bytes);
    expect(text).toContain('DRAF');
    expect(text).toContain('.................... 2026');
  });

  it('adds the "Mendukung" column to the attachment only when the pemda prints it', async () => {
    const input = pkInput();
    const goals = input.goals.map((goal, g) => ({
      ...goal, indicators: goal.indicators.map((indicator, i) => ({ ...indicator, supportsName: g === 0 && i === 0 ? 'Indeks Kepuasan Masyarakat' : '' })),
    }));
    const off = await pdfText(await generatePkPdf({ ...input, goals }, { fonts }));
    expect(off).not.toContain('Mendukung');
    expect(off).not.toContain('Indeks Kepuasan Masyarakat');
    const on = await pdfText(await generatePkPdf({ ...input, goals, supportsColumn: true }, { fonts }));
    expect(on).toMatch(/Mendukung\s+\(IKU\/indikator\s+atasan\)/);
    expect(on).toMatch(/Persentase persalinan di\s.*Indeks Kepuasan\s+Masyarakat/s);
    // The other targets are still all there.
    expect(on).toContain('Renstra ditetapkan');
    expect(on).toContain('predikat');
    expect(on).toContain('80–90');
  });

  it('puts the tenant logo on the statement sheet', async () => {
    // 1×1 PNG
    const png = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
    const bytes = await generatePkPdf(pkInput({ logo: { bytes: png, mimeType: 'image/png' } }), { fonts });
    expect(latin1(bytes)).toMatch(/\/Subtype \/Image/);
    expect(await pdfText(bytes)).toContain('PERJANJIAN KINERJA TAHUN 2026');
  });

  it('a big PK (60 indicators, 80 budget lines) breaks across A4 pages with headers, progress and the right TOTAL', async () => {
    const progress: number[] = [];
    const bytes = await generatePkPdf(bigPkInput(), { fonts, onProgress: (f) => progress.push(f) });
    const pages = (await pdfText(bytes)).split('\n');
    expect(pages.length).toBeGreaterThanOrEqual(4);
    const attachment = pages.slice(1);
    // Every attachment page carries a table header (autotable repeats it on each page).
    for (const page of attachment) expect(page).toMatch(/Indikator Kinerja|Program\/Kegiatan\/Sub-kegiatan/);
    expect(pages.join('\n')).toContain('Indikator 12.5: persentase capaian layanan');
    expect(pages.join('\n')).toMatch(/TOTAL\s+6\.000\.000\.000/); // 10 programs × Rp 600 juta; kegiatan are not added again
    expect(pages.at(-1)).toContain(`Halaman ${pages.length} dari ${pages.length}`);
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });
});
