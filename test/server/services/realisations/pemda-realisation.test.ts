// The planner right and the pemda's own IKU figures (issue 19): an evaluator given the right keeps
// the pemda's PK and enters its IKU realisations; nobody else does, not even the staff of the unit
// the pemda's PK is filed under; those entries go to every device of the tenant and take no unit
// workflow. Every role, for the pemda's PK, a unit's PK and another tenant. Runs on PGlite and PostgreSQL.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminPath, adminRoutes } from '../../../../src/api/admin';
import type { Mutation, MutationResult, PullResponse, SyncEntity } from '../../../../src/api/sync';
import { buildUser } from '../../../support/server-factories';
import { csrf, pullOk, pushOk, realisationMutation, sessionCookieFor } from '../../../support/server-app';
import { useSignedInServer } from '../../../support/signed-in-server';

const usernames = ['operator.a', 'kepala.a', 'evaluator', 'perencana', 'pimpinan', 'admin', 'operator.x'] as const;
type Username = (typeof usernames)[number] | 'operator.setda' | 'kepala.setda' | 'evaluator.baru';
const signedIn = useSignedInServer(usernames);
const extraCookies = new Map<string, string>();
const extraUsers = new Map<string, string>();
const cookie = (username: Username) => extraCookies.get(username) ?? signedIn.cookie(username as (typeof usernames)[number]);

async function send(username: Username, mutation: Omit<Mutation, 'seq'>): Promise<MutationResult> {
  const response = await pushOk(signedIn.server.app, cookie(username), randomUUID(), [{ ...mutation, seq: 1 }]);
  const result = response.results[0];
  if (!result) throw new Error('no result');
  return result;
}
const changesOf = (page: PullResponse) => (page.kind === 'changes' ? page.changes : []);
const code = (result: MutationResult) => result.reason?.code ?? result.status;
const row = (entity: SyncEntity, recordId: string, fields: Record<string, unknown>): Omit<Mutation, 'seq'> =>
  ({ id: randomUUID(), entity, recordId, op: 'upsert', fields, baseRev: null, clientTime: new Date().toISOString() });
const entry = (recordId: string, fields: Record<string, unknown>) => realisationMutation(1, recordId, fields);

const parties = {
  number: null,
  firstParty: { name: 'H. Bupati Uji', position: 'Bupati Uji', rank: '', nip: null },
  secondParty: { name: 'DPRD Uji', position: 'Ketua' },
};
const iku = (agreementId: string, goalId: string) => ({
  agreementId, goalId, order: 0, name: 'Indeks Pembangunan Manusia', unit: 'indeks', polarity: 'higher', aggregation: 'last',
  targetType: 'number', annualTarget: 74, quarterTargets: [null, null, null, 74],
});

/** The pemda's PK of `year` with one sasaran daerah and one IKU, written by `username`. */
async function pemdaPk(username: Username, year: number) {
  const ids = { agreement: randomUUID(), goal: randomUUID(), indicator: randomUUID() };
  const { setda } = signedIn.server.world.units;
  const results = [
    await send(username, row('agreement', ids.agreement, { orgUnitId: setda.id, year, version: 0, parentId: null, kind: 'pemda', ...parties })),
    await send(username, row('goal', ids.goal, { agreementId: ids.agreement, order: 0, name: 'Meningkatnya kualitas SDM' })),
    await send(username, row('indicator', ids.indicator, iku(ids.agreement, ids.goal))),
  ];
  return { ...ids, codes: results.map(code) };
}

let pemda: Awaited<ReturnType<typeof pemdaPk>>;
beforeAll(async () => {
  // Staff of the unit the pemda's PK is filed under (the world's setda, named Bappeda).
  const { setda } = signedIn.server.world.units;
  for (const [role, username] of [['operator', 'operator.setda'], ['head', 'kepala.setda'], ['evaluator', 'evaluator.baru']] as const) {
    const { password: _password, ...user } = buildUser(setda, role, username);
    extraUsers.set(username, user.id);
    await signedIn.server.store.insertUser({ ...user, active: true, planner: false }, 'unused-hash');
    extraCookies.set(username, await sessionCookieFor(signedIn.server.store, user.id, signedIn.server.clock.now));
  }
  pemda = await pemdaPk('perencana', 2026);
});

describe('the planner right', () => {
  it("lets the planner write the pemda's PK; an evaluator without it, and every other role, is refused", async () => {
    expect(pemda.codes).toEqual(['applied', 'applied', 'applied']);
    for (const [username, expected] of [
      ['evaluator', 'forbidden'], ['pimpinan', 'forbidden'], ['kepala.setda', 'forbidden'], ['operator.setda', 'forbidden'],
      ['kepala.a', 'forbidden'], ['operator.x', 'not_found'],
    ] as const) {
      const { codes } = await pemdaPk(username, 2027);
      expect([username, codes[0]]).toEqual([username, expected]);
    }
  });

  it("gives nothing over a unit's PK or its entries", async () => {
    const { unitA } = signedIn.server.world.units;
    const pk = { orgUnitId: unitA.id, year: 2029, version: 0, parentId: null, kind: 'jpt', ...parties };
    expect(code(await send('perencana', row('agreement', randomUUID(), pk)))).toBe('forbidden');
    const count = signedIn.server.world.indicators.count.id;
    expect(code(await send('perencana', entry(randomUUID(), { indicatorId: count, quarter: 1, value: 5 })))).toBe('forbidden');
  });
});

describe("the pemda's IKU figures", () => {
  it('are entered by the planner and the admin only', async () => {
    const attempts: Array<[Username, number, string]> = [
      ['operator.setda', 1, 'forbidden'], ['kepala.setda', 1, 'forbidden'], ['operator.a', 1, 'forbidden'], ['kepala.a', 1, 'forbidden'],
      ['evaluator', 1, 'forbidden'], ['pimpinan', 1, 'forbidden'], ['operator.x', 1, 'not_found'],
      ['perencana', 1, 'applied'], ['admin', 2, 'applied'],
    ];
    for (const [username, quarter, expected] of attempts) {
      const result = await send(username, entry(randomUUID(), { indicatorId: pemda.indicator, quarter, value: 71.5 }));
      expect([username, code(result)]).toEqual([username, expected]);
    }
  });

  it("reach every device of the tenant, and no other tenant's", async () => {
    const recordId = randomUUID();
    expect(code(await send('perencana', entry(recordId, { indicatorId: pemda.indicator, quarter: 3, value: 72.25 })))).toBe('applied');
    for (const username of ['operator.a', 'kepala.a', 'pimpinan', 'evaluator'] as const) {
      const page = await pullOk(signedIn.server.app, cookie(username), 0, 5000);
      const pulled = changesOf(page).find((c) => c.entity === 'realisation' && c.recordId === recordId);
      expect([username, (pulled?.row as { value?: number } | undefined)?.value]).toEqual([username, 72.25]);
    }
    const foreign = await pullOk(signedIn.server.app, cookie('operator.x'), 0, 5000);
    expect(changesOf(foreign).some((c) => c.recordId === recordId)).toBe(false);
  });

  it('take no unit workflow: neither a head submits them nor an evaluator reviews them', async () => {
    const recordId = randomUUID();
    const entered = await send('perencana', entry(recordId, { indicatorId: pemda.indicator, quarter: 4, value: 73 }));
    expect(code(entered)).toBe('applied');
    for (const username of ['kepala.setda', 'perencana', 'admin'] as const) {
      expect([username, code(await send(username, entry(recordId, { status: 'submitted' })))]).toEqual([username, 'forbidden']);
    }
    expect(code(await send('evaluator', { ...entry(recordId, { status: 'verified' }), baseRev: 1_000_000 }))).toBe('forbidden');
    // The planner corrects the figure later: still theirs to edit.
    expect(code(await send('perencana', { ...entry(recordId, { value: 73.5 }), baseRev: entered.rev }))).toBe('applied');
  });
});

describe('who holds the right', () => {
  const patch = (username: Username, userId: string, body: Record<string, unknown>) => signedIn.server.app.inject({
    method: 'PATCH', url: adminPath(adminRoutes.user, { id: userId }), headers: { cookie: cookie(username), ...csrf }, payload: body,
  });

  it('the admin gives it to an evaluator only, and a role change away takes it', async () => {
    const { users } = signedIn.server.world;
    const refused = await patch('admin', users.operatorA.id, { planner: true });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ error: { details: { reason: 'planner_role' } } });
    const evaluatorId = extraUsers.get('evaluator.baru') ?? '';
    const given = await patch('admin', evaluatorId, { planner: true });
    expect(given.json()).toMatchObject({ planner: true });
    // The device learns the right at its next sign-in: the old session ends (like a role change).
    const session = await signedIn.server.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: cookie('evaluator.baru') } });
    expect(session.statusCode).toBe(401);
    const demoted = await patch('admin', evaluatorId, { role: 'leader' });
    expect(demoted.json()).toMatchObject({ role: 'leader', planner: false });
  });

  it('nobody but the admin gives it, the planner included', async () => {
    const { users } = signedIn.server.world;
    for (const username of ['perencana', 'evaluator', 'kepala.a'] as const) {
      expect([username, (await patch(username, users.operatorA.id, { planner: true })).statusCode]).toEqual([username, 403]);
    }
  });

  it('lets the planner keep the RPJMD; an evaluator without it is refused', async () => {
    const plan = { periodEnd: 2030, visi: 'Kabupaten Uji maju', misi: [{ id: randomUUID(), text: 'Misi satu', tujuan: [{ id: randomUUID(), text: 'Tujuan satu' }] }] };
    const put = (username: Username) => signedIn.server.app.inject({
      method: 'PUT', url: adminPath(adminRoutes.rpjmdPlan, { periodStart: '2026' }), headers: { cookie: cookie(username), ...csrf }, payload: plan,
    });
    expect((await put('perencana')).statusCode).toBe(200);
    expect((await put('pimpinan')).statusCode).toBe(403);
    expect((await put('kepala.a')).statusCode).toBe(403);
  });
});
