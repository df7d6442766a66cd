// Conflicts as synced rows: every device that may read the unit pulls them; a user who may edit
// the entry resolves them with a `conflict` mutation, applied as a normal edit.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mutation, MutationResult } from '../../../../src/api/sync';
import { conflictSchema, type Conflict } from '../../../../src/domain/conflict';
import { realisationSchema } from '../../../../src/domain/realisation';
import type { Quarter } from '../../../../src/domain/period';
import { createTestServer, loginAs, pullOk, pushOk, realisationMutation as rm, type TestServer } from '../../../support/server-app';

let server: TestServer;
const cookies = new Map<string, string>();
const users = ['operator.a', 'kepala.a', 'evaluator', 'pimpinan', 'admin', 'operator.b', 'kepala.b', 'operator.x'] as const;
type Username = (typeof users)[number];
const cookie = (u: Username): string => {
  const c = cookies.get(u);
  if (!c) throw new Error(`no login for ${u}`);
  return c;
};

type Unit = 'A' | 'B' | 'X';
const slots: Record<Unit, Array<[string, Quarter]>> = { A: [], B: [], X: [] };

beforeAll(async () => {
  server = await createTestServer();
  for (const u of users) cookies.set(u, await loginAs(server.app, u));
  const ind = server.world.indicators;
  const quarters = (id: string, qs: Quarter[]) => qs.map((q): [string, Quarter] => [id, q]);
  slots.A.push(...quarters(ind.text.id, [1, 2, 3, 4]), ...quarters(ind.scale.id, [2, 3, 4]), ...quarters(ind.percent.id, [1, 2, 3]),
    ...quarters(ind.growth.id, [1, 2, 3, 4]), ...quarters(ind.count.id, [1, 2, 3]));
  slots.B.push(...quarters(ind.unitB.id, [1, 2, 3, 4]));
  slots.X.push(...quarters(ind.otherTenant.id, [1, 2, 3, 4]));
});
afterAll(async () => { await server.cleanup(); });

const editorOf: Record<Unit, Username> = { A: 'operator.a', B: 'operator.b', X: 'operator.x' };

function resolveMutation(conflictId: string, fields: Record<string, unknown>, op: Mutation['op'] = 'upsert'): Mutation {
  return { id: randomUUID(), seq: 1, entity: 'conflict', recordId: conflictId, op, fields, baseRev: null, clientTime: new Date().toISOString() };
}

async function pushOne(user: Username, mutation: Mutation, deviceId = randomUUID()): Promise<MutationResult> {
  const response = await pushOk(server.app, cookie(user), deviceId, [mutation]);
  const result = response.results[0];
  if (!result) throw new Error('no result');
  return result;
}

/**
 * Two devices of the unit's editor change `field` of one entry from the same base: the second loses.
 * Returns the entry id and the conflict id (from the losing push result).
 */
async function makeConflict(unit: Unit, field: string, first: unknown, second: unknown, slot = slots[unit].shift()) {
  if (!slot) throw new Error(`no free entry slot in unit ${unit}`);
  const [indicatorId, quarter] = slot;
  const editor = editorOf[unit];
  const id = randomUUID();
  const created = await pushOne(editor, rm(1, id, { indicatorId, quarter, drivers: 'awal' }));
  const base = created.rev;
  const deviceB = randomUUID();
  await pushOne(editor, rm(1, id, { [field]: first }, base));
  const losing = rm(1, id, { [field]: second }, base);
  const lost = await pushOne(editor, losing, deviceB);
  expect(lost.status).toBe('conflict');
  const conflictId = lost.conflicts?.[0]?.id;
  if (!conflictId) throw new Error('the push result names no conflict id');
  return { id, conflictId, deviceB, losing };
}

async function pulledConflicts(user: Username): Promise<Map<string, Conflict>> {
  const page = await pullOk(server.app, cookie(user), 0, 5000);
  if (page.kind !== 'changes') throw new Error('reset');
  const latest = new Map<string, Conflict>();
  for (const change of page.changes) {
    if (change.entity === 'conflict') latest.set(change.recordId, conflictSchema.parse(change.row));
  }
  return latest;
}

async function currentEntry(user: Username, id: string) {
  const page = await pullOk(server.app, cookie(user), 0, 5000);
  if (page.kind !== 'changes') throw new Error('reset');
  return realisationSchema.parse(page.changes.filter((c) => c.recordId === id).at(-1)?.row);
}

describe('a conflict reaches every device that may read the unit', () => {
  it('is pulled, open, with both values and both sides, by the unit and tenant-wide roles only', async () => {
    const { id, conflictId, deviceB, losing } = await makeConflict('A', 'drivers', 'cuaca baik', 'anggaran cair');
    for (const user of ['operator.a', 'kepala.a', 'evaluator', 'pimpinan', 'admin'] as const) {
      const conflict = (await pulledConflicts(user)).get(conflictId);
      expect(conflict, user).toMatchObject({
        recordId: id, field: 'drivers', serverValue: 'cuaca baik', yourValue: 'anggaran cair', status: 'open',
        orgUnitId: server.world.units.unitA.id, resolution: null, mutationId: losing.id,
      });
      expect(conflict?.yours).toMatchObject({ deviceId: deviceB, userName: 'Pengguna operator.a', savedAt: losing.clientTime });
      expect(conflict?.server.userName).toBe('Pengguna operator.a');
      expect(conflict?.server.deviceId).not.toBe(deviceB);
      expect(conflict?.server.at).not.toBeNull();
    }
    for (const user of ['operator.b', 'kepala.b', 'operator.x'] as const) {
      expect((await pulledConflicts(user)).has(conflictId), user).toBe(false);
    }
  });

  it('records one conflict row per conflicting field and keeps the stored revision', async () => {
    const { id } = await makeConflict('A', 'obstacles', 'banjir', 'longsor');
    const stored = await server.store.listConflicts(server.world.tenant.id, id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ field: 'obstacles', serverValue: 'banjir', incomingValue: 'longsor', resolvedAt: null });
  });
});

describe('resolving a conflict', () => {
  it('"yours" writes the other value as a new rev, marks the conflict resolved, and both converge', async () => {
    const { id, conflictId } = await makeConflict('A', 'followUp', 'rapat', 'kunjungan');
    const before = await currentEntry('operator.a', id);
    const result = await pushOne('kepala.a', resolveMutation(conflictId, { resolution: 'yours', value: 'kunjungan' }));
    expect(result).toMatchObject({ status: 'applied', recordId: conflictId });
    for (const user of ['operator.a', 'kepala.a', 'evaluator'] as const) {
      const entry = await currentEntry(user, id);
      expect(entry.followUp).toBe('kunjungan');
      expect(entry.rev).toBeGreaterThan(before.rev);
      expect((await pulledConflicts(user)).get(conflictId)).toMatchObject({
        status: 'resolved', resolution: 'yours', resolvedValue: 'kunjungan', resolvedByName: 'Pengguna kepala.a',
      });
    }
    const stored = await server.store.listConflicts(server.world.tenant.id, id);
    expect(stored[0]?.resolvedAt).not.toBeNull();
  });

  it('"server" keeps the value without a new entry rev; "combined" writes a new text', async () => {
    const kept = await makeConflict('A', 'drivers', 'satu', 'dua');
    const before = await currentEntry('operator.a', kept.id);
    expect(await pushOne('operator.a', resolveMutation(kept.conflictId, { resolution: 'server', value: 'satu' })))
      .toMatchObject({ status: 'applied' });
    expect(await currentEntry('operator.a', kept.id)).toMatchObject({ drivers: 'satu', rev: before.rev });

    const combined = await makeConflict('A', 'drivers', 'jalan rusak', 'jembatan putus');
    const result = await pushOne('operator.a', resolveMutation(combined.conflictId, { resolution: 'combined', value: 'jalan rusak; jembatan putus' }));
    expect(result.status).toBe('applied');
    expect((await currentEntry('kepala.a', combined.id)).drivers).toBe('jalan rusak; jembatan putus');
  });

  it('a second resolution is refused with conflict_resolved and changes nothing', async () => {
    const { id, conflictId } = await makeConflict('A', 'drivers', 'a', 'b');
    await pushOne('operator.a', resolveMutation(conflictId, { resolution: 'yours', value: 'b' }));
    const second = await pushOne('kepala.a', resolveMutation(conflictId, { resolution: 'server', value: 'a' }));
    expect(second).toMatchObject({ status: 'rejected', reason: { code: 'conflict_resolved' } });
    expect((await currentEntry('operator.a', id)).drivers).toBe('b');
  });

  it('a field changed by another device since the conflict becomes a new conflict, not an overwrite', async () => {
    const { id, conflictId } = await makeConflict('A', 'drivers', 'pertama', 'kedua');
    const latest = await currentEntry('operator.a', id);
    await pushOne('kepala.a', rm(1, id, { drivers: 'ketiga' }, latest.rev));
    const result = await pushOne('operator.a', resolveMutation(conflictId, { resolution: 'yours', value: 'kedua' }));
    expect(result.status).toBe('conflict');
    expect(result.conflicts?.[0]).toMatchObject({ field: 'drivers', serverValue: 'ketiga', yourValue: 'kedua' });
    expect((await currentEntry('operator.a', id)).drivers).toBe('ketiga');
    const conflicts = await pulledConflicts('kepala.a');
    expect(conflicts.get(conflictId)?.status).toBe('resolved');
    expect(conflicts.get(result.conflicts?.[0]?.id ?? '')).toMatchObject({ status: 'open', serverValue: 'ketiga', yourValue: 'kedua' });
  });

  it('is refused once the entry is no longer editable (submitted)', async () => {
    const { id, conflictId } = await makeConflict('A', 'drivers', 'x', 'y');
    const record = await server.store.getRealisation(id);
    if (!record) throw new Error('entry missing');
    await server.store.updateRealisation({ ...record, status: 'submitted' });
    expect(await pushOne('operator.a', resolveMutation(conflictId, { resolution: 'yours', value: 'y' })))
      .toMatchObject({ status: 'rejected', reason: { code: 'not_editable' } });
    expect((await pulledConflicts('operator.a')).get(conflictId)?.status).toBe('open');
  });

  it('refuses invalid choices with reasons and leaves the conflict open', async () => {
    const { conflictId } = await makeConflict('A', 'value', 3, 4, [server.world.indicators.scale.id, 1]);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ resolution: 'server', value: 4 }, 'invalid'], // not the server's value
      [{ resolution: 'yours', value: 3 }, 'invalid'],
      [{ resolution: 'combined', value: 'tiga' }, 'invalid'], // not a number
      [{ resolution: 'combined', value: 2 }, 'not_on_scale'],
      [{ resolution: 'lainnya', value: 3 }, 'invalid'],
      [{ resolution: 'server', value: 3, extra: true }, 'invalid'],
    ];
    for (const [fields, code] of cases) {
      expect(await pushOne('operator.a', resolveMutation(conflictId, fields)), JSON.stringify(fields))
        .toMatchObject({ status: 'rejected', reason: { code } });
    }
    expect(await pushOne('operator.a', resolveMutation(conflictId, { resolution: 'server', value: 3 }, 'delete')))
      .toMatchObject({ status: 'rejected', reason: { code: 'forbidden' } });
    expect(await pushOne('operator.a', resolveMutation(randomUUID(), { resolution: 'server', value: 3 })))
      .toMatchObject({ status: 'rejected', reason: { code: 'not_found' } });
    expect((await pulledConflicts('operator.a')).get(conflictId)?.status).toBe('open');
    expect(await pushOne('operator.a', resolveMutation(conflictId, { resolution: 'server', value: 3 }))).toMatchObject({ status: 'applied' });
  });
});

describe('resolution matrix: every role × own unit / other unit / other tenant', () => {
  type Outcome = 'applied' | 'forbidden' | 'other_unit' | 'not_found';
  const matrix: Array<[Username, Record<'A' | 'B' | 'X', Outcome>]> = [
    ['operator.a', { A: 'applied', B: 'other_unit', X: 'not_found' }],
    ['kepala.a', { A: 'applied', B: 'other_unit', X: 'not_found' }],
    ['evaluator', { A: 'forbidden', B: 'forbidden', X: 'not_found' }],
    ['pimpinan', { A: 'forbidden', B: 'forbidden', X: 'not_found' }],
    ['admin', { A: 'forbidden', B: 'forbidden', X: 'not_found' }],
    ['operator.b', { A: 'other_unit', B: 'applied', X: 'not_found' }],
    ['kepala.b', { A: 'other_unit', B: 'applied', X: 'not_found' }],
    ['operator.x', { A: 'not_found', B: 'not_found', X: 'applied' }],
  ];
  const open: Partial<Record<Unit, string>> = {};
  const openConflict = async (unit: Unit): Promise<string> => {
    const existing = open[unit];
    if (existing) return existing;
    const { conflictId } = await makeConflict(unit, 'drivers', `server ${unit}`, `lain ${unit}`);
    open[unit] = conflictId;
    return conflictId;
  };

  it.each(matrix)('%s', async (user, expected) => {
    const actual: Record<string, string | undefined> = {};
    for (const unit of ['A', 'B', 'X'] as const) {
      const conflictId = await openConflict(unit);
      const result = await pushOne(user, resolveMutation(conflictId, { resolution: 'yours', value: `lain ${unit}` }));
      actual[unit] = result.status === 'rejected' ? result.reason?.code : result.status;
      if (result.status === 'applied') delete open[unit];
    }
    expect(actual).toEqual(expected);
  });
});
