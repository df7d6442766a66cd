// Cascading on the server (issue 19): the pemda's PK is the admin's (or a planner's) to write and every device of the
// tenant pulls it; a unit's indicator links to the IKU it supports only within the rules of
// domain/alignment.ts (same tenant and year, the level above, no cycle), as every role, for its own
// unit, another unit and another tenant. Runs on PGlite and PostgreSQL.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Mutation, MutationResult, SyncEntity } from '../../../../src/api/sync';
import { pullOk, pushOk } from '../../../support/server-app';
import { useSignedInServer } from '../../../support/signed-in-server';

const usernames = ['operator.a', 'kepala.a', 'kepala.b', 'evaluator', 'pimpinan', 'admin', 'operator.x'] as const;
type Username = (typeof usernames)[number];
const signedIn = useSignedInServer(usernames);

const devices = new Map<string, { id: string; seq: number }>();
async function send(username: Username, entity: SyncEntity, recordId: string, fields: Record<string, unknown>): Promise<MutationResult> {
  const state = devices.get(username) ?? { id: randomUUID(), seq: 0 };
  devices.set(username, state);
  state.seq += 1;
  const mutation: Mutation = { id: randomUUID(), seq: state.seq, entity, recordId, op: 'upsert', fields, baseRev: null, clientTime: new Date().toISOString() };
  const response = await pushOk(signedIn.server.app, signedIn.cookie(username), state.id, [mutation]);
  const result = response.results[0];
  if (!result) throw new Error('no result');
  return result;
}
const code = (result: MutationResult) => result.reason?.code ?? result.status;
const problem = (result: MutationResult) => (result.reason?.details as { problem?: string } | undefined)?.problem;

const parties = {
  number: null,
  firstParty: { name: 'H. Bupati Uji', position: 'Bupati Uji', rank: '', nip: null },
  secondParty: { name: 'Gubernur Uji', position: 'Gubernur' },
};
const pk = (orgUnitId: string, year: number, kind: string) => ({ orgUnitId, year, version: 0, parentId: null, kind, ...parties });
const indicator = (agreementId: string, goalId: string, extra: Record<string, unknown> = {}) => ({
  agreementId, goalId, order: 0, name: 'Indeks Kepuasan Masyarakat', unit: 'indeks', polarity: 'higher', aggregation: 'last',
  targetType: 'number', annualTarget: 82, quarterTargets: [null, null, null, 82], ...extra,
});

/** A PK with one sasaran and one indicator, written by `username`; the ids. */
async function pkWithIndicator(username: Username, orgUnitId: string, year: number, kind: string, extra: Record<string, unknown> = {}) {
  const ids = { agreement: randomUUID(), goal: randomUUID(), indicator: randomUUID() };
  expect(code(await send(username, 'agreement', ids.agreement, pk(orgUnitId, year, kind)))).toBe('applied');
  expect(code(await send(username, 'goal', ids.goal, { agreementId: ids.agreement, order: 0, name: 'Meningkatnya pelayanan publik' }))).toBe('applied');
  const result = await send(username, 'indicator', ids.indicator, indicator(ids.agreement, ids.goal, extra));
  return { ...ids, result };
}

let iku2027: string;
let iku2028: string;
let pemdaPk2027: string;
let pemda2028: { agreement: string; goal: string };
beforeAll(async () => {
  const { setda } = signedIn.server.world.units;
  const pemda = await pkWithIndicator('admin', setda.id, 2027, 'pemda');
  expect(code(pemda.result)).toBe('applied');
  iku2027 = pemda.indicator;
  pemdaPk2027 = pemda.agreement;
  const later = await pkWithIndicator('admin', setda.id, 2028, 'pemda');
  iku2028 = later.indicator;
  pemda2028 = later;
});

describe("the pemda's PK", () => {
  it('is written by the admin (and a planner: pemda-realisation.test.ts); every other role, and another tenant, is refused', async () => {
    const { unitA, setda } = signedIn.server.world.units;
    const refusals: Array<[Username, string, string]> = [
      ['kepala.a', unitA.id, 'forbidden'], ['operator.a', unitA.id, 'forbidden'], ['evaluator', setda.id, 'forbidden'],
      ['pimpinan', setda.id, 'forbidden'], ['kepala.b', setda.id, 'forbidden'], ['operator.x', setda.id, 'not_found'],
    ];
    for (const [username, unit, expected] of refusals) {
      expect(code(await send(username, 'agreement', randomUUID(), pk(unit, 2029, 'pemda'))), username).toBe(expected);
    }
  });

  it("sits in the setda's unit beside the setda's own PK: each has its own versions", async () => {
    const { setda } = signedIn.server.world.units;
    expect(code(await send('admin', 'agreement', randomUUID(), pk(setda.id, 2027, 'jpt')))).toBe('applied');
    expect(code(await send('admin', 'agreement', randomUUID(), pk(setda.id, 2027, 'pemda')))).toBe('agreement_exists');
  });

  it('is pulled by every device of the tenant, whatever its unit, and by no other tenant', async () => {
    const pulledBy = async (username: Username) => {
      const page = await pullOk(signedIn.server.app, signedIn.cookie(username), 0, 5000);
      if (page.kind !== 'changes') throw new Error('reset');
      return new Set(page.changes.map((c) => c.recordId));
    };
    for (const username of ['operator.a', 'kepala.b', 'evaluator', 'pimpinan'] as const) {
      const seen = await pulledBy(username);
      expect([pemdaPk2027, iku2027].every((id) => seen.has(id)), username).toBe(true);
    }
    expect((await pulledBy('operator.x')).has(iku2027)).toBe(false);
  });

  it('never turns into a unit’s PK, nor a unit’s PK into the pemda’s', async () => {
    const { unitA } = signedIn.server.world.units;
    expect(code(await send('admin', 'agreement', pemdaPk2027, { kind: 'jpt' }))).toBe('invalid');
    const unitPk = randomUUID();
    expect(code(await send('admin', 'agreement', unitPk, pk(unitA.id, 2029, 'jpt')))).toBe('applied');
    expect(code(await send('admin', 'agreement', unitPk, { kind: 'pemda' }))).toBe('invalid');
  });
});

describe("a unit's indicator supporting an IKU", () => {
  it("links to the pemda's IKU of its year, on create and on edit, and unlinks", async () => {
    const { unitA } = signedIn.server.world.units;
    const linked = await pkWithIndicator('kepala.a', unitA.id, 2027, 'jpt', { supportsId: iku2027 });
    expect(code(linked.result)).toBe('applied');
    const unlinked = randomUUID();
    expect(code(await send('kepala.a', 'indicator', unlinked, indicator(linked.agreement, linked.goal, { order: 1 })))).toBe('applied');
    expect(code(await send('kepala.a', 'indicator', unlinked, { supportsId: iku2027 }))).toBe('applied');
    expect(code(await send('kepala.a', 'indicator', unlinked, { supportsId: null }))).toBe('applied');
    const page = await pullOk(signedIn.server.app, signedIn.cookie('kepala.a'), 0, 5000);
    if (page.kind !== 'changes') throw new Error('reset');
    const last = (id: string) => page.changes.filter((c) => c.recordId === id).at(-1)?.row as { supportsId: string | null };
    expect(last(linked.indicator).supportsId).toBe(iku2027);
    expect(last(unlinked).supportsId).toBeNull();
  });

  it('refuses every link the rules forbid, naming the rule, and keeps the indicator as it was', async () => {
    const { unitA, unitB } = signedIn.server.world.units;
    const { indicators } = signedIn.server.world;
    const a = await pkWithIndicator('admin', unitA.id, 2030, 'jpt');
    const b = await pkWithIndicator('admin', unitB.id, 2030, 'jpt');
    const cases: Array<[string, string]> = [
      [iku2028, 'other_year'],
      [b.indicator, 'wrong_level'], // a JPT indicator supports an IKU, not another OPD's indicator
      [a.indicator, 'self'],
      [indicators.otherTenant.id, 'not_found'], // another tenant's is not admitted to exist
      [randomUUID(), 'not_found'],
    ];
    for (const [parent, expected] of cases) {
      const result = await send('admin', 'indicator', a.indicator, { supportsId: parent });
      expect([code(result), problem(result)], expected).toEqual(['support_invalid', expected]);
      expect(result.reason?.message).toMatch(/Indikator yang didukung tidak dapat dipilih/);
    }
    // The pemda's own IKU supports nothing above it, not even another IKU of its year.
    const sibling = randomUUID();
    expect(code(await send('admin', 'indicator', sibling, indicator(pemda2028.agreement, pemda2028.goal, { order: 1 })))).toBe('applied');
    const iku = await send('admin', 'indicator', iku2028, { supportsId: sibling });
    expect([code(iku), problem(iku)]).toEqual(['support_invalid', 'wrong_level']);
  });

  it('is set by the head of the unit and the admin only, on a draft only', async () => {
    const { unitA } = signedIn.server.world.units;
    const { indicators } = signedIn.server.world;
    const draft = await pkWithIndicator('kepala.a', unitA.id, 2031, 'jpt');
    const refusals: Array<[Username, string]> = [
      ['operator.a', 'forbidden'], ['evaluator', 'forbidden'], ['pimpinan', 'forbidden'], ['kepala.b', 'other_unit'], ['operator.x', 'not_found'],
    ];
    for (const [username, expected] of refusals) {
      expect(code(await send(username, 'indicator', draft.indicator, { supportsId: iku2027 })), username).toBe(expected);
    }
    // Another year's IKU, for this 2031 PK; then the 2027 one on a 2027 PK by the admin.
    expect(code(await send('kepala.a', 'indicator', draft.indicator, { supportsId: iku2027 }))).toBe('support_invalid');
    const draft2027 = await pkWithIndicator('admin', signedIn.server.world.units.unitB.id, 2027, 'jpt');
    expect(code(await send('admin', 'indicator', draft2027.indicator, { supportsId: iku2027 }))).toBe('applied');
    // A signed PK changes its links only through a PK perubahan.
    expect(code(await send('kepala.a', 'indicator', indicators.count.id, { supportsId: iku2027 }))).toBe('agreement_signed');
  });
});
