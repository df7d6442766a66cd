// An entry's history: every change with who, when, from which device and what it set, for the
// roles that may read the entry; 404 for another unit and another tenant.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyResponseSchema, realisationHistoryPath } from '../../../../src/api/history';
import { createTestServer, loginAs, pushOk, realisationMutation as rm, type TestServer } from '../../../support/server-app';

let server: TestServer;
const cookies = new Map<string, string>();
beforeAll(async () => {
  server = await createTestServer();
  for (const username of ['operator.a', 'kepala.a', 'evaluator', 'pimpinan', 'admin', 'operator.b', 'operator.x']) {
    cookies.set(username, await loginAs(server.app, username));
  }
});
afterAll(async () => { await server.cleanup(); });

const history = (username: string | null, id: string) =>
  server.app.inject({ method: 'GET', url: realisationHistoryPath(id), headers: username ? { cookie: cookies.get(username) ?? '' } : {} });

describe('realisation history', () => {
  it('lists who changed what, when and from which device, oldest first', async () => {
    const id = randomUUID();
    const phone = randomUUID();
    const tablet = randomUUID();
    const created = await pushOk(server.app, cookies.get('operator.a') ?? '', phone, [rm(1, id, { indicatorId: server.world.indicators.count.id, quarter: 2, value: 10 })]);
    const rev1 = created.results[0]?.rev ?? 0;
    const edited = await pushOk(server.app, cookies.get('operator.a') ?? '', phone, [rm(2, id, { value: 12, obstacles: 'Banjir' }, rev1)]);
    const rev2 = edited.results[0]?.rev ?? 0;
    await pushOk(server.app, cookies.get('kepala.a') ?? '', tablet, [rm(1, id, { status: 'submitted' }, rev2)]);

    for (const username of ['operator.a', 'kepala.a', 'evaluator', 'pimpinan', 'admin']) {
      const response = await history(username, id);
      expect(response.statusCode, username).toBe(200);
      const { entries } = historyResponseSchema.parse(response.json());
      expect(entries.map((e) => [e.username, e.deviceId, e.op])).toEqual([
        ['operator.a', phone, 'insert'], ['operator.a', phone, 'update'], ['kepala.a', tablet, 'update'],
      ]);
      expect(entries[1]?.fields).toEqual([{ field: 'value', before: 10, after: 12 }, { field: 'obstacles', before: '', after: 'Banjir' }]);
      expect(entries[2]?.fields).toEqual([{ field: 'status', before: 'draft', after: 'submitted' }]);
      expect(entries.every((e) => !Number.isNaN(Date.parse(e.at)))).toBe(true);
    }
    for (const username of ['operator.b', 'operator.x']) {
      const response = await history(username, id);
      expect(response.statusCode, username).toBe(404);
      expect(response.body).not.toContain('Banjir');
    }
    expect((await history(null, id)).statusCode).toBe(401);
    expect((await history('evaluator', randomUUID())).statusCode).toBe(404);
    expect((await history('evaluator', 'bukan-uuid')).statusCode).toBe(400);
  });

  it('keeps the checks a user confirmed with the value they confirmed, in the history only, never on the row', async () => {
    const id = randomUUID();
    const device = randomUUID();
    const operator = cookies.get('operator.a') ?? '';
    const created = await pushOk(server.app, operator, device, [rm(1, id, { indicatorId: server.world.indicators.count.id, quarter: 3, value: 250, confirmedChecks: ['separatorSlip', 'farFromTarget'] })]);
    expect(created.results[0]?.status).toBe('applied');
    const rev1 = created.results[0]?.rev ?? 0;
    // A note alone carries no confirmation; a list naming no known check is refused.
    const noted = await pushOk(server.app, operator, device, [rm(2, id, { obstacles: 'Hujan', confirmedChecks: ['farFromTarget'] }, rev1)]);
    const refused = await pushOk(server.app, operator, device, [rm(3, id, { value: 251, confirmedChecks: ['sureItIs'] }, noted.results[0]?.rev ?? rev1)]);
    expect(refused.results[0]).toMatchObject({ status: 'rejected', reason: { code: 'invalid' } });

    const { entries } = historyResponseSchema.parse((await history('evaluator', id)).json());
    expect(entries[0]?.fields).toContainEqual({ field: 'confirmedChecks', before: null, after: ['separatorSlip', 'farFromTarget'] });
    expect(entries[1]?.fields.map((f) => f.field)).toEqual(['obstacles']);
    const stored = await server.store.getRealisation(id);
    expect(stored && 'confirmedChecks' in stored).toBe(false);
  });
});
