// @vitest-environment node
// Push batches travel gzipped (the server inflates them within its body limit): a batch of a few
// hundred entries shrinks several times, which is most of the bytes a field device sends. Small
// bodies and browsers without CompressionStream send plain JSON.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpTransport } from '../../../src/client/sync/transport';
import type { Mutation } from '../../../src/api/sync';
import { createTestServer, type TestServer } from '../../support/server-app';
import { createInjectFetch } from '../../support/inject-fetch';
import { testPassword } from '../../support/server-factories';

let server: TestServer;
beforeAll(async () => { server = await createTestServer(); });
afterAll(async () => { await server.cleanup(); });

function entries(count: number): Mutation[] {
  const indicator = server.world.indicators.count.id;
  return Array.from({ length: count }, (_, i) => ({
    id: randomUUID(), seq: i + 1, entity: 'realisation', recordId: randomUUID(), op: 'upsert', baseRev: null,
    fields: { indicatorId: indicator, quarter: (i % 3) + 1, value: i, drivers: 'Dukungan aparat desa dan tokoh masyarakat.' },
    clientTime: new Date().toISOString(),
  }));
}

describe('push compression', () => {
  it('gzips a large batch; the server applies it exactly as plain JSON', async () => {
    const inject = createInjectFetch(server.app);
    const sent: Array<{ encoding: string | null; bytes: number }> = [];
    const watching: typeof fetch = async (input, init) => {
      const headers = new Headers(init?.headers);
      const body = init?.body;
      const bytes = typeof body === 'string' ? new TextEncoder().encode(body).length : body instanceof Blob ? body.size : 0;
      sent.push({ encoding: headers.get('content-encoding'), bytes });
      return inject.fetch(input, init);
    };
    const login = await inject.fetch('/api/auth/login', {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-pantau-client': '1' },
      body: JSON.stringify({ username: 'operator.a', password: testPassword }),
    });
    expect(login.status).toBe(200);
    const transport = createHttpTransport({ fetch: watching });
    const mutations = entries(300);
    const response = await transport.push({ deviceId: randomUUID(), mutations });
    expect(response.results).toHaveLength(300);
    expect(new Set(response.results.map((r) => r.status))).toEqual(new Set(['applied']));
    const push = sent.at(-1);
    expect(push?.encoding).toBe('gzip');
    const plain = new TextEncoder().encode(JSON.stringify({ deviceId: randomUUID(), mutations })).length;
    expect(push?.bytes ?? plain).toBeLessThan(plain / 4);

    const small = await transport.push({ deviceId: randomUUID(), mutations: entries(1).map((m) => ({ ...m, fields: { ...m.fields, indicatorId: server.world.indicators.growth.id } })) });
    expect(small.results[0]?.status).toBe('applied');
    expect(sent.at(-1)?.encoding).toBeNull();
  });
});
