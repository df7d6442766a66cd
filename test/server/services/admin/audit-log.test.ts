// The audit log for people (issue 15): each row a sentence with names, never ids; the CSV opens
// right in Indonesian Excel (semicolons, BOM, the pemda's clock, names); and the security events —
// sign-in, a burst of wrong passwords, sign-out, a session an admin ended, a password changed — are in it.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { adminPath, adminRoutes, auditPageSchema, sessionListSchema, type AuditEntry } from '../../../../src/api/admin';
import { auditSentence, type AuditFormat } from '../../../../src/api/audit-text';
import type { Mutation } from '../../../../src/api/sync';
import { apiRoutes } from '../../../../src/api/routes';
import { testPassword } from '../../../support/server-factories';
import { csrf, loginAs, loginRequest, pullOk, pushOk, realisationMutation as rm } from '../../../support/server-app';
import { useSignedInServer } from '../../../support/signed-in-server';

const signedIn = useSignedInServer(['admin']);
const adminCookie = () => signedIn.cookie('admin');

const asAdmin = (url: string) => signedIn.server.app.inject({ method: 'GET', url, headers: { cookie: adminCookie() } });
const plain: AuditFormat = { number: (n) => n.toLocaleString('id-ID'), dateTime: (iso) => iso };
const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

async function audit(query: string): Promise<AuditEntry[]> {
  const response = await asAdmin(`${adminRoutes.audit}?${query}`);
  expect(response.statusCode).toBe(200);
  return auditPageSchema.parse(response.json()).entries;
}

const step = (recordId: string, fields: Record<string, unknown>, baseRev: number | null): Mutation => ({ ...rm(1, recordId, fields, baseRev), id: randomUUID() });

describe('the audit log in words', () => {
  it('says who returned which indicator, for which quarter, with the note, by name', async () => {
    const operator = await loginAs(signedIn.server.app, 'operator.a');
    const head = await loginAs(signedIn.server.app, 'kepala.a');
    const evaluator = await loginAs(signedIn.server.app, 'evaluator');
    const id = randomUUID();
    await pushOk(signedIn.server.app, operator, randomUUID(), [rm(1, id, { indicatorId: signedIn.server.world.indicators.growth.id, quarter: 2, value: 4.5 })]);
    const rev = async () => {
      const page = await pullOk(signedIn.server.app, evaluator, 0, 5000);
      if (page.kind !== 'changes') throw new Error('reset');
      return page.changes.filter((c) => c.recordId === id).at(-1)?.rev ?? null;
    };
    await pushOk(signedIn.server.app, head, randomUUID(), [step(id, { status: 'submitted' }, await rev())]);
    await pushOk(signedIn.server.app, evaluator, randomUUID(), [step(id, { status: 'returned', reviewNote: 'Lampirkan foto kegiatan.' }, await rev())]);

    const rows = (await audit('entity=realisation')).filter((e) => e.recordId === id);
    expect(rows.map((e) => e.kind)).toEqual(['realisationReturned', 'realisationSubmitted', 'realisationCreated']);
    const [returned, , created] = rows;
    if (!returned || !created) throw new Error('rows missing');
    expect(returned).toMatchObject({ actorName: 'Pengguna evaluator', actorRole: 'evaluator', unitName: 'Dinas A', subject: 'Pertumbuhan', quarter: 2 });
    expect(auditSentence(returned, 'id', plain)).toBe('Pengguna evaluator (Evaluator) mengembalikan realisasi Pertumbuhan TW II 2026: “Lampirkan foto kegiatan.”');
    expect(auditSentence(returned, 'en', plain)).toBe('Pengguna evaluator (Evaluator) returned the realisation of Pertumbuhan Q II 2026: “Lampirkan foto kegiatan.”');
    expect(auditSentence(created, 'id', plain)).toBe('Pengguna operator.a (Operator) mengisi realisasi Pertumbuhan TW II 2026');
    expect(returned.fields.map((f) => f.field).sort()).toEqual(['reviewNote', 'status']);
    for (const row of rows) expect(auditSentence(row, 'id', plain)).not.toMatch(uuid);
  });

  it('exports a CSV for Indonesian Excel: semicolons, a BOM, local time, names and sentences', async () => {
    const csv = await asAdmin(`${adminRoutes.auditCsv}?entity=realisation`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.startsWith('\uFEFF')).toBe(true);
    const [header, ...lines] = csv.body.slice(1).trim().split('\r\n');
    expect(header).toBe('Waktu (WIB);Pengguna;Unit;Perangkat;Data;Kejadian;Rincian;No. urut');
    const returned = lines.find((l) => l.includes('mengembalikan'));
    expect(returned).toBeDefined();
    const cells = returned?.split(';') ?? [];
    expect(cells[0]).toMatch(/^\d{2}\/\d{2}\/\d{4},? \d{2}[.:]\d{2}[.:]\d{2}$/);
    expect(cells.slice(1, 5)).toEqual(['Pengguna evaluator (Evaluator)', 'Dinas A', '', 'Realisasi']);
    expect(csv.body).not.toMatch(uuid);
    const english = await asAdmin(`${adminRoutes.auditCsv}?entity=realisation&lang=en`);
    expect(english.body).toContain('Time (WIB);User;Unit;Device;Data;Event;Details');
    expect(english.body).toContain('returned the realisation of Pertumbuhan');
  });
});

describe('security events', () => {
  it('logs a sign-in with its address, one lock for a burst of wrong passwords, a sign-out, an ended session and a password change', async () => {
    const { users } = signedIn.server.world;
    const signIn = await loginRequest(signedIn.server.app, 'kepala.b', testPassword, '10.7.7.7');
    expect(signIn.statusCode).toBe(200);
    const cookie = signIn.cookies.map((c) => `${c.name}=${c.value}`).join('; ');

    // Eight wrong guesses from elsewhere: the account locks after five; the log says so once.
    const guesses = await Promise.all(Array.from({ length: 8 }, () => loginRequest(signedIn.server.app, 'operator.b', 'salah-sekali', '10.6.6.6')));
    expect(guesses.filter((g) => g.statusCode === 429).length).toBeGreaterThan(0);

    const logout = await signedIn.server.app.inject({ method: 'POST', url: apiRoutes.logout, headers: { cookie, ...csrf } });
    expect(logout.statusCode).toBeLessThan(300);

    const operatorCookie = await loginAs(signedIn.server.app, 'kepala.a');
    const sessions = sessionListSchema.parse((await asAdmin(adminPath(adminRoutes.userSessions, { id: users.headA.id }))).json());
    const live = sessions.sessions.find((s) => s.active);
    if (!live) throw new Error('no live session');
    const ended = await signedIn.server.app.inject({
      method: 'POST', url: adminPath(adminRoutes.revokeSession, { id: users.headA.id, sessionId: live.id }), headers: { cookie: adminCookie(), ...csrf },
    });
    expect(ended.statusCode).toBeLessThan(300);
    expect(operatorCookie).not.toBe('');

    const rows = await audit('entity=session&pageSize=200');
    const of = (userId: string, kind: string) => rows.filter((e) => e.recordId === userId && e.kind === kind);
    expect(of(users.headB.id, 'signedIn').some((e) => e.after.ip === '10.7.7.7')).toBe(true);
    expect(of(users.headB.id, 'signedOut')).toHaveLength(1);
    expect(of(users.operatorB.id, 'signInLocked')).toHaveLength(1);
    const lock = of(users.operatorB.id, 'signInLocked')[0];
    if (!lock) throw new Error('no lock');
    expect(lock).toMatchObject({ userId: null, subject: 'Pengguna operator.b', unitName: 'Dinas B' });
    expect(auditSentence(lock, 'id', plain)).toBe('Masuk sebagai Pengguna operator.b dikunci sementara: terlalu banyak kata sandi salah');
    const end = of(users.headA.id, 'sessionEnded')[0];
    if (!end) throw new Error('no ended session');
    expect(auditSentence(end, 'id', plain)).toBe('Pengguna admin (Admin) mengakhiri sesi Pengguna kepala.a');
    // Devices never pull these rows.
    const page = await pullOk(signedIn.server.app, await loginAs(signedIn.server.app, 'evaluator'), 0, 5000);
    if (page.kind !== 'changes') throw new Error('reset');
    expect(page.changes.some((c) => (c.entity as string) === 'session')).toBe(false);
  });

  it('logs a password change by its owner', async () => {
    const cookie = await loginAs(signedIn.server.app, 'operator.a');
    const changed = await signedIn.server.app.inject({
      method: 'POST', url: apiRoutes.password, headers: { cookie, ...csrf },
      payload: { currentPassword: testPassword, newPassword: 'Sungai-Mahakam-2026!' },
    });
    expect(changed.statusCode).toBeLessThan(300);
    const rows = await audit(`entity=session&userId=${signedIn.server.world.users.operatorA.id}`);
    const change = rows.find((e) => e.kind === 'passwordChanged');
    if (!change) throw new Error('no password change logged');
    expect(auditSentence(change, 'en', plain)).toBe('Pengguna operator.a (Operator) changed their password');
  });
});
