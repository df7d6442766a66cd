// Backup and restore of a whole installation: every row of every table and every stored file
// (evidence, signed scans, logos, unfinished uploads), one format for PGlite and PostgreSQL and for
// files on disk or in S3, so a backup of one kind restores into the other. `npm run admin -- backup
// <dir>` / `restore <dir>` (cli.ts). The directory:
//
//   manifest.json            written last: a directory without it is an unfinished backup
//   tables/<table>.jsonl     one row per line, as Postgres writes it (store/table-dump.ts)
//   files/<aa>/<sha256>      verified files, named by their sha256
//   partial/<key>            bytes of unfinished chunked uploads (partial_uploads rows)
//
// The manifest records the migration level (a restore needs the same one: rows of another schema
// would not fit), the row count and sha256 of every table file, and the sha256 and size of every
// file; restore re-checks all of them before it commits.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile, open as openFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import type { Store } from '../../store/connection';
import { checkBlobName, type BlobStorage } from '../evidence/blob-storage';

export const backupFormat = 'pantau-kinerja-backup';
export const backupVersion = 1;

const sha256Pattern = /^[0-9a-f]{64}$/;
const tableNamePattern = /^[a-z_][a-z0-9_]*$/;

const manifestSchema = z.object({
  format: z.literal(backupFormat),
  version: z.literal(backupVersion),
  createdAt: z.string(),
  database: z.object({
    kind: z.enum(['pglite', 'postgres']),
    migrations: z.object({ count: z.number().int().nonnegative(), last: z.string().nullable() }),
  }),
  tables: z.array(z.object({
    name: z.string().regex(tableNamePattern),
    rows: z.number().int().nonnegative(),
    bytes: z.number().int().nonnegative(),
    sha256: z.string().regex(sha256Pattern),
  })),
  files: z.array(z.object({ sha256: z.string().regex(sha256Pattern), size: z.number().int().nonnegative() })),
  partials: z.array(z.object({ key: z.string(), size: z.number().int().nonnegative(), sha256: z.string().regex(sha256Pattern) })),
});

export type BackupManifest = z.infer<typeof manifestSchema>;

export interface BackupSummary {
  manifest: BackupManifest;
  /** Rows over all tables. */
  rows: number;
  /** Bytes written or read: table files plus stored files. */
  bytes: number;
  ms: number;
}

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

const sha = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');
const tableFile = (dir: string, name: string) => join(dir, 'tables', `${name}.jsonl`);
const blobFile = (dir: string, sha256: string) => join(dir, 'files', sha256.slice(0, 2), sha256);
const partialFile = (dir: string, key: string) => join(dir, 'partial', checkBlobName(key));

async function readAll(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(parts);
}

async function isMissingOrEmpty(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
}

function summarise(manifest: BackupManifest, started: number): BackupSummary {
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  const bytes = manifest.tables.reduce((sum, t) => sum + t.bytes, 0)
    + manifest.files.reduce((sum, f) => sum + f.size, 0) + manifest.partials.reduce((sum, p) => sum + p.size, 0);
  return { manifest, rows, bytes, ms: Date.now() - started };
}

/**
 * Writes a backup of `store` and `storage` into `dir` (new or empty). PostgreSQL may keep serving
 * meanwhile: the rows come from one snapshot, and files are never changed or deleted once stored,
 * so those listed afterwards include every file the snapshot names.
 */
export async function createBackup(input: { store: Store; storage: BlobStorage; dir: string; now?: () => Date }): Promise<BackupSummary> {
  const { store, storage, dir } = input;
  const started = Date.now();
  if (!(await isMissingOrEmpty(dir))) throw new BackupError(`${dir} is not empty: give a new or empty directory for the backup`);
  await mkdir(join(dir, 'tables'), { recursive: true });

  const tables = new Map<string, { rows: number; bytes: number; hash: ReturnType<typeof createHash> }>();
  const handles = new Map<string, Awaited<ReturnType<typeof openFile>>>();
  let migrations: BackupManifest['database']['migrations'];
  try {
    migrations = await store.tables.exportTables(async (name, rows) => {
      let entry = tables.get(name);
      let handle = handles.get(name);
      if (!entry || !handle) {
        entry = { rows: 0, bytes: 0, hash: createHash('sha256') };
        handle = await openFile(tableFile(dir, name), 'wx');
        tables.set(name, entry);
        handles.set(name, handle);
      }
      // Postgres escapes newlines inside JSON strings, so one row is one line.
      const text = `${rows.join('\n')}\n`;
      entry.rows += rows.length;
      entry.bytes += Buffer.byteLength(text);
      entry.hash.update(text);
      await handle.write(text);
    });
  } finally {
    for (const handle of handles.values()) await handle.close();
  }
  // Every table is listed, an empty one too, so that restore can tell "empty" from "missing".
  const manifestTables: BackupManifest['tables'] = [];
  for (const table of await store.tables.listTables()) {
    const entry = tables.get(table.name);
    if (!entry) await writeFile(tableFile(dir, table.name), '', { flag: 'wx' });
    manifestTables.push({ name: table.name, rows: entry?.rows ?? 0, bytes: entry?.bytes ?? 0, sha256: entry ? entry.hash.digest('hex') : sha('') });
  }

  const files: BackupManifest['files'] = [];
  for (const name of await storage.listBlobs()) {
    const stream = await storage.open(name);
    if (!stream) continue; // listed, then gone: nothing deletes files, so only a hand could
    const bytes = await readAll(stream);
    // A file is named by its hash: a mismatch is damage in storage, worth stopping for.
    if (sha(bytes) !== name) throw new BackupError(`stored file ${name} does not match its sha256 (damaged in storage)`);
    await mkdir(join(blobFile(dir, name), '..'), { recursive: true });
    await writeFile(blobFile(dir, name), bytes, { flag: 'wx' });
    files.push({ sha256: name, size: bytes.length });
  }

  const partials: BackupManifest['partials'] = [];
  for (const key of (await storage.listPartialKeys()).sort()) {
    const bytes = await storage.readPartial(key);
    await mkdir(join(dir, 'partial'), { recursive: true });
    await writeFile(partialFile(dir, key), bytes, { flag: 'wx' });
    partials.push({ key, size: bytes.length, sha256: sha(bytes) });
  }

  const manifest: BackupManifest = {
    format: backupFormat,
    version: backupVersion,
    createdAt: (input.now?.() ?? new Date()).toISOString(),
    database: { kind: store.kind, migrations },
    tables: manifestTables,
    files,
    partials,
  };
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, { flag: 'wx' });
  return summarise(manifest, started);
}

export async function readManifest(dir: string): Promise<BackupManifest> {
  let text: string;
  try {
    text = await readFile(join(dir, 'manifest.json'), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new BackupError(`${dir} has no manifest.json: not a backup, or an unfinished one`);
    throw error;
  }
  const parsed = manifestSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new BackupError(`${dir}/manifest.json is not a backup manifest of version ${backupVersion}: ${parsed.error.message}`);
  return parsed.data;
}

/** Rows of a table file in pages of at most ~4 MB, so a large table never sits in memory whole. */
async function* pagesOf(path: string): AsyncIterable<string[]> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let page: string[] = [];
  let size = 0;
  for await (const line of lines) {
    if (line === '') continue;
    page.push(line);
    size += line.length;
    if (size >= 4_000_000 || page.length >= 5000) {
      yield page;
      page = [];
      size = 0;
    }
  }
  if (page.length > 0) yield page;
}

async function hashFile(path: string): Promise<{ sha256: string; bytes: number; lines: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  let lines = 0;
  for await (const chunk of createReadStream(path)) {
    const buffer = chunk as Buffer;
    hash.update(buffer);
    bytes += buffer.length;
    for (const byte of buffer) if (byte === 0x0a) lines += 1;
  }
  return { sha256: hash.digest('hex'), bytes, lines };
}

async function checkedFile(path: string, expected: { sha256: string; size: number }, what: string): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new BackupError(`${what} is missing from the backup (${path})`);
    throw error;
  }
  if (bytes.length !== expected.size || sha(bytes) !== expected.sha256) throw new BackupError(`${what} in the backup is damaged: its sha256 or size differs from the manifest`);
  return bytes;
}

/**
 * Restores the backup in `dir` into `store` and `storage`. The database must be empty (after its
 * migrations) unless `force`, which replaces every row. Nothing is written to the database until
 * every table file matches its sha256 and row count and the migration levels agree; the rows go
 * in one transaction that rolls back unless each table's count equals the manifest's. Files are
 * re-hashed before they are stored. Devices that synced after the backup hold cursors ahead of
 * the restored log: their next pull answers `reset`, they refetch and keep their outbox.
 */
export async function restoreBackup(input: { store: Store; storage: BlobStorage; dir: string; force?: boolean }): Promise<BackupSummary> {
  const { store, storage, dir } = input;
  const started = Date.now();
  const manifest = await readManifest(dir);

  const level = await store.tables.migrationLevel();
  const wanted = manifest.database.migrations;
  if (level.count !== wanted.count || level.last !== wanted.last) {
    throw new BackupError(
      `The backup was made at migration level ${wanted.count}, this database is at ${level.count}. ` +
        'Restore it with the version of Pantau Kinerja that made it, then start the newer version, which migrates the data.',
    );
  }
  const present = new Set((await store.tables.listTables()).map((t) => t.name));
  const inBackup = new Set(manifest.tables.map((t) => t.name));
  const differ = [...present].filter((n) => !inBackup.has(n)).concat([...inBackup].filter((n) => !present.has(n)));
  if (differ.length > 0) throw new BackupError(`The backup's tables differ from this database's: ${differ.join(', ')}`);

  for (const table of manifest.tables) {
    const found = await hashFile(tableFile(dir, table.name)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') throw new BackupError(`tables/${table.name}.jsonl is missing from the backup`);
      throw error;
    });
    if (found.sha256 !== table.sha256 || found.lines !== table.rows) {
      throw new BackupError(`tables/${table.name}.jsonl is damaged: its sha256 or row count differs from the manifest`);
    }
  }

  const counts = await store.tables.countRows();
  const held = Object.entries(counts).filter(([, n]) => n > 0);
  if (held.length > 0 && !input.force) {
    const rows = held.reduce((sum, [, n]) => sum + n, 0);
    throw new BackupError(
      `Restore goes into an empty database; this one holds ${rows} rows in ${held.length} tables (${held.map(([t]) => t).join(', ')}). ` +
        'Give --force to replace them all.',
    );
  }

  // Files before rows: stored files are content-addressed, so one stored ahead of a failed
  // restore is harmless, while rows naming a file that never arrived would not be.
  for (const file of manifest.files) {
    const bytes = await checkedFile(blobFile(dir, file.sha256), file, `file ${file.sha256}`);
    await storage.put(file.sha256, bytes);
  }
  for (const partial of manifest.partials) {
    const bytes = await checkedFile(partialFile(dir, partial.key), partial, `unfinished upload ${partial.key}`);
    await storage.discardPartial(partial.key);
    if (bytes.length > 0) await storage.appendPartial(partial.key, 0, bytes);
  }

  await store.tables.importTables((name) => pagesOf(tableFile(dir, name)), {
    replace: input.force === true,
    check(after) {
      const wrong = manifest.tables.filter((t) => after[t.name] !== t.rows);
      if (wrong.length > 0) {
        throw new BackupError(`Row counts after restore differ from the manifest (${wrong.map((t) => `${t.name}: ${after[t.name]} ≠ ${t.rows}`).join(', ')}); nothing was restored`);
      }
    },
  });
  return summarise(manifest, started);
}

/** Size of a backup directory's manifest-listed content, for the command's report. */
export async function backupDirSize(dir: string): Promise<number> {
  let total = 0;
  const walk = async (path: string): Promise<void> => {
    for (const entry of await readdir(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) await walk(full);
      else total += (await stat(full)).size;
    }
  };
  await walk(dir);
  return total;
}
