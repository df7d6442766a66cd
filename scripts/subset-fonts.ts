// Regenerates the PDF fonts in public/fonts/ from the full DejaVu Serif in fonts/: only the
// characters of scripts/pdf-font-characters.ts, without hinting (a PDF viewer does not need it) and
// without layout tables (jsPDF neither shapes nor kerns an embedded font). The service worker
// precaches public/fonts, so every byte here is fetched by every tablet at install: the two full
// fonts were 415 kB gzip, the subsets ~41 kB (docs/performance.md).
//
//   npx tsx scripts/subset-fonts.ts           writes the subsets
//   npx tsx scripts/subset-fonts.ts --check   exits 1 when a committed subset differs from a fresh one
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import subsetFont from 'subset-font';
import { pdfFontText } from './pdf-font-characters';

const fontNames = ['DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf'] as const;
const fullDir = resolve(import.meta.dirname, '../fonts');
const subsetDir = resolve(import.meta.dirname, '../public/fonts');

/** The subset of one full font (same bytes for the same input: harfbuzz's output is deterministic). */
export function subsetPdfFont(full: Buffer): Promise<Buffer> {
  return subsetFont(full, pdfFontText(), {
    targetFormat: 'truetype',
    noHinting: true,
    keepFeatures: [],
    dropTables: ['GSUB', 'GPOS', 'GDEF', 'kern', 'hdmx', 'VDMX', 'LTSH', 'gasp', 'DSIG', 'FFTM'],
  });
}

async function main(check: boolean): Promise<void> {
  let stale = 0;
  for (const name of fontNames) {
    const full = readFileSync(resolve(fullDir, name));
    const subset = await subsetPdfFont(full);
    const target = resolve(subsetDir, name);
    if (check) {
      const same = existsSync(target) && readFileSync(target).equals(subset);
      if (!same) stale += 1;
      console.log(`${name}: ${same ? 'up to date' : 'differs from a fresh subset'}`);
    } else {
      writeFileSync(target, subset);
      console.log(`${name}: ${full.length} → ${subset.length} bytes`);
    }
  }
  if (stale > 0) {
    console.error('Run `npx tsx scripts/subset-fonts.ts` and commit public/fonts.');
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main(process.argv.includes('--check'));
