// Several devices push concurrently while pullers poll with their cursors: every puller must
// collect exactly the full set of revs, in order, none skipped or repeated (design.md, "Pull").
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Quarter } from '../../../../src/domain/period';
import { syncEntitySchema } from '../../../../src/api/sync';
import { createTestServer, loginAs, pullOk, pushOk, realisationMutation as rm, type TestServer } from '../../../support/server-app';

let server: TestServer;
beforeAll(async () => { server = await createTestServer(); });
afterAll(async () => { await server.cleanup(); });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function poll(cookie: string, done: () => boolean): Promise<number[]> {
  let cursor = 0;
  const revs: number[] = [];
  for (;;) {
    const finished = done(); // read before pulling, so the last pull starts after every push ended
    const page = await pullOk(server.app, cookie, cursor, 7);
    if (page.kind !== 'changes') throw new Error('unexpected reset');
    revs.push(...page.changes.map((c) => c.rev));
    cursor = page.nextCursor;
    if (finished && !page.hasMore) return revs;
    if (!page.hasMore) await sleep(5);
  }
}

it('pullers never skip a change while devices push concurrently', async () => {
  const ind = server.world.indicators;
  // Each writer edits its own field of shared rows (or its own rows), so every push writes.
  const writers = [
    { username: 'operator.a', indicatorId: ind.growth.id, field: 'drivers' },
    { username: 'kepala.a', indicatorId: ind.count.id, field: 'drivers' },
    { username: 'operator.b', indicatorId: ind.unitB.id, field: 'drivers' },
    { username: 'kepala.b', indicatorId: ind.unitB.id, field: 'obstacles' },
  ];
  const pullerCookies = await Promise.all(['evaluator', 'pimpinan', 'admin'].map((u) => loginAs(server.app, u)));
  const writerCookies = await Promise.all(writers.map((w) => loginAs(server.app, w.username)));
  let pushing = true;
  const pullers = pullerCookies.map((cookie) => poll(cookie, () => !pushing));

  const batches = 10;
  const pushes = Promise.all(writers.map(async (writer, w) => {
    const device = randomUUID();
    let seq = 0;
    for (let b = 0; b < batches; b += 1) {
      const mutations = [b, b + 1].map((n) => {
        const quarter = ((n % 3) + 1) as Quarter; // Q4 holds locked entries
        seq += 1;
        return rm(seq, randomUUID(), { indicatorId: writer.indicatorId, quarter, [writer.field]: `w${w} b${b} n${n}` });
      });
      const response = await pushOk(server.app, writerCookies[w] ?? '', device, mutations);
      expect(response.gap).toBeUndefined();
      for (const r of response.results) expect(r.status === 'rejected' ? r.reason : null).toBeNull();
    }
  }));
  try {
    await pushes;
  } finally {
    pushing = false;
    await Promise.allSettled(pullers);
  }
  const collected = await Promise.all(pullers);

  const lastRev = await server.store.getLastRev(server.world.tenant.id);
  // Every synced row of the log; its audit-only rows (the sign-ins above) are never pulled.
  const log = await server.store.listChanges({ tenantId: server.world.tenant.id, after: 0, upTo: lastRev, orgUnitId: null, limit: 100_000 });
  expect(log.map((c) => c.rev)).toEqual(Array.from({ length: lastRev }, (_, i) => i + 1));
  const all = log.filter((c) => syncEntitySchema.safeParse(c.entity).success).map((c) => c.rev);
  expect(all.length).toBeGreaterThan(15 + 4 * batches * 2 - 10);
  for (const revs of collected) expect(revs).toEqual(all);
});
