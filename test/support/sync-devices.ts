// Devices for sync tests: the real client sync code over fake-indexeddb, one database each, talking
// to the real server app through app.inject(). A device can be "killed" (engine dropped, database
// closed) and reopened on the same IndexedDB, like a tablet that lost power.
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { login } from '../../src/client/sync/auth-api';
import { createHttpTransport, type SyncTransport } from '../../src/client/sync/transport';
import { createSyncEngine, type SyncEngine } from '../../src/client/sync/sync-engine';
import { openUserDatabase, type PantauDatabase } from '../../src/client/db/database';
import type { RealisationInput } from '../../src/client/db/realisation-repository';
import type { Actor } from '../../src/domain/user';
import type { Quarter } from '../../src/domain/period';
import { createInjectFetch, type InjectFetch } from './inject-fetch';
import { testPassword } from './server-factories';
import { createTestServer, type TestServer } from './server-app';

export interface DeviceOptions {
  /** Wraps the cookie-keeping fetch (network faults). */
  wrapFetch?: (inner: typeof fetch) => typeof fetch;
  /** Wraps the whole transport (faults that need to see requests as sync messages). */
  wrapTransport?: (inner: SyncTransport) => SyncTransport;
  /** The device's clock; the server keeps its own. */
  now?: () => Date;
  /** Reuse a login (the cookie jar) instead of logging in again: scrypt is slow on purpose. */
  jar?: InjectFetch;
  /** Open an existing device database (a second tab of the same browser). */
  dbName?: string;
  /** Another app over the same store (e.g. one whose database fails on purpose). */
  app?: FastifyInstance;
}

export interface TestDevice {
  readonly dbName: string;
  db: PantauDatabase;
  engine: SyncEngine;
  readonly actor: Actor;
  readonly jar: InjectFetch;
  /** Power loss: the engine is dropped mid-whatever, the database closed and opened again. */
  kill(): void;
  relogin(): Promise<void>;
  /** Closes and deletes the database. */
  destroy(): Promise<void>;
}

export async function loginJar(
  server: TestServer, username: string, app: FastifyInstance = server.app,
): Promise<{ jar: InjectFetch; actor: Actor }> {
  const jar = createInjectFetch(app);
  const info = await login(username, testPassword, { fetch: jar.fetch });
  return { jar, actor: { id: info.user.id, tenantId: info.tenant.id, orgUnitId: info.orgUnit.id, role: info.user.role } };
}

export async function openDevice(server: TestServer, username: string, options: DeviceOptions = {}): Promise<TestDevice> {
  const { jar, actor } = options.jar ? { jar: options.jar, actor: actorOf(server, username) } : await loginJar(server, username, options.app);
  const dbName = options.dbName ?? `${actor.id}-${crypto.randomUUID()}`;
  const fetch = options.wrapFetch ? options.wrapFetch(jar.fetch) : jar.fetch;
  const base = createHttpTransport({ fetch });
  const transport = options.wrapTransport ? options.wrapTransport(base) : base;
  const build = (db: PantauDatabase) => createSyncEngine({ db, transport, userId: actor.id, ...(options.now ? { now: options.now } : {}) });
  const db = openUserDatabase(dbName);
  const device: TestDevice = {
    dbName,
    db,
    engine: build(db),
    actor,
    jar,
    kill() {
      device.engine.stop();
      device.db.close();
      device.db = openUserDatabase(dbName);
      device.engine = build(device.db);
    },
    async relogin() {
      await login(username, testPassword, { fetch: jar.fetch });
    },
    async destroy() {
      device.engine.stop();
      device.db.close();
      await device.db.delete();
    },
  };
  return device;
}

function actorOf(server: TestServer, username: string): Actor {
  const user = server.world.data.users.find((u) => u.username === username);
  if (!user) throw new Error(`no test user ${username}`);
  return { id: user.id, tenantId: user.tenantId, orgUnitId: user.orgUnitId, role: user.role };
}

export const entry = (indicatorId: string, quarter: Quarter, value: number | null, drivers = ''): RealisationInput => ({
  indicatorId, quarter, value, drivers, obstacles: '', followUp: '',
});

export interface SyncDevicesOptions {
  /** A fresh server (store, demo world) for each test instead of one for the file. */
  serverPerTest?: boolean;
  /** Devices are destroyed after each test instead of with the server. */
  devicesPerTest?: boolean;
}

export interface SyncDevices {
  readonly server: TestServer;
  /** Opens a device on the current server; `synced` runs a first sync (the unit's PK on the device). */
  device(username: string, options?: DeviceOptions & { synced?: boolean }): Promise<TestDevice>;
}

/** The server and the devices a sync test file works with, set up and torn down by vitest's hooks. */
export function useSyncDevices(options: SyncDevicesOptions = {}): SyncDevices {
  let current: TestServer | undefined;
  const devices: TestDevice[] = [];
  const destroyDevices = async () => {
    for (const d of devices.splice(0)) await d.destroy();
  };
  (options.serverPerTest ? beforeEach : beforeAll)(async () => {
    current = await createTestServer();
  }, 60_000);
  (options.serverPerTest ? afterEach : afterAll)(async () => {
    await destroyDevices();
    await current?.cleanup();
    current = undefined;
  }, 60_000);
  if (options.devicesPerTest && !options.serverPerTest) afterEach(destroyDevices);
  const server = (): TestServer => {
    if (!current) throw new Error('the sync test server has not started (use it inside tests)');
    return current;
  };
  return {
    get server() { return server(); },
    async device(username, deviceOptions = {}) {
      const { synced, ...rest } = deviceOptions;
      const d = await openDevice(server(), username, rest);
      devices.push(d);
      if (synced) await d.engine.syncNow();
      return d;
    },
  };
}
