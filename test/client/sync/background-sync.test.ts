// @vitest-environment node
// Background Sync: when the page asks the browser for the outbox sync (registration logic and the
// engine's moments), and what the service worker's handler does when it fires: the page's own
// sync code on the signed-in user's database, under the leader's Web Lock, against the REAL server
// app (PGlite) through app.inject(); a 401 or a lost network leaves the outbox as it was.
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { outboxSyncTag, requestOutboxSync, type BackgroundSyncEnv } from '../../../src/client/sync/background-sync';
import { PageIsSendingError, runBackgroundPush, type BackgroundPushOptions } from '../../../src/client/sync/background-push';
import { lockName } from '../../../src/client/sync/leader';
import { createSyncEngine } from '../../../src/client/sync/sync-engine';
import { createHttpTransport, NetworkError, type SyncTransport } from '../../../src/client/sync/transport';
import { openUserDatabase, type PantauDatabase } from '../../../src/client/db/database';
import { saveRealisation } from '../../../src/client/db/realisation-repository';
import { getMeta } from '../../../src/client/db/meta';
import { createTestServer, type TestServer } from '../../support/server-app';
import { createInjectFetch } from '../../support/inject-fetch';
import { addIndicators, changesSince } from '../../support/server-inspect';
import { entry, loginJar, openDevice, type TestDevice } from '../../support/sync-devices';

describe('asking for the outbox sync (page side)', () => {
  const env = (register: (tag: string) => Promise<void>, overrides: Partial<BackgroundSyncEnv> = {}): BackgroundSyncEnv => ({
    hasSyncManager: true,
    ready: () => Promise.resolve({ sync: { register } }),
    ...overrides,
  });

  it('registers the one-off sync pantau-outbox where SyncManager exists', async () => {
    const register = vi.fn(() => Promise.resolve());
    expect(await requestOutboxSync(env(register))).toBe('registered');
    expect(register).toHaveBeenCalledWith(outboxSyncTag);
    expect(outboxSyncTag).toBe('pantau-outbox');
  });

  it('does nothing without SyncManager (Firefox, Safari), without a service worker, or without registration.sync', async () => {
    const register = vi.fn(() => Promise.resolve());
    expect(await requestOutboxSync(env(register, { hasSyncManager: false }))).toBe('unsupported');
    expect(await requestOutboxSync(env(register, { ready: null }))).toBe('unsupported');
    expect(await requestOutboxSync({ hasSyncManager: true, ready: () => Promise.resolve({}) })).toBe('unsupported');
    expect(register).not.toHaveBeenCalled();
    // This test environment (Node) has neither: the default environment is detected as such.
    expect(await requestOutboxSync()).toBe('unsupported');
  });

  it('never throws when the browser refuses the registration', async () => {
    const register = vi.fn(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    expect(await requestOutboxSync(env(register))).toBe('failed');
  });
});

describe('when the engine asks for it', () => {
  const dbs: PantauDatabase[] = [];
  const online = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
  const setOnline = (value: boolean) => Object.defineProperty(globalThis, 'navigator', { configurable: true, value: { onLine: value } });
  afterEach(async () => {
    if (online) Object.defineProperty(globalThis, 'navigator', online);
    for (const db of dbs.splice(0)) {
      db.close();
      await db.delete();
    }
  });

  function engineWith(transport: SyncTransport) {
    const db = openUserDatabase(crypto.randomUUID());
    dbs.push(db);
    const requestBackgroundSync = vi.fn();
    const engine = createSyncEngine({ db, transport, userId: 'u1', requestBackgroundSync });
    return { db, engine, requestBackgroundSync };
  }
  const offline: SyncTransport = {
    push: () => Promise.reject(new NetworkError('offline')),
    pull: () => Promise.reject(new NetworkError('offline')),
  };
  /** An entry waiting in the outbox, as a repository leaves it. */
  const save = (db: PantauDatabase) =>
    db.outbox.add({
      seq: 1, id: crypto.randomUUID(), entity: 'realisation', recordId: crypto.randomUUID(), op: 'upsert', fields: { value: 5 },
      baseRev: null, clientTime: new Date().toISOString(), state: 'pending', attempts: 0, lastError: null,
    });

  it('on a save while the browser is offline', () => {
    const { engine, requestBackgroundSync } = engineWith(offline);
    engine.start();
    setOnline(false);
    engine.notifyLocalChange();
    expect(requestBackgroundSync).toHaveBeenCalledTimes(1);
    setOnline(true);
    engine.notifyLocalChange(); // online: the page sends it itself in a second
    expect(requestBackgroundSync).toHaveBeenCalledTimes(1);
    engine.stop();
  });

  it('when a push fails on the network with entries waiting, not when there is nothing to send', async () => {
    const { db, engine, requestBackgroundSync } = engineWith(offline);
    await engine.syncNow(); // the pull fails, the outbox is empty
    expect(requestBackgroundSync).not.toHaveBeenCalled();
    await save(db);
    await engine.syncNow();
    expect(requestBackgroundSync).toHaveBeenCalledTimes(1);
    expect(await db.outbox.count()).toBe(1);
  });

  it('not when the server answers (a refusal or a 5xx is the engine’s own retry business)', async () => {
    const failing: SyncTransport = { ...offline, push: () => Promise.reject(Object.assign(new Error('boom'), { name: 'HttpError' })) };
    const { db, engine, requestBackgroundSync } = engineWith(failing);
    await save(db);
    await engine.syncNow();
    expect(requestBackgroundSync).not.toHaveBeenCalled();
  });
});

describe('the service worker’s sync handler (background-push.ts) against the real server', () => {
  let server: TestServer;
  let device: TestDevice;
  let indicatorId: string;

  beforeAll(async () => {
    server = await createTestServer();
    const [indicator] = await addIndicators(server, 1, {});
    if (!indicator) throw new Error('no indicator');
    indicatorId = indicator.id;
  });
  afterAll(async () => {
    await device?.destroy();
    await server.cleanup();
  });
  afterEach(async () => {
    await device.destroy();
  });

  /** A tablet whose page saved an entry and then closed: the engine is gone, the outbox stays. */
  async function closedPageWithEntry(value: number): Promise<TestDevice> {
    device = await openDevice(server, 'operator.a');
    await device.engine.syncNow();
    await saveRealisation(device.db, device.actor, entry(indicatorId, 1, value));
    device.engine.stop();
    device.db.close();
    return device;
  }

  /** Web Locks as in a browser: a name in `held` is kept by an open page until it is released. */
  function locksWith(held: Map<string, Promise<void>> = new Map()): NonNullable<BackgroundPushOptions['locks']> {
    return {
      request: (async (name: string, options: LockOptions, callback: (lock: Lock | null) => unknown) => {
        const page = held.get(name);
        if (page) {
          await new Promise<void>((resolve, reject) => {
            void page.then(resolve);
            options.signal?.addEventListener('abort', () => reject(options.signal?.reason));
          });
        }
        return callback({ name, mode: 'exclusive' });
      }) as LockManager['request'],
    };
  }

  function options(over: Partial<BackgroundPushOptions> = {}): BackgroundPushOptions {
    return {
      currentUserId: () => Promise.resolve(device.actor.id),
      openDatabase: () => openUserDatabase(device.dbName),
      transport: createHttpTransport({ fetch: device.jar.fetch }),
      locks: locksWith(),
      ...over,
    };
  }

  const outboxOf = async () => {
    const db = openUserDatabase(device.dbName);
    try {
      return await db.outbox.toArray();
    } finally {
      db.close();
    }
  };

  it('pushes the outbox of the signed-in user with no page open, once, and records the sync', async () => {
    await closedPageWithEntry(41);
    const startRev = await server.store.getLastRev(server.world.tenant.id);
    expect(await runBackgroundPush(options())).toBe('synced');
    const changes = (await changesSince(server, startRev)).filter((c) => c.entity === 'realisation');
    expect(changes).toHaveLength(1);
    expect(changes[0]?.after).toMatchObject({ indicatorId, quarter: 1, value: 41 });
    expect(await outboxOf()).toEqual([]);
    const db = openUserDatabase(device.dbName);
    expect(await getMeta<string>(db, 'lastSyncAt')).toMatch(/^\d{4}-/);
    db.close();
    expect(await runBackgroundPush(options())).toBe('nothing-to-send');
  });

  it('waits while a page holds the leader lock (that page sends), sends once it closes; nothing after a logout', async () => {
    await closedPageWithEntry(42);
    const name = lockName(device.actor.id);
    // A page that stays open: the worker gives up and lets the browser retry later.
    const forever = new Map([[name, new Promise<void>(() => undefined)]]);
    await expect(runBackgroundPush(options({ locks: locksWith(forever), waitForPageMs: 100 }))).rejects.toBeInstanceOf(PageIsSendingError);
    expect(await outboxOf()).toHaveLength(1);
    // A page that closes while the worker waits (the sync often fires just then).
    let closePage = () => undefined as void;
    const closing = new Map([[name, new Promise<void>((resolve) => (closePage = resolve))]]);
    const pushed = runBackgroundPush(options({ locks: locksWith(closing), waitForPageMs: 10_000 }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await outboxOf()).toHaveLength(1);
    closePage();
    expect(await pushed).toBe('synced');
    expect(await outboxOf()).toHaveLength(0);
    expect(await runBackgroundPush(options({ currentUserId: () => Promise.resolve(null) }))).toBe('no-user');
  });

  it('ends as soon as the open page has sent the outbox (the page asks for a sync at every save)', async () => {
    await closedPageWithEntry(45);
    const startRev = await server.store.getLastRev(server.world.tenant.id);
    const forever = new Map([[lockName(device.actor.id), new Promise<void>(() => undefined)]]);
    const started = Date.now();
    const outcome = runBackgroundPush(options({ locks: locksWith(forever), waitForPageMs: 30_000, outboxPollMs: 20 }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await outboxOf()).toHaveLength(1); // still waiting: the page has not sent yet
    // The page's sender pushes and the server acknowledges: the entry leaves the outbox.
    const page = openUserDatabase(device.dbName);
    await page.outbox.clear();
    page.close();
    expect(await outcome).toBe('sent-by-page');
    expect(Date.now() - started).toBeLessThan(5_000); // not the whole wait for the lock
    expect((await changesSince(server, startRev)).filter((c) => c.entity === 'realisation')).toHaveLength(0); // the worker sent nothing
  });

  it('on a 401 (session expired, or another user signed in since) leaves everything in the outbox', async () => {
    await closedPageWithEntry(43);
    const before = await outboxOf();
    const startRev = await server.store.getLastRev(server.world.tenant.id);
    const noSession = createInjectFetch(server.app);
    expect(await runBackgroundPush(options({ transport: createHttpTransport({ fetch: noSession.fetch }) }))).toBe('session-expired');
    const { jar: otherUser } = await loginJar(server, 'kepala.a');
    expect(await runBackgroundPush(options({ transport: createHttpTransport({ fetch: otherUser.fetch }) }))).toBe('session-expired');
    const after = await outboxOf();
    expect(after.map((e) => [e.id, e.state, e.fields])).toEqual(before.map((e) => [e.id, 'pending', e.fields]));
    expect((await changesSince(server, startRev)).filter((c) => c.entity === 'realisation')).toHaveLength(0);
  });

  it('throws on a network failure (the browser fires the sync again later), the outbox intact', async () => {
    await closedPageWithEntry(44);
    const down: SyncTransport = { push: () => Promise.reject(new NetworkError('offline')), pull: () => Promise.reject(new NetworkError('offline')) };
    await expect(runBackgroundPush(options({ transport: down }))).rejects.toBeInstanceOf(NetworkError);
    expect((await outboxOf()).map((e) => e.state)).toEqual(['pending']);
    expect(await runBackgroundPush(options())).toBe('synced'); // the retry
  });
});
