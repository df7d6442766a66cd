// A conflict resolved from either tablet (issue: "Conflicts resolved right, from either tablet"):
// tablet A's 83,1 wins, tablet B's 85,5 loses. Each side names its author and device (the name the
// device sends with its pushes), a choice made on either tablet lands as chosen, the history keeps
// both proposals with their authors (not the resolver's name on the losing value), and the admin's
// sessions list tells two tablets of one user apart by name.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminRoutes, sessionListSchema } from '../../../../src/api/admin';
import { historyResponseSchema, realisationHistoryPath } from '../../../../src/api/history';
import { apiRoutes } from '../../../../src/api/routes';
import type { Mutation, MutationResult, PushResponse } from '../../../../src/api/sync';
import { conflictSchema, type Conflict } from '../../../../src/domain/conflict';
import { realisationSchema } from '../../../../src/domain/realisation';
import { createTestServer, csrf, loginAs, pullOk, realisationMutation as rm, type TestServer } from '../../../support/server-app';

let server: TestServer;
const cookies = new Map<string, string>();
beforeAll(async () => {
  server = await createTestServer();
  for (const u of ['operator.a', 'kepala.a', 'admin']) cookies.set(u, await loginAs(server.app, u));
});
afterAll(async () => { await server.cleanup(); });

interface Tablet { user: string; id: string; name: string | null; seq: number }
const tablet = (user: string, name: string | null): Tablet => ({ user, id: randomUUID(), name, seq: 0 });

async function send(device: Tablet, mutation: Omit<Mutation, 'seq'>): Promise<MutationResult> {
  device.seq += 1;
  const payload = { deviceId: device.id, ...(device.name ? { deviceName: device.name } : {}), mutations: [{ ...mutation, seq: device.seq }] };
  const response = await server.app.inject({ method: 'POST', url: apiRoutes.push, headers: { cookie: cookies.get(device.user) ?? '', ...csrf }, payload });
  expect(response.statusCode, response.body).toBe(200);
  const result = response.json<PushResponse>().results[0];
  if (!result) throw new Error('no result');
  return result;
}

const choice = (conflictId: string, fields: Record<string, unknown>): Omit<Mutation, 'seq'> => ({
  id: randomUUID(), entity: 'conflict', recordId: conflictId, op: 'upsert', fields, baseRev: null, clientTime: new Date().toISOString(),
});

async function pulled(user: string) {
  const page = await pullOk(server.app, cookies.get(user) ?? '', 0, 5000);
  if (page.kind !== 'changes') throw new Error('reset');
  return page.changes;
}
async function pulledConflict(user: string, id: string): Promise<Conflict> {
  return conflictSchema.parse((await pulled(user)).filter((c) => c.entity === 'conflict' && c.recordId === id).at(-1)?.row);
}
async function entryValue(user: string, id: string): Promise<unknown> {
  return realisationSchema.parse((await pulled(user)).filter((c) => c.recordId === id).at(-1)?.row).value;
}

/** A enters 83,1 and B 85,5 from the same base; A's push arrives first. */
async function clash(a: Tablet, b: Tablet, quarter: 1 | 2 | 3 | 4) {
  const id = randomUUID();
  const created = await send(a, rm(0, id, { indicatorId: server.world.indicators.growth.id, quarter, value: 80 }));
  expect((await send(a, rm(0, id, { value: 83.1 }, created.rev))).status).toBe('applied');
  const lost = await send(b, rm(0, id, { value: 85.5 }, created.rev));
  expect(lost.status).toBe('conflict');
  const conflictId = lost.conflicts?.[0]?.id;
  if (!conflictId) throw new Error('no conflict id');
  return { id, conflictId };
}

describe('a conflict from two tablets', () => {
  it('names both authors and both devices, as every device pulls it', async () => {
    const a = tablet('operator.a', 'Tablet Ahmad');
    const b = tablet('kepala.a', 'Tablet Budi');
    const { conflictId } = await clash(a, b, 1);
    for (const user of ['operator.a', 'kepala.a']) {
      const conflict = await pulledConflict(user, conflictId);
      expect(conflict).toMatchObject({
        status: 'open', serverValue: 83.1, yourValue: 85.5,
        server: { userName: 'Pengguna operator.a', deviceId: a.id, deviceName: 'Tablet Ahmad' },
        yours: { userName: 'Pengguna kepala.a', deviceId: b.id, deviceName: 'Tablet Budi' },
      });
    }
  });

  it('resolved from the winning tablet, keeping its own value: 83,1 stays, and the history keeps 85,5 under Budi', async () => {
    const a = tablet('operator.a', 'Tablet Ahmad');
    const b = tablet('kepala.a', 'Tablet Budi');
    const { id, conflictId } = await clash(a, b, 2);
    // "Pertahankan 83,1 (nilai di server, dari Anda, perangkat ini)" on A sends resolution 'server'.
    expect((await send(a, choice(conflictId, { resolution: 'server', value: 83.1 }))).status).toBe('applied');
    for (const user of ['operator.a', 'kepala.a']) expect(await entryValue(user, id)).toBe(83.1);
    // The server's "yours" is the value that lost, whoever sends it: A cannot pass its own value off as it.
    const wrong = await send(a, choice(conflictId, { resolution: 'yours', value: 83.1 }));
    expect(wrong.status).toBe('rejected');

    const { entries } = historyResponseSchema.parse((await server.app.inject({
      method: 'GET', url: realisationHistoryPath(id), headers: { cookie: cookies.get('kepala.a') ?? '' },
    })).json());
    const resolved = entries.filter((e) => e.conflict?.status === 'resolved');
    expect(resolved).toHaveLength(1);
    expect(resolved[0]).toMatchObject({
      username: 'operator.a', deviceName: 'Tablet Ahmad',
      conflict: {
        kept: { value: 83.1, userName: 'Pengguna operator.a', deviceName: 'Tablet Ahmad' },
        other: { value: 85.5, userName: 'Pengguna kepala.a', deviceName: 'Tablet Budi' },
        resolution: 'server', resolvedValue: 83.1, resolvedByName: 'Pengguna operator.a',
      },
    });
    expect(Date.parse(resolved[0]?.conflict?.resolvedAt ?? '')).not.toBeNaN();
  });

  it('resolved from the winning tablet, taking the other tablet\'s value: the history names Budi as its author, Ahmad as who chose', async () => {
    const a = tablet('operator.a', 'Tablet Ahmad');
    const b = tablet('kepala.a', 'Tablet Budi');
    const { id, conflictId } = await clash(a, b, 3);
    expect((await send(a, choice(conflictId, { resolution: 'yours', value: 85.5 }))).status).toBe('applied');
    for (const user of ['operator.a', 'kepala.a']) expect(await entryValue(user, id)).toBe(85.5);

    const { entries } = historyResponseSchema.parse((await server.app.inject({
      method: 'GET', url: realisationHistoryPath(id), headers: { cookie: cookies.get('operator.a') ?? '' },
    })).json());
    const write = entries.find((e) => e.resolvesConflict === conflictId);
    expect(write).toMatchObject({ username: 'operator.a', fields: [{ field: 'value', before: 83.1, after: 85.5 }] });
    const recorded = entries.find((e) => e.conflict?.status === 'open');
    // Recorded when B's push lost: under B, with both proposals.
    expect(recorded).toMatchObject({ username: 'kepala.a', deviceName: 'Tablet Budi', conflict: { kept: { value: 83.1 }, other: { value: 85.5 } } });
    const resolved = entries.find((e) => e.conflict?.status === 'resolved');
    expect(resolved?.conflict).toMatchObject({
      other: { value: 85.5, userName: 'Pengguna kepala.a' }, kept: { value: 83.1, userName: 'Pengguna operator.a' },
      resolution: 'yours', resolvedValue: 85.5, resolvedByName: 'Pengguna operator.a',
    });
    // In rev order: recorded, then the write of the choice, then the conflict marked resolved.
    const revs = [recorded?.rev ?? 0, write?.rev ?? 0, resolved?.rev ?? 0];
    expect([...revs].sort((x, y) => x - y)).toEqual(revs);
  });

  it('tells two tablets of one user apart, in the conflict and in the admin\'s sessions list', async () => {
    const first = tablet('operator.a', 'Tablet lantai 1');
    const second = tablet('operator.a', 'Tablet lantai 2');
    const { conflictId } = await clash(first, second, 4);
    const conflict = await pulledConflict('operator.a', conflictId);
    expect(conflict.server).toMatchObject({ userName: 'Pengguna operator.a', deviceName: 'Tablet lantai 1' });
    expect(conflict.yours).toMatchObject({ userName: 'Pengguna operator.a', deviceName: 'Tablet lantai 2' });

    // A push without a name (an older build) keeps the name the device had; a new name replaces it.
    await send({ ...first, name: null, seq: first.seq }, rm(0, randomUUID(), { indicatorId: server.world.indicators.percent.id, quarter: 1, value: 1 }));
    const response = await server.app.inject({
      method: 'GET', url: adminRoutes.userSessions.replace(':id', server.world.users.operatorA.id), headers: { cookie: cookies.get('admin') ?? '' },
    });
    expect(response.statusCode).toBe(200);
    const { sessions } = sessionListSchema.parse(response.json());
    // The tests' pushes share one login, so its session names the device that pushed last.
    expect(sessions.map((s) => s.deviceName)).toContain('Tablet lantai 1');
  });
});
