// Jadwal input: the admin locks a quarter (now or from a deadline); the server refuses entries into
// it with quarter_locked and a reason, other quarters and other tenants are untouched, and every
// device of the tenant pulls the window.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { adminPath, adminRoutes, periodWindowListSchema } from '../../../../src/api/admin';
import { periodWindowSchema } from '../../../../src/domain/period-window';
import { csrf, pullOk, pushOk, realisationMutation as rm } from '../../../support/server-app';
import { useSignedInServer } from '../../../support/signed-in-server';

const usernames = ['admin', 'operator.a', 'kepala.a', 'evaluator', 'pimpinan', 'operator.x'] as const;
type Username = (typeof usernames)[number];
const signedIn = useSignedInServer(usernames);

const cookie = (username: Username) => signedIn.cookie(username);
const setWindow = (username: Username, year: number | string, quarter: number | string, body: unknown) =>
  signedIn.server.app.inject({
    method: 'PUT', url: adminPath(adminRoutes.periodWindow, { year: String(year), quarter: String(quarter) }),
    headers: { cookie: cookie(username), ...csrf }, payload: body as object,
  });

/** A fresh entry for quarter `quarter` of unit A's count indicator (each call a new device). */
async function enter(username: Username, indicatorId: string, quarter: number) {
  const response = await pushOk(signedIn.server.app, cookie(username), randomUUID(), [rm(1, randomUUID(), { indicatorId, quarter, value: 7 })]);
  return response.results[0];
}

describe('period windows', () => {
  it('only the admin of the tenant sets them; bad input is refused with the envelope', async () => {
    for (const username of usernames.filter((u) => u !== 'admin')) {
      expect((await setWindow(username, 2026, 1, { locked: true, lockAt: null })).statusCode, username).toBe(403);
    }
    for (const [year, quarter, body] of [[2026, 5, { locked: true, lockAt: null }], ['dua', 1, { locked: true, lockAt: null }],
      [2026, 1, { locked: 'ya', lockAt: null }], [2026, 1, { locked: true, lockAt: '15 April' }], [2026, 1, { locked: true }]] as const) {
      const response = await setWindow('admin', year, quarter, body);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: { code: 'invalid_request' } });
    }
    const list = await signedIn.server.app.inject({ method: 'GET', url: adminRoutes.periodWindows, headers: { cookie: cookie('admin') } });
    expect(periodWindowListSchema.parse(list.json()).periodWindows).toEqual([]);
  });

  it('refuses entries into a locked quarter with a reason, and accepts the other quarters and tenants', async () => {
    const { count, otherTenant } = signedIn.server.world.indicators;
    expect((await setWindow('admin', 2026, 1, { locked: true, lockAt: null })).statusCode).toBe(200);
    const refused = await enter('operator.a', count.id, 1);
    expect(refused).toMatchObject({ status: 'rejected', reason: { code: 'quarter_locked', details: { year: 2026, quarter: 1 } } });
    expect(refused?.reason?.message).toMatch(/dikunci/);
    expect((await enter('kepala.a', count.id, 1))?.reason?.code).toBe('quarter_locked');
    expect((await enter('operator.a', count.id, 2))?.status).toBe('applied');
    expect((await enter('operator.x', otherTenant.id, 1))?.status).toBe('applied');
  });

  it('locks by itself when the deadline passes, and reopens when the admin says so', async () => {
    const { growth } = signedIn.server.world.indicators;
    const deadline = new Date(signedIn.server.clock.now.getTime() + 60_000).toISOString();
    expect((await setWindow('admin', 2026, 3, { locked: false, lockAt: deadline })).statusCode).toBe(200);
    expect((await enter('operator.a', growth.id, 3))?.status).toBe('applied');
    signedIn.server.clock.advance(60_000);
    expect((await enter('operator.a', growth.id, 3))?.reason).toMatchObject({ code: 'quarter_locked', details: { lockedSince: deadline } });
    expect((await setWindow('admin', 2026, 3, { locked: false, lockAt: null })).statusCode).toBe(200);
    expect((await enter('operator.a', growth.id, 3))?.status).not.toBe('rejected');
  });

  it('reaches every device of the tenant through the pull, and no other tenant', async () => {
    for (const username of ['operator.a', 'evaluator', 'pimpinan'] as const) {
      const pulled = await pullOk(signedIn.server.app, cookie(username), 0, 5000);
      if (pulled.kind !== 'changes') throw new Error('expected changes');
      const windows = pulled.changes.filter((c) => c.entity === 'periodWindow').map((c) => periodWindowSchema.parse(c.row));
      const latest = new Map(windows.map((w) => [w.quarter, w]));
      expect(latest.get(1)).toMatchObject({ year: 2026, locked: true });
      expect(latest.get(3)).toMatchObject({ locked: false, lockAt: null });
    }
    const other = await pullOk(signedIn.server.app, cookie('operator.x'), 0, 5000);
    expect(other.kind === 'changes' && other.changes.some((c) => c.entity === 'periodWindow')).toBe(false);
  });

  it('is an audit entry with before and after', async () => {
    const audit = await signedIn.server.app.inject({ method: 'GET', url: `${adminRoutes.audit}?entity=periodWindow`, headers: { cookie: cookie('admin') } });
    const entries = (audit.json() as { entries: Array<{ op: string; before: unknown; after: { quarter: number } }> }).entries;
    expect(entries.filter((e) => e.after.quarter === 3).map((e) => e.op).sort()).toEqual(['insert', 'update']);
  });
});
