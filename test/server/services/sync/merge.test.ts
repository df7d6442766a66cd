import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushResponseSchema } from '../../../../src/api/sync';
import { realisationSchema } from '../../../../src/domain/realisation';
import { createTestServer, loginAs, pullOk, pushOk, realisationMutation as rm, type TestServer } from '../../../support/server-app';

let server: TestServer;
let operatorA: string;
let headA: string;
beforeAll(async () => {
  server = await createTestServer();
  operatorA = await loginAs(server.app, 'operator.a');
  headA = await loginAs(server.app, 'kepala.a');
});
afterAll(async () => { await server.cleanup(); });

async function current(recordId: string) {
  const page = await pullOk(server.app, operatorA, 0);
  if (page.kind !== 'changes') throw new Error('reset');
  const last = page.changes.filter((c) => c.recordId === recordId).at(-1);
  return realisationSchema.parse(last?.row);
}

/** One device creates the entry; returns its id and rev (the base both editors saw). */
async function createEntry(quarter: 1 | 2 | 3, indicatorId: string, value = 10) {
  const id = randomUUID();
  const response = await pushOk(server.app, operatorA, randomUUID(), [rm(1, id, { indicatorId, quarter, value, drivers: 'awal' })]);
  return { id, rev: response.results[0]?.rev ?? 0 };
}

describe('field-level merge', () => {
  it('merges two devices that changed different fields: both values kept', async () => {
    const { id, rev } = await createEntry(1, server.world.indicators.growth.id);
    const first = await pushOk(server.app, operatorA, randomUUID(), [rm(1, id, { value: 11 }, rev)]);
    const second = await pushOk(server.app, headA, randomUUID(), [rm(1, id, { obstacles: 'hujan' }, rev)]);
    expect(first.results[0]?.status).toBe('applied');
    expect(second.results[0]).toMatchObject({ status: 'merged', recordId: id });
    expect(second.results[0]?.conflicts).toBeUndefined();
    expect(await current(id)).toMatchObject({ value: 11, obstacles: 'hujan', drivers: 'awal' });
  });

  it('keeps the first value of a field both changed, records the conflict and applies the rest', async () => {
    const { id, rev } = await createEntry(2, server.world.indicators.growth.id);
    const deviceB = randomUUID();
    await pushOk(server.app, operatorA, randomUUID(), [rm(1, id, { value: 20 }, rev)]);
    const response = pushResponseSchema.parse(
      await pushOk(server.app, headA, deviceB, [rm(1, id, { value: 30, followUp: 'lanjut' }, rev)]),
    );
    expect(response.results[0]).toMatchObject({
      status: 'conflict', recordId: id, conflicts: [{ field: 'value', serverValue: 20, yourValue: 30 }],
    });
    expect(response.results[0]?.rev).toBeGreaterThan(rev);
    expect(await current(id)).toMatchObject({ value: 20, followUp: 'lanjut' });
    const stored = await server.store.listConflicts(server.world.tenant.id, id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ field: 'value', serverValue: 20, incomingValue: 30, deviceId: deviceB, resolvedAt: null });
  });

  it('a conflict with nothing else to apply writes nothing (rev null)', async () => {
    const { id, rev } = await createEntry(3, server.world.indicators.growth.id);
    await pushOk(server.app, operatorA, randomUUID(), [rm(1, id, { drivers: 'baru' }, rev)]);
    const response = await pushOk(server.app, headA, randomUUID(), [rm(1, id, { drivers: 'lain' }, rev)]);
    expect(response.results[0]).toMatchObject({ status: 'conflict', rev: null });
  });

  it('a device that saw the latest rev overwrites without conflict; a stale one conflicts', async () => {
    const { id, rev } = await createEntry(1, server.world.indicators.scale.id, 4);
    const a = await pushOk(server.app, operatorA, randomUUID(), [rm(1, id, { value: 3 }, rev)]);
    expect(a.results[0]?.status).toBe('applied');
    const b = await pushOk(server.app, headA, randomUUID(), [rm(1, id, { value: 4 }, a.results[0]?.rev ?? null)]);
    expect(b.results[0]?.status).toBe('applied');
    const stale = await pushOk(server.app, headA, randomUUID(), [rm(1, id, { value: 3 }, rev)]);
    expect(stale.results[0]?.status).toBe('conflict');
    expect((await current(id)).value).toBe(4);
  });

  it('an unchanged value is applied without a write (rev null)', async () => {
    const { id, rev } = await createEntry(2, server.world.indicators.scale.id, 3);
    const response = await pushOk(server.app, headA, randomUUID(), [rm(1, id, { value: 3, drivers: 'awal' }, rev)]);
    expect(response.results[0]).toMatchObject({ status: 'applied', rev: null });
  });
});

describe('natural key (indicator × quarter)', () => {
  it('lands a second create of the same indicator and quarter on the first row', async () => {
    const indicatorId = server.world.indicators.percent.id;
    const firstId = randomUUID();
    const secondId = randomUUID();
    const first = await pushOk(server.app, operatorA, randomUUID(), [rm(1, firstId, { indicatorId, quarter: 3, value: 70 })]);
    const second = await pushOk(server.app, headA, randomUUID(), [rm(1, secondId, { indicatorId, quarter: 3, value: 75, obstacles: 'data terlambat' })]);
    expect(first.results[0]).toMatchObject({ status: 'applied', recordId: firstId });
    expect(second.results[0]).toMatchObject({
      status: 'conflict', recordId: firstId, conflicts: [{ field: 'value', serverValue: 70, yourValue: 75 }],
    });
    const row = await current(firstId);
    expect(row).toMatchObject({ id: firstId, value: 70, obstacles: 'data terlambat' });
    const page = await pullOk(server.app, operatorA, 0);
    expect(page.kind === 'changes' && page.changes.some((c) => c.recordId === secondId)).toBe(false);
  });
});
