// What a browser fetches from the production build before the first render: index.html, its
// entry script, the scripts it modulepreloads and its stylesheets. Lazy chunks (import()) are
// not in it; the service worker precaches them after the first visit.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BuiltFile {
  path: string;
  raw: number;
  gzip: number;
}

export interface FirstLoad {
  files: BuiltFile[];
  raw: number;
  gzip: number;
}

/** The first-load budget of issue 7, in bytes of gzip (kB = 1000 bytes, as vite reports; default gzip level, as the server compresses). */
export const firstLoadBudgetGzip = 150_000;

function measure(distDir: string, path: string): BuiltFile {
  const bytes = readFileSync(join(distDir, path));
  return { path, raw: bytes.length, gzip: gzipSync(bytes).length };
}

/** Paths (relative to dist/) of the entry script, modulepreloads and stylesheets in index.html. */
export function firstLoadPaths(html: string): string[] {
  const paths = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isEntry = tag.startsWith('<script') && /\btype="module"/.test(tag);
    const isLink = /\brel="(modulepreload|stylesheet)"/.test(tag);
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if ((isEntry || isLink) && url && !/^https?:/.test(url)) paths.add(url.replace(/^\//, ''));
  }
  return [...paths];
}

export function measureFirstLoad(distDir = 'dist'): FirstLoad {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = [measure(distDir, 'index.html'), ...firstLoadPaths(html).map((p) => measure(distDir, p))];
  return {
    files,
    raw: files.reduce((sum, f) => sum + f.raw, 0),
    gzip: files.reduce((sum, f) => sum + f.gzip, 0),
  };
}

/** Every other script and stylesheet of the build: what loads on demand. */
export function measureLazyChunks(distDir = 'dist'): BuiltFile[] {
  const first = new Set(measureFirstLoad(distDir).files.map((f) => f.path));
  return readdirSync(join(distDir, 'assets'))
    .filter((name) => /\.(js|css)$/.test(name))
    .map((name) => `assets/${name}`)
    .filter((path) => !first.has(path))
    .map((path) => measure(distDir, path))
    .sort((a, b) => b.gzip - a.gzip);
}

export const kB = (bytes: number): string => (bytes / 1000).toFixed(1);
