// The checks at entry a pemda refuses (issue 21): the server refuses them too, with the same rule
// the form applies (domain/plausibility.ts), reading the entry's other quarters (also those written
// earlier in the same push); warnings the pemda only shows or asks about are the device's and pass.
// Only the admin sets the checks, and only valid ones.
import { createHash, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { adminRoutes, tenantSettingsResponseSchema } from '../../../../src/api/admin';
import { sessionInfoSchema } from '../../../../src/api/auth';
import { apiRoutes, attachmentPath } from '../../../../src/api/routes';
import { defaultDataChecks } from '../../../../src/domain/data-checks';
import { csrf, pushOk, realisationMutation as rm } from '../../../support/server-app';
import { buildIndicator } from '../../../support/factories';
import { seedDemoData } from '../../../../src/server/seed/seed';
import { useSignedInServer } from '../../../support/signed-in-server';

const signedIn = useSignedInServer(['admin', 'evaluator', 'kepala.a', 'operator.a'] as const);
const ind = () => signedIn.server.world.indicators;
const put = (user: 'admin' | 'evaluator' | 'kepala.a' | 'operator.a', payload: object) =>
  signedIn.server.app.inject({ method: 'PUT', url: adminRoutes.settings, headers: { cookie: signedIn.cookie(user), ...csrf }, payload });
// The test tenant's bands are "tinggi" (from 76) and "rendah".
const ownDefaults = { ...defaultDataChecks, explainBelowCategory: 'tinggi' };
const strict = { ...ownDefaults, severity: { ...defaultDataChecks.severity, separatorSlip: 'refuse', explanationMissing: 'refuse' } } as const;
const explained = { obstacles: 'Jalan putus', followUp: 'Jadwal ulang' };

describe('checks the pemda refuses, on the server', () => {
  // Count indicator, target 25 a quarter; a 'last' percentage, target 25 a quarter.
  let slipBefore = '';

  it('by default refuse nothing: a slip is the device\'s question, and the server stores the confirmed value', async () => {
    slipBefore = randomUUID();
    const response = await pushOk(signedIn.server.app, signedIn.cookie('operator.a'), randomUUID(), [rm(1, slipBefore, { indicatorId: ind().count.id, quarter: 1, value: 250 })]);
    expect(response.results[0]?.status).toBe('applied');
  });

  it('once set by the admin reach every device in the session\'s settings', async () => {
    const saved = await put('admin', { dataChecks: strict });
    expect(saved.statusCode, saved.body).toBe(200);
    const read = tenantSettingsResponseSchema.parse((await signedIn.server.app.inject({ method: 'GET', url: adminRoutes.settings, headers: { cookie: signedIn.cookie('admin') } })).json());
    expect(read.dataChecks).toEqual(strict);
    const session = sessionInfoSchema.parse((await signedIn.server.app.inject({ method: 'GET', url: apiRoutes.session, headers: { cookie: signedIn.cookie('operator.a') } })).json());
    expect(session.tenant.settings.dataChecks).toEqual(strict);
  });

  it('refuse a slip against the target and an unexplained low capaian, and accept them fixed', async () => {
    const operator = signedIn.cookie('operator.a');
    const id = randomUUID();
    const response = await pushOk(signedIn.server.app, operator, randomUUID(), [
      rm(1, id, { indicatorId: ind().count.id, quarter: 2, value: 250 }),
      rm(2, id, { indicatorId: ind().count.id, quarter: 2, value: 15 }),
      rm(3, id, { indicatorId: ind().count.id, quarter: 2, value: 15, ...explained }),
    ]);
    expect(response.results.map((r) => [r.status, r.reason?.code ?? null])).toEqual([
      ['rejected', 'data_check_refused'], ['rejected', 'data_check_refused'], ['applied', null],
    ]);
    expect(response.results[0]?.reason).toMatchObject({ details: { field: 'value', checks: ['separatorSlip'] } });
    expect(response.results[0]?.reason?.message).toMatch(/^Pemda Anda tidak menerima isian ini/);
    expect(response.results[1]?.reason).toMatchObject({ details: { checks: ['explanationMissing'] } });
  });

  it('read the quarter before from the same push: 5 after 50 on a last-value indicator is a slip', async () => {
    const response = await pushOk(signedIn.server.app, signedIn.cookie('operator.a'), randomUUID(), [
      rm(1, randomUUID(), { indicatorId: ind().growth.id, quarter: 1, value: 50, drivers: 'Program baru berjalan' }),
      rm(2, randomUUID(), { indicatorId: ind().growth.id, quarter: 2, value: 5 }),
    ]);
    expect(response.results.map((r) => r.reason?.code ?? r.status)).toEqual(['applied', 'data_check_refused']);
    expect(response.results[1]?.reason).toMatchObject({ details: { checks: ['separatorSlip'] } });
  });

  it('hold for an entry stored before they were set: its next edit fixes the value, or is refused', async () => {
    const operator = signedIn.cookie('operator.a');
    const device = randomUUID();
    const notesOnly = await pushOk(signedIn.server.app, operator, device, [rm(1, slipBefore, { drivers: 'Cuaca baik' }, 1_000_000)]);
    expect(notesOnly.results[0]?.reason?.code).toBe('data_check_refused');
    const fixed = await pushOk(signedIn.server.app, operator, device, [rm(2, slipBefore, { value: 25, drivers: 'Cuaca baik' }, 1_000_000)]);
    expect(fixed.results[0]?.status).not.toBe('rejected');
  });

  it('are set by the admin alone, valid, with a band of the tenant', async () => {
    for (const user of ['evaluator', 'kepala.a', 'operator.a'] as const) expect((await put(user, { dataChecks: defaultDataChecks })).statusCode, user).toBe(403);
    const bad = [
      { ...defaultDataChecks, farAbovePercent: 90 },
      { ...defaultDataChecks, farBelowPercent: 200 },
      { ...defaultDataChecks, severity: { ...defaultDataChecks.severity, separatorSlip: 'sometimes' } },
      { ...defaultDataChecks, severity: { separatorSlip: 'off' } },
    ];
    for (const dataChecks of bad) expect((await put('admin', { dataChecks })).statusCode, JSON.stringify(dataChecks)).toBe(400);
    const unknownBand = await put('admin', { dataChecks: { ...defaultDataChecks, explainBelowCategory: 'luar_biasa' } });
    expect(unknownBand.statusCode).toBeGreaterThanOrEqual(400);
    expect(JSON.stringify(unknownBand.json())).toContain('unknown_category');
    // Back to the defaults: the same pushes pass again.
    expect((await put('admin', { dataChecks: ownDefaults })).statusCode).toBe(200);
    const response = await pushOk(signedIn.server.app, signedIn.cookie('operator.a'), randomUUID(), [rm(1, randomUUID(), { indicatorId: ind().count.id, quarter: 3, value: 250 })]);
    expect(response.results[0]?.status).toBe('applied');
  });

  it('asking for bukti dukung at submission: the head\'s submit of an entry without it is refused until a file is attached', async () => {
    expect((await put('admin', { dataChecks: { ...ownDefaults, severity: { ...ownDefaults.severity, evidenceMissing: 'refuse' } } })).statusCode).toBe(200);
    const operator = signedIn.cookie('operator.a');
    const head = signedIn.cookie('kepala.a');
    const id = randomUUID();
    const entered = await pushOk(signedIn.server.app, operator, randomUUID(), [rm(1, id, { indicatorId: ind().growth.id, quarter: 3, value: 26, drivers: 'Sesuai rencana' })]);
    expect(entered.results[0]?.status, JSON.stringify(entered.results[0])).toBe('applied');
    const headDevice = randomUUID();
    const submit = (seq: number) => ({ ...rm(seq, id, { status: 'submitted' }), baseRev: null });
    const refused = await pushOk(signedIn.server.app, head, headDevice, [submit(1)]);
    expect(refused.results[0]?.reason).toMatchObject({ code: 'evidence_required', details: { status: 'draft' } });
    expect(refused.results[0]?.reason?.message).toMatch(/^Pemda Anda mewajibkan bukti dukung/);

    // A photo, uploaded and named in an evidence row, then the same submission passes.
    const bytes = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(randomUUID().repeat(40))]);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const upload = await signedIn.server.app.inject({ method: 'PUT', url: attachmentPath(sha256), payload: bytes, headers: { cookie: operator, ...csrf, 'content-type': 'image/jpeg' } });
    expect(upload.statusCode, upload.body).toBe(200);
    const evidence = await pushOk(signedIn.server.app, operator, randomUUID(), [{
      id: randomUUID(), seq: 1, entity: 'evidence', recordId: randomUUID(), op: 'upsert', baseRev: null, clientTime: new Date().toISOString(),
      fields: { realisationId: id, sha256, mimeType: 'image/jpeg', size: bytes.length, caption: 'Foto kegiatan', takenAt: null, latitude: null, longitude: null, fileName: 'foto.jpg' },
    }]);
    expect(evidence.results[0]?.status, JSON.stringify(evidence.results[0])).toBe('applied');
    const passed = await pushOk(signedIn.server.app, head, headDevice, [submit(2)]);
    expect(passed.results[0]?.status).toBe('applied');
    expect((await put('admin', { dataChecks: ownDefaults })).statusCode).toBe(200);
  });

  it('the PK\'s own bounds and "bukti dukung wajib" on an indicator: a value outside is refused when the pemda refuses it, a submit without evidence always', async () => {
    const goal = signedIn.server.world.data.goals.find((g) => g.id === ind().count.goalId);
    if (!goal) throw new Error('unit A has a goal');
    const ikm = buildIndicator(goal, {
      name: 'Indeks kepuasan', unit: 'indeks', aggregation: 'last', annualTarget: 80, quarterTargets: [80, 80, 80, 80], order: 9,
      minValue: 25, maxValue: 100, evidenceRequired: true,
    });
    await seedDemoData(signedIn.server.store, { tenants: [], orgUnits: [], users: [], agreements: [], goals: [], indicators: [ikm], programs: [], realisations: [] });
    const operator = signedIn.cookie('operator.a');
    // Asked about by default (the device's question): the server stores the confirmed value.
    const asked = await pushOk(signedIn.server.app, operator, randomUUID(), [rm(1, randomUUID(), { indicatorId: ikm.id, quarter: 1, value: 120, drivers: 'Survei ulang' })]);
    expect(asked.results[0]?.status).toBe('applied');
    expect((await put('admin', { dataChecks: { ...ownDefaults, severity: { ...ownDefaults.severity, outOfBounds: 'refuse' } } })).statusCode).toBe(200);
    const id = randomUUID();
    const refused = await pushOk(signedIn.server.app, operator, randomUUID(), [
      rm(1, id, { indicatorId: ikm.id, quarter: 2, value: 120, drivers: 'Survei' }),
      rm(2, id, { indicatorId: ikm.id, quarter: 2, value: 82, drivers: 'Survei' }),
    ]);
    expect(refused.results.map((r) => [r.status, r.reason?.code ?? null])).toEqual([['rejected', 'data_check_refused'], ['applied', null]]);
    expect(refused.results[0]?.reason).toMatchObject({ details: { checks: ['outOfBounds'] } });

    // The pemda's general rule is off; the indicator's own asks for bukti dukung.
    expect((await put('admin', { dataChecks: ownDefaults })).statusCode).toBe(200);
    const submit = await pushOk(signedIn.server.app, signedIn.cookie('kepala.a'), randomUUID(), [{ ...rm(1, id, { status: 'submitted' }), baseRev: null }]);
    expect(submit.results[0]?.reason).toMatchObject({ code: 'evidence_required' });
    const other = randomUUID();
    await pushOk(signedIn.server.app, operator, randomUUID(), [rm(1, other, { indicatorId: ind().growth.id, quarter: 4, value: 26, drivers: 'Sesuai rencana' })]);
    const plain = await pushOk(signedIn.server.app, signedIn.cookie('kepala.a'), randomUUID(), [{ ...rm(1, other, { status: 'submitted' }), baseRev: null }]);
    expect(plain.results[0]?.status, JSON.stringify(plain.results[0])).toBe('applied');
  });
});
