// Admin → RPJMD's two endpoints faked in memory over the shared admin fake (fake-admin-server.ts),
// answering the server's envelope: GET the plans, PUT one period's (kept, with every body sent, or
// refused with the details set in `refuse`). The server's own rules are in its service tests.
import { afterEach, beforeEach, vi } from 'vitest';
import type { RpjmdPlanUpdate } from '../../../../src/api/admin';
import type { ActiveSession } from '../../../../src/client/session/active-session';
import type { RpjmdPlan } from '../../../../src/domain/rpjmd-plan';
import { buildRpjmdPlan } from '../../../support/factories';
import { buildSessionInfo, sessionUnitRow, tenantId } from './fixtures';
import { fakeAdminFetch, fakeAdminState } from './fake-admin-server';
import { closeTestSession, openTestSession } from './render-app';

export interface FakePlanServer {
  plans: RpjmdPlan[];
  puts: Array<{ path: string; body: RpjmdPlanUpdate }>;
  /** The details of a refusal (with its reason) the next PUTs get. */
  refuse: Record<string, unknown> | null;
}

export const fakePlanServer = (): FakePlanServer => ({ plans: [], puts: [], refuse: null });

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

export function fakePlanFetch(server: FakePlanServer, rest: typeof fetch): typeof fetch {
  return async (input, init = {}) => {
    const path = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://localhost').pathname;
    const method = (init.method ?? 'GET').toUpperCase();
    if (path === '/api/admin/rpjmd-plans' && method === 'GET') return json(200, { rpjmdPlans: server.plans });
    const put = /^\/api\/admin\/rpjmd-plans\/(\d{4})$/.exec(path);
    if (put && method === 'PUT') {
      const body = JSON.parse(String(init.body)) as RpjmdPlanUpdate;
      server.puts.push({ path, body });
      if (server.refuse) return json(400, { error: { code: 'invalid_request', message: 'Permintaan tidak valid.', details: server.refuse } });
      const periodStart = Number(put[1]);
      const before = server.plans.find((p) => p.periodStart === periodStart);
      const plan: RpjmdPlan = {
        ...buildRpjmdPlan({ id: tenantId }, { periodStart }), id: before?.id ?? crypto.randomUUID(), rev: 5, updatedAt: new Date().toISOString(),
        ...body, sasaran: body.sasaran ?? before?.sasaran ?? [],
      };
      server.plans = [...server.plans.filter((p) => p.periodStart !== plan.periodStart), plan];
      return json(200, plan);
    }
    return rest(input, init);
  };
}

/** The start of an RPJMD tab test: for each test, an admin's session over the fake plan and admin endpoints. */
export function useFakePlanAdmin(): { readonly server: FakePlanServer; readonly session: ActiveSession } {
  let server = fakePlanServer();
  let session: ActiveSession | null = null;
  const realFetch = globalThis.fetch;
  beforeEach(() => {
    const info = buildSessionInfo('admin');
    server = fakePlanServer();
    globalThis.fetch = fakePlanFetch(server, fakeAdminFetch(fakeAdminState(info.user.id, sessionUnitRow())));
    session = openTestSession(info);
  });
  afterEach(async () => {
    globalThis.fetch = realFetch;
    vi.restoreAllMocks();
    if (session) await closeTestSession(session);
    session = null;
  });
  return {
    get server() { return server; },
    get session() {
      if (!session) throw new Error('no session');
      return session;
    },
  };
}
