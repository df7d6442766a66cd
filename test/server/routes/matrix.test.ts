// Every endpoint × every role, against unit A (the unit roles' own unit), unit B and another tenant.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRoutes } from '../../../src/api/routes';
import { sessionInfoSchema } from '../../../src/api/auth';
import type { Change } from '../../../src/api/sync';
import { createTestServer, csrf, loginAs, loginRequest, pullOk, pushOk, realisationMutation as rm, type TestServer } from '../../support/server-app';

let server: TestServer;
beforeAll(async () => { server = await createTestServer(); });
afterAll(async () => { await server.cleanup(); });

type Target = 'ownUnit' | 'otherUnit' | 'otherTenant';
type Outcome = 'applied' | 'forbidden' | 'other_unit' | 'not_found';

/** Push: create a realisation on an indicator of unit A / unit B / the other tenant. */
const pushMatrix: Array<[string, number, Record<Target, Outcome>]> = [
  ['operator.a', 1, { ownUnit: 'applied', otherUnit: 'other_unit', otherTenant: 'not_found' }],
  ['kepala.a', 2, { ownUnit: 'applied', otherUnit: 'other_unit', otherTenant: 'not_found' }],
  ['evaluator', 3, { ownUnit: 'forbidden', otherUnit: 'forbidden', otherTenant: 'not_found' }],
  ['pimpinan', 4, { ownUnit: 'forbidden', otherUnit: 'forbidden', otherTenant: 'not_found' }],
  ['admin', 4, { ownUnit: 'forbidden', otherUnit: 'forbidden', otherTenant: 'not_found' }],
];

/** Pull: which rows of unit A / unit B / the other tenant each role receives. */
const pullMatrix: Array<[string, Record<Target, boolean>]> = [
  ['operator.a', { ownUnit: true, otherUnit: false, otherTenant: false }],
  ['kepala.a', { ownUnit: true, otherUnit: false, otherTenant: false }],
  ['evaluator', { ownUnit: true, otherUnit: true, otherTenant: false }],
  ['pimpinan', { ownUnit: true, otherUnit: true, otherTenant: false }],
  ['admin', { ownUnit: true, otherUnit: true, otherTenant: false }],
];

const usernames = pushMatrix.map(([u]) => u);

describe('auth endpoints for every role', () => {
  it.each(usernames)('%s: login, session, logout', async (username) => {
    const login = await loginRequest(server.app, username);
    expect(login.statusCode).toBe(200);
    const cookie = await loginAs(server.app, username);
    const session = await server.app.inject({ method: 'GET', url: apiRoutes.session, headers: { cookie } });
    expect(sessionInfoSchema.parse(session.json()).user.username).toBe(username);
    const logout = await server.app.inject({ method: 'POST', url: apiRoutes.logout, headers: { cookie, ...csrf } });
    expect(logout.statusCode).toBe(204);
  });
});

describe('push matrix', () => {
  it.each(pushMatrix)('%s', async (username, quarter, expected) => {
    const cookie = await loginAs(server.app, username);
    const ind = server.world.indicators;
    const targets: Record<Target, string> = { ownUnit: ind.growth.id, otherUnit: ind.unitB.id, otherTenant: ind.otherTenant.id };
    const keys = Object.keys(targets) as Target[];
    const response = await pushOk(server.app, cookie, randomUUID(),
      keys.map((k, i) => rm(i + 1, randomUUID(), { indicatorId: targets[k], quarter, value: 1 })));
    const actual = Object.fromEntries(keys.map((k, i) => {
      const r = response.results[i];
      return [k, r?.status === 'rejected' ? r.reason?.code : r?.status];
    }));
    expect(actual).toEqual(expected);
  });
});

describe('pull matrix', () => {
  it.each(pullMatrix)('%s', async (username, expected) => {
    const cookie = await loginAs(server.app, username);
    const page = await pullOk(server.app, cookie, 0);
    if (page.kind !== 'changes') throw new Error('reset');
    const seen = (pred: (c: Change) => boolean) => page.changes.some(pred);
    const units = server.world.units;
    expect({
      ownUnit: seen((c) => c.row.orgUnitId === units.unitA.id),
      otherUnit: seen((c) => c.row.orgUnitId === units.unitB.id),
      otherTenant: seen((c) => c.row.tenantId === server.world.other.id),
    }).toEqual(expected);
  });

  it('the other tenant’s operator sees only their tenant', async () => {
    const page = await pullOk(server.app, await loginAs(server.app, 'operator.x'), 0);
    expect(page.kind === 'changes' && page.changes.every((c) => c.row.tenantId === server.world.other.id)).toBe(true);
  });
});
