// A second app over the test server's store whose database fails on purpose, like a dropped
// PostgreSQL connection: the next push fails after its mutations were written inside the batch's
// transaction (at the device's seq update, which every push makes after applying its batch).
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app';
import type { Store, Tx } from '../../src/server/store/connection';
import type { TestServer } from './server-app';

export interface FaultyApp {
  app: FastifyInstance;
  /** The next push fails after writing its mutations (once). */
  failNextPush(): void;
  /** How many failures were injected so far. */
  readonly injected: number;
}

export async function createFaultyApp(server: TestServer): Promise<FaultyApp> {
  let armed = false;
  let injected = 0;
  const wrapTx = (tx: Tx): Tx => ({
    ...tx,
    updateDevice: async (id, values) => {
      if (armed) {
        armed = false;
        injected += 1;
        throw new Error('terminating connection due to administrator command');
      }
      return tx.updateDevice(id, values);
    },
    savepoint: (work) => tx.savepoint((inner) => work(wrapTx(inner))),
  });
  const store: Store = { ...server.store, transaction: (work) => server.store.transaction((tx) => work(wrapTx(tx))) };
  const app = await buildApp({ store, config: { secureCookies: true, logger: false, now: () => server.clock.now } });
  return {
    app,
    failNextPush() {
      armed = true;
    },
    get injected() {
      return injected;
    },
  };
}
