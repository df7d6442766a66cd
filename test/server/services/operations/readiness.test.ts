// Liveness and readiness (issue 17): ready only when the database and the evidence store answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRoutes } from '../../../../src/api/routes';
import type { BlobStorage } from '../../../../src/server/services/evidence/blob-storage';
import { createDiskBlobStorage } from '../../../../src/server/services/evidence/disk-blob-storage';
import { checkReadiness } from '../../../../src/server/services/operations/readiness';
import { createServiceContext } from '../../../../src/server/services/context';
import { buildApp } from '../../../../src/server/app';
import type { Store } from '../../../../src/server/store/connection';
import { createTestServer, type TestServer } from '../../../support/server-app';

let server: TestServer;
beforeAll(async () => { server = await createTestServer(); });
afterAll(async () => { await server.cleanup(); });

describe('readiness', () => {
  it('is ready when the database and the file store answer', async () => {
    const response = await server.app.inject({ method: 'GET', url: apiRoutes.ready });
    expect([response.statusCode, response.json()]).toEqual([200, { status: 'ready', database: 'ok', files: 'ok' }]);
  });

  it('is not ready when the file store fails or hangs, and says which', async () => {
    const ctx = createServiceContext(server.store);
    const failing: BlobStorage = { ...createDiskBlobStorage('/tmp/never-used'), has: () => Promise.reject(new Error('EIO')) };
    expect(await checkReadiness(ctx, failing)).toEqual({ ready: false, database: 'ok', files: 'failed' });
    const hanging: BlobStorage = { ...failing, has: () => new Promise(() => undefined) };
    expect(await checkReadiness(ctx, hanging, 50)).toEqual({ ready: false, database: 'ok', files: 'timeout' });
  });

  it('answers 503 when the database fails, while liveness stays up', async () => {
    const broken: Store = { ...server.store, hasAnyTenant: () => Promise.reject(new Error('connection refused')) };
    const app = await buildApp({ store: broken, config: { secureCookies: false, logger: false } });
    try {
      const response = await app.inject({ method: 'GET', url: apiRoutes.ready });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toEqual({ status: 'not_ready', database: 'failed', files: 'ok' });
      expect((await app.inject({ method: 'GET', url: apiRoutes.health })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});
