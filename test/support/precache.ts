// What the service worker precaches, as a tablet fetches it on install: the manifest that
// vite-plugin-pwa injected into dist/sw.js (vite.config.ts, injectManifest.globPatterns), each URL
// once, each file gzip-compressed as the server sends it (@fastify/compress; default level, as
// first-load.ts). sw.js itself is fetched too but is not in its own precache: reported apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BuiltFile } from './first-load';

/**
 * A tablet on a weak link installs the whole app within 600 kB gzip; 610 since the oversight round
 * (issue 15), with the admin screen no longer precached; 625 since cascading and the entry checks
 * (the pohon kinerja screen, the link picker, the matriks XLSX, plausibility: +12.5 kB;
 * docs/performance.md); 650 since the LKE and the documents of issues 19 and 20 (the LKE screens,
 * the LHE and its recap, the cascading PDFs, the LKjIP section: +25 kB; the LKjIP's Word writer,
 * 100 kB, is kept out: cached on first use); 660 since the pemda's LKE template, bukti dukung on LKE
 * answers offline, the recommendations' follow-up on the home screen and the RPJMD's visi and misi
 * in the pohon kinerja (+9.9 kB; the editors of the template and the plan are admin-only, not precached);
 * 665 since the pemda's IKU figures page, the links on the PK, its print and its import, and the
 * plan's targets on the tree (+4.3 kB).
 */
export const precacheBudgetGzip = 665_000;

export interface Precache {
  files: BuiltFile[];
  raw: number;
  gzip: number;
  /** sw.js, which the browser fetches to install the worker (not in the precache list). */
  worker: BuiltFile;
}

/** The URLs of the precache manifest in a built sw.js, each once, in the manifest's order. */
export function precacheUrls(swSource: string): string[] {
  const urls = [...swSource.matchAll(/\{"revision":(?:"[0-9a-f]+"|null),"url":"([^"]+)"\}/g)].map((m) => m[1] ?? '');
  if (urls.length === 0) throw new Error('no precache manifest in sw.js (did vite-plugin-pwa inject it?)');
  return [...new Set(urls)];
}

/** A category for the per-part summary: fonts, the PDF library, other scripts, styles, the rest. */
export function precachePart(path: string): string {
  if (path.startsWith('fonts/')) return 'PDF fonts';
  if (/\.css$/.test(path)) return 'stylesheets';
  if (/\.js$/.test(path)) return 'scripts';
  return 'html, icons, manifest';
}

export function measurePrecache(distDir = 'dist'): Precache {
  const measure = (path: string): BuiltFile => {
    const bytes = readFileSync(join(distDir, path));
    return { path, raw: bytes.length, gzip: gzipSync(bytes).length };
  };
  const files = precacheUrls(readFileSync(join(distDir, 'sw.js'), 'utf8')).map(measure).sort((a, b) => b.gzip - a.gzip);
  return {
    files,
    raw: files.reduce((sum, f) => sum + f.raw, 0),
    gzip: files.reduce((sum, f) => sum + f.gzip, 0),
    worker: measure('sw.js'),
  };
}
