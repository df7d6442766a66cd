// What a browser fetches from the production build before the first render of the login and home
// screens: index.html, its entry script, the scripts it modulepreloads and its stylesheets (the
// login form), plus the app behind the login (src/client/full-app.tsx, an import() of the entry)
// with its static imports, found in vite's manifest. Other lazy chunks are not in it; the service
// worker precaches them after the first visit.
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
  /** Of those, what the login form needs (a first visit fetches only these before it shows). */
  login: { raw: number; gzip: number };
}

/**
 * What a first visit fetches before the login form shows: index.html's part alone. It holds the
 * login form and React, no Dexie, router or signed-in screens (src/client/app-shell.tsx); ~83 kB
 * when it was split off, so this catches the split being undone by an import.
 */
export const loginBudgetGzip = 100_000;

/** The module whose chunk holds everything behind the login form. */
export const fullAppModule = 'src/client/full-app.tsx';

interface ManifestChunk {
  file: string;
  name?: string;
  imports?: string[];
  css?: string[];
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

/** The files of a manifest entry and of everything it imports statically, css included. */
export function chunkClosure(manifest: Record<string, ManifestChunk>, key: string): string[] {
  const files = new Set<string>();
  const visit = (k: string) => {
    const chunk = manifest[k];
    if (!chunk) throw new Error(`${k} is not in vite's manifest`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const next of chunk.imports ?? []) visit(next);
  };
  visit(key);
  return [...files];
}

/**
 * The manifest key of full-app.tsx's chunk: the module's own key, or, when vite.config's chunk
 * group has put it into the chunk named 'full-app' with the modules it shares, that chunk's.
 */
export function fullAppChunkKey(manifest: Record<string, ManifestChunk>): string {
  if (manifest[fullAppModule]) return fullAppModule;
  const grouped = Object.keys(manifest).filter((k) => manifest[k]?.name === 'full-app');
  if (grouped.length !== 1) throw new Error(`${fullAppModule} is in no chunk of vite's manifest (chunks named full-app: ${grouped.length})`);
  return grouped[0] as string;
}

export function measureFirstLoad(distDir = 'dist'): FirstLoad {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const loginPaths = firstLoadPaths(html);
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const homePaths = chunkClosure(manifest, fullAppChunkKey(manifest)).filter((p) => !loginPaths.includes(p));
  const login = [measure(distDir, 'index.html'), ...loginPaths.map((p) => measure(distDir, p))];
  const files = [...login, ...homePaths.map((p) => measure(distDir, p))];
  const sum = (list: BuiltFile[], key: 'raw' | 'gzip') => list.reduce((total, f) => total + f[key], 0);
  return { files, raw: sum(files, 'raw'), gzip: sum(files, 'gzip'), login: { raw: sum(login, 'raw'), gzip: sum(login, 'gzip') } };
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
