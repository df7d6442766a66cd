// The pemda's RPJMD plan (issue 19): only the tenant's admin writes the visi, misi and tujuan of
// a plan period; a wrong or overlapping period is refused with a reason; every device of the
// tenant pulls the plan (not another tenant's, not an older build's); a sasaran daerah of the
// pemda's PK names a tujuan of the plan holding its year (no other PK's sasaran names one), and a
// tujuan a sasaran still serves cannot be removed; the plan's own sasaran daerah with their IKU and
// targets are stored and returned, kept when a client of the older build sends the plan without
// them, and refused when they name no tujuan of the plan or a year outside it. Runs on PGlite and
// PostgreSQL.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { adminPath, adminRoutes, rpjmdPlanListSchema } from '../../../../src/api/admin';
import type { Mutation, MutationResult, PullResponse, SyncEntity } from '../../../../src/api/sync';
import { goalSchema } from '../../../../src/domain/agreement';
import { rpjmdPlanSchema, type RpjmdPlanContent } from '../../../../src/domain/rpjmd-plan';
import { buildPlanIku, buildPlanSasaran } from '../../../support/factories';
import { csrf, pullQuery, pushOk } from '../../../support/server-app';
import { useSignedInServer } from '../../../support/signed-in-server';

const usernames = ['admin', 'operator.a', 'kepala.a', 'evaluator', 'pimpinan', 'operator.x'] as const;
type Username = (typeof usernames)[number];
const signedIn = useSignedInServer(usernames);

const ids = { misi1: randomUUID(), misi2: randomUUID(), tujuan11: randomUUID(), tujuan12: randomUUID(), tujuan21: randomUUID() };
const plan: Omit<RpjmdPlanContent, 'periodStart' | 'sasaran'> = {
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

describe("the RPJMD plan's sasaran daerah and IKU", () => {
  const years = [2025, 2026, 2027, 2028, 2029];
  const [misi1, misi2] = plan.misi;
  // The plan as the tests above leave it: tujuan 1.2 gone, 2.1 reworded (a PK sasaran serves 2.1).
  const content = {
    ...plan,
    misi: [
      { id: ids.misi1, text: misi1?.text ?? '', tujuan: [{ id: ids.tujuan11, text: 'Meningkatkan derajat kesehatan' }] },
      { id: ids.misi2, text: misi2?.text ?? '', tujuan: [{ id: ids.tujuan21, text: 'Mewujudkan birokrasi yang bersih dan akuntabel' }] },
    ],
  };
  const sasaran = [
    buildPlanSasaran(ids.tujuan11, { text: 'Meningkatnya usia harapan hidup', iku: [buildPlanIku(years, { targets: [{ year: 2025, value: 72.5 }, { year: 2026, value: null }, { year: 2029, value: 74.25 }], endTarget: 74.25 })] }),
    buildPlanSasaran(ids.tujuan21, { text: 'Meningkatnya akuntabilitas kinerja', iku: [buildPlanIku(years, { name: 'Nilai SAKIP', satuan: 'nilai' }), buildPlanIku([], { name: 'Persentase temuan BPK tertindaklanjuti', satuan: '%', polarity: 'lower', endTarget: null })] }),
    buildPlanSasaran(ids.tujuan21, { text: 'Sasaran tanpa IKU' }),
  ];
  const stored = async () => rpjmdPlanListSchema.parse((await list('admin')).json()).rpjmdPlans.find((p) => p.periodStart === 2025);

  it('are stored with the plan and returned, to the admin and to every device', async () => {
    const saved = await put('admin', 2025, { ...content, sasaran });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(rpjmdPlanSchema.parse(saved.json()).sasaran).toEqual(sasaran);
    expect((await stored())?.sasaran).toEqual(sasaran);
    const pulled = changes(await pull('operator.a', 'cursor=0&limit=5000')).filter((c) => c.entity === 'rpjmdPlan').at(-1);
    expect(rpjmdPlanSchema.parse(pulled?.row).sasaran).toEqual(sasaran);
  });

  it('are kept when a client of the older build saves the plan without them', async () => {
    const older = { ...content, visi: 'Daerah maju, sejahtera, berbudaya dan berkelanjutan' };
    const saved = await put('admin', 2025, older);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(rpjmdPlanSchema.parse(saved.json())).toMatchObject({ visi: older.visi, sasaran });
    expect((await stored())?.sasaran).toEqual(sasaran);
    // Removing the tujuan they serve is refused, never a silent loss of their targets.
    const withoutTujuan = { ...older, misi: [{ ...content.misi[0], tujuan: [] }, content.misi[1]] };
    expect((await put('admin', 2025, withoutTujuan)).json()).toMatchObject({
      error: { details: { reason: 'plan_invalid', problems: [{ code: 'sasaranTujuanUnknown', sasaranId: sasaran[0]?.id }] } },
    });
    // Sent empty by a client of this build, they go.
    expect(rpjmdPlanSchema.parse((await put('admin', 2025, { ...older, sasaran: [] })).json()).sasaran).toEqual([]);
    expect((await put('admin', 2025, { ...content, sasaran })).statusCode).toBe(200);
  });

  it('naming no tujuan of the plan, a year outside it, a year twice or an id twice are refused with their code; the stored ones stay', async () => {
    const [first] = sasaran;
    if (!first) throw new Error('a sasaran');
    const iku = buildPlanIku([2025]);
    const cases: Array<[unknown[], Record<string, unknown>]> = [
      [[{ ...first, tujuanId: randomUUID() }], { code: 'sasaranTujuanUnknown', sasaranId: first.id }],
      [[{ ...first, iku: [{ ...iku, targets: [{ year: 2030, value: 1 }] }] }], { code: 'targetYearOutside', ikuId: iku.id, year: 2030 }],
      [[{ ...first, iku: [{ ...iku, targets: [{ year: 2026, value: 1 }, { year: 2026, value: 2 }] }] }], { code: 'targetYearDuplicate', ikuId: iku.id, year: 2026 }],
      [[{ ...first, iku: [{ ...iku, id: ids.misi1 }] }], { code: 'duplicateId', id: ids.misi1 }],
    ];
    for (const [body, problem] of cases) {
      const response = await put('admin', 2025, { ...content, sasaran: body });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: { details: { reason: 'plan_invalid', problems: [problem] } } });
    }
    for (const bad of [{ ...first, text: ' ' }, { ...first, iku: [{ ...iku, name: '' }] }, { ...first, iku: [{ ...iku, endTarget: '74' }] }, { ...first, extra: 1 }]) {
      const response = await put('admin', 2025, { ...content, sasaran: [bad] });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: { code: 'invalid_request' } });
    }
    expect((await stored())?.sasaran).toEqual(sasaran);
  });
});
