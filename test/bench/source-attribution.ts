// Which packages (and which of our folders) the bytes of a built chunk come from: walks the chunk's
// source map, so the answer is about the minified output, not the sources.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const base64Index = new Map([...base64].map((c, i) => [c, i]));

/** Decodes one source-map segment (base64 VLQ) into its numbers. */
function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = base64Index.get(char);
    if (digit === undefined) throw new Error(`bad VLQ character ${char}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** A source path reduced to what we can act on: `react-dom`, `zod`, `src/domain`, ... */
export function groupOf(source: string): string {
  const nodeModules = source.lastIndexOf('node_modules/');
  if (nodeModules >= 0) {
    const rest = source.slice(nodeModules + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? source);
  }
  const src = source.indexOf('src/');
  if (src >= 0) return source.slice(src).split('/').slice(0, 3).join('/');
  return source;
}

export interface Attribution {
  group: string;
  raw: number;
  gzip: number;
}

/**
 * Where the build keeps the source map of `path` (relative to `distDir`): beside dist, not in it,
 * so that it is never served (vite.config.ts, privateSourceMaps).
 */
export function sourceMapOf(distDir: string, path: string): string {
  return join(`${distDir.replace(/[\\/]+$/, '')}-sourcemaps`, `${path}.map`);
}

/** Bytes of `chunkPath` per group, using its source map; gzip is of each group's text alone. */
export function attributeChunk(chunkPath: string, mapPath: string, group: (source: string) => string = groupOf): Attribution[] {
  const code = readFileSync(chunkPath, 'utf8');
  const map = JSON.parse(readFileSync(mapPath, 'utf8')) as { sources: string[]; mappings: string };
  const lines = code.split('\n');
  const text = new Map<string, string[]>();
  let sourceIndex = 0;
  map.mappings.split(';').forEach((lineMappings, lineNumber) => {
    const line = lines[lineNumber] ?? '';
    let column = 0;
    const starts: { column: number; source: number | undefined }[] = [];
    for (const segment of lineMappings.split(',')) {
      if (!segment) continue;
      const [columnDelta = 0, sourceDelta] = decodeSegment(segment);
      column += columnDelta;
      if (sourceDelta !== undefined) sourceIndex += sourceDelta;
      starts.push({ column, source: sourceDelta === undefined ? undefined : sourceIndex });
    }
    starts.forEach((start, i) => {
      const end = starts[i + 1]?.column ?? line.length;
      const name = start.source === undefined ? '(unmapped)' : group(map.sources[start.source] ?? '?');
      const parts = text.get(name) ?? [];
      parts.push(line.slice(start.column, end));
      text.set(name, parts);
    });
  });
  return [...text.entries()]
    .map(([name, parts]) => {
      const joined = parts.join('');
      return { group: name, raw: Buffer.byteLength(joined), gzip: gzipSync(joined).length };
    })
    .sort((a, b) => b.raw - a.raw);
}
