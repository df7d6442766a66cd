// A pemda's own LKE template (issue 20): only the tenant's admin sets one, validated (weights add
// up to 100); the LKE is then answered and scored on it, not on the default; it is locked once a
// unit's LKE of that year is final; it reaches every device of the tenant and no other tenant; a
// build of the older sync protocol never receives a row it could not read, and a newer build
// catches up on it without moving its cursor; devices cannot push it.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { adminPath, adminRoutes, lkeTemplateListSchema } from '../../../../src/api/admin';
import type { Mutation, MutationResult, PullResponse } from '../../../../src/api/sync';
import { lkeEvaluationSchema } from '../../../../src/domain/lke-evaluation';
import { lkeTemplateRecordSchema, type LkeTemplateContent } from '../../../../src/domain/lke-template-record';
import { listLkeCriteria, lkeTemplateOf } from '../../../../src/domain/lke-template';
import { csrf, pullOk, pullQuery, pushOk } from '../../../support/server-app';
import { useSignedInServer } from '../../../support/signed-in-server';

const usernames = ['admin', 'operator.a', 'kepala.a', 'evaluator', 'pimpinan', 'operator.x'] as const;
type Username = (typeof usernames)[number];
const signedIn = useSignedInServer(usernames);
const year = 2026;

/** One component of 100 points, one sub-component, two criteria weighted 1 and 3. */
const own: LkeTemplateContent = {
  title: 'LKE Kabupaten (disesuaikan)',
  components: [{
    id: 'k1', title: 'Perencanaan', weight: 100,
    subComponents: [{
      id: 'k1.a', title: 'Keberadaan', share: 100,
      criteria: [
        { id: 'k1.a.1', text: 'Renstra ditetapkan.', weight: 1, scale: 'yesNo' },
        { id: 'k1.a.2', text: 'Renja selaras dengan Renstra.', weight: 3, scale: 'grade' },
      ],
    }],
  }],
};

const put = (username: Username, templateYear: number | string, body: unknown) => signedIn.server.app.inject({
  method: 'PUT', url: adminPath(adminRoutes.lkeTemplate, { year: String(templateYear) }),
  headers: { cookie: signedIn.cookie(username), ...csrf }, payload: body as object,
});
const mutation = (entity: Mutation['entity'], fields: Record<string, unknown>): Mutation => ({
  id: randomUUID(), seq: 1, entity, recordId: randomUUID(), op: 'upsert', fields, baseRev: null, clientTime: new Date().toISOString(),
});
async function one(username: Username, m: Mutation): Promise<MutationResult> {
  const [result] = (await pushOk(signedIn.server.app, signedIn.cookie(username), randomUUID(), [m])).results;
  if (!result) throw new Error('no result');
  return result;
}
const answer = (criterionId: string, side: 'self' | 'review', value: string) =>
  mutation('lkeResponse', { orgUnitId: signedIn.server.world.units.unitA.id, year, criterionId, side, answer: value, note: '' });
const changes = (page: PullResponse) => (page.kind === 'changes' ? page.changes : []);
const pullAs = (username: Username, query: string, protocol?: number): Promise<PullResponse> =>
  pullQuery(signedIn.server.app, signedIn.cookie(username), query, protocol);

describe("the pemda's own LKE template", () => {
  it('is set by the admin alone; bad input and weights that miss 100 are refused with a reason', async () => {
    for (const username of usernames.filter((u) => u !== 'admin')) {
      expect((await put(username, year, own)).statusCode, username).toBe(403);
      const list = await signedIn.server.app.inject({ method: 'GET', url: adminRoutes.lkeTemplates, headers: { cookie: signedIn.cookie(username) } });
      expect(list.statusCode, username).toBe(403);
    }
    for (const [templateYear, body] of [['dua', own], [year, { ...own, title: '' }], [year, { ...own, year }], [year, { title: 'x' }]] as const) {
      const response = await put('admin', templateYear, body);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: { code: 'invalid_request' } });
    }
    const [component] = own.components;
    if (!component) throw new Error('own has a component');
    const response = await put('admin', year, { ...own, components: [{ ...component, weight: 95 }] });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: { code: 'invalid_request', details: { reason: 'lke_template_weights', problems: [{ code: 'componentWeightsNot100', total: 95 }] } },
    });
    const list = await signedIn.server.app.inject({ method: 'GET', url: adminRoutes.lkeTemplates, headers: { cookie: signedIn.cookie('admin') } });
    expect(lkeTemplateListSchema.parse(list.json()).lkeTemplates).toEqual([]);
  });

  it('is what the LKE of its year is answered and scored on', async () => {
    const saved = await put('admin', year, own);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(lkeTemplateRecordSchema.parse(saved.json())).toMatchObject({ year, title: own.title, components: own.components });
    // A criterion of the default is no longer one of this year's; the pemda's own are.
    const [defaultCriterion] = listLkeCriteria(lkeTemplateOf(year));
    if (!defaultCriterion) throw new Error('the default has criteria');
    expect((await one('operator.a', answer(defaultCriterion.id, 'self', 'ya'))).reason?.code).toBe('invalid');
    expect((await one('operator.a', answer('k1.a.2', 'self', 'ya'))).reason?.code).toBe('invalid');
    expect((await one('operator.a', answer('k1.a.1', 'self', 'ya'))).status).toBe('applied');
    expect((await one('operator.a', answer('k1.a.2', 'self', 'A'))).status).toBe('applied');
    expect((await one('evaluator', answer('k1.a.1', 'review', 'ya'))).status).toBe('applied');
    // Two criteria reviewed of two: final. ya (100) × 1 + C (50) × 3 over 4 = 62.5.
    expect((await one('evaluator', answer('k1.a.2', 'review', 'C'))).status).toBe('applied');
    const finalised = await one('evaluator', mutation('lkeEvaluation', { orgUnitId: signedIn.server.world.units.unitA.id, year, status: 'final' }));
    expect(finalised.status).toBe('applied');
    const evaluation = changes(await pullOk(signedIn.server.app, signedIn.cookie('kepala.a'), 0, 5000))
      .filter((c) => c.entity === 'lkeEvaluation').map((c) => lkeEvaluationSchema.parse(c.row)).at(-1);
    expect(evaluation).toMatchObject({ status: 'final', score: 62.5, predikat: 'B' });
  });

  it('is locked once a unit of that year is final; other years stay open', async () => {
    const locked = await put('admin', year, { ...own, title: 'Diubah sesudah final' });
    expect(locked.statusCode).toBe(400);
    expect(locked.json()).toMatchObject({ error: { details: { reason: 'lke_template_in_use', finalCount: 1 } } });
    expect((await put('admin', year + 1, own)).statusCode).toBe(200);
    const list = await signedIn.server.app.inject({ method: 'GET', url: adminRoutes.lkeTemplates, headers: { cookie: signedIn.cookie('admin') } });
    expect(lkeTemplateListSchema.parse(list.json()).lkeTemplates.map((t) => [t.year, t.title])).toEqual([[year, own.title], [year + 1, own.title]]);
  });

  it('reaches every device of the tenant, no other tenant, and no build of the older protocol', async () => {
    for (const username of ['operator.a', 'kepala.a', 'evaluator', 'pimpinan'] as const) {
      const rows = changes(await pullAs(username, 'cursor=0&limit=5000')).filter((c) => c.entity === 'lkeTemplate');
      expect(rows.map((c) => lkeTemplateRecordSchema.parse(c.row).year), username).toEqual([year, year + 1]);
      const older = changes(await pullAs(username, 'cursor=0&limit=5000', 1));
      expect(older.length, username).toBeGreaterThan(0);
      expect(older.some((c) => c.entity === 'lkeTemplate'), username).toBe(false);
    }
    expect(changes(await pullAs('operator.x', 'cursor=0&limit=5000')).some((c) => c.entity === 'lkeTemplate')).toBe(false);
  });

  it('is caught up on by a newer build as it is now, without moving its cursor', async () => {
    const page = await pullAs('operator.a', 'cursor=0&limit=5000');
    if (page.kind !== 'changes') throw new Error('changes expected');
    const cursor = page.nextCursor;
    const caught = await pullAs('operator.a', `cursor=${cursor}&limit=1&catchUp=lkeTemplate`);
    expect(caught).toMatchObject({ kind: 'changes', nextCursor: cursor, hasMore: false });
    expect(changes(caught).map((c) => [c.entity, lkeTemplateRecordSchema.parse(c.row).year])).toEqual([['lkeTemplate', year], ['lkeTemplate', year + 1]]);
    expect(changes(await pullAs('operator.x', 'cursor=0&limit=10&catchUp=lkeTemplate'))).toEqual([]);
    expect((await pullAs('operator.a', 'cursor=0&catchUp=evidence').catch(() => null))).toBeNull();
  });

  it('cannot be pushed by a device, whoever signs in', async () => {
    for (const username of ['admin', 'evaluator', 'operator.a'] as const) {
      const result = await one(username, mutation('lkeTemplate', { year: year + 2, ...own }));
      expect(result.status, username).toBe('rejected');
    }
    const list = await signedIn.server.app.inject({ method: 'GET', url: adminRoutes.lkeTemplates, headers: { cookie: signedIn.cookie('admin') } });
    expect(lkeTemplateListSchema.parse(list.json()).lkeTemplates.some((t) => t.year === year + 2)).toBe(false);
  });

  it('is an audit entry naming the year', async () => {
    const audit = await signedIn.server.app.inject({ method: 'GET', url: `${adminRoutes.audit}?entity=lkeTemplate`, headers: { cookie: signedIn.cookie('admin') } });
    const entries = (audit.json() as { entries: Array<{ kind: string; subject: string | null }> }).entries;
    expect(entries.map((e) => [e.kind, e.subject])).toEqual([['lkeTemplateSet', String(year + 1)], ['lkeTemplateSet', String(year)]]);
  });
});
