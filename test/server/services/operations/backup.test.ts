// Backup and restore (services/operations/backup.ts, `npm run admin -- backup|restore`), on PGlite and on
// PostgreSQL: a world with realisations and an evidence file pushed by a real client device is
// backed up, wiped (the database dropped, the files deleted), restored into a new empty database,
// and every row of every table and every file is compared with what was there at backup time.
// The device kept syncing with the old server after the backup, so its cursor is ahead of the
// restored one: its next pull answers `reset`, it refetches and its outbox still reaches the server.
import 'fake-indexeddb/auto';
import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { promisify } from 'node:util';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentPath } from '../../../../src/api/routes';
import { saveRealisation } from '../../../../src/client/db/realisation-repository';
import type { SyncTransport } from '../../../../src/client/sync/transport';
import { buildApp } from '../../../../src/server/app';
import { createBackup, readManifest, restoreBackup, type BackupManifest } from '../../../../src/server/services/operations/backup';
import type { BlobStorage } from '../../../../src/server/services/evidence/blob-storage';
import { createDiskBlobStorage } from '../../../../src/server/services/evidence/disk-blob-storage';
import { createS3BlobStorage } from '../../../../src/server/services/evidence/s3-blob-storage';
import { buildDemoData } from '../../../../src/server/seed/demo-data';
import { seedDemoData } from '../../../../src/server/seed/seed';
import { openStore, type Store } from '../../../../src/server/store/connection';
import { createInjectFetch, type InjectFetch } from '../../../support/inject-fetch';
import { attachPhoto, jpegBytes, sha256Hex } from '../../../support/evidence-bytes';
import { createTestServer, csrf, loginAs } from '../../../support/server-app';
import { addIndicator, addIndicators } from '../../../support/server-inspect';
import { createTestStore, type TestStore } from '../../../support/server-store';
import { withSharedHashes } from '../../../support/password-hash';
import { entry, openDevice } from '../../../support/sync-devices';

const onPostgres = process.env.TEST_DB === 'postgres';
const run = promisify(execFile);
const temporaryDirs: string[] = [];

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  temporaryDirs.push(dir);
  return dir;
}

afterAll(async () => {
  for (const dir of temporaryDirs) await rm(dir, { recursive: true, force: true });
});

/** Every row of every table, in key order, as Postgres writes it: the thing compared. */
async function allRows(store: Store): Promise<Map<string, string[]>> {
  const tables = new Map<string, string[]>();
  for (const t of await store.tables.listTables()) tables.set(t.name, []);
  await store.tables.exportTables(async (table, rows) => { tables.get(table)!.push(...rows); });
  return tables;
}

async function bytesOf(stream: Readable | null): Promise<Buffer | null> {
  if (!stream) return null;
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(parts);
}

describe('backup, wipe, restore with files on disk', () => {
  const photo = jpegBytes(48_000);
  let backupDir = '';
  let atBackup = new Map<string, string[]>();
  let manifest: BackupManifest;
  let lastRevAtBackup = 0;
  let tenantId = '';
  let restored: TestStore | null = null;

  afterAll(async () => {
    await restored?.cleanup();
  });

  it('restores every row and every file, and a device ahead of it refetches and keeps its outbox', async () => {
    const filesA = createDiskBlobStorage(await tempDir('pk-files-a-'));
    const server = await createTestServer({ blobStorage: filesA });
    let serverClosed = false;
    try {
      tenantId = server.world.tenant.id;
      const indicator = await addIndicator(server);
      // The device talks to whichever app is current: the old server, then the restored one.
      let target: InjectFetch | null = null;
      const pulls: string[] = [];
      const d = await openDevice(server, 'operator.a', {
        wrapFetch: (inner) => ((input: RequestInfo | URL, init?: RequestInit) => (target ?? { fetch: inner }).fetch(input, init)) as typeof fetch,
        wrapTransport: (t): SyncTransport => ({ ...t, pull: async (q) => { const r = await t.pull(q); pulls.push(r.kind); return r; } }),
      });
      try {
        await d.engine.syncNow();
        const q1 = await saveRealisation(d.db, d.actor, entry(indicator.id, 1, 5, 'dari tablet'));
        await saveRealisation(d.db, d.actor, entry(indicator.id, 2, 6));
        await attachPhoto(d.db, d.actor, q1.id, photo);
        await d.engine.syncNow();
        expect(await d.db.outbox.count()).toBe(0);
        expect(await server.store.findRealisationByKey(indicator.id, 1)).toMatchObject({ value: 5 });

        backupDir = await tempDir('pk-backup-');
        await rm(backupDir, { recursive: true }); // the command makes it
        lastRevAtBackup = await server.store.getLastRev(tenantId);
        atBackup = await allRows(server.store);
        manifest = (await createBackup({ store: server.store, storage: filesA, dir: backupDir })).manifest;
        expect(manifest.files).toContainEqual({ sha256: sha256Hex(photo), size: photo.length });
        for (const t of manifest.tables) expect(t.rows, t.name).toBe(atBackup.get(t.name)!.length);
        expect(manifest.tables.find((t) => t.name === 'evidence')?.rows).toBeGreaterThan(0);

        // After the backup the old server goes on: the device syncs more (then lost with the
        // restore), other writes move the tenant's log further, and one value waits in the outbox.
        await saveRealisation(d.db, d.actor, entry(indicator.id, 3, 7));
        await addIndicators(server, 5);
        await d.engine.syncNow();
        const cursorBefore = await server.store.getLastRev(tenantId);
        expect(cursorBefore).toBeGreaterThan(lastRevAtBackup + 5);
        await saveRealisation(d.db, d.actor, entry(indicator.id, 4, 8));
        expect(await d.db.outbox.count()).toBe(1);

        // Wipe: the database dropped (PostgreSQL) or gone with its process (PGlite), files deleted.
        await server.cleanup();
        serverClosed = true;

        restored = await createTestStore();
        const filesB = createDiskBlobStorage(await tempDir('pk-files-b-'));
        expect((await restored.store.tables.countRows())).toSatisfy((c: Record<string, number>) => Object.values(c).every((n) => n === 0));
        const result = await restoreBackup({ store: restored.store, storage: filesB, dir: backupDir });
        expect(result.rows).toBe([...atBackup.values()].reduce((s, r) => s + r.length, 0));

        // Every row of every table, byte for byte as Postgres writes it, and the tenant's cursor.
        expect(await allRows(restored.store)).toEqual(atBackup);
        expect(await restored.store.getLastRev(tenantId)).toBe(lastRevAtBackup);
        // Every file, byte for byte.
        for (const file of manifest.files) expect((await bytesOf(await filesB.open(file.sha256)))?.length, file.sha256).toBe(file.size);
        expect((await bytesOf(await filesB.open(sha256Hex(photo))))?.equals(Buffer.from(photo))).toBe(true);

        // The restored server: same sessions (the device's cookie still works), same files.
        const appB = await buildApp({ store: restored.store, config: { secureCookies: true, logger: false, blobStorage: filesB } });
        try {
          const jarB = createInjectFetch(appB);
          for (const [name, value] of d.jar.cookies) jarB.cookies.set(name, value);
          target = jarB;
          pulls.length = 0;
          await d.engine.syncNow();
          expect(d.engine.getState().phase).toBe('idle');
          expect(pulls).toContain('reset');
          // The outbox reached the restored server; what it lost after the backup is gone on the device too.
          expect(await d.db.outbox.count()).toBe(0);
          expect(await restored.store.findRealisationByKey(indicator.id, 4)).toMatchObject({ value: 8 });
          expect(await restored.store.findRealisationByKey(indicator.id, 3)).toBeNull();
          const local = (await d.db.realisations.where('indicatorId').equals(indicator.id).toArray()).map((r) => [r.quarter, r.value]).sort();
          expect(local).toEqual([[1, 5], [2, 6], [4, 8]]);
          expect(await d.db.evidence.count()).toBeGreaterThan(0);
          const cookie = await loginAs(appB, 'operator.a');
          const file = await appB.inject({ method: 'GET', url: attachmentPath(sha256Hex(photo)), headers: { cookie } });
          expect(file.statusCode).toBe(200);
          expect(file.rawPayload.equals(Buffer.from(photo))).toBe(true);
        } finally {
          target = null;
          await appB.close();
        }
      } finally {
        await d.destroy();
      }
    } finally {
      if (!serverClosed) await server.cleanup();
    }
  }, 120_000);

  it('refuses a non-empty database unless forced, and a damaged or mismatched backup before writing', async () => {
    if (!restored) throw new Error('runs after the restore above');
    const store = restored.store;
    const files = createDiskBlobStorage(await tempDir('pk-files-c-'));
    await expect(restoreBackup({ store, storage: files, dir: backupDir })).rejects.toThrow(/empty database.*--force/s);
    // --force replaces everything with the backup's rows (the push made after the restore goes).
    await restoreBackup({ store, storage: files, dir: backupDir, force: true });
    expect(await allRows(store)).toEqual(atBackup);

    const fresh = await createTestStore();
    try {
      const damaged = await tempDir('pk-backup-damaged-');
      await cp(backupDir, damaged, { recursive: true });
      const tableFile = join(damaged, 'tables', 'realisations.jsonl');
      await writeFile(tableFile, (await readFile(tableFile, 'utf8')).replace('"value":5', '"value":9'));
      await expect(restoreBackup({ store: fresh.store, storage: files, dir: damaged })).rejects.toThrow(/realisations\.jsonl is damaged/);

      const oneFile = await tempDir('pk-backup-file-');
      await cp(backupDir, oneFile, { recursive: true });
      const sha = sha256Hex(photo);
      await writeFile(join(oneFile, 'files', sha.slice(0, 2), sha), Buffer.from(photo).subarray(0, 1000));
      await expect(restoreBackup({ store: fresh.store, storage: files, dir: oneFile })).rejects.toThrow(/damaged/);

      const older = await tempDir('pk-backup-older-');
      await cp(backupDir, older, { recursive: true });
      const m = await readManifest(older);
      await writeFile(join(older, 'manifest.json'), JSON.stringify({ ...m, database: { ...m.database, migrations: { ...m.database.migrations, count: m.database.migrations.count - 1 } } }));
      await expect(restoreBackup({ store: fresh.store, storage: files, dir: older })).rejects.toThrow(/migration level/);

      // Nothing of the refused restores reached the database.
      expect(Object.values(await fresh.store.tables.countRows()).every((n) => n === 0)).toBe(true);
      await expect(createBackup({ store: fresh.store, storage: files, dir: backupDir })).rejects.toThrow(/not empty/);
    } finally {
      await fresh.cleanup();
    }
  });
});

describe('backup and restore with files in S3', () => {
  let s3rver: S3rver;
  let endpoint = '';
  beforeAll(async () => {
    const dir = await tempDir('pk-s3rver-');
    s3rver = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: 'pantau-backup', configs: [] }] });
    endpoint = `http://127.0.0.1:${((await s3rver.run()) as AddressInfo).port}`;
  });
  afterAll(async () => {
    await s3rver?.close();
  });
  const bucket = (prefix: string): BlobStorage => createS3BlobStorage({
    bucket: 'pantau-backup', endpoint, region: 'us-east-1', forcePathStyle: true, prefix, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER',
  });

  it('copies every file and unfinished upload out of the bucket and back into an empty one', async () => {
    const source = bucket(`src-${randomUUID()}`);
    const server = await createTestServer({ blobStorage: source });
    const target = await createTestStore();
    try {
      const cookie = await loginAs(server.app, 'operator.a');
      const photos = [jpegBytes(20_000), jpegBytes(31_000)];
      for (const bytes of photos) {
        const put = await server.app.inject({ method: 'PUT', url: attachmentPath(sha256Hex(bytes)), payload: Buffer.from(bytes), headers: { cookie, ...csrf, 'content-type': 'image/jpeg' } });
        expect(put.statusCode, put.body).toBeLessThan(300);
      }
      const partialKey = `${randomUUID()}-abc`;
      await source.appendPartial(partialKey, 0, Buffer.from('half an upload'));

      const dir = join(await tempDir('pk-backup-s3-'), 'b');
      const rows = await allRows(server.store);
      const { manifest } = await createBackup({ store: server.store, storage: source, dir });
      expect(manifest.files.map((f) => f.sha256).sort()).toEqual(photos.map(sha256Hex).sort());
      expect(manifest.partials).toEqual([{ key: partialKey, size: 14, sha256: createHash('sha256').update('half an upload').digest('hex') }]);

      const emptyBucket = bucket(`dst-${randomUUID()}`);
      expect(await emptyBucket.listBlobs()).toEqual([]);
      await restoreBackup({ store: target.store, storage: emptyBucket, dir });
      expect(await allRows(target.store)).toEqual(rows);
      for (const bytes of photos) expect((await bytesOf(await emptyBucket.open(sha256Hex(bytes))))?.equals(Buffer.from(bytes))).toBe(true);
      expect((await emptyBucket.readPartial(partialKey)).toString()).toBe('half an upload');
    } finally {
      await target.cleanup();
      await server.cleanup();
    }
  }, 120_000);
});

// The command end to end, on the embedded database (PostgreSQL goes through the same service).
describe.runIf(!onPostgres)('npm run admin -- backup / restore (PGlite in DATA_DIR)', () => {
  const cli = (args: string[], dataDir: string) => run('npx', ['tsx', 'src/server/cli.ts', ...args], {
    cwd: process.cwd(), env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', S3_BUCKET: '' }, encoding: 'utf8', timeout: 120_000,
  });
  const failure = async (promise: Promise<unknown>): Promise<{ code: number; stderr: string }> => {
    try {
      await promise;
    } catch (error) {
      const e = error as { code: number; stderr: string };
      return { code: e.code, stderr: e.stderr };
    }
    throw new Error('the command succeeded');
  };

  it('backs up the demo data, refuses while the data directory is open, restores into another one', async () => {
    const source = await tempDir('pk-cli-src-');
    const copy = await tempDir('pk-cli-dst-');
    const dir = join(await tempDir('pk-cli-backup-'), 'backup');
    const photo = jpegBytes(64_000);
    let store = await openStore({ dataDir: source });
    try {
      const demo = buildDemoData({ now: new Date() });
      await seedDemoData(store, { ...demo, users: await withSharedHashes(demo.users) });
      await createDiskBlobStorage(join(source, 'attachments')).put(sha256Hex(photo), Buffer.from(photo));
      // A server holding the directory: the command stops and says why.
      const refused = await failure(cli(['backup', dir], source));
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('stop the server first');
    } finally {
      await store.close();
    }

    let started = Date.now();
    const backup = await cli(['backup', dir], source);
    const backupMs = Date.now() - started;
    expect(backup.stdout).toContain('Backup written to');
    started = Date.now();
    const restore = await cli(['restore', dir], copy);
    const restoreMs = Date.now() - started;
    expect(restore.stdout).toContain('Restored from');
    console.log(`demo data: backup ${backupMs} ms, restore ${restoreMs} ms (each with tsx start-up)\n${backup.stdout}${restore.stdout}`);

    const again = await failure(cli(['restore', dir], copy));
    expect(again.stderr).toMatch(/empty database/);
    await cli(['restore', dir, '--force'], copy);

    store = await openStore({ dataDir: source });
    const before = await allRows(store);
    await store.close();
    store = await openStore({ dataDir: copy });
    try {
      expect(await allRows(store)).toEqual(before);
      expect((await bytesOf(await createDiskBlobStorage(join(copy, 'attachments')).open(sha256Hex(photo))))?.equals(Buffer.from(photo))).toBe(true);
    } finally {
      await store.close();
    }
  }, 240_000);
});
