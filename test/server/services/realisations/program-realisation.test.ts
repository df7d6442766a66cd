// Realisasi anggaran and fisik per program × quarter: the unit's operator and head enter it while
// the quarter is open; other roles, units and tenants are refused; bad amounts are refused with a
// reason; a change made on another device is never silently overwritten; every device of the unit
// pulls it.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPath, adminRoutes } from '../../../../src/api/admin';
import type { Mutation, MutationResult } from '../../../../src/api/sync';
import type { Program } from '../../../../src/domain/agreement';
import { programRealisationSchema } from '../../../../src/domain/program-realisation';
import { createTestServer, csrf, loginAs, pullOk, pushOk, type TestServer } from '../../../support/server-app';

let server: TestServer;
const cookies = new Map<string, string>();
let programA: Program;
let programX: Program;
beforeAll(async () => {
  server = await createTestServer();
  for (const username of ['operator.a', 'kepala.a', 'evaluator', 'pimpinan', 'admin', 'operator.b', 'operator.x']) {
    cookies.set(username, await loginAs(server.app, username));
  }
  const { data } = server.world;
  const program = (agreementIndex: number, code: string): Program => {
    const agreement = data.agreements[agreementIndex];
    if (!agreement) throw new Error('world agreement missing');
    return {
      id: randomUUID(), tenantId: agreement.tenantId, rev: 1, updatedAt: new Date().toISOString(), updatedBy: null, deviceId: null,
      deleted: false, orgUnitId: agreement.orgUnitId, agreementId: agreement.id, parentId: null, level: 'program', order: 0,
      code, name: `Program ${code}`, budget: 2_000_000_000,
    };
  };
  programA = program(0, '2.15.01');
  programX = program(2, '7.01.01');
  await server.store.transaction(async (tx) => {
    await tx.insertSyncedRow('program', programA);
    await tx.insertSyncedRow('program', programX);
  });
});
afterAll(async () => { await server.cleanup(); });

const mutation = (recordId: string, fields: Record<string, unknown>, baseRev: number | null = null, seq = 1): Mutation => ({
  id: randomUUID(), seq, entity: 'programRealisation', recordId, op: 'upsert', fields, baseRev, clientTime: new Date().toISOString(),
});
async function send(username: string, m: Mutation, device = randomUUID()): Promise<MutationResult> {
  const response = await pushOk(server.app, cookies.get(username) ?? '', device, [m]);
  const result = response.results[0];
  if (!result) throw new Error('no result');
  return result;
}

describe('program realisations', () => {
  it('the unit enters and edits them; other roles, units and tenants are refused', async () => {
    for (const [username, code] of [['evaluator', 'forbidden'], ['pimpinan', 'forbidden'], ['admin', 'forbidden'], ['operator.b', 'other_unit'], ['operator.x', 'not_found']] as const) {
      expect((await send(username, mutation(randomUUID(), { programId: programA.id, quarter: 1, budgetRealised: 1 }))).reason?.code, username).toBe(code);
    }
    const id = randomUUID();
    const device = randomUUID();
    const created = await send('operator.a', mutation(id, { programId: programA.id, quarter: 1, budgetRealised: 450_000_000, physicalProgress: 20 }), device);
    expect(created.status).toBe('applied');
    const edited = await send('kepala.a', mutation(id, { physicalProgress: 25.5 }, created.rev));
    expect(edited.status).toBe('applied');

    const pulled = await pullOk(server.app, cookies.get('operator.a') ?? '', 0, 5000);
    if (pulled.kind !== 'changes') throw new Error('reset');
    const rows = pulled.changes.filter((c) => c.entity === 'programRealisation').map((c) => programRealisationSchema.parse(c.row));
    expect(rows.at(-1)).toMatchObject({ id, programId: programA.id, year: 2026, quarter: 1, budgetRealised: 450_000_000, physicalProgress: 25.5 });
    const other = await pullOk(server.app, cookies.get('operator.b') ?? '', 0, 5000);
    expect(other.kind === 'changes' && other.changes.some((c) => c.entity === 'programRealisation')).toBe(false);
  });

  it('refuses bad amounts with a reason and keeps the unit and quarter fixed', async () => {
    for (const fields of [
      { programId: programA.id, quarter: 2, budgetRealised: -1 },
      { programId: programA.id, quarter: 2, budgetRealised: 10.5 },
      { programId: programA.id, quarter: 2, physicalProgress: 101 },
      { programId: programA.id, quarter: 2, budgetRealised: 'satu miliar' },
      { programId: programA.id, quarter: 5, budgetRealised: 1 },
      { programId: programA.id, quarter: 2, value: 3 },
    ]) {
      expect((await send('operator.a', mutation(randomUUID(), fields))).reason?.code, JSON.stringify(fields)).toBe('invalid');
    }
    expect((await send('operator.a', mutation(randomUUID(), { programId: programX.id, quarter: 2, budgetRealised: 1 }))).reason?.code).toBe('not_found');
  });

  it('never overwrites silently what another device changed since this one last saw it', async () => {
    const id = randomUUID();
    const phone = randomUUID();
    const first = await send('operator.a', mutation(id, { programId: programA.id, quarter: 3, budgetRealised: 900_000_000 }), phone);
    const tablet = await send('kepala.a', mutation(id, { budgetRealised: 950_000_000 }, first.rev));
    expect(tablet.status).toBe('applied');
    // The phone edits on top of what it last saw (first.rev): the tablet's change came since.
    const stale = await send('operator.a', mutation(id, { budgetRealised: 1_000_000_000 }, first.rev, 2), phone);
    expect(stale.reason?.code).toBe('changed_elsewhere');
    // Another device creating the same program × quarter without having seen it is refused too.
    const again = await send('operator.a', mutation(randomUUID(), { programId: programA.id, quarter: 3, budgetRealised: 1 }));
    expect(again.reason?.code, JSON.stringify(again.reason)).toBe('changed_elsewhere');
  });

  it('refuses entries into a locked quarter', async () => {
    const locked = await server.app.inject({
      method: 'PUT', url: adminPath(adminRoutes.periodWindow, { year: '2026', quarter: '4' }),
      headers: { cookie: cookies.get('admin') ?? '', ...csrf }, payload: { locked: true, lockAt: null },
    });
    expect(locked.statusCode).toBe(200);
    expect((await send('operator.a', mutation(randomUUID(), { programId: programA.id, quarter: 4, budgetRealised: 1 }))).reason?.code).toBe('quarter_locked');
  });
});
