// Part 1, size: what the login and home routes load before the first render (raw and gzip), each
// lazy chunk, and which packages the bytes come from (via the source maps).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { firstLoadBudgetGzip, loginBudgetGzip, measureFirstLoad, measureLazyChunks } from '../support/first-load';
import { measurePrecache, precacheBudgetGzip, precachePart } from '../support/precache';
import { attributeChunk, sourceMapOf } from './source-attribution';
import { describeEnvironment } from './environment';
import { verdict, type PartResult } from './report';

const kB = (bytes: number) => bytes / 1000;

function topSources(path: string, count = 3): string {
  const map = sourceMapOf('dist', path);
  if (!path.endsWith('.js') || !existsSync(map)) return '';
  return attributeChunk(join('dist', path), map).filter((a) => a.group !== '(unmapped)').slice(0, count)
    .map((a) => `${a.group} ${kB(a.raw).toFixed(1)}`).join(', ');
}

export async function runSizeBench(distDir = 'dist'): Promise<PartResult> {
  const startedAt = new Date().toISOString();
  const t0 = performance.now();
  const first = measureFirstLoad(distDir);
  const lazy = measureLazyChunks(distDir);
  const byPackage = new Map<string, { raw: number; gzip: number }>();
  for (const file of first.files.filter((f) => f.path.endsWith('.js') && existsSync(sourceMapOf(distDir, f.path)))) {
    for (const a of attributeChunk(join(distDir, file.path), sourceMapOf(distDir, file.path))) {
      const sum = byPackage.get(a.group) ?? { raw: 0, gzip: 0 };
      byPackage.set(a.group, { raw: sum.raw + a.raw, gzip: sum.gzip + a.gzip });
    }
  }
  const packages = [...byPackage].sort((a, b) => b[1].raw - a[1].raw);
  const precache = measurePrecache(distDir);
  const parts = new Map<string, { files: number; raw: number; gzip: number }>();
  for (const f of precache.files) {
    const sum = parts.get(precachePart(f.path)) ?? { files: 0, raw: 0, gzip: 0 };
    parts.set(precachePart(f.path), { files: sum.files + 1, raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip });
  }
  return {
    part: 'size', startedAt, durationMs: performance.now() - t0, environment: describeEnvironment(),
    figures: {
      firstLoad: first, lazy, budgetGzip: firstLoadBudgetGzip, byPackage: Object.fromEntries(packages),
      precache: { raw: precache.raw, gzip: precache.gzip, budgetGzip: precacheBudgetGzip, worker: precache.worker, parts: Object.fromEntries(parts), files: precache.files },
    },
    tables: [
      {
        title: 'First load (login and home, before first render): index.html\'s files, then the app behind the login (full-app.tsx)',
        columns: ['file', 'raw (kB)', 'gzip (kB)', 'largest sources (raw kB)'],
        rows: [...first.files.map((f) => [f.path, kB(f.raw), kB(f.gzip), topSources(f.path)]),
          ['of which the login form (index.html and its preloads: all a first visit needs)', kB(first.login.raw), kB(first.login.gzip), `login budget ${kB(loginBudgetGzip)} kB gzip: ${verdict(first.login.gzip <= loginBudgetGzip)}`],
          ['total', kB(first.raw), kB(first.gzip), `budget ${kB(firstLoadBudgetGzip)} kB gzip: ${verdict(first.gzip <= firstLoadBudgetGzip)}`]],
      },
      {
        title: 'First load by package (from source maps; gzip of each part alone, so it does not add up exactly)',
        columns: ['package / folder', 'raw (kB)', 'gzip (kB)'],
        rows: packages.filter(([, s]) => s.raw >= 1000).map(([name, s]) => [name, kB(s.raw), kB(s.gzip)]),
      },
      {
        title: 'Lazy chunks (loaded on demand; precached by the service worker)',
        columns: ['file', 'raw (kB)', 'gzip (kB)', 'largest sources (raw kB)'],
        rows: lazy.map((f) => [f.path, kB(f.raw), kB(f.gzip), topSources(f.path)]),
        notes: ['the PDF (jspdf), spreadsheet (write-excel-file, read-excel-file) and chart (chart.js) chunks load only when a document or chart is made'],
      },
      {
        title: 'Precache (what the service worker fetches on install, each file gzip as the server sends it)',
        columns: ['part', 'files', 'raw (kB)', 'gzip (kB)', 'largest (gzip kB)'],
        rows: [...[...parts].sort((a, b) => b[1].gzip - a[1].gzip).map(([name, p]) => [name, p.files, kB(p.raw), kB(p.gzip),
          precache.files.filter((f) => precachePart(f.path) === name).slice(0, 3).map((f) => `${f.path} ${kB(f.gzip).toFixed(1)}`).join(', ')]),
        ['total', precache.files.length, kB(precache.raw), kB(precache.gzip), `budget ${kB(precacheBudgetGzip)} kB gzip: ${verdict(precache.gzip <= precacheBudgetGzip)}`],
        ['sw.js (fetched to install the worker; not in its own precache)', 1, kB(precache.worker.raw), kB(precache.worker.gzip), '']],
      },
    ],
  };
}
