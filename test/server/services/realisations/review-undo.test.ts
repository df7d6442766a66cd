// Undo of a review decision (issue 15): the evaluator takes a verification or a return back to
// submitted. Only an evaluator of the entry's tenant, only while the quarter's window is open, and
// not after the unit changed the entry; every role tried on unit A, unit B and another tenant.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPath, adminRoutes } from '../../../../src/api/admin';
import type { Mutation, MutationResult } from '../../../../src/api/sync';
import { realisationSchema, type Realisation } from '../../../../src/domain/realisation';
import { buildUser } from '../../../support/server-factories';
import { createTestServer, csrf, loginAs, pullOk, pushOk, realisationMutation as rm, sessionCookieFor, type TestServer } from '../../../support/server-app';

let server: TestServer;
const cookies = new Map<string, string>();
const usernames = ['operator.a', 'kepala.a', 'operator.b', 'kepala.b', 'evaluator', 'pimpinan', 'admin', 'operator.x'] as const;
type Username = (typeof usernames)[number] | 'kepala.x' | 'evaluator.x';

beforeAll(async () => {
  server = await createTestServer();
  for (const username of usernames) cookies.set(username, await loginAs(server.app, username));
  // The other tenant gets a head and an evaluator of its own, so its entry can be decided there.
  for (const [role, username] of [['head', 'kepala.x'], ['evaluator', 'evaluator.x']] as const) {
    const { password: _password, ...user } = buildUser(server.world.units.unitX, role, username);
    await server.store.insertUser({ ...user, active: true, planner: false }, 'unused-hash');
    cookies.set(username, await sessionCookieFor(server.store, user.id, server.clock.now));
  }
});
afterAll(async () => { await server.cleanup(); });

const cookie = (username: Username) => cookies.get(username) ?? '';
const workflow = (recordId: string, fields: Record<string, unknown>, baseRev: number | null): Mutation =>
  ({ ...rm(1, recordId, fields, baseRev), id: randomUUID() });
const undo = { status: 'submitted', undo: true };

async function send(username: Username, mutation: Mutation): Promise<MutationResult> {
  const response = await pushOk(server.app, cookie(username), randomUUID(), [mutation]);
  const result = response.results[0];
  if (!result) throw new Error('no result');
  return result;
}

/** The row as a device of the entry's tenant sees it after a pull. */
async function current(id: string, reader: Username = 'evaluator'): Promise<Realisation> {
  const page = await pullOk(server.app, cookie(reader), 0, 5000);
  if (page.kind !== 'changes') throw new Error('reset');
  const row = page.changes.filter((c) => c.recordId === id).map((c) => realisationSchema.parse(c.row)).at(-1);
  if (!row) throw new Error(`row ${id} not pulled`);
  return row;
}

/** An entry entered, submitted and decided by the people of its own unit and tenant. */
async function decided(
  people: { operator: Username; head: Username; evaluator: Username }, indicatorId: string, quarter: number,
  decision: 'verified' | 'returned' = 'verified',
): Promise<Realisation> {
  const created = await send(people.operator, rm(1, randomUUID(), { indicatorId, quarter, value: 12 }));
  expect(created.status).toBe('applied');
  const draft = await current(created.recordId, people.evaluator);
  expect((await send(people.head, workflow(draft.id, { status: 'submitted' }, draft.rev))).status).toBe('applied');
  const submitted = await current(draft.id, people.evaluator);
  const fields = decision === 'verified' ? { status: 'verified' } : { status: 'returned', reviewNote: 'Lampirkan foto kegiatan.' };
  expect((await send(people.evaluator, workflow(draft.id, fields, submitted.rev))).status).toBe('applied');
  return current(draft.id, people.evaluator);
}

const unitA = { operator: 'operator.a', head: 'kepala.a', evaluator: 'evaluator' } as const;
const unitB = { operator: 'operator.b', head: 'kepala.b', evaluator: 'evaluator' } as const;
const unitX = { operator: 'operator.x', head: 'kepala.x', evaluator: 'evaluator.x' } as const;

async function setWindow(quarter: number, body: { locked: boolean; lockAt: string | null }): Promise<void> {
  const response = await server.app.inject({
    method: 'PUT', url: adminPath(adminRoutes.periodWindow, { year: '2026', quarter: String(quarter) }),
    headers: { cookie: cookie('admin'), ...csrf }, payload: body,
  });
  expect(response.statusCode).toBe(200);
}

describe('undo: every role × unit A / unit B / another tenant', () => {
  type Target = 'ownUnit' | 'otherUnit' | 'otherTenant';
  const expected: Array<[Username, Record<Target, string>]> = [
    ['operator.a', { ownUnit: 'forbidden', otherUnit: 'forbidden', otherTenant: 'not_found' }],
    ['kepala.a', { ownUnit: 'forbidden', otherUnit: 'forbidden', otherTenant: 'not_found' }],
    ['pimpinan', { ownUnit: 'forbidden', otherUnit: 'forbidden', otherTenant: 'not_found' }],
    ['admin', { ownUnit: 'forbidden', otherUnit: 'forbidden', otherTenant: 'not_found' }],
    ['evaluator.x', { ownUnit: 'not_found', otherUnit: 'not_found', otherTenant: 'applied' }],
    // Last: the tenant's evaluator takes back the decisions of both its units.
    ['evaluator', { ownUnit: 'applied', otherUnit: 'applied', otherTenant: 'not_found' }],
  ];

  it('only an evaluator of the entry’s tenant takes a decision back; refusals change nothing', async () => {
    const ind = server.world.indicators;
    const rows: Record<Target, Realisation> = {
      ownUnit: await decided(unitA, ind.growth.id, 1),
      otherUnit: await decided(unitB, ind.unitB.id, 1),
      otherTenant: await decided(unitX, ind.otherTenant.id, 1),
    };
    const readerOf: Record<Target, Username> = { ownUnit: 'evaluator', otherUnit: 'evaluator', otherTenant: 'evaluator.x' };
    for (const [username, outcomes] of expected) {
      const actual: Record<string, string> = {};
      for (const target of Object.keys(rows) as Target[]) {
        const row = await current(rows[target].id, readerOf[target]);
        const result = await send(username, workflow(row.id, undo, row.rev));
        actual[target] = result.status === 'rejected' ? result.reason?.code ?? '?' : result.status;
        const after = await current(row.id, readerOf[target]);
        expect(after.status, `${username} on ${target}`).toBe(outcomes[target] === 'applied' ? 'submitted' : row.status);
      }
      expect(actual, username).toEqual(outcomes);
    }
  });
});

describe('undo: the rules', () => {
  it('takes a return back to submitted with its note kept; the evaluator can decide again', async () => {
    const returned = await decided(unitA, server.world.indicators.count.id, 1, 'returned');
    expect((await send('evaluator', workflow(returned.id, undo, returned.rev))).status).toBe('applied');
    const back = await current(returned.id);
    expect(back).toMatchObject({ status: 'submitted', reviewNote: 'Lampirkan foto kegiatan.', value: 12 });
    // Waiting again: the unit cannot edit it, the evaluator verifies it.
    expect((await send('operator.a', rm(1, back.id, { value: 13 }, back.rev))).reason?.code).toBe('not_editable');
    expect((await send('evaluator', workflow(back.id, { status: 'verified' }, back.rev))).status).toBe('applied');
  });

  it('refuses once the unit changed the returned entry (back to draft), and on an entry waiting already', async () => {
    const returned = await decided(unitA, server.world.indicators.percent.id, 1, 'returned');
    expect((await send('operator.a', rm(1, returned.id, { value: 13, drivers: 'Diperbaiki' }, returned.rev))).status).toBe('applied');
    const fixed = await current(returned.id);
    expect(fixed).toMatchObject({ status: 'draft', value: 13, drivers: 'Diperbaiki' });
    expect((await send('evaluator', workflow(returned.id, undo, returned.rev))).reason?.code).toBe('wrong_status');
    expect((await send('evaluator', workflow(returned.id, undo, fixed.rev))).reason?.code).toBe('wrong_status');
    expect(await current(returned.id)).toMatchObject({ status: 'draft', value: 13 });
    // Resubmitted by the head: already waiting, nothing to take back.
    expect((await send('kepala.a', workflow(fixed.id, { status: 'submitted' }, fixed.rev))).status).toBe('applied');
    const waiting = await current(fixed.id);
    expect((await send('evaluator', workflow(fixed.id, undo, waiting.rev))).reason?.code).toBe('wrong_status');
  });

  it('judges undo on the rev the evaluator saw', async () => {
    const verified = await decided(unitA, server.world.indicators.growth.id, 3);
    expect((await send('evaluator', workflow(verified.id, undo, null))).reason?.code).toBe('stale_review');
    expect((await send('evaluator', workflow(verified.id, undo, verified.rev - 1))).reason?.code).toBe('stale_review');
    expect((await current(verified.id)).status).toBe('verified');
  });

  it('refuses undo flagged on any status but submitted', async () => {
    const verified = await decided(unitA, server.world.indicators.growth.id, 2);
    for (const status of ['verified', 'returned']) {
      expect((await send('evaluator', workflow(verified.id, { status, undo: true, reviewNote: 'x' }, verified.rev))).reason?.code).toBe('invalid');
    }
    expect((await send('evaluator', workflow(verified.id, { status: 'submitted', undo: false }, verified.rev))).reason?.code).toBe('invalid');
    expect((await current(verified.id)).status).toBe('verified');
  });

  it('is refused once the quarter’s window is locked or its deadline passed, and allowed when reopened', async () => {
    const verified = await decided(unitA, server.world.indicators.count.id, 3);
    await setWindow(3, { locked: true, lockAt: null });
    expect((await send('evaluator', workflow(verified.id, undo, verified.rev))).reason)
      .toMatchObject({ code: 'quarter_locked', details: { quarter: 3, status: 'verified', rev: verified.rev } });
    await setWindow(3, { locked: false, lockAt: new Date(server.clock.now.getTime() - 60_000).toISOString() });
    expect((await send('evaluator', workflow(verified.id, undo, verified.rev))).reason?.code).toBe('quarter_locked');
    expect((await current(verified.id)).status).toBe('verified');
    await setWindow(3, { locked: false, lockAt: new Date(server.clock.now.getTime() + 86_400_000).toISOString() });
    expect((await send('evaluator', workflow(verified.id, undo, verified.rev))).status).toBe('applied');
    expect((await current(verified.id)).status).toBe('submitted');
  });
});
