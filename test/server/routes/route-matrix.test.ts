// The route table: every registered endpoint declares who may call it, and is called as nobody,
// as every role and as another tenant's user. A new endpoint fails here until it is listed.
// (Row-level outcomes per unit and tenant: matrix.test.ts for sync, admin.test.ts for admin.)
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorEnvelopeSchema } from '../../../src/api/errors';
import { routeTableOf } from '../../../src/server/routes/route-table';
import { createTestServer, csrf, loginAs, type TestServer } from '../../support/server-app';

/**
 * fileWriter: operators and heads (evidence of their unit), the admin (the scan of a signed PK)
 * and a planner (the pemda's IKU evidence); admin: the tenant's admin; planner: the admin and an
 * evaluator given the planner right; serviceToken: a service token's Bearer header only, never a
 * cookie session, whatever the role (test/server/services/auth/service-tokens.test.ts covers the tokens).
 */
type Access = 'public' | 'signedIn' | 'fileWriter' | 'admin' | 'planner' | 'serviceToken';

/** EVERY route of the API. */
const routeAccess: Record<string, Access> = {
  'GET /api/health': 'public',
  'GET /api/health/ready': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'public',
  'GET /api/auth/session': 'signedIn',
  'POST /api/auth/password': 'signedIn',
  'POST /api/sync/push': 'signedIn',
  'GET /api/sync/pull': 'signedIn',
  'PUT /api/attachments/:sha256': 'fileWriter',
  'GET /api/attachments/:sha256': 'signedIn',
  'GET /api/admin/org-units': 'admin',
  'POST /api/admin/org-units': 'admin',
  'PATCH /api/admin/org-units/:id': 'admin',
  'GET /api/admin/users': 'admin',
  'POST /api/admin/users': 'admin',
  'PATCH /api/admin/users/:id': 'admin',
  'POST /api/admin/users/:id/reset-password': 'admin',
  'GET /api/admin/users/:id/sessions': 'admin',
  'POST /api/admin/users/:id/sessions/:sessionId/revoke': 'admin',
  'POST /api/admin/users/import': 'admin',
  'GET /api/admin/lke-templates': 'admin',
  'PUT /api/admin/lke-templates/:year': 'admin',
  'GET /api/admin/rpjmd-plans': 'planner',
  'PUT /api/admin/rpjmd-plans/:periodStart': 'planner',
  'GET /api/admin/settings': 'admin',
  'PUT /api/admin/settings': 'admin',
  'GET /api/admin/period-windows': 'admin',
  'PUT /api/admin/logo': 'admin',
  'DELETE /api/admin/logo': 'admin',
  'GET /api/tenant/logo': 'signedIn',
  'GET /api/realisations/:id/history': 'signedIn',
  'PUT /api/admin/period-windows/:year/:quarter': 'admin',
  'GET /api/admin/audit': 'admin',
  'GET /api/admin/audit.csv': 'admin',
  'GET /api/openapi.json': 'public',
  'GET /api/admin/service-tokens': 'admin',
  'POST /api/admin/service-tokens': 'admin',
  'POST /api/admin/service-tokens/:id/revoke': 'admin',
  'GET /api/export/agreements': 'serviceToken',
  'GET /api/export/realisations': 'serviceToken',
};

const callers = ['operator.a', 'kepala.a', 'evaluator', 'perencana', 'pimpinan', 'admin', 'operator.x'] as const;
const allowedRoles: Record<Exclude<Access, 'public' | 'signedIn' | 'serviceToken'>, ReadonlyArray<(typeof callers)[number]>> = {
  fileWriter: ['operator.a', 'kepala.a', 'operator.x', 'admin', 'perencana'],
  admin: ['admin'],
  planner: ['admin', 'perencana'],
};

let server: TestServer;
const cookies = new Map<string, string>();
beforeAll(async () => {
  server = await createTestServer();
  for (const username of callers) cookies.set(username, await loginAs(server.app, username));
});
afterAll(async () => { await server.cleanup(); });

/** Unknown ids everywhere: the call reaches the guard and the handler but touches no real row. */
function concrete(path: string): string {
  return path.replace(':sha256', randomBytes(32).toString('hex')).replace(':sessionId', randomBytes(8).toString('hex')).replace(/:\w+/g, () => randomUUID());
}

async function call(route: string, cookie: string | undefined) {
  const [method = 'GET', path = '/'] = route.split(' ');
  const headers: Record<string, string> = { ...csrf, ...(cookie ? { cookie } : {}) };
  const write = method !== 'GET';
  return server.app.inject({ method: method as 'GET', url: concrete(path), headers, ...(write ? { payload: {} } : {}) });
}

/** Ids of the tenant the caller does not belong to: no response may mention them. */
function foreignIds(username: string): string[] {
  const w = server.world;
  if (username === 'operator.x') return [w.tenant.id, w.units.unitA.id, w.units.unitB.id, w.units.setda.id, w.users.operatorA.id, w.indicators.count.id];
  return [w.other.id, w.units.unitX.id, w.users.operatorX.id, w.indicators.otherTenant.id];
}

// Logout ends the caller's session: called last.
const ordered = Object.keys(routeAccess).sort((a, b) => Number(a.includes('logout')) - Number(b.includes('logout')));

describe('route table', () => {
  it('lists every registered route, and only those', () => {
    expect([...routeTableOf(server.app)].sort()).toEqual(Object.keys(routeAccess).sort());
  });

  it('without a session: public routes answer, all others 401', async () => {
    for (const route of ordered) {
      const response = await call(route, undefined);
      expect(response.statusCode, route).toBeLessThan(500);
      if (routeAccess[route] === 'public') expect(response.statusCode, route).not.toBe(401);
      else expect([route, response.statusCode]).toEqual([route, 401]);
    }
  });

  it.each(callers)('as %s: each route only for its roles, never a 5xx, always the envelope', async (username) => {
    const cookie = cookies.get(username);
    for (const route of ordered) {
      const response = await call(route, cookie);
      expect(response.statusCode, route).toBeLessThan(500);
      if (response.statusCode >= 400) expect(errorEnvelopeSchema.safeParse(response.json()).success, route).toBe(true);
      for (const id of foreignIds(username)) expect(response.body.includes(id), `${route} leaks ${id}`).toBe(false);
      const access = routeAccess[route];
      if (access === 'serviceToken') {
        expect([route, response.statusCode]).toEqual([route, 401]);
      } else if (access === 'admin' || access === 'fileWriter' || access === 'planner') {
        const expected = allowedRoles[access].includes(username) ? 'allowed' : 'forbidden';
        const actual = response.statusCode === 403 ? 'forbidden' : response.statusCode === 401 ? 'unauthenticated' : 'allowed';
        expect([route, actual]).toEqual([route, expected]);
      } else {
        expect([route, response.statusCode === 401 || response.statusCode === 403]).toEqual([route, false]);
      }
    }
  });
});
