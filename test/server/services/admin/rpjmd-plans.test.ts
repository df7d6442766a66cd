// The pemda's RPJMD plan (issue 19): only the tenant's admin writes the visi, misi and tujuan of
// a plan period; a wrong or overlapping period is refused with a reason; every device of the
// tenant pulls the plan (not another tenant's, not an older build's); a sasaran daerah of the
// pemda's PK names a tujuan of the plan holding its year (no other PK's sasaran names one), and a
// tujuan a sasaran still serves cannot be removed. Runs on PGlite and PostgreSQL.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { adminPath, adminRoutes, rpjmdPlanListSchema } from '../../../../src/api/admin';
import type { Mutation, MutationResult, PullResponse, SyncEntity } from '../../../../src/api/sync';
import { goalSchema } from '../../../../src/domain/agreement';
import { rpjmdPlanSchema, type RpjmdPlanContent } from '../../../../src/domain/rpjmd-plan';
import { csrf, pullQuery, pushOk } from '../../../support/server-app';
import { useSignedInServer } from '../../../support/signed-in-server';

const usernames = ['admin', 'operator.a', 'kepala.a', 'evaluator', 'pimpinan', 'operator.x'] as const;
type Username = (typeof usernames)[number];
const signedIn = useSignedInServer(usernames);

const ids = { misi1: randomUUID(), misi2: randomUUID(), tujuan11: randomUUID(), tujuan12: randomUUID(), tujuan21: randomUUID() };
const plan: Omit<RpjmdPlanContent, 'periodStart'> = {
  periodEnd: 2029, visi: 'Daerah maju, sejahtera dan berkelanjutan',
  misi: [
    { id: ids.misi1, text: 'Meningkatkan kualitas sumber daya manusia', tujuan: [{ id: ids.tujuan11, text: 'Meningkatkan derajat kesehatan' }, { id: ids.tujuan12, text: 'Meningkatkan mutu pendidikan' }] },
    { id: ids.misi2, text: 'Memperkuat tata kelola pemerintahan', tujuan: [{ id: ids.tujuan21, text: 'Mewujudkan birokrasi yang akuntabel' }] },
  ],
};

const put = (username: Username, periodStart: number | string, body: unknown) => signedIn.server.app.inject({
  method: 'PUT', url: adminPath(adminRoutes.rpjmdPlan, { periodStart: String(periodStart) }),
  headers: { cookie: signedIn.cookie(username), ...csrf }, payload: body as object,
});
const list = (username: Username) => signedIn.server.app.inject({ method: 'GET', url: adminRoutes.rpjmdPlans, headers: { cookie: signedIn.cookie(username) } });
async function send(username: Username, entity: SyncEntity, recordId: string, fields: Record<string, unknown>, baseRev: number | null = null): Promise<MutationResult> {
  const mutation: Mutation = { id: randomUUID(), seq: 1, entity, recordId, op: 'upsert', fields, baseRev, clientTime: new Date().toISOString() };
  const [result] = (await pushOk(signedIn.server.app, signedIn.cookie(username), randomUUID(), [mutation])).results;
  if (!result) throw new Error('no result');
  return result;
}
const code = (result: MutationResult) => result.reason?.code ?? result.status;
const parties = {
  number: null, firstParty: { name: 'H. Bupati Uji', position: 'Bupati Uji', rank: '', nip: null }, secondParty: { name: 'Gubernur Uji', position: 'Gubernur' },
};
async function pkOf(orgUnitId: string, year: number, kind: string, username: Username = 'admin'): Promise<string> {
  const id = randomUUID();
  expect(code(await send(username, 'agreement', id, { orgUnitId, year, version: 0, parentId: null, kind, ...parties }))).toBe('applied');
  return id;
}
const pull = (username: Username, query: string, protocol?: number): Promise<PullResponse> =>
  pullQuery(signedIn.server.app, signedIn.cookie(username), query, protocol);
const changes = (page: PullResponse) => (page.kind === 'changes' ? page.changes : []);

describe('the RPJMD plan', () => {
  it('is written by the admin alone; a wrong or overlapping period is refused with a reason', async () => {
    for (const username of usernames.filter((u) => u !== 'admin')) {
      expect((await put(username, 2025, plan)).statusCode, username).toBe(403);
      expect((await list(username)).statusCode, username).toBe(403);
    }
    for (const [start, body] of [['dua', plan], [2025, { ...plan, visi: '' }], [2025, { ...plan, misi: [] }], [2025, { ...plan, periodStart: 2025 }]] as const) {
      const response = await put('admin', start, body);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: { code: 'invalid_request' } });
    }
    expect((await put('admin', 2025, { ...plan, periodEnd: 2031 })).json()).toMatchObject({
      error: { details: { reason: 'plan_invalid', problems: [{ code: 'periodTooLong', years: 7 }] } },
    });
    const saved = await put('admin', 2025, plan);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(rpjmdPlanSchema.parse(saved.json())).toMatchObject({ periodStart: 2025, periodEnd: 2029, visi: plan.visi });
    expect((await put('admin', 2029, { ...plan, periodEnd: 2033 })).json()).toMatchObject({
      error: { details: { reason: 'plan_invalid', problems: [{ code: 'overlaps', periodStart: 2025, periodEnd: 2029 }] } },
    });
    expect(rpjmdPlanListSchema.parse((await list('admin')).json()).rpjmdPlans.map((p) => p.periodStart)).toEqual([2025]);
  });

  it('reaches every device of the tenant, no other tenant and no build of the older protocol', async () => {
    for (const username of ['operator.a', 'kepala.a', 'evaluator', 'pimpinan'] as const) {
      const plans = changes(await pull(username, 'cursor=0&limit=5000')).filter((c) => c.entity === 'rpjmdPlan');
      expect(plans.map((c) => rpjmdPlanSchema.parse(c.row).visi), username).toEqual([plan.visi]);
      expect(changes(await pull(username, 'cursor=0&limit=5000', 1)).some((c) => c.entity === 'rpjmdPlan'), username).toBe(false);
      const caught = changes(await pull(username, 'cursor=7&limit=1&catchUp=rpjmdPlan'));
      expect(caught.map((c) => c.entity), username).toEqual(['rpjmdPlan']);
    }
    expect(changes(await pull('operator.x', 'cursor=0&limit=5000')).some((c) => c.entity === 'rpjmdPlan')).toBe(false);
    expect(changes(await pull('operator.x', 'cursor=0&limit=1&catchUp=rpjmdPlan'))).toEqual([]);
  });

  it('is served by a sasaran daerah of the pemda PK of a year it holds, and by no other sasaran', async () => {
    const { setda, unitA } = signedIn.server.world.units;
    const pemda2026 = await pkOf(setda.id, 2026, 'pemda');
    const goal = randomUUID();
    const created = await send('admin', 'goal', goal, { agreementId: pemda2026, order: 0, name: 'Meningkatnya derajat kesehatan', tujuanId: ids.tujuan11 });
    expect(code(created)).toBe('applied');
    const rows = changes(await pull('evaluator', 'cursor=0&limit=5000')).filter((c) => c.entity === 'goal' && c.recordId === goal);
    expect(goalSchema.parse(rows.at(-1)?.row).tujuanId).toBe(ids.tujuan11);
    // Changed to another tujuan, then refused: a tujuan of no plan, the plan of another period.
    const changed = await send('admin', 'goal', goal, { tujuanId: ids.tujuan21 }, created.rev ?? null);
    expect(code(changed)).toBe('applied');
    expect(code(await send('admin', 'goal', goal, { tujuanId: randomUUID() }, changed.rev ?? null))).toBe('invalid');
    const pemda2031 = await pkOf(setda.id, 2031, 'pemda');
    expect(code(await send('admin', 'goal', randomUUID(), { agreementId: pemda2031, order: 0, name: 'Sasaran 2031', tujuanId: ids.tujuan11 }))).toBe('invalid');
    // A unit's own sasaran never names a tujuan (it supports the pemda's through its indicators).
    const unitPk = await pkOf(unitA.id, 2027, 'jpt', 'kepala.a');
    expect(code(await send('kepala.a', 'goal', randomUUID(), { agreementId: unitPk, order: 0, name: 'Sasaran dinas', tujuanId: ids.tujuan11 }))).toBe('invalid');
    expect(code(await send('kepala.a', 'goal', randomUUID(), { agreementId: unitPk, order: 0, name: 'Sasaran dinas' }))).toBe('applied');
  });

  it('keeps a tujuan a sasaran still serves, and lets its words change', async () => {
    const [misi1, misi2] = plan.misi;
    if (!misi1 || !misi2) throw new Error('two misi');
    const withoutServed = { ...plan, misi: [misi1, { ...misi2, tujuan: [] }] };
    expect((await put('admin', 2025, withoutServed)).json()).toMatchObject({
      error: { details: { reason: 'plan_tujuan_in_use', sasaran: ['Meningkatnya derajat kesehatan'] } },
    });
    const reworded = { ...plan, misi: [misi1, { ...misi2, tujuan: [{ id: ids.tujuan21, text: 'Mewujudkan birokrasi yang bersih dan akuntabel' }] }] };
    expect((await put('admin', 2025, reworded)).statusCode).toBe(200);
    // The unserved tujuan 1.2 may go.
    const smaller = { ...reworded, misi: [{ ...misi1, tujuan: [misi1.tujuan[0]] }, reworded.misi[1]] };
    expect((await put('admin', 2025, smaller)).statusCode).toBe(200);
  });

  it('is an audit entry naming its period', async () => {
    const audit = await signedIn.server.app.inject({ method: 'GET', url: `${adminRoutes.audit}?entity=rpjmdPlan`, headers: { cookie: signedIn.cookie('admin') } });
    const entries = (audit.json() as { entries: Array<{ kind: string; subject: string | null }> }).entries;
    expect(entries.map((e) => [e.kind, e.subject])).toEqual([['planSet', '2025–2029'], ['planSet', '2025–2029'], ['planSet', '2025–2029']]);
  });
});
