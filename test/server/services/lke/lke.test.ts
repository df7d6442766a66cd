// The LKE over sync (issue 20): the unit's operator and head answer their own penilaian mandiri,
// the evaluator reviews and finalises; every other role, unit and tenant is refused; answers must
// be of the year's template and of the criterion's scale; the server scores a final LKE itself and
// refuses to finalise an unreviewed one; a final LKE's answers do not change until it is reopened;
// a change on another device is never silently overwritten; each side's rows reach who may read them.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mutation, MutationResult } from '../../../../src/api/sync';
import { lkeEvaluationSchema } from '../../../../src/domain/lke-evaluation';
import { lkeResponseSchema } from '../../../../src/domain/lke-response';
import { lkePredikat, roundLkeScore, scoreLke } from '../../../../src/domain/lke-score';
import { listLkeCriteria, lkeTemplateOf, type LkeAnswer } from '../../../../src/domain/lke-template';
import { createTestServer, loginAs, pullOk, pushOk, type TestServer } from '../../../support/server-app';

let server: TestServer;
const cookies = new Map<string, string>();
const year = 2026;
const criteria = listLkeCriteria(lkeTemplateOf(year));
const yesNo = criteria.find((c) => c.scale === 'yesNo');
const graded = criteria.find((c) => c.scale === 'grade');
if (!yesNo || !graded) throw new Error('the default LKE has both scales');

beforeAll(async () => {
  server = await createTestServer();
  for (const username of ['operator.a', 'kepala.a', 'evaluator', 'pimpinan', 'admin', 'operator.b', 'operator.x']) {
    cookies.set(username, await loginAs(server.app, username));
  }
});
afterAll(async () => { await server.cleanup(); });

const unitA = () => server.world.units.unitA.id;
const unitB = () => server.world.units.unitB.id;
const mutation = (entity: 'lkeResponse' | 'lkeEvaluation', recordId: string, fields: Record<string, unknown>, baseRev: number | null = null, seq = 1): Mutation => ({
  id: randomUUID(), seq, entity, recordId, op: 'upsert', fields, baseRev, clientTime: new Date().toISOString(),
});
const answer = (orgUnitId: string, criterionId: string, side: 'self' | 'review', value: LkeAnswer | null, note = '') =>
  mutation('lkeResponse', randomUUID(), { orgUnitId, year, criterionId, side, answer: value, note });
async function send(username: string, m: Mutation | Mutation[], device = randomUUID()): Promise<MutationResult[]> {
  const response = await pushOk(server.app, cookies.get(username) ?? '', device, Array.isArray(m) ? m : [m]);
  return response.results;
}
const one = async (username: string, m: Mutation, device = randomUUID()): Promise<MutationResult> => {
  const [result] = await send(username, m, device);
  if (!result) throw new Error('no result');
  return result;
};

describe('the LKE over sync', () => {
  it('lets only the unit answer its own side and only the evaluator review, for its own tenant', async () => {
    // The self side: the unit's operator and head, nobody else.
    for (const [username, unit, code] of [
      ['evaluator', unitA(), 'forbidden'], ['pimpinan', unitA(), 'forbidden'], ['admin', unitA(), 'forbidden'],
      ['operator.b', unitA(), 'other_unit'], ['operator.x', unitA(), 'not_found'], ['operator.a', randomUUID(), 'not_found'],
    ] as const) {
      expect((await one(username, answer(unit, yesNo.id, 'self', 'ya'))).reason?.code, username).toBe(code);
    }
    // The review side: the evaluator only.
    for (const [username, code] of [['operator.a', 'forbidden'], ['kepala.a', 'forbidden'], ['pimpinan', 'forbidden'], ['admin', 'forbidden'], ['operator.x', 'not_found']] as const) {
      expect((await one(username, answer(unitA(), yesNo.id, 'review', 'ya'))).reason?.code, username).toBe(code);
    }
    expect((await one('operator.a', answer(unitA(), yesNo.id, 'self', 'ya', 'Renstra ditetapkan dengan Perkada 12/2024'))).status).toBe('applied');
    expect((await one('kepala.a', answer(unitA(), graded.id, 'self', 'B'))).status).toBe('applied');
    expect((await one('evaluator', answer(unitA(), yesNo.id, 'review', 'tidak', 'Perkada belum diundangkan'))).status).toBe('applied');

    // Each side's rows reach the unit's devices and the evaluator's, not another unit's.
    const pulled = async (username: string) => {
      const page = await pullOk(server.app, cookies.get(username) ?? '', 0, 5000);
      if (page.kind !== 'changes') throw new Error('reset');
      return page.changes.filter((c) => c.entity === 'lkeResponse').map((c) => lkeResponseSchema.parse(c.row));
    };
    expect((await pulled('kepala.a')).map((r) => [r.criterionId, r.side, r.answer])).toEqual([[yesNo.id, 'self', 'ya'], [graded.id, 'self', 'B'], [yesNo.id, 'review', 'tidak']]);
    expect((await pulled('evaluator')).length).toBe(3);
    expect(await pulled('operator.b')).toEqual([]);
  });

  it('refuses a criterion not in the year\'s LKE and an answer of the other scale, with a reason', async () => {
    for (const m of [
      answer(unitA(), 'no-such-criterion', 'self', 'ya'),
      answer(unitA(), yesNo.id, 'self', 'A'),
      answer(unitA(), graded.id, 'self', 'ya'),
      mutation('lkeResponse', randomUUID(), { orgUnitId: unitA(), year, criterionId: yesNo.id, side: 'both', answer: 'ya' }),
      mutation('lkeResponse', randomUUID(), { orgUnitId: unitA(), year, criterionId: yesNo.id, side: 'self', answer: 'ya', note: 'x'.repeat(2001) }),
    ]) {
      expect((await one('operator.a', m)).reason?.code, JSON.stringify(m.fields).slice(0, 80)).toBe('invalid');
    }
    expect((await one('operator.a', { ...answer(unitA(), yesNo.id, 'self', 'ya'), op: 'delete' })).reason?.code).toBe('forbidden');
  });

  it('never overwrites silently what another device changed, while each side writes freely beside the other', async () => {
    const id = randomUUID();
    const phone = randomUUID();
    const criterion = criteria[5]?.id ?? '';
    const first = await one('operator.a', mutation('lkeResponse', id, { orgUnitId: unitA(), year, criterionId: criterion, side: 'self', answer: null, note: 'draf' }), phone);
    expect(first.status).toBe('applied');
    // The evaluator's answer is another row: the unit's next edit is not refused for it.
    expect((await one('evaluator', answer(unitA(), criterion, 'review', criteria[5]?.scale === 'grade' ? 'C' : 'ya'))).status).toBe('applied');
    const tablet = await one('kepala.a', mutation('lkeResponse', id, { note: 'dari tablet' }, first.rev));
    expect(tablet.status).toBe('applied');
    const stale = await one('operator.a', mutation('lkeResponse', id, { note: 'dari ponsel' }, first.rev, 2), phone);
    expect(stale.reason?.code).toBe('changed_elsewhere');
  });

  it('is finalised by the evaluator once every criterion is reviewed, scored by the server, and then holds', async () => {
    const unit = unitB();
    const evaluationId = randomUUID();
    const finalise = (seq = 1, baseRev: number | null = null) => mutation('lkeEvaluation', evaluationId, { orgUnitId: unit, year, status: 'final' }, baseRev, seq);
    for (const username of ['operator.b', 'pimpinan', 'admin']) expect((await one(username, finalise())).reason?.code, username).toBe('forbidden');
    expect((await one('operator.x', finalise())).reason?.code).toBe('not_found');

    // All but one reviewed: refused, saying so.
    const grades: LkeAnswer[] = ['A', 'B', 'C', 'D', 'E'];
    const sheet: Record<string, LkeAnswer> = {};
    const reviews = criteria.map((c, i) => {
      const value = c.scale === 'yesNo' ? (i % 3 === 0 ? 'tidak' : 'ya') : (grades[i % 5] ?? 'A');
      sheet[c.id] = value;
      return answer(unit, c.id, 'review', value);
    });
    const device = randomUUID();
    const applied = await send('evaluator', reviews.slice(1).map((m, i) => ({ ...m, seq: i + 1 })), device);
    expect(applied.every((r) => r.status === 'applied')).toBe(true);
    const early = await one('evaluator', { ...finalise(), seq: reviews.length }, device);
    expect(early.reason?.code).toBe('lke_unreviewed');
    expect(early.reason?.details).toMatchObject({ count: 1, first: [criteria[0]?.id] });

    const last = reviews[0];
    if (!last) throw new Error('no criteria');
    expect((await one('evaluator', { ...last, seq: reviews.length + 1 }, device)).status).toBe('applied');
    const final = await one('evaluator', { ...finalise(), seq: reviews.length + 2 }, device);
    expect(final.status).toBe('applied');

    const page = await pullOk(server.app, cookies.get('operator.b') ?? '', 0, 5000);
    if (page.kind !== 'changes') throw new Error('reset');
    const evaluation = lkeEvaluationSchema.parse(page.changes.filter((c) => c.entity === 'lkeEvaluation').at(-1)?.row);
    const expected = scoreLke(lkeTemplateOf(year), sheet).total;
    expect(evaluation).toMatchObject({ orgUnitId: unit, year, status: 'final', predikat: lkePredikat(expected).code });
    expect(roundLkeScore(evaluation.score ?? -1)).toBe(roundLkeScore(expected));
    expect(expected).toBeGreaterThan(0);

    // Final: neither side may change an answer; the evaluator reopens, and the unit may again.
    expect((await one('operator.b', answer(unit, yesNo.id, 'self', 'ya'))).reason?.code).toBe('lke_final');
    expect((await one('evaluator', { ...answer(unit, yesNo.id, 'review', 'ya'), seq: reviews.length + 3 }, device)).reason?.code).toBe('lke_final');
    const reopened = await one('evaluator', mutation('lkeEvaluation', evaluationId, { status: 'open' }, final.rev, reviews.length + 4), device);
    expect(reopened.status).toBe('applied');
    expect((await one('operator.b', answer(unit, yesNo.id, 'self', 'ya'))).status).toBe('applied');
  });
});

describe('LKE recommendations', () => {
  const rec = (recordId: string, fields: Record<string, unknown>, baseRev: number | null = null, op: 'upsert' | 'delete' = 'upsert'): Mutation => ({
    ...mutation('lkeResponse', recordId, fields, baseRev), entity: 'lkeRecommendation', op,
  });

  it('are written by the evaluator and followed up by the unit, each refused the other\'s part', async () => {
    const id = randomUUID();
    const create = { orgUnitId: unitA(), year, order: 0, text: 'Tetapkan pedoman teknis perencanaan kinerja.' };
    for (const [username, code] of [['operator.a', 'forbidden'], ['kepala.a', 'forbidden'], ['pimpinan', 'forbidden'], ['admin', 'forbidden'], ['operator.x', 'not_found']] as const) {
      expect((await one(username, rec(randomUUID(), create))).reason?.code, username).toBe(code);
    }
    const created = await one('evaluator', rec(id, create));
    expect(created.status).toBe('applied');
    // The unit may not reword it, the evaluator may not follow it up; another unit may do neither.
    expect((await one('kepala.a', rec(id, { text: 'lain' }, created.rev))).reason?.code).toBe('invalid');
    expect((await one('evaluator', rec(id, { followUp: 'selesai', followUpNote: 'x' }, created.rev))).reason?.code).toBe('invalid');
    expect((await one('operator.b', rec(id, { followUp: 'proses' }, created.rev))).reason?.code).toBe('other_unit');
    // "Selesai" needs a word on what was done.
    expect((await one('kepala.a', rec(id, { followUp: 'selesai' }, created.rev))).reason?.code).toBe('note_required');
    const done = await one('kepala.a', rec(id, { followUp: 'selesai', followUpNote: 'Perkadis 3/2027 ditetapkan' }, created.rev));
    expect(done.status).toBe('applied');
    expect((await one('kepala.a', rec(id, {}, done.rev, 'delete'))).reason?.code).toBe('forbidden');

    const page = await pullOk(server.app, cookies.get('operator.a') ?? '', 0, 5000);
    if (page.kind !== 'changes') throw new Error('reset');
    expect(page.changes.filter((c) => c.entity === 'lkeRecommendation').at(-1)?.row).toMatchObject({ text: create.text, followUp: 'selesai', followUpNote: 'Perkadis 3/2027 ditetapkan' });
    const other = await pullOk(server.app, cookies.get('operator.b') ?? '', 0, 5000);
    expect(other.kind === 'changes' && other.changes.some((c) => c.entity === 'lkeRecommendation')).toBe(false);

    expect((await one('evaluator', rec(id, {}, done.rev, 'delete'))).status).toBe('applied');
  });
});
