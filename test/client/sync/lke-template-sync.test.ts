// @vitest-environment node
// The pemda's own LKE template on the devices (issue 20), with the real client sync code over
// fake-indexeddb against the real server app:
// - a device syncing with this build gets it with its pull, and its LKE screens read it;
// - a device still on the older build (sync protocol 1) is never sent the row it could not read;
// - when that device's database is upgraded by this build (Dexie v7), its next sync fetches the
//   template once, without moving its cursor, and then never again.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPath, adminRoutes } from '../../../src/api/admin';
import { syncProtocol } from '../../../src/api/routes';
import { catchUpEntitySchema } from '../../../src/api/sync';
import { openUserDatabase, userDatabaseName } from '../../../src/client/db/database';
import { getLkeView } from '../../../src/client/db/lke-queries';
import { getMeta } from '../../../src/client/db/meta';
import { lkeTemplateOf } from '../../../src/domain/lke-template';
import type { LkeTemplateContent } from '../../../src/domain/lke-template-record';
import { createTestServer, csrf, loginAs, type TestServer } from '../../support/server-app';
import { openDevice, type TestDevice } from '../../support/sync-devices';

const year = 2026;
const own: LkeTemplateContent = {
  title: 'LKE Kabupaten (disesuaikan)',
  components: [{
    id: 'k1', title: 'Perencanaan', weight: 100,
    subComponents: [{ id: 'k1.a', title: 'Keberadaan', share: 100, criteria: [{ id: 'k1.a.1', text: 'Renstra ditetapkan.', weight: 1, scale: 'yesNo' }] }],
  }],
};

let server: TestServer;
const devices: TestDevice[] = [];
beforeAll(async () => {
  server = await createTestServer();
  const admin = await loginAs(server.app, 'admin');
  const saved = await server.app.inject({
    method: 'PUT', url: adminPath(adminRoutes.lkeTemplate, { year: String(year) }), headers: { cookie: admin, ...csrf }, payload: own,
  });
  if (saved.statusCode !== 200) throw new Error(saved.body);
}, 60_000);
afterAll(async () => {
  for (const device of devices) await device.destroy();
  await server.cleanup();
}, 60_000);

/** Requests as the older build sends them. */
const olderProtocol = (inner: typeof fetch): typeof fetch => (input, init) =>
  inner(input, { ...init, headers: { ...(init?.headers as Record<string, string>), [syncProtocol.header]: '1' } });

describe('the LKE template on the devices', () => {
  it("reaches a device of this build, whose LKE reads it instead of the default", async () => {
    const device = await openDevice(server, 'operator.a');
    devices.push(device);
    await device.engine.syncNow();
    expect((await device.db.lkeTemplates.toArray()).map((t) => [t.year, t.title])).toEqual([[year, own.title]]);
    const view = await getLkeView(device.db, device.actor.orgUnitId, year);
    expect(view.template.components.map((c) => c.id)).toEqual(['k1']);
    // Another year still uses the default.
    expect((await getLkeView(device.db, device.actor.orgUnitId, year + 1)).template).toEqual(lkeTemplateOf(year + 1));
  });

  it('is left out for the older build, then fetched once when this build upgrades its database', async () => {
    const older = await openDevice(server, 'kepala.a', { wrapFetch: olderProtocol });
    devices.push(older);
    await older.engine.syncNow();
    expect(await older.db.lkeTemplates.count()).toBe(0);
    const cursor = await getMeta<number>(older.db, 'cursor');
    expect(cursor).toBeGreaterThan(0);
    // The older build's database: version 6, the meta table as it left it.
    const meta = await older.db.meta.toArray();
    older.engine.stop();
    older.db.close();
    await older.db.delete();
    const v6 = new Dexie(userDatabaseName(older.dbName));
    v6.version(6).stores({ meta: 'key' });
    await v6.open();
    await v6.table('meta').bulkPut(meta);
    v6.close();

    // This build opens it (Dexie v7) and syncs with the current protocol.
    const upgraded = await openDevice(server, 'kepala.a', { dbName: older.dbName, jar: older.jar });
    devices.push(upgraded);
    // Every entity the older protocol left out is fetched once, the template among them.
    expect(await getMeta<string[]>(upgraded.db, 'catchUp')).toEqual(catchUpEntitySchema.options);
    await upgraded.engine.syncNow();
    expect((await upgraded.db.lkeTemplates.toArray()).map((t) => t.title)).toEqual([own.title]);
    expect(await getMeta<string[]>(upgraded.db, 'catchUp')).toEqual([]);
    expect(await getMeta<number>(upgraded.db, 'cursor')).toBe(cursor);
  });

  it('needs no catch-up on a database this build made', async () => {
    const db = openUserDatabase(`fresh-${crypto.randomUUID()}`);
    await db.open();
    expect(await getMeta(db, 'catchUp')).toBeUndefined();
    await db.delete();
  });
});
