import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushResponseSchema } from '../../../../src/api/sync';
import { realisationSchema } from '../../../../src/domain/realisation';
import { createTestServer, loginAs, pullOk, push, pushOk, realisationMutation as rm, type TestServer } from '../../../support/server-app';

let server: TestServer;
let operatorA: string;
beforeAll(async () => {
  server = await createTestServer();
  operatorA = await loginAs(server.app, 'operator.a');
});
afterAll(async () => { await server.cleanup(); });

const ind = () => server.world.indicators;

async function changesOf(cookie: string, recordId: string) {
  const page = await pullOk(server.app, cookie, 0);
  if (page.kind !== 'changes') throw new Error('reset');
  return page.changes.filter((c) => c.recordId === recordId);
}

describe('push: applied, duplicate, gap', () => {
  it('creates a realisation: draft, unit and year from the indicator, one change row', async () => {
    const device = randomUUID();
    const id = randomUUID();
    const response = pushResponseSchema.parse(
      await pushOk(server.app, operatorA, device, [rm(1, id, { indicatorId: ind().count.id, quarter: 1, value: 12, drivers: 'Cuaca baik' })]),
    );
    expect(response.results).toMatchObject([{ seq: 1, status: 'applied', duplicate: false, recordId: id }]);
    expect(response.results[0]?.rev).toBeGreaterThan(0);
    const changes = await changesOf(operatorA, id);
    expect(changes).toHaveLength(1);
    const row = realisationSchema.parse(changes[0]?.row);
    expect(row).toMatchObject({ id, status: 'draft', orgUnitId: server.world.units.unitA.id, year: 2026, quarter: 1, value: 12, drivers: 'Cuaca baik', obstacles: '', rev: response.results[0]?.rev });
  });

  it('repeats the stored outcome for a resent seq (duplicate: true) and applies it once', async () => {
    const device = randomUUID();
    const id = randomUUID();
    const mutation = rm(1, id, { indicatorId: ind().count.id, quarter: 2, value: 5 });
    const first = await pushOk(server.app, operatorA, device, [mutation]);
    const again = await pushOk(server.app, operatorA, device, [mutation]);
    expect(again.results).toEqual([{ ...first.results[0], duplicate: true }]);
    expect(await changesOf(operatorA, id)).toHaveLength(1);
    expect(await server.store.countMutations(device)).toBe(1);
  });

  it('refuses, without applying, a different mutation that reuses a seq already taken', async () => {
    const device = randomUUID();
    await pushOk(server.app, operatorA, device, [rm(1, randomUUID(), { indicatorId: ind().growth.id, quarter: 3, value: 1 })]);
    const id = randomUUID();
    const reused = await pushOk(server.app, operatorA, device, [rm(1, id, { indicatorId: ind().text.id, quarter: 3, value: 1 })]);
    expect(reused.results[0]).toMatchObject({ status: 'rejected', duplicate: false, reason: { code: 'invalid', details: { reason: 'seq_already_used', lastSeq: 1 } } });
    expect(await changesOf(operatorA, id)).toHaveLength(0);
  });

  it('refuses a gap: results for what was processed, expectedSeq for the rest', async () => {
    const device = randomUUID();
    const a = randomUUID();
    const response = await pushOk(server.app, operatorA, device, [
      rm(1, a, { indicatorId: ind().growth.id, quarter: 1, value: -2.5 }),
      rm(3, randomUUID(), { indicatorId: ind().growth.id, quarter: 2, value: 1 }),
      rm(4, randomUUID(), { indicatorId: ind().growth.id, quarter: 3, value: 1 }),
    ]);
    expect(response.results.map((r) => [r.seq, r.status])).toEqual([[1, 'applied']]);
    expect(response.gap).toEqual({ expectedSeq: 2 });
    const later = await pushOk(server.app, operatorA, device, [rm(2, a, { value: -3 }, response.results[0]?.rev ?? null)]);
    expect(later.results[0]?.status).toBe('applied');
    expect(later.gap).toBeUndefined();
  });

  it('processes a batch in seq order whatever order it arrives in', async () => {
    const device = randomUUID();
    const id = randomUUID();
    const response = await pushOk(server.app, operatorA, device, [
      rm(2, id, { drivers: 'kedua' }),
      rm(1, id, { indicatorId: ind().growth.id, quarter: 4, value: 3 }),
    ]);
    expect(response.results.map((r) => [r.seq, r.status])).toEqual([[1, 'applied'], [2, 'applied']]);
  });

  it('never reports a conflict between a device and its own earlier, unacknowledged write', async () => {
    const device = randomUUID();
    const id = randomUUID();
    const response = await pushOk(server.app, operatorA, device, [
      rm(1, id, { indicatorId: ind().scale.id, quarter: 2, value: 3 }),
      rm(2, id, { value: 4 }),
    ]);
    expect(response.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const [, last] = await changesOf(operatorA, id);
    expect(last?.row.value).toBe(4);
  });

  it('refuses a device registered to another user (device_mismatch)', async () => {
    const device = randomUUID();
    await pushOk(server.app, operatorA, device, [rm(1, randomUUID(), { indicatorId: ind().count.id, quarter: 3, value: 1 })]);
    const headA = await loginAs(server.app, 'kepala.a');
    const response = await push(server.app, headA, device, [rm(2, randomUUID(), { drivers: 'x' })]);
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('device_mismatch');
  });
});

describe('push: rejections', () => {
  const cases: Array<[string, () => string, Record<string, unknown>, string]> = [
    ['a string value', () => ind().growth.id, { quarter: 1, value: 'sepuluh' }, 'invalid'],
    ['a non-number value (NaN-like)', () => ind().growth.id, { quarter: 1, value: null, drivers: 42 }, 'invalid'],
    ['an unknown field', () => ind().growth.id, { quarter: 1, status: 'verified' }, 'invalid'],
    ['a negative count', () => ind().count.id, { quarter: 3, value: -1 }, 'negative_value'],
    ['a text indicator not 0/1', () => ind().text.id, { quarter: 1, value: 2 }, 'not_binary'],
    ['a value off the scale', () => ind().scale.id, { quarter: 1, value: 5 }, 'not_on_scale'],
    ['a value past a thousand trillion (1e308)', () => ind().growth.id, { quarter: 2, value: 1e308 }, 'value_too_large'],
    ['quarter 5', () => ind().count.id, { quarter: 5, value: 1 }, 'quarter_outside_year'],
    ['an unknown indicator', () => randomUUID(), { quarter: 1, value: 1 }, 'not_found'],
    ['another tenant’s indicator', () => ind().otherTenant.id, { quarter: 1, value: 1 }, 'not_found'],
    ['another unit’s indicator', () => ind().unitB.id, { quarter: 1, value: 1 }, 'other_unit'],
  ];
  it.each(cases)('refuses %s and still processes the next mutation', async (_name, indicatorId, fields, code) => {
    const device = randomUUID();
    const refused = rm(1, randomUUID(), { indicatorId: indicatorId(), ...fields });
    const response = await pushOk(server.app, operatorA, device, [
      refused,
      rm(2, randomUUID(), { indicatorId: ind().percent.id, quarter: 1, value: 50 + Math.random() }),
    ]);
    expect(response.results[0]).toMatchObject({ seq: 1, status: 'rejected', rev: null, reason: { code } });
    expect(response.results[0]?.reason?.message.length).toBeGreaterThan(0);
    expect(response.results[1]?.status).not.toBe('rejected');
    // A rejection is kept and repeated, never re-evaluated.
    const again = await pushOk(server.app, operatorA, device, [refused]);
    expect(again.results[0]).toMatchObject({ status: 'rejected', duplicate: true, reason: { code } });
  });

  it.each([['submitted', () => server.world.submitted.id], ['verified', () => server.world.verified.id]])(
    'refuses to change a %s entry (not_editable)', async (_status, id) => {
      const response = await pushOk(server.app, operatorA, randomUUID(), [rm(1, id(), { value: 99 }, 1000)]);
      expect(response.results[0]?.reason?.code).toBe('not_editable');
    });

  it.each(['evaluator', 'pimpinan', 'admin'])('refuses %s writing a realisation (forbidden)', async (username) => {
    const cookie = await loginAs(server.app, username);
    const response = await pushOk(server.app, cookie, randomUUID(), [rm(1, randomUUID(), { indicatorId: ind().count.id, quarter: 1, value: 1 })]);
    expect(response.results[0]?.reason?.code).toBe('forbidden');
  });

  it('refuses other entities and deletes for now (forbidden)', async () => {
    const response = await pushOk(server.app, operatorA, randomUUID(), [
      { ...rm(1, ind().count.id, { name: 'baru' }), entity: 'indicator' },
      { ...rm(2, server.world.submitted.id, {}), op: 'delete' },
    ]);
    expect(response.results.map((r) => r.reason?.code)).toEqual(['forbidden', 'forbidden']);
  });

  it('answers rejection messages in English when asked', async () => {
    const response = await server.app.inject({
      method: 'POST', url: '/api/sync/push',
      headers: { cookie: operatorA, 'x-pantau-client': '1', 'accept-language': 'en' },
      payload: { deviceId: randomUUID(), mutations: [rm(1, randomUUID(), { indicatorId: ind().count.id, quarter: 5 })] },
    });
    expect(response.json().results[0].reason.message).toBe('The quarter must be I to IV.');
  });
});
