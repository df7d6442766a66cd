// The PDF fonts are subsets (scripts/subset-fonts.ts): every character the documents may need
// still prints and reads back, the committed subsets are what the script makes from the full fonts
// in fonts/, and they are small. pdfjs reads the text back through the glyphs jsPDF embedded.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPdf, pdfBytes, setText } from '../../../src/client/documents/pdf-base';
import type { DocumentFonts } from '../../../src/client/documents/assets';
import { pdfFontText } from '../../../scripts/pdf-font-characters';
import { subsetPdfFont } from '../../../scripts/subset-fonts';
import { diskFonts, pdfText } from './support';

/** Prints `text` in lines of 40 characters, regular and bold; returns what pdfjs reads back, without spaces. */
async function roundTrip(fonts: DocumentFonts, text: string): Promise<{ regular: string; bold: string }> {
  const doc = createPdf('portrait', fonts, { title: 'Uji huruf', subject: 'Uji huruf' });
  const chars = [...text];
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += 40) lines.push(chars.slice(i, i + 40).join(''));
  for (const style of ['normal', 'bold'] as const) {
    setText(doc, 9, style);
    lines.forEach((line, i) => doc.text(line, 15, 15 + i * 4));
    doc.addPage();
  }
  const [regular = '', bold = ''] = (await pdfText(pdfBytes(doc))).split('\n');
  const strip = (s: string) => s.replace(/\s/g, '');
  return { regular: strip(regular), bold: strip(bold) };
}

/** Characters a viewer can read back; spaces (blank glyphs) and controls set aside. */
const printable = [...pdfFontText()].filter((c) => /\S/.test(c) && !/\p{Cf}/u.test(c));

const fullDir = resolve(__dirname, '../../../fonts');
/** The full DejaVu Serif (fonts/), which the subsets are made from. */
const fullFonts = (): DocumentFonts => ({
  regular: new Uint8Array(readFileSync(resolve(fullDir, 'DejaVuSerif.ttf'))),
  bold: new Uint8Array(readFileSync(resolve(fullDir, 'DejaVuSerif-Bold.ttf'))),
});

describe('PDF fonts (subsets of DejaVu Serif)', () => {
  it('print and read back every character of their set that the full font has, regular and bold', async () => {
    const full = await roundTrip(fullFonts(), printable.join(''));
    const subset = await roundTrip(diskFonts(), printable.join(''));
    for (const style of ['regular', 'bold'] as const) {
      const expected = printable.filter((c) => full[style].includes(c));
      expect(expected.length).toBeGreaterThan(400);
      expect(expected.filter((c) => !subset[style].includes(c))).toEqual([]);
    }
  }, 60_000);

  it('cover Indonesian names and the documents\' symbols', async () => {
    const sample = 'Rp1.234.567,89 — “Mas’ud” Çağlar Łódź Škoda 25 °C 10 m² ±5% ≤ 90 ≥ 80 × 4 → TW II … • ‰ € №';
    const { regular } = await roundTrip(diskFonts(), sample);
    expect(regular).toBe(sample.replace(/\s/g, ''));
  }, 60_000);

  it('leave out what no document needs, which the full font prints (so the checks above can fail)', async () => {
    expect((await roundTrip(fullFonts(), 'Жω')).regular).toBe('Жω');
    const { regular } = await roundTrip(diskFonts(), 'Жω');
    expect(regular).not.toContain('Ж');
    expect(regular).not.toContain('ω');
  }, 60_000);

  it('are what scripts/subset-fonts.ts makes from fonts/, and small', async () => {
    const committed = diskFonts();
    for (const [name, bytes] of [['DejaVuSerif.ttf', committed.regular], ['DejaVuSerif-Bold.ttf', committed.bold]] as const) {
      const fresh = await subsetPdfFont(readFileSync(resolve(fullDir, name)));
      expect(Buffer.from(bytes).equals(fresh), `${name}: run npx tsx scripts/subset-fonts.ts`).toBe(true);
      expect(bytes.length).toBeLessThan(50_000);
    }
  }, 60_000);
});
