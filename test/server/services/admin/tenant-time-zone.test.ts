// The pemda's zone (WIB, WITA, WIT) as a tenant setting, and the server's decisions at a zone's
// midnight: the audit log's days are the pemda's days, and the input window of a quarter closes at
// the deadline the admin set on the pemda's clock (31 March 23:59:59 WITA is 15:59:59 UTC, while a
// WIB pemda still has an hour of March left).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPath, adminRoutes, auditPageSchema, tenantSettingsResponseSchema } from '../../../../src/api/admin';
import { sessionInfoSchema } from '../../../../src/api/auth';
import { apiRoutes } from '../../../../src/api/routes';
import { instantOfWallTime, type TenantTimeZone } from '../../../../src/domain/tenant-clock';
import { createTestServer, csrf, loginAs, pushOk, realisationMutation as rm, type TestServer } from '../../../support/server-app';

let server: TestServer;
let admin = '';
let operator = '';
beforeAll(async () => {
  server = await createTestServer();
  server.clock.now = new Date('2026-03-31T12:00:00Z');
  admin = await loginAs(server.app, 'admin');
  operator = await loginAs(server.app, 'operator.a');
});
afterAll(async () => { await server.cleanup(); });

const asAdmin = (method: 'GET' | 'PUT', url: string, payload?: object) =>
  server.app.inject({ method, url, headers: { cookie: admin, ...(method === 'GET' ? {} : csrf) }, ...(payload ? { payload } : {}) });
const setZone = async (timeZone: string) => asAdmin('PUT', adminRoutes.settings, { timeZone });
const auditTotal = async (day: string) =>
  auditPageSchema.parse((await asAdmin('GET', `${adminRoutes.audit}?entity=tenant&from=${day}&to=${day}`)).json()).total;

describe('the tenant’s time zone setting', () => {
  it('reads WIB for a tenant stored before zones existed, takes WITA or WIT, and refuses any other zone', async () => {
    const before = tenantSettingsResponseSchema.parse((await asAdmin('GET', adminRoutes.settings)).json());
    expect(before.timeZone).toBe('Asia/Jakarta');
    const session = sessionInfoSchema.parse((await server.app.inject({ method: 'GET', url: apiRoutes.session, headers: { cookie: admin } })).json());
    expect(session.tenant.settings.timeZone).toBeUndefined(); // the device reads it as WIB (tenantTimeZone)

    for (const zone of ['Asia/Singapore', 'UTC', '+08:00', 'WITA', null]) {
      expect((await setZone(zone as string)).statusCode, String(zone)).toBe(400);
    }
    const saved = await setZone('Asia/Jayapura');
    expect(saved.statusCode).toBe(200);
    expect(tenantSettingsResponseSchema.parse(saved.json()).timeZone).toBe('Asia/Jayapura');
    // Other settings keep the zone; the zone reaches the session every device stores.
    const other = tenantSettingsResponseSchema.parse((await asAdmin('PUT', adminRoutes.settings, { achievementCap: 100 })).json());
    expect(other.timeZone).toBe('Asia/Jayapura');
    const after = sessionInfoSchema.parse((await server.app.inject({ method: 'GET', url: apiRoutes.session, headers: { cookie: admin } })).json());
    expect(after.tenant.settings.timeZone).toBe('Asia/Jayapura');
  });
});

describe('the audit log’s days are the pemda’s', () => {
  it.each<[TenantTimeZone, string, string]>([
    // A change at 16:30 UTC on 31 March: 23:30 on the 31st in WIB, 00:30 on 1 April in WITA, 01:30 in WIT.
    ['Asia/Jakarta', '2026-03-31', '2026-04-01'],
    ['Asia/Makassar', '2026-04-01', '2026-03-31'],
    ['Asia/Jayapura', '2026-04-01', '2026-03-31'],
  ])('%s: a change at 31 March 16:30 UTC is on %s, not %s', async (zone, day, otherDay) => {
    server.clock.now = new Date('2026-03-31T12:00:00Z');
    expect((await setZone(zone)).statusCode).toBe(200);
    const [onDay, onOther] = [await auditTotal(day), await auditTotal(otherDay)];
    server.clock.now = new Date('2026-03-31T16:30:00Z');
    expect((await asAdmin('PUT', adminRoutes.settings, { name: `Pemda ${zone}` })).statusCode).toBe(200);
    expect(await auditTotal(day)).toBe(onDay + 1);
    expect(await auditTotal(otherDay)).toBe(onOther);
  });
});

describe('the input window at the pemda’s midnight', () => {
  const enter = async (indicatorId: string) =>
    (await pushOk(server.app, operator, randomUUID(), [rm(1, randomUUID(), { indicatorId, quarter: 1, value: 7 })])).results[0];

  it.each<[TenantTimeZone, string, string]>([
    ['Asia/Makassar', '2026-03-31T15:59:59Z', '2026-03-31T16:00:00Z'],
    ['Asia/Jakarta', '2026-03-31T16:59:59Z', '2026-03-31T17:00:00Z'],
    ['Asia/Jayapura', '2026-03-31T14:59:59Z', '2026-03-31T15:00:00Z'],
  ])('TW I open "until 31 March" in %s takes entries at %s and refuses them from %s', async (zone, lastOpen, firstLocked) => {
    const { count } = server.world.indicators;
    expect((await setZone(zone)).statusCode).toBe(200);
    // What the admin's screen sends for "1 April 00:00" typed on the pemda's clock.
    const lockAt = instantOfWallTime('2026-04-01T00:00', zone)?.toISOString() ?? '';
    expect(lockAt).toBe(new Date(firstLocked).toISOString());
    const window = await server.app.inject({
      method: 'PUT', url: adminPath(adminRoutes.periodWindow, { year: '2026', quarter: '1' }),
      headers: { cookie: admin, ...csrf }, payload: { locked: false, lockAt },
    });
    expect(window.statusCode).toBe(200);

    server.clock.now = new Date(lastOpen);
    expect(['applied', 'merged']).toContain((await enter(count.id))?.status); // merged: onto the earlier cases' entry
    server.clock.now = new Date(firstLocked);
    expect((await enter(count.id))?.reason).toMatchObject({ code: 'quarter_locked', details: { year: 2026, quarter: 1, lockedSince: lockAt } });
  });
});
