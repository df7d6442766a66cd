// A push batch is applied with write-behind (services/sync/push-batch.ts): lookups loaded up front, revs
// handed out in memory under the tenant lock, rows and change log written at the end. Within one
// batch, a later mutation must still see what an earlier one wrote, a refusal must leave nothing
// behind, and the change log must stay gap-free and in order.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Change, Mutation } from '../../../../src/api/sync';
import { realisationSchema } from '../../../../src/domain/realisation';
import { PushBatch } from '../../../../src/server/services/sync/push-batch';
import { Rejection } from '../../../../src/server/services/rejection';
import { createTestServer, loginAs, pullOk, pushOk, realisationMutation as rm, type TestServer } from '../../../support/server-app';

let server: TestServer;
let operatorA: string;
let evaluator: string;
beforeAll(async () => {
  server = await createTestServer();
  operatorA = await loginAs(server.app, 'operator.a');
  evaluator = await loginAs(server.app, 'evaluator');
});
afterAll(async () => { await server.cleanup(); });

const ind = () => server.world.indicators;

/** Every change of the tenant, checking that revs run 1…lastRev with no gap and no repeat. */
async function tenantLog(): Promise<Change[]> {
  const page = await pullOk(server.app, evaluator, 0, 5000);
  if (page.kind !== 'changes' || page.hasMore) throw new Error('expected one page');
  const lastRev = await server.store.getLastRev(server.world.tenant.id);
  expect(page.nextCursor).toBe(lastRev);
  // The evaluator sees the whole tenant; admin audit rows (not synced entities) are filtered out.
  const revs = page.changes.map((c) => c.rev);
  expect(revs).toEqual([...revs].sort((a, b) => a - b));
  expect(new Set(revs).size).toBe(revs.length);
  expect(revs.at(-1)).toBe(lastRev);
  return page.changes;
}

it('sees its own earlier writes within a batch: create, edit, natural-key fold, refusal, resent seq', async () => {
  const device = randomUUID();
  const x = randomUUID();
  const folded = randomUUID();
  const refused = randomUUID();
  const after = randomUUID();
  const edit = rm(2, x, { drivers: 'dua' });
  const response = await pushOk(server.app, operatorA, device, [
    rm(1, x, { indicatorId: ind().growth.id, quarter: 1, value: 1 }),
    edit,
    edit, // the same mutation twice in one request: the second is a duplicate
    rm(3, folded, { indicatorId: ind().growth.id, quarter: 1, value: 2 }), // same indicator × quarter as x
    rm(4, refused, { indicatorId: ind().count.id, quarter: 1, value: -1 }),
    rm(5, after, { indicatorId: ind().count.id, quarter: 1, value: 3 }), // the refused one took nothing
  ]);
  expect(response.results.map((r) => [r.seq, r.status, r.duplicate])).toEqual([
    [1, 'applied', false], [2, 'applied', false], [2, 'applied', true], [3, 'applied', false], [4, 'rejected', false], [5, 'applied', false],
  ]);
  expect(response.results[2]).toEqual({ ...response.results[1], duplicate: true });
  expect(response.results[3]?.recordId).toBe(x);
  expect(response.results[4]?.reason?.code).toBe('negative_value');
  const revs = response.results.filter((r) => !r.duplicate && r.rev !== null).map((r) => r.rev ?? 0);
  expect(revs).toEqual([revs[0], (revs[0] ?? 0) + 1, (revs[0] ?? 0) + 2, (revs[0] ?? 0) + 3]);

  const log = await tenantLog();
  const ofX = log.filter((c) => c.recordId === x);
  expect(ofX.map((c) => c.rev)).toEqual(revs.slice(0, 3));
  expect(realisationSchema.parse(ofX.at(-1)?.row)).toMatchObject({ value: 2, drivers: 'dua', rev: revs[2] });
  expect(log.filter((c) => c.recordId === refused)).toEqual([]);
  expect(log.filter((c) => c.recordId === after)).toHaveLength(1);

  // The device's seq and every received mutation were stored: the next batch goes on from 6.
  const next = await pushOk(server.app, operatorA, device, [rm(6, x, { obstacles: 'hujan' }, revs[2] ?? null)]);
  expect(next.results[0]).toMatchObject({ seq: 6, status: 'applied', rev: (revs[3] ?? 0) + 1 });
  expect(await server.store.countMutations(device)).toBe(6);
});

it('keeps revs in order when a conflict choice (own savepoint) sits between realisation edits', async () => {
  const id = randomUUID();
  const first = randomUUID();
  const second = randomUUID();
  const created = await pushOk(server.app, operatorA, first, [rm(1, id, { indicatorId: ind().scale.id, quarter: 1, drivers: 'awal' })]);
  const base = created.results[0]?.rev ?? null;
  await pushOk(server.app, operatorA, first, [rm(2, id, { drivers: 'satu' }, base)]);
  const lost = await pushOk(server.app, operatorA, second, [rm(1, id, { drivers: 'dua' }, base)]);
  expect(lost.results[0]?.status).toBe('conflict');
  const conflictId = lost.results[0]?.conflicts?.[0]?.id;
  if (!conflictId) throw new Error('no conflict id');
  const choose: Mutation = {
    id: randomUUID(), seq: 3, entity: 'conflict', recordId: conflictId, op: 'upsert',
    fields: { resolution: 'yours', value: 'dua' }, baseRev: null, clientTime: new Date().toISOString(),
  };
  const response = await pushOk(server.app, operatorA, second, [
    rm(2, id, { obstacles: 'jalan rusak' }, base),
    choose,
    rm(4, id, { followUp: 'perbaikan' }, base),
  ]);
  // Seq 2 merges with device `first`'s drivers; after the choice (device `second` wrote drivers),
  // seq 4 is a plain edit: it read the row as the savepoint left it, not a stale copy.
  expect(response.results.map((r) => r.status)).toEqual(['merged', 'applied', 'applied']);
  const [a, b, c] = response.results.map((r) => r.rev ?? 0);
  expect(a).toBeLessThan(b ?? 0);
  expect(b).toBeLessThan(c ?? 0);

  const log = await tenantLog();
  const row = realisationSchema.parse(log.filter((ch) => ch.recordId === id).at(-1)?.row);
  expect(row).toMatchObject({ drivers: 'dua', obstacles: 'jalan rusak', followUp: 'perbaikan' });
  expect(log.filter((ch) => ch.recordId === conflictId).map((ch) => ch.row.status)).toEqual(['open', 'resolved']);
});

it('undoes in memory what a mutation wrote before a refusal, and fails the batch if it was already flushed', async () => {
  const tenantId = server.world.tenant.id;
  const before = await server.store.getLastRev(tenantId);
  const change = (rev: number) => ({
    tenantId, rev, entity: 'realisation', recordId: randomUUID(), orgUnitId: null, op: 'insert' as const, before: null,
    after: {}, userId: null, deviceId: null, mutationId: null, createdAt: new Date(),
  });
  await server.store.transaction(async (tx) => {
    const batch = new PushBatch(tx, tenantId, await tx.lockTenantCounter(tenantId));
    await expect(batch.run(async (t) => {
      await t.appendChange(change(await t.nextRev(tenantId)));
      throw new Rejection('invalid');
    })).rejects.toBeInstanceOf(Rejection);
    await batch.flush();
    // A refusal with nothing written is an ordinary refusal.
    await expect(batch.run(async () => { throw new Rejection('forbidden'); })).rejects.toBeInstanceOf(Rejection);
  });
  expect(await server.store.getLastRev(tenantId)).toBe(before);

  await expect(server.store.transaction(async (tx) => {
    const batch = new PushBatch(tx, tenantId, await tx.lockTenantCounter(tenantId));
    await batch.run(async (t) => {
      await t.appendChange(change(await t.nextRev(tenantId)));
      await t.getChange(tenantId, 1); // any other query flushes first
      throw new Rejection('invalid');
    });
  })).rejects.toThrow(/after part of it was written/);
  expect(await server.store.getLastRev(tenantId)).toBe(before);
});
