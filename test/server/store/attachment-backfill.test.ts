// Migration 0008 on a database that already holds files: each file received before possession was
// recorded is held by the unit its uploader is in, so units keep naming their own files after the
// upgrade, and no other unit gains anything.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../../src/server/seed/seed';
import { createTableDump } from '../../../src/server/store/table-dump';
import type { Store } from '../../../src/server/store/connection';
import type { Db } from '../../../src/server/store/db';
import { createQueries, createTx } from '../../../src/server/store/queries';
import { buildWorld } from '../../support/server-factories';
import { withSharedHashes } from '../../support/password-hash';

const migrations = fileURLToPath(new URL('../../../src/server/store/migrations', import.meta.url));
let before: string;
let client: PGlite;

/** The migrations folder as it was before 0008 (same files, journal cut at 0007). */
async function migrationsBefore0008(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pk-migrations-'));
  await cp(migrations, dir, { recursive: true, filter: (source) => !/0008_/.test(source) });
  const journal = JSON.parse(await readFile(join(migrations, 'meta', '_journal.json'), 'utf8')) as { entries: Array<{ idx: number }> };
  journal.entries = journal.entries.filter((e) => e.idx < 8);
  await writeFile(join(dir, 'meta', '_journal.json'), JSON.stringify(journal));
  return dir;
}

beforeAll(async () => { before = await migrationsBefore0008(); });
afterAll(async () => {
  await client?.close();
  await rm(before, { recursive: true, force: true });
});

describe('migration 0008 (attachment holders)', () => {
  it('backfills a holder per existing file: the uploader’s unit, nobody else', async () => {
    client = new PGlite();
    const db = drizzle(client) as unknown as Db;
    await migrate(drizzle(client), { migrationsFolder: before });
    const store: Store = { ...createQueries(db), kind: 'pglite', tables: createTableDump(db), transaction: (work) => db.transaction((tx) => work(createTx(tx as unknown as Db))), close: async () => undefined };
    const world = buildWorld();
    // Today's store writes today's columns: those added after 0008 are there for the seed only, and
    // gone again before the migrations run (they add them back).
    const later = [
      ['supports_id', 'uuid'], ['min_value', 'double precision'], ['max_value', 'double precision'], ['evidence_required', 'boolean DEFAULT false NOT NULL'],
    ] as const;
    for (const [column, type] of later) await client.exec(`ALTER TABLE "indicators" ADD COLUMN "${column}" ${type}`);
    await client.exec('ALTER TABLE "goals" ADD COLUMN "tujuan_id" uuid');
    await client.exec('ALTER TABLE "users" ADD COLUMN "planner" boolean DEFAULT false NOT NULL');
    await seedDemoData(store, { ...world.data, users: await withSharedHashes(world.data.users) });
    for (const [column] of later) await client.exec(`ALTER TABLE "indicators" DROP COLUMN "${column}"`);
    await client.exec('ALTER TABLE "goals" DROP COLUMN "tujuan_id"');
    await client.exec('ALTER TABLE "users" DROP COLUMN "planner"');
    const tenantId = world.tenant.id;
    const [photo, scan] = ['a'.repeat(64), 'b'.repeat(64)];
    const file = { tenantId, mimeType: 'image/jpeg' as const, size: 10, storedAt: new Date() };
    await store.insertAttachment({ ...file, sha256: photo, uploadedBy: world.users.operatorA.id });
    await store.insertAttachment({ ...file, sha256: scan, uploadedBy: world.users.admin.id });

    await migrate(drizzle(client), { migrationsFolder: migrations });
    const { units } = world;
    expect(await store.getHeldAttachment(tenantId, photo, units.unitA.id)).toMatchObject({ sha256: photo, size: 10 });
    expect(await store.getHeldAttachment(tenantId, photo, units.unitB.id)).toBeNull();
    expect(await store.getHeldAttachment(tenantId, scan, units.setda.id)).toMatchObject({ sha256: scan });
    expect(await store.getHeldAttachment(tenantId, scan, units.unitA.id)).toBeNull();
  });
});
