// The real server on loopback, serving the production build (dist/) on a fresh in-memory PGlite
// seeded with the demo data: what a browser test talks to.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app';
import { openStore, type Store } from '../../src/server/store/connection';
import { seedDemoData } from '../../src/server/seed/seed';
import { buildDemoData, type DemoData } from '../../src/server/seed/demo-data';
import { withSharedHashes } from './password-hash';

export interface E2eServer {
  url: string;
  app: FastifyInstance;
  store: Store;
  demo: DemoData;
  close(): Promise<void>;
}

export async function startE2eServer(): Promise<E2eServer> {
  const staticDir = resolve('dist');
  if (!existsSync(resolve(staticDir, 'sw.js'))) throw new Error('No production build in dist/: run `vite build` first.');
  const store = await openStore({ inMemory: true });
  const demo = buildDemoData({ now: new Date() });
  await seedDemoData(store, { ...demo, users: await withSharedHashes(demo.users) });
  const app = await buildApp({ store, config: { staticDir, secureCookies: false, logger: false } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    store,
    demo,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}
