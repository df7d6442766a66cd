// Service tokens and the exports they read (both databases): the admin creates, lists and revokes
// them, only their sha256 is stored, every creation, revocation and burst of use is in the audit;
// a token reads its own tenant's year and nothing else; revoked and expired tokens, cookie
// sessions and other routes get 401; JSON pages by cursor, CSV and XLSX hold the same rows.
import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/node';
import type { LightMyRequestResponse } from 'fastify';
import { adminRoutes, auditPageSchema } from '../../../../src/api/admin';
import { apiRoutes } from '../../../../src/api/routes';
import {
  agreementExportPageSchema, integrationRoutes, realisationExportPageSchema, serviceTokenCreatedSchema, serviceTokenListSchema,
  serviceTokenSchema, type RealisationExportRow,
} from '../../../../src/api/integration';
import { serviceTokenBurstMs } from '../../../../src/server/services/auth/service-tokens';
import { buildUser } from '../../../support/server-factories';
import { createTestServer, csrf, loginAs, pushOk, realisationMutation, sessionCookieFor, type TestServer } from '../../../support/server-app';

let server: TestServer;
let admin: string;
let otherAdmin: string;

beforeAll(async () => {
  server = await createTestServer();
  const w = server.world;
  admin = await loginAs(server.app, 'admin');
  const { password: _password, ...adminX } = buildUser(w.units.unitX, 'admin', 'admin.x');
  await server.store.insertUser({ ...adminX, active: true, planner: false }, 'unused-hash');
  otherAdmin = await sessionCookieFor(server.store, adminX.id, server.clock.now);
  // Entries of every status: unit A Q1 draft (30 of 25), unit B Q1 draft (0), another tenant's.
  await pushOk(server.app, await loginAs(server.app, 'operator.a'), randomUUID(), [realisationMutation(1, randomUUID(), { indicatorId: w.indicators.count.id, quarter: 1, value: 30 })]);
  await pushOk(server.app, await loginAs(server.app, 'operator.b'), randomUUID(), [realisationMutation(1, randomUUID(), { indicatorId: w.indicators.unitB.id, quarter: 1, value: 0 })]);
  await pushOk(server.app, await loginAs(server.app, 'operator.x'), randomUUID(), [realisationMutation(1, randomUUID(), { indicatorId: w.indicators.otherTenant.id, quarter: 1, value: 12.5 })]);
  // A name a spreadsheet would run as a formula.
  await server.store.putIndicator({ ...w.indicators.growth, name: '=HYPERLINK("http://x")' });
});
afterAll(async () => { await server.cleanup(); });

async function createToken(cookie: string, body: Record<string, unknown> = { name: 'e-SAKIP' }) {
  const response = await server.app.inject({ method: 'POST', url: integrationRoutes.serviceTokens, headers: { cookie, ...csrf }, payload: body });
  expect(response.statusCode, response.body).toBe(201);
  expect(response.headers['cache-control']).toBe('no-store');
  return serviceTokenCreatedSchema.parse(response.json());
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
function exportCall(kind: 'agreements' | 'realisations', token: string | null, query: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
  const url = `${kind === 'agreements' ? integrationRoutes.exportAgreements : integrationRoutes.exportRealisations}?${query}`;
  return server.app.inject({ method: 'GET', url, headers: { ...(token ? bearer(token) : {}), ...headers } });
}

async function audit(cookie: string) {
  const response = await server.app.inject({ method: 'GET', url: `${adminRoutes.audit}?entity=serviceToken&pageSize=200`, headers: { cookie } });
  expect(response.statusCode).toBe(200);
  return auditPageSchema.parse(response.json()).entries;
}

async function allRealisations(token: string): Promise<RealisationExportRow[]> {
  const response = await exportCall('realisations', token, 'year=2026');
  expect(response.statusCode, response.body).toBe(200);
  return realisationExportPageSchema.parse(response.json()).rows;
}

describe('service tokens (admin)', () => {
  it('shows the token once, stores only its sha256, lists it and logs the creation', async () => {
    const created = await createToken(admin, { name: 'Dasbor Bappeda' });
    expect(created.token).toMatch(/^pkst_[A-Za-z0-9_-]{43}$/);
    const stored = await server.store.findServiceTokenByHash(createHash('sha256').update(created.token).digest('hex'));
    expect(stored?.id).toBe(created.serviceToken.id);
    expect(JSON.stringify(stored)).not.toContain(created.token);

    const list = await server.app.inject({ method: 'GET', url: integrationRoutes.serviceTokens, headers: { cookie: admin } });
    const tokens = serviceTokenListSchema.parse(list.json()).serviceTokens;
    expect(tokens.find((t) => t.id === created.serviceToken.id)).toMatchObject({ name: 'Dasbor Bappeda', createdBy: 'admin', active: true, lastUsedAt: null });
    expect(list.body).not.toContain(created.token);

    const entries = await audit(admin);
    const insert = entries.find((e) => e.recordId === created.serviceToken.id && e.op === 'insert');
    expect(insert?.username).toBe('admin');
    expect(insert?.after).toMatchObject({ name: 'Dasbor Bappeda', expiresAt: null });
    expect(JSON.stringify(entries)).not.toContain(created.token);
    expect(JSON.stringify(entries)).not.toContain(stored?.tokenHash);
  });

  it('refuses an expiry in the past and a malformed body', async () => {
    const past = await server.app.inject({ method: 'POST', url: integrationRoutes.serviceTokens, headers: { cookie: admin, ...csrf }, payload: { name: 'x', expiresAt: new Date(server.clock.now.getTime() - 1000).toISOString() } });
    expect(past.statusCode).toBe(400);
    expect(past.json()).toMatchObject({ error: { details: { reason: 'expiry_past' } } });
    const extra = await server.app.inject({ method: 'POST', url: integrationRoutes.serviceTokens, headers: { cookie: admin, ...csrf }, payload: { name: 'x', tenantId: server.world.other.id } });
    expect(extra.statusCode).toBe(400);
  });

  it('another tenant’s admin neither sees nor revokes it', async () => {
    const created = await createToken(admin);
    const list = await server.app.inject({ method: 'GET', url: integrationRoutes.serviceTokens, headers: { cookie: otherAdmin } });
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(created.serviceToken.id);
    const revoke = await server.app.inject({ method: 'POST', url: integrationRoutes.revokeServiceToken.replace(':id', created.serviceToken.id), headers: { cookie: otherAdmin, ...csrf } });
    expect(revoke.statusCode).toBe(404);
    expect((await exportCall('agreements', created.token, 'year=2026')).statusCode).toBe(200);
  });

  it.each(['operator.a', 'kepala.a', 'evaluator', 'pimpinan'])('%s may not create, list or revoke tokens', async (username) => {
    const cookie = await loginAs(server.app, username);
    const created = await createToken(admin);
    const calls = [
      server.app.inject({ method: 'GET', url: integrationRoutes.serviceTokens, headers: { cookie } }),
      server.app.inject({ method: 'POST', url: integrationRoutes.serviceTokens, headers: { cookie, ...csrf }, payload: { name: 'x' } }),
      server.app.inject({ method: 'POST', url: integrationRoutes.revokeServiceToken.replace(':id', created.serviceToken.id), headers: { cookie, ...csrf } }),
    ];
    for (const response of await Promise.all(calls)) expect(response.statusCode).toBe(403);
    expect((await exportCall('agreements', created.token, 'year=2026')).statusCode).toBe(200);
  });
});

describe('what a token may read', () => {
  it('its own tenant’s year: every unit, with status and capaian, nothing of another tenant', async () => {
    const { token } = await createToken(admin);
    const w = server.world;
    const rows = await allRealisations(token);
    const byKey = new Map(rows.map((r) => [`${r.indicatorId}:${r.quarter}`, r]));
    expect(rows).toHaveLength(4);
    expect(byKey.get(`${w.indicators.count.id}:1`)).toMatchObject({ orgUnitCode: 'A', status: 'draft', value: 30, target: 25, achievement: 120, achievementYearToDate: 120, unit: 'layanan' });
    // Q4: 10 of 25; year to date Q1 + Q4 = 40 of 50.
    expect(byKey.get(`${w.indicators.count.id}:4`)).toMatchObject({ status: 'submitted', value: 10, achievement: 40, achievementYearToDate: 80 });
    expect(byKey.get(`${w.indicators.percent.id}:4`)).toMatchObject({ status: 'verified', achievement: 40 });
    expect(byKey.get(`${w.indicators.unitB.id}:1`)).toMatchObject({ orgUnitCode: 'B', value: 0, achievement: 0, achievementReason: null });

    const response = await exportCall('agreements', token, 'year=2026');
    const pk = agreementExportPageSchema.parse(response.json());
    expect(new Set(pk.rows.map((r) => r.orgUnitCode))).toEqual(new Set(['A', 'B']));
    expect(pk.rows.find((r) => r.indicatorId === w.indicators.count.id)).toMatchObject({ status: 'signed', annualTarget: 100, targetQ1: 25, goal: 'Sasaran uji' });
    for (const body of [response.body, JSON.stringify(rows)]) {
      for (const id of [w.other.id, w.units.unitX.id, w.indicators.otherTenant.id]) expect(body).not.toContain(id);
    }
    expect((await exportCall('realisations', token, 'year=2025')).json()).toMatchObject({ rows: [], nextCursor: null });
  });

  it('another tenant’s token reads that tenant only', async () => {
    const { token } = await createToken(otherAdmin);
    const rows = await allRealisations(token);
    expect(rows.map((r) => [r.orgUnitCode, r.value, r.achievement])).toEqual([['X', 12.5, 50]]);
    const body = (await exportCall('agreements', token, 'year=2026')).body;
    for (const id of [server.world.tenant.id, server.world.units.unitA.id, server.world.units.unitB.id, server.world.indicators.count.id]) expect(body).not.toContain(id);
  });

  it('pages by cursor: every row once, in the same order as one page', async () => {
    const { token } = await createToken(admin);
    const whole = (await exportCall('agreements', token, 'year=2026')).json<{ rows: Array<{ indicatorId: string | null; agreementId: string }> }>().rows;
    expect(whole.length).toBeGreaterThan(3);
    const walked: typeof whole = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 20; pages++) {
      const page = agreementExportPageSchema.parse((await exportCall('agreements', token, `year=2026&limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json());
      expect(page.rows.length).toBeLessThanOrEqual(2);
      walked.push(...page.rows);
      cursor = page.nextCursor;
      if (cursor === null) break;
    }
    expect(cursor).toBeNull();
    expect(walked).toEqual(whole);
    for (const query of ['year=2026&limit=0', 'year=2026&limit=1001', 'year=abc', 'year=2026&cursor=%00', 'year=2026&format=pdf', 'year=2026&tenantId=x']) {
      const response = await exportCall('agreements', token, query);
      expect([query, response.statusCode]).toEqual([query, 400]);
    }
    // A cursor that names no row: the rows after where it would sort, never an error.
    expect((await exportCall('agreements', token, 'year=2026&cursor=zzzz')).statusCode).toBe(200);
  });

  it('CSV: semicolons, UTF-8 BOM, decimal commas, formulas defused, the same rows as JSON', async () => {
    const { token } = await createToken(admin);
    const response = await exportCall('agreements', token, 'year=2026&format=csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="pk-2026.csv"');
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = response.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]?.split(';').slice(0, 4)).toEqual(['id_pk', 'id_unit', 'kode_unit', 'unit_kerja']);
    const json = (await exportCall('agreements', token, 'year=2026')).json<{ rows: unknown[] }>().rows;
    expect(lines).toHaveLength(json.length + 1);
    expect(response.body).toContain(`;"'=HYPERLINK(""http://x"")";`);
    expect(response.body).not.toContain(';=HYPERLINK');

    const x = await createToken(otherAdmin);
    const csv = (await exportCall('realisations', x.token, 'year=2026&format=csv')).body;
    expect(csv.split('\r\n')[1]?.split(';')).toContain('12,5');
  });

  it('XLSX: a workbook with the same rows, numbers as numbers', async () => {
    const { token } = await createToken(admin);
    const response = await exportCall('realisations', token, 'year=2026&format=xlsx');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const sheets = (await readXlsxFile(response.rawPayload)) as unknown as Array<{ sheet: string; data: unknown[][] }>;
    const data = sheets[0]?.data ?? [];
    expect(sheets[0]?.sheet).toBe('Realisasi');
    const header = data[0] as string[];
    expect(data).toHaveLength(5);
    const column = (name: string) => header.indexOf(name);
    const q1 = data.find((row) => row[column('indikator')] === 'Jumlah layanan' && row[column('triwulan')] === 1 && row[column('kode_unit')] === 'A');
    expect(q1?.[column('realisasi')]).toBe(30);
    expect(q1?.[column('capaian_persen')]).toBe(120);
    expect(q1?.[column('status')]).toBe('draft');
  });
});

describe('what a token cannot do', () => {
  it('revoked: 401 at once, and the revocation is in the audit', async () => {
    const created = await createToken(admin);
    expect((await exportCall('agreements', created.token, 'year=2026')).statusCode).toBe(200);
    const revoke = await server.app.inject({ method: 'POST', url: integrationRoutes.revokeServiceToken.replace(':id', created.serviceToken.id), headers: { cookie: admin, ...csrf } });
    expect(revoke.statusCode).toBe(200);
    expect(serviceTokenSchema.parse(revoke.json())).toMatchObject({ active: false });
    for (const kind of ['agreements', 'realisations'] as const) {
      const response = await exportCall(kind, created.token, 'year=2026');
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    }
    const entries = (await audit(admin)).filter((e) => e.recordId === created.serviceToken.id);
    expect(entries.map((e) => e.op).sort()).toEqual(['insert', 'update', 'update']); // created, used, revoked
    expect(entries.some((e) => e.after.revokedAt !== null && e.username === 'admin')).toBe(true);
  });

  it('expired: 401 once its time has passed', async () => {
    const expiresAt = new Date(server.clock.now.getTime() + 3600_000).toISOString();
    const created = await createToken(admin, { name: 'Sementara', expiresAt });
    expect((await exportCall('agreements', created.token, 'year=2026')).statusCode).toBe(200);
    server.clock.advance(3600_000);
    expect((await exportCall('agreements', created.token, 'year=2026')).statusCode).toBe(401);
  });

  it('unknown or malformed tokens, and a cookie session of any role: 401 before the query is read', async () => {
    for (const token of [null, 'pkst_unknown', 'x'.repeat(300), `pkst_${'A'.repeat(43)}`]) {
      expect((await exportCall('realisations', token, 'year=nonsense')).statusCode).toBe(401);
    }
    for (const cookie of [admin, await loginAs(server.app, 'evaluator'), await loginAs(server.app, 'operator.a')]) {
      expect((await exportCall('realisations', null, 'year=2026', { cookie })).statusCode).toBe(401);
    }
    const basic = await server.app.inject({ method: 'GET', url: `${integrationRoutes.exportAgreements}?year=2026`, headers: { authorization: 'Basic YTpi' } });
    expect(basic.statusCode).toBe(401);
  });

  it('no other route accepts it', async () => {
    const { token } = await createToken(admin);
    const calls: Array<[string, string]> = [
      ['GET', apiRoutes.session], ['GET', `${apiRoutes.pull}?cursor=0`], ['GET', adminRoutes.audit], ['GET', integrationRoutes.serviceTokens],
      ['GET', apiRoutes.tenantLogo], ['POST', integrationRoutes.serviceTokens],
    ];
    for (const [method, url] of calls) {
      const response = await server.app.inject({ method: method as 'GET', url, headers: { ...bearer(token), ...csrf }, ...(method === 'POST' ? { payload: { name: 'x' } } : {}) });
      expect([url, response.statusCode]).toEqual([url, 401]);
    }
  });

  it('uses are logged once per burst, also when they arrive together', async () => {
    const created = await createToken(admin);
    const uses = async () => (await audit(admin)).filter((e) => e.recordId === created.serviceToken.id && e.after.used === true);
    const responses = await Promise.all(Array.from({ length: 6 }, () => exportCall('realisations', created.token, 'year=2026&format=csv')));
    for (const response of responses) expect(response.statusCode).toBe(200);
    expect(await uses()).toHaveLength(1);
    expect((await uses())[0]?.after).toMatchObject({ name: 'e-SAKIP', path: integrationRoutes.exportRealisations, year: 2026, format: 'csv' });
    server.clock.advance(serviceTokenBurstMs - 60_000);
    await exportCall('agreements', created.token, 'year=2026');
    expect(await uses()).toHaveLength(1);
    server.clock.advance(serviceTokenBurstMs + 1);
    await exportCall('agreements', created.token, 'year=2026');
    expect(await uses()).toHaveLength(2);
    const listed = serviceTokenListSchema.parse((await server.app.inject({ method: 'GET', url: integrationRoutes.serviceTokens, headers: { cookie: admin } })).json());
    expect(listed.serviceTokens.find((t) => t.id === created.serviceToken.id)?.lastUsedAt).toBe(server.clock.now.toISOString());
  });
});
