// Administration: the unit tree, accounts, sessions, CSV import, settings, audit, own password.
import { describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import {
  adminPath, adminRoutes, auditPageSchema, oneTimePasswordResponseSchema, orgUnitListSchema, sessionListSchema,
  tenantSettingsResponseSchema, userImportResponseSchema, userListSchema,
} from '../../../../src/api/admin';
import { sessionInfoSchema } from '../../../../src/api/auth';
import { errorEnvelopeSchema } from '../../../../src/api/errors';
import { apiRoutes, sessionCookieName } from '../../../../src/api/routes';
import { orgUnitSchema } from '../../../../src/domain/org-unit';
import { checkPasswordPolicy } from '../../../../src/domain/password-policy';
import { calendarDateIn } from '../../../../src/domain/tenant-clock';
import { csrf, loginAs, pullOk } from '../../../support/server-app';
import { useSignedInServer } from '../../../support/signed-in-server';

const signedIn = useSignedInServer(['admin']);
const adminCookie = () => signedIn.cookie('admin');

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT';
function call(app: FastifyInstance, cookie: string, method: Method, url: string, payload?: unknown) {
  return app.inject({ method, url, headers: { cookie, ...csrf }, ...(payload === undefined ? {} : { payload: payload as object }) });
}
const asAdmin = (method: Method, url: string, payload?: unknown) => call(signedIn.server.app, adminCookie(), method, url, payload);
const reasonOf = (body: string) => (errorEnvelopeSchema.parse(JSON.parse(body)).error.details as { reason?: string } | undefined)?.reason;

async function loginWith(username: string, password: string): Promise<{ status: number; cookie: string; body: string }> {
  const response = await signedIn.server.app.inject({ method: 'POST', url: apiRoutes.login, payload: { username, password }, remoteAddress: '10.9.9.9' });
  const cookie = response.cookies.find((c) => c.name === sessionCookieName);
  return { status: response.statusCode, cookie: cookie ? `${sessionCookieName}=${cookie.value}` : '', body: response.body };
}

describe('org units', () => {
  it('adds, renames, moves and deactivates; each write is a change devices pull', async () => {
    const before = (await pullOk(signedIn.server.app, await loginAs(signedIn.server.app, 'operator.b'), 0, 5000)).kind;
    expect(before).toBe('changes');
    const created = await asAdmin('POST', adminRoutes.orgUnits, { code: 'C', name: 'Dinas C', type: 'opd', parentId: signedIn.server.world.units.setda.id });
    expect(created.statusCode).toBe(201);
    const unit = orgUnitSchema.parse(created.json());
    const renamed = await asAdmin('PATCH', adminPath(adminRoutes.orgUnit, { id: unit.id }), { name: 'Dinas Cipta Karya' });
    expect(orgUnitSchema.parse(renamed.json()).name).toBe('Dinas Cipta Karya');
    const moved = await asAdmin('PATCH', adminPath(adminRoutes.orgUnit, { id: unit.id }), { parentId: signedIn.server.world.units.unitA.id });
    expect(orgUnitSchema.parse(moved.json()).parentId).toBe(signedIn.server.world.units.unitA.id);
    const deactivated = await asAdmin('PATCH', adminPath(adminRoutes.orgUnit, { id: unit.id }), { active: false });
    expect(orgUnitSchema.parse(deactivated.json()).active).toBe(false);
    const list = orgUnitListSchema.parse((await asAdmin('GET', adminRoutes.orgUnits)).json());
    expect(list.orgUnits.find((u) => u.id === unit.id)).toMatchObject({ name: 'Dinas Cipta Karya', active: false });
    expect(list.orgUnits.every((u) => u.tenantId === signedIn.server.world.tenant.id)).toBe(true);
    // Any user of the tenant pulls the tree, latest version last.
    const page = await pullOk(signedIn.server.app, await loginAs(signedIn.server.app, 'operator.b'), 0, 5000);
    if (page.kind !== 'changes') throw new Error('reset');
    const versions = page.changes.filter((c) => c.recordId === unit.id);
    expect(versions.length).toBe(4);
    expect(versions.at(-1)?.row).toMatchObject({ active: false, parentId: signedIn.server.world.units.unitA.id });
    expect(page.changes.every((c) => c.entity !== ('user' as string) && c.entity !== ('tenant' as string))).toBe(true);
  });

  it('refuses a cycle, a parent in another tenant and deactivating a unit with active users', async () => {
    const { setda, unitA, unitX } = signedIn.server.world.units;
    expect(reasonOf((await asAdmin('PATCH', adminPath(adminRoutes.orgUnit, { id: setda.id }), { parentId: unitA.id })).body)).toBe('parent_cycle');
    expect(reasonOf((await asAdmin('PATCH', adminPath(adminRoutes.orgUnit, { id: unitA.id }), { parentId: unitA.id })).body)).toBe('parent_cycle');
    expect(reasonOf((await asAdmin('PATCH', adminPath(adminRoutes.orgUnit, { id: unitA.id }), { parentId: unitX.id })).body)).toBe('unit_not_found');
    expect(reasonOf((await asAdmin('PATCH', adminPath(adminRoutes.orgUnit, { id: unitA.id }), { active: false })).body)).toBe('unit_has_active_users');
    expect((await asAdmin('PATCH', adminPath(adminRoutes.orgUnit, { id: unitX.id }), { name: 'Diambil' })).statusCode).toBe(404);
  });
});

describe('accounts', () => {
  it('creates a user with a one-time password that must be changed, then deactivates them at once', async () => {
    const created = await asAdmin('POST', adminRoutes.users, {
      username: 'Operator.Baru', name: 'Operator Baru', role: 'operator', orgUnitId: signedIn.server.world.units.unitB.id, position: 'Staf',
    });
    expect(created.statusCode).toBe(201);
    expect(created.headers['cache-control']).toBe('no-store');
    const { user, oneTimePassword } = oneTimePasswordResponseSchema.parse(created.json());
    expect(user).toMatchObject({ username: 'operator.baru', mustChangePassword: true, active: true });
    expect(checkPasswordPolicy(oneTimePassword)).toBeNull();
    expect(created.body).not.toContain('scrypt');

    const first = await loginWith('operator.baru', oneTimePassword);
    expect(first.status).toBe(200);
    expect(sessionInfoSchema.parse(JSON.parse(first.body)).mustChangePassword).toBe(true);
    const change = (body: unknown) => call(signedIn.server.app, first.cookie, 'POST', apiRoutes.password, body);
    // Until the one-time password is changed, the session may do nothing else.
    const pending = [
      await signedIn.server.app.inject({ method: 'GET', url: `${apiRoutes.pull}?cursor=0`, headers: { cookie: first.cookie } }),
      await call(signedIn.server.app, first.cookie, 'POST', apiRoutes.push, { deviceId: 'perangkat-baru', mutations: [] }),
    ];
    for (const refused of pending) {
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ error: { code: 'password_change_required' } });
    }
    expect(reasonOf((await change({ currentPassword: oneTimePassword, newPassword: 'pendek' })).body)).toBe('weak_password');
    expect(reasonOf((await change({ currentPassword: oneTimePassword, newPassword: 'password123' })).body)).toBe('weak_password');
    // A part of the username ("baru" of operator.baru) is refused too.
    expect(JSON.parse((await change({ currentPassword: oneTimePassword, newPassword: 'Sandi-Baru-2026' })).body).error.details.problem).toBe('containsUsername');
    expect(reasonOf((await change({ currentPassword: 'salah-sandi-123', newPassword: 'Sungai-Mahakam-2026' })).body)).toBe('wrong_password');
    expect((await change({ currentPassword: oneTimePassword, newPassword: 'Sungai-Mahakam-2026' })).statusCode).toBe(204);
    const session = await signedIn.server.app.inject({ method: 'GET', url: apiRoutes.session, headers: { cookie: first.cookie } });
    expect(sessionInfoSchema.parse(session.json()).mustChangePassword).toBe(false);
    expect((await loginWith('operator.baru', oneTimePassword)).status).toBe(401);
    const second = await loginWith('operator.baru', 'Sungai-Mahakam-2026');
    expect(second.status).toBe(200);

    const sessionsResponse = await asAdmin('GET', adminPath(adminRoutes.userSessions, { id: user.id }));
    if (sessionsResponse.statusCode !== 200) throw new Error(sessionsResponse.body);
    const sessions = sessionListSchema.parse(sessionsResponse.json()).sessions;
    expect(sessions.filter((s) => s.active)).toHaveLength(2);
    expect(JSON.stringify(sessions)).not.toContain(second.cookie.split('=')[1]);

    const off = await asAdmin('PATCH', adminPath(adminRoutes.user, { id: user.id }), { active: false });
    expect(off.statusCode).toBe(200);
    for (const cookie of [first.cookie, second.cookie]) {
      const refused = await signedIn.server.app.inject({ method: 'GET', url: `${apiRoutes.pull}?cursor=0`, headers: { cookie } });
      expect(refused.statusCode).toBe(401);
    }
    expect((await loginWith('operator.baru', 'Sungai-Mahakam-2026')).status).toBe(403);
  });

  it('resets a password (old sessions end) and revokes a single session', async () => {
    const userId = signedIn.server.world.users.operatorB.id;
    const a = await loginAs(signedIn.server.app, 'operator.b');
    const b = await loginAs(signedIn.server.app, 'operator.b');
    const listed = sessionListSchema.parse((await asAdmin('GET', adminPath(adminRoutes.userSessions, { id: userId }))).json()).sessions;
    const target = listed.find((s) => s.active);
    if (!target) throw new Error('no active session');
    expect((await asAdmin('POST', adminPath(adminRoutes.revokeSession, { id: userId, sessionId: target.id }))).statusCode).toBe(204);
    expect((await asAdmin('POST', adminPath(adminRoutes.revokeSession, { id: userId, sessionId: target.id }))).statusCode).toBe(404);
    const statuses = await Promise.all([a, b].map(async (cookie) => (await signedIn.server.app.inject({ method: 'GET', url: apiRoutes.session, headers: { cookie } })).statusCode));
    expect(statuses.sort()).toEqual([200, 401]);

    const reset = oneTimePasswordResponseSchema.parse((await asAdmin('POST', adminPath(adminRoutes.resetPassword, { id: userId }))).json());
    expect(reset.user.mustChangePassword).toBe(true);
    for (const cookie of [a, b]) expect((await signedIn.server.app.inject({ method: 'GET', url: apiRoutes.session, headers: { cookie } })).statusCode).toBe(401);
    expect((await loginWith('operator.b', reset.oneTimePassword)).status).toBe(200);
  });

  it('refuses duplicates, another tenant’s units and users, and demoting oneself', async () => {
    const duplicate = await asAdmin('POST', adminRoutes.users, { username: 'operator.a', name: 'X', role: 'operator', orgUnitId: signedIn.server.world.units.unitA.id, position: '' });
    expect(reasonOf(duplicate.body)).toBe('username_taken');
    const foreign = await asAdmin('POST', adminRoutes.users, { username: 'penyusup', name: 'X', role: 'admin', orgUnitId: signedIn.server.world.units.unitX.id, position: '' });
    expect(reasonOf(foreign.body)).toBe('unit_not_found');
    expect((await asAdmin('POST', adminPath(adminRoutes.resetPassword, { id: signedIn.server.world.users.operatorX.id }))).statusCode).toBe(404);
    expect((await asAdmin('GET', adminPath(adminRoutes.userSessions, { id: signedIn.server.world.users.operatorX.id }))).statusCode).toBe(404);
    expect(reasonOf((await asAdmin('PATCH', adminPath(adminRoutes.user, { id: signedIn.server.world.users.admin.id }), { active: false })).body)).toBe('own_account');
    const list = userListSchema.parse((await asAdmin('GET', adminRoutes.users)).json()).users;
    expect(list.some((u) => u.username === 'operator.x')).toBe(false);
    expect(JSON.stringify(list)).not.toContain('scrypt');
  });

  it('rate-limits guessing the current password through a session', async () => {
    const cookie = await loginAs(signedIn.server.app, 'kepala.b');
    const attempt = () => call(signedIn.server.app, cookie, 'POST', apiRoutes.password, { currentPassword: 'tebakan-salah-1', newPassword: 'Sungai-Mahakam-2026' });
    for (let i = 0; i < 5; i++) expect(reasonOf((await attempt()).body)).toBe('wrong_password');
    const blocked = await attempt();
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('imports a CSV all-or-nothing with row errors in Indonesian', async () => {
    const header = 'username,name,role,unit_code,position,nip';
    const bad = [header, 'budi.a,Budi,operator,A,Staf,', 'x,Terlalu Pendek,operator,A,Staf,', 'sari,Sari,raja,ZZ,Staf,123', 'budi.a,Budi Lagi,kepala,A,Kepala,'].join('\n');
    const refused = userImportResponseSchema.parse((await asAdmin('POST', adminRoutes.importUsers, { csv: bad })).json());
    expect(refused.created).toEqual([]);
    expect(refused.errors.map((e) => e.line)).toEqual([3, 4, 5]);
    expect(refused.errors[1]?.message).toContain('Peran tidak dikenal');
    expect(refused.errors[1]?.message).toContain('NIP harus 18 digit');
    expect(refused.errors[2]?.message).toContain('lebih dari sekali');
    expect(userListSchema.parse((await asAdmin('GET', adminRoutes.users)).json()).users.some((u) => u.username === 'budi.a')).toBe(false);

    const good = [header.replaceAll(',', ';'), 'budi.a;"Budi; S.E.";operator;a;Staf;', 'sari.b;Sari;pimpinan;B;"Kepala ""Bidang""";199001012020012001'].join('\r\n');
    const done = userImportResponseSchema.parse((await asAdmin('POST', adminRoutes.importUsers, { csv: good })).json());
    expect(done.errors).toEqual([]);
    expect(done.created.map((c) => c.username)).toEqual(['budi.a', 'sari.b']);
    const users = userListSchema.parse((await asAdmin('GET', adminRoutes.users)).json()).users;
    expect(users.find((u) => u.username === 'budi.a')).toMatchObject({ name: 'Budi; S.E.', role: 'operator', orgUnitId: signedIn.server.world.units.unitA.id, mustChangePassword: true });
    expect(users.find((u) => u.username === 'sari.b')).toMatchObject({ role: 'leader', position: 'Kepala "Bidang"', nip: '199001012020012001' });
    expect((await loginWith('sari.b', done.created[1]?.oneTimePassword ?? '')).status).toBe(200);
  });
});

describe('tenant settings and the audit log', () => {
  it('changes settings through the change log and shows it in the audit, filtered and as CSV', async () => {
    const updated = await asAdmin('PUT', adminRoutes.settings, { lowerIsBetterFormula: 'B', achievementCap: 120, bandSet: 'dashboard', name: '=Pemda Uji' });
    expect(updated.statusCode).toBe(200);
    const settings = tenantSettingsResponseSchema.parse(updated.json());
    expect(settings).toMatchObject({ lowerIsBetterFormula: 'B', achievementCap: 120, bandSet: 'dashboard', name: '=Pemda Uji' });
    expect(settings.categoryKeys).toContain(settings.warningBelowCategory);
    expect(reasonOf((await asAdmin('PUT', adminRoutes.settings, { warningBelowCategory: 'tidak_ada' })).body)).toBe('unknown_category');
    const session = sessionInfoSchema.parse((await signedIn.server.app.inject({ method: 'GET', url: apiRoutes.session, headers: { cookie: adminCookie() } })).json());
    expect(session.tenant.settings).toMatchObject({ lowerIsBetterFormula: 'B', achievementCap: 120 });

    const today = calendarDateIn(signedIn.server.clock.now, 'Asia/Jakarta'); // the audit's days are the pemda's (no zone set: WIB)
    const page = auditPageSchema.parse((await asAdmin('GET', `${adminRoutes.audit}?entity=tenant&from=${today}&to=${today}`)).json());
    expect(page.total).toBe(1);
    expect(page.entries[0]).toMatchObject({ entity: 'tenant', username: 'admin', op: 'update' });
    expect((page.entries[0]?.after.settings as { lowerIsBetterFormula: string }).lowerIsBetterFormula).toBe('B');
    const byUser = auditPageSchema.parse((await asAdmin('GET', `${adminRoutes.audit}?userId=${signedIn.server.world.users.admin.id}&pageSize=2&page=1`)).json());
    expect(byUser.entries).toHaveLength(2);
    expect(byUser.total).toBeGreaterThan(2);
    expect(JSON.stringify(byUser)).not.toMatch(/scrypt|passwordHash/);
    const none = auditPageSchema.parse((await asAdmin('GET', `${adminRoutes.audit}?entity=tenant&from=2000-01-01&to=2000-01-02`)).json());
    expect(none.total).toBe(0);
    const byUnit = auditPageSchema.parse((await asAdmin('GET', `${adminRoutes.audit}?orgUnitId=${signedIn.server.world.units.unitB.id}`)).json());
    expect(byUnit.entries.every((e) => e.orgUnitId === signedIn.server.world.units.unitB.id || e.recordId === signedIn.server.world.units.unitB.id)).toBe(true);

    const csv = await asAdmin('GET', `${adminRoutes.auditCsv}?entity=tenant`);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('Pengguna;Unit;Perangkat;Data;Kejadian');
    expect(lines[1]).toContain('Pengguna admin (Admin) mengubah pengaturan pemda');
    // Formula-looking text is defused for spreadsheets.
    expect(csv.body).not.toMatch(/(^|;)"?=Pemda/m);
  });

  it('answers 400 for a malformed audit query', async () => {
    expect((await asAdmin('GET', `${adminRoutes.audit}?from=kemarin`)).statusCode).toBe(400);
    expect((await asAdmin('GET', `${adminRoutes.audit}?pageSize=100000`)).statusCode).toBe(400);
    expect((await asAdmin('GET', `${adminRoutes.audit}?orgUnitId=${randomUUID()}`)).statusCode).toBe(200);
  });
});

describe('super-admin', () => {
  it('creates a tenant with a root unit and a first admin who must change the one-time password', async () => {
    const { createTenantWithAdmin } = await import('../../../../src/server/services/admin/admin-tenants');
    const { createServiceContext } = await import('../../../../src/server/services/context');
    const result = await createTenantWithAdmin(createServiceContext(signedIn.server.store, () => signedIn.server.clock.now), { name: 'Kabupaten Baru', kind: 'kabupaten', adminUsername: 'admin.baru' });
    const login = await loginWith('admin.baru', result.oneTimePassword);
    expect(login.status).toBe(200);
    const info = sessionInfoSchema.parse(JSON.parse(login.body));
    expect(info).toMatchObject({ mustChangePassword: true, tenant: { name: 'Kabupaten Baru' }, user: { role: 'admin' } });
    const early = await call(signedIn.server.app, login.cookie, 'GET', adminRoutes.orgUnits);
    expect([early.statusCode, early.json()]).toMatchObject([403, { error: { code: 'password_change_required' } }]);
    const changed = await call(signedIn.server.app, login.cookie, 'POST', apiRoutes.password, { currentPassword: result.oneTimePassword, newPassword: 'Sungai-Kuala-Pembuang-26' });
    expect(changed.statusCode).toBe(204);
    const units = orgUnitListSchema.parse((await call(signedIn.server.app, login.cookie, 'GET', adminRoutes.orgUnits)).json()).orgUnits;
    expect(units.map((u) => u.id)).toEqual([result.rootUnit.id]);
    await expect(createTenantWithAdmin(createServiceContext(signedIn.server.store, () => signedIn.server.clock.now), { name: 'X', kind: 'kota', adminUsername: 'admin.baru' })).rejects.toThrow(/taken/);
    await expect(createTenantWithAdmin(createServiceContext(signedIn.server.store, () => signedIn.server.clock.now), { name: 'X', kind: 'negara', adminUsername: 'admin.lain' })).rejects.toThrow();
  });
});
