// Writing a PK through sync (issue 4): the admin writes any unit's PK of the tenant, the head their
// own unit's, every other role, unit and tenant is refused with a reason; a PK is signed only when
// complete and is read-only afterwards; a PK perubahan supersedes the signed version and carries
// its realisations over, also those sent later by a device that was offline during the revision.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mutation, MutationResult, SyncEntity } from '../../../../src/api/sync';
import { agreementSchema } from '../../../../src/domain/agreement';
import { realisationSchema } from '../../../../src/domain/realisation';
import { createHash } from 'node:crypto';
import { attachmentPath } from '../../../../src/api/routes';
import { createTestServer, csrf, loginAs, pullOk, pushOk, type TestServer } from '../../../support/server-app';

let server: TestServer;
const cookies = new Map<string, string>();
const usernames = ['operator.a', 'kepala.a', 'kepala.b', 'evaluator', 'pimpinan', 'admin', 'operator.x'] as const;
type Username = (typeof usernames)[number];
beforeAll(async () => {
  server = await createTestServer();
  for (const username of usernames) cookies.set(username, await loginAs(server.app, username));
});
afterAll(async () => { await server.cleanup(); });

const devices = new Map<string, { id: string; seq: number }>();
function mutation(entity: SyncEntity, recordId: string, fields: Record<string, unknown>, baseRev: number | null = null, op: Mutation['op'] = 'upsert'): Omit<Mutation, 'seq'> {
  return { id: randomUUID(), entity, recordId, op, fields, baseRev, clientTime: new Date().toISOString() };
}
/** Sends on the user's own device (a fresh one per `device` name), seq numbered in order. */
async function send(username: Username, m: Omit<Mutation, 'seq'>, device = 'main'): Promise<MutationResult> {
  const key = `${username}:${device}`;
  const state = devices.get(key) ?? { id: randomUUID(), seq: 0 };
  devices.set(key, state);
  state.seq += 1;
  const response = await pushOk(server.app, cookies.get(username) ?? '', state.id, [{ ...m, seq: state.seq }]);
  const result = response.results[0];
  if (!result) throw new Error('no result');
  return result;
}
const code = (result: MutationResult) => result.reason?.code ?? result.status;

const parties = {
  kind: 'jpt', number: null,
  firstParty: { name: 'Dr. Rina Wulandari, M.Kes', position: 'Kepala Dinas A', rank: 'Pembina Utama Muda (IV/c)', nip: '197501012000032001' },
  secondParty: { name: 'H. Bupati Uji', position: 'Bupati Uji' },
};
const newPk = (orgUnitId: string, year: number, extra: Record<string, unknown> = {}) => ({ orgUnitId, year, version: 0, parentId: null, ...parties, ...extra });
const indicatorFields = (agreementId: string, goalId: string, extra: Record<string, unknown> = {}) => ({
  agreementId, goalId, order: 0, name: 'Persentase puskesmas terakreditasi', unit: '%', polarity: 'higher', aggregation: 'last',
  targetType: 'percent', annualTarget: 90, quarterTargets: [90, 90, 90, 90], ...extra,
});

async function serverRow(entity: 'agreement', id: string) {
  const pulled = await pullOk(server.app, cookies.get('admin') ?? '', 0, 5000);
  if (pulled.kind !== 'changes') throw new Error('reset');
  const rows = pulled.changes.filter((c) => c.entity === entity && c.recordId === id);
  return agreementSchema.parse(rows.at(-1)?.row);
}

describe('creating a PK', () => {
  it('is for the admin (any unit of its tenant) and the unit’s head; every other role, unit and tenant is refused', async () => {
    const { unitA, unitB, unitX } = server.world.units;
    const refusals: Array<[Username, string, string]> = [
      ['operator.a', unitA.id, 'forbidden'], ['evaluator', unitA.id, 'forbidden'], ['pimpinan', unitA.id, 'forbidden'],
      ['kepala.b', unitA.id, 'other_unit'], ['kepala.a', unitB.id, 'other_unit'], ['operator.x', unitA.id, 'not_found'],
      ['admin', unitX.id, 'not_found'],
    ];
    for (const [username, unit, expected] of refusals) {
      expect(code(await send(username, mutation('agreement', randomUUID(), newPk(unit, 2027)))), `${username} → ${unit}`).toBe(expected);
    }
    expect(code(await send('kepala.a', mutation('agreement', randomUUID(), newPk(unitA.id, 2027))))).toBe('applied');
    expect(code(await send('admin', mutation('agreement', randomUUID(), newPk(unitB.id, 2027))))).toBe('applied');
  });

  it('refuses a second PK murni for a year that has one, and bad fields, with a reason', async () => {
    const { unitA } = server.world.units;
    expect(code(await send('kepala.a', mutation('agreement', randomUUID(), newPk(unitA.id, 2026))))).toBe('agreement_exists');
    expect(code(await send('admin', mutation('agreement', randomUUID(), newPk(unitA.id, 2027))))).toBe('agreement_exists');
    for (const bad of [
      newPk(unitA.id, 2028, { firstParty: { ...parties.firstParty, nip: '1975' } }),
      newPk(unitA.id, 2028, { kind: 'bupati' }),
      newPk(unitA.id, 1999),
      newPk(unitA.id, 2028, { status: 'signed' }),
      newPk(unitA.id, 2028, { parentId: server.world.data.agreements[0]?.id }),
    ]) {
      expect(code(await send('kepala.a', mutation('agreement', randomUUID(), bad))), JSON.stringify(bad)).toBe('invalid');
    }
  });
});

describe('writing, signing and revising a PK', () => {
  const { unitA } = { unitA: { id: '' } };
  let agreementId = '';
  let goalId = '';
  let indicatorId = '';
  let programId = '';
  const revs = new Map<string, number | null>();

  it('the head writes goals, indicators and budget lines into the draft; other roles and units may not', async () => {
    unitA.id = server.world.units.unitA.id;
    agreementId = randomUUID();
    expect(code(await send('kepala.a', mutation('agreement', agreementId, newPk(unitA.id, 2029))))).toBe('applied');
    goalId = randomUUID();
    const goal = { agreementId, order: 0, name: 'Meningkatnya mutu pelayanan kesehatan' };
    for (const [username, expected] of [['operator.a', 'forbidden'], ['evaluator', 'forbidden'], ['pimpinan', 'forbidden'], ['kepala.b', 'other_unit'], ['operator.x', 'not_found']] as const) {
      expect(code(await send(username, mutation('goal', randomUUID(), goal))), username).toBe(expected);
    }
    expect(code(await send('kepala.a', mutation('goal', goalId, goal)))).toBe('applied');
    indicatorId = randomUUID();
    // Missing satuan: a draft may be incomplete while it is written.
    const indicator = await send('kepala.a', mutation('indicator', indicatorId, indicatorFields(agreementId, goalId, { unit: '' })));
    expect(code(indicator)).toBe('applied');
    revs.set(indicatorId, indicator.rev);
    programId = randomUUID();
    const program = { agreementId, parentId: null, level: 'program', order: 0, code: '1.02.02', name: 'Program Pemenuhan Upaya Kesehatan', budget: 0 };
    const line = await send('admin', mutation('program', programId, program));
    expect(code(line)).toBe('applied');
    revs.set(programId, line.rev);
    const kegiatan = { agreementId, parentId: programId, level: 'kegiatan', order: 0, code: '1.02.02.2.01', name: 'Penyediaan Fasilitas Pelayanan Kesehatan', budget: 1_250_000_000 };
    expect(code(await send('kepala.a', mutation('program', randomUUID(), kegiatan)))).toBe('applied');

    const pulledB = await pullOk(server.app, cookies.get('kepala.b') ?? '', 0, 5000);
    expect(pulledB.kind === 'changes' && pulledB.changes.some((c) => c.recordId === agreementId || c.recordId === goalId)).toBe(false);
    const pulledEvaluator = await pullOk(server.app, cookies.get('evaluator') ?? '', 0, 5000);
    expect(pulledEvaluator.kind === 'changes' && pulledEvaluator.changes.filter((c) => [agreementId, goalId, indicatorId].includes(c.recordId)).length).toBe(3);
  });

  it('refuses references outside the PK and a budget line under itself', async () => {
    const otherGoal = server.world.data.goals[0]?.id ?? '';
    expect(code(await send('kepala.a', mutation('indicator', randomUUID(), indicatorFields(agreementId, otherGoal))))).toBe('invalid');
    expect(code(await send('kepala.a', mutation('indicator', randomUUID(), indicatorFields(agreementId, goalId, { previousId: server.world.indicators.count.id }))))).toBe('invalid');
    expect(code(await send('kepala.a', mutation('program', programId, { parentId: programId })))).toBe('invalid');
    expect(code(await send('kepala.a', mutation('goal', goalId, {}, null, 'delete')))).toBe('invalid'); // it still has an indicator
    expect(code(await send('kepala.a', mutation('indicator', indicatorId, { agreementId: server.world.data.agreements[0]?.id })))).toBe('invalid');
  });

  it('signs only a complete PK; the refusal lists what is missing', async () => {
    const signing = { status: 'signed', signedOn: '2029-01-31', signedPlace: 'Samarinda' };
    const refused = await send('kepala.a', mutation('agreement', agreementId, signing));
    expect(code(refused)).toBe('agreement_incomplete');
    const issues = (refused.reason?.details as { issues: Array<{ code: string; recordId: string }> }).issues.map((i) => `${i.code}:${i.recordId}`);
    expect(issues).toEqual(expect.arrayContaining([`unitMissing:${indicatorId}`, `budgetNotSum:${programId}`]));

    expect(code(await send('kepala.a', mutation('indicator', indicatorId, { unit: '%' }, revs.get(indicatorId))))).toBe('applied');
    expect(code(await send('kepala.a', mutation('program', programId, { budget: 1_250_000_000 }, revs.get(programId))))).toBe('applied');
    for (const username of ['operator.a', 'evaluator', 'kepala.b'] as const) {
      expect(code(await send(username, mutation('agreement', agreementId, signing))), username).not.toBe('applied');
    }
    expect(code(await send('kepala.a', mutation('agreement', agreementId, signing)))).toBe('applied');
    expect(await serverRow('agreement', agreementId)).toMatchObject({ status: 'signed', signedOn: '2029-01-31', signedPlace: 'Samarinda' });
  });

  it('a signed PK is read-only, also for an old offline device and the admin', async () => {
    expect(code(await send('kepala.a', mutation('indicator', indicatorId, { annualTarget: 95 }), 'old-tablet'))).toBe('agreement_signed');
    expect(code(await send('admin', mutation('agreement', agreementId, { number: '800/12/2029' })))).toBe('agreement_signed');
    expect(code(await send('kepala.a', mutation('goal', randomUUID(), { agreementId, order: 1, name: 'Sasaran baru' })))).toBe('agreement_signed');
    expect(code(await send('kepala.a', mutation('program', programId, {}, null, 'delete')))).toBe('agreement_signed');
    expect(code(await send('admin', mutation('agreement', agreementId, {}, null, 'delete')))).toBe('agreement_signed');
    expect(code(await send('kepala.a', mutation('agreement', agreementId, { status: 'signed', signedOn: '2029-02-01', signedPlace: 'Samarinda' })))).toBe('agreement_signed');
  });

  it('a PK perubahan supersedes the signed version once signed, and the realisations carry over', async () => {
    const quarterOne = randomUUID();
    expect(code(await send('operator.a', mutation('realisation', quarterOne, { indicatorId, quarter: 1, value: 80 })))).toBe('applied');

    const revisionId = randomUUID();
    const revision = { orgUnitId: unitA.id, year: 2029, version: 1, parentId: agreementId, ...parties };
    expect(code(await send('operator.a', mutation('agreement', randomUUID(), revision)))).toBe('forbidden');
    expect(code(await send('kepala.a', mutation('agreement', revisionId, revision)))).toBe('applied');
    expect(code(await send('admin', mutation('agreement', randomUUID(), revision)))).toBe('agreement_exists');
    expect(code(await send('kepala.a', mutation('agreement', randomUUID(), { ...revision, version: 2, parentId: revisionId })))).toBe('parent_not_signed');

    const goal2 = randomUUID();
    expect(code(await send('kepala.a', mutation('goal', goal2, { agreementId: revisionId, order: 0, name: 'Meningkatnya mutu pelayanan kesehatan' })))).toBe('applied');
    const successor = randomUUID();
    const target = indicatorFields(revisionId, goal2, { previousId: indicatorId, annualTarget: 92, quarterTargets: [85, 88, 90, 92] });
    expect(code(await send('kepala.a', mutation('indicator', successor, target)))).toBe('applied');
    const line = randomUUID();
    expect(code(await send('kepala.a', mutation('program', line, { agreementId: revisionId, parentId: null, level: 'program', order: 0, code: '1.02.02', name: 'Program Pemenuhan Upaya Kesehatan', budget: 1_400_000_000 })))).toBe('applied');

    // Until the revision is signed, the signed version stays in force.
    expect((await serverRow('agreement', agreementId)).status).toBe('signed');
    expect(code(await send('kepala.a', mutation('agreement', revisionId, { status: 'signed', signedOn: '2029-07-15', signedPlace: 'Samarinda' })))).toBe('applied');
    expect((await serverRow('agreement', agreementId)).status).toBe('superseded');
    expect((await serverRow('agreement', revisionId)).status).toBe('signed');

    // A device that was offline during the revision sends a quarter against the old indicator.
    const quarterTwo = randomUUID();
    expect(code(await send('operator.a', mutation('realisation', quarterTwo, { indicatorId, quarter: 2, value: 86 }), 'offline-tablet'))).toBe('applied');

    const pulled = await pullOk(server.app, cookies.get('operator.a') ?? '', 0, 5000);
    if (pulled.kind !== 'changes') throw new Error('reset');
    const latest = (id: string) => realisationSchema.parse(pulled.changes.filter((c) => c.recordId === id).at(-1)?.row);
    expect(latest(quarterOne)).toMatchObject({ indicatorId: successor, quarter: 1, value: 80, status: 'draft' });
    expect(latest(quarterTwo)).toMatchObject({ indicatorId: successor, quarter: 2, value: 86 });
  });

  it('never overwrites an indicator another device changed since this one saw it', async () => {
    const draft = randomUUID();
    expect(code(await send('kepala.a', mutation('agreement', draft, newPk(unitA.id, 2030))))).toBe('applied');
    const goal = randomUUID();
    expect(code(await send('kepala.a', mutation('goal', goal, { agreementId: draft, order: 0, name: 'Sasaran' })))).toBe('applied');
    const id = randomUUID();
    const created = await send('kepala.a', mutation('indicator', id, indicatorFields(draft, goal)));
    const byAdmin = await send('admin', mutation('indicator', id, { annualTarget: 91 }, created.rev));
    expect(code(byAdmin)).toBe('applied');
    expect(code(await send('kepala.a', mutation('indicator', id, { annualTarget: 93 }, created.rev), 'tablet'))).toBe('changed_elsewhere');
    expect(code(await send('kepala.a', mutation('indicator', id, { annualTarget: 93 }, byAdmin.rev), 'tablet'))).toBe('applied');
  });

  it('deletes a draft PK with its parts; a signed one stays', async () => {
    const draft = randomUUID();
    expect(code(await send('admin', mutation('agreement', draft, newPk(unitA.id, 2031))))).toBe('applied');
    const goal = randomUUID();
    expect(code(await send('admin', mutation('goal', goal, { agreementId: draft, order: 0, name: 'Sasaran' })))).toBe('applied');
    for (const username of ['operator.a', 'kepala.b', 'evaluator'] as const) {
      expect(code(await send(username, mutation('agreement', draft, {}, null, 'delete'))), username).not.toBe('applied');
    }
    expect(code(await send('kepala.a', mutation('agreement', draft, {}, null, 'delete')))).toBe('applied');
    const pulled = await pullOk(server.app, cookies.get('kepala.a') ?? '', 0, 5000);
    if (pulled.kind !== 'changes') throw new Error('reset');
    expect(pulled.changes.filter((c) => c.recordId === goal).at(-1)?.row.deleted).toBe(true);
    expect(pulled.changes.filter((c) => c.recordId === draft).at(-1)?.row.deleted).toBe(true);
    // The year is free again for a new PK.
    expect(code(await send('kepala.a', mutation('agreement', randomUUID(), newPk(unitA.id, 2031))))).toBe('applied');
  });
});

describe('the scan of the signed page', () => {
  it('is attached to a signed PK by its head or the admin, after the file is stored; readers of the PK may open it', async () => {
    const { unitA } = server.world.units;
    const signed = server.world.data.agreements.find((a) => a.orgUnitId === unitA.id && a.status === 'signed');
    if (!signed) throw new Error('world PK missing');
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(randomUUID().repeat(40))]);
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    const scan = { signedScan: { sha256, mimeType: 'application/pdf', size: pdf.length } };

    // Before the file is on the server the reference is refused, visibly, and kept on the device.
    expect(code(await send('kepala.a', mutation('agreement', signed.id, scan)))).toBe('attachment_missing');
    const upload = await server.app.inject({
      method: 'PUT', url: attachmentPath(sha256), payload: pdf,
      headers: { cookie: cookies.get('admin') ?? '', ...csrf, 'content-type': 'application/pdf' },
    });
    expect(upload.statusCode, upload.body).toBe(200);
    // The admin's unit holds the file now, not unit A: its head sends the bytes too (as its device does).
    expect(code(await send('kepala.a', mutation('agreement', signed.id, scan)))).toBe('attachment_missing');
    const headUpload = await server.app.inject({
      method: 'PUT', url: attachmentPath(sha256), payload: pdf,
      headers: { cookie: cookies.get('kepala.a') ?? '', ...csrf, 'content-type': 'application/pdf' },
    });
    expect(headUpload.statusCode, headUpload.body).toBe(200);

    for (const [username, expected] of [['operator.a', 'forbidden'], ['evaluator', 'forbidden'], ['pimpinan', 'forbidden'], ['kepala.b', 'other_unit'], ['operator.x', 'not_found']] as const) {
      expect(code(await send(username, mutation('agreement', signed.id, scan))), username).toBe(expected);
    }
    expect(code(await send('kepala.a', mutation('agreement', signed.id, { signedScan: { ...scan.signedScan, size: 12 } })))).toBe('invalid');
    expect(code(await send('kepala.a', mutation('agreement', signed.id, { ...scan, number: 'x' })))).toBe('invalid');
    expect(code(await send('kepala.a', mutation('agreement', signed.id, scan)))).toBe('applied');
    expect((await serverRow('agreement', signed.id)).signedScan).toEqual(scan.signedScan);

    const draft = randomUUID();
    expect(code(await send('admin', mutation('agreement', draft, newPk(unitA.id, 2032))))).toBe('applied');
    expect(code(await send('admin', mutation('agreement', draft, scan)))).toBe('wrong_status');

    const open = (username: Username) => server.app.inject({ method: 'GET', url: attachmentPath(sha256), headers: { cookie: cookies.get(username) ?? '' } });
    for (const username of ['operator.a', 'kepala.a', 'evaluator', 'pimpinan', 'admin'] as const) expect((await open(username)).statusCode, username).toBe(200);
    for (const username of ['kepala.b', 'operator.x'] as const) expect((await open(username)).statusCode, username).toBe(404);
    expect((await open('kepala.a')).rawPayload.equals(pdf)).toBe(true);

    expect(code(await send('admin', mutation('agreement', signed.id, { signedScan: null })))).toBe('applied');
    expect((await open('evaluator')).statusCode).toBe(404);
  });
});
