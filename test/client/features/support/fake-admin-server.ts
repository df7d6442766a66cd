// A small stand-in for the admin endpoints, for screen tests in jsdom (the real server app runs in
// Node: test/server/services/admin/admin-safety.test.ts checks the same rules there). State in memory; the
// refusals the screens explain answer the server's envelope.
import type { AdminUser, SessionListing, TenantSettingsResponse } from '../../../../src/api/admin';
import type { OrgUnit } from '../../../../src/domain/org-unit';
import { permendagri86Bands } from '../../../../src/domain/default-settings';
import { tenantId } from './fixtures';

export interface FakeAdminState { units: OrgUnit[]; users: AdminUser[]; settings: TenantSettingsResponse; sessions: SessionListing[]; calls: string[] }

export function fakeAdminState(adminId: string, adminUnit: OrgUnit): FakeAdminState {
  const user = (id: string, username: string, role: AdminUser['role'], active = true): AdminUser => ({
    id, tenantId, orgUnitId: adminUnit.id, username, name: `Nama ${username}`, role, position: '', nip: null, active, planner: false, mustChangePassword: false,
    lastSignInAt: username === 'nonaktif' ? null : '2026-04-02T01:30:00.000Z',
  });
  return {
    units: [adminUnit],
    users: [
      user(adminId, 'siti', 'admin'), user(crypto.randomUUID(), 'kepala.a', 'head'), user(crypto.randomUUID(), 'nonaktif', 'operator', false),
      user(crypto.randomUUID(), 'bappeda.perencana', 'evaluator'),
    ],
    settings: {
      logo: null, name: 'Kabupaten Sleman', kind: 'kabupaten', regionalHeadName: 'Bupati', regionalHeadTitle: 'Bupati',
      lowerIsBetterFormula: 'A', achievementCap: null, bandSet: 'permendagri86', warningBelowCategory: 'tinggi',
      categoryKeys: permendagri86Bands.map((b) => b.key), categoryBands: permendagri86Bands, timeZone: 'Asia/Jakarta',
    },
    sessions: [],
    calls: [],
  };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const refusal = (reason: string) => json(400, { error: { code: 'invalid_request', message: 'Permintaan tidak valid.', details: { reason } } });

export function fakeAdminFetch(state: FakeAdminState): typeof fetch {
  return async (input, init = {}) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    state.calls.push(`${method} ${url.pathname}`);
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as Record<string, unknown>) : {};
    const unitPath = /^\/api\/admin\/org-units\/([^/]+)$/.exec(url.pathname);
    const sessionsPath = /^\/api\/admin\/users\/([^/]+)\/sessions$/.exec(url.pathname);
    const userPath = /^\/api\/admin\/users\/([^/]+)$/.exec(url.pathname);
    if (url.pathname === '/api/admin/org-units' && method === 'GET') return json(200, { orgUnits: state.units });
    if (url.pathname === '/api/admin/org-units' && method === 'POST') {
      const code = String(body.code);
      if (state.units.some((u) => u.code.toLowerCase() === code.toLowerCase())) return refusal('unit_code_taken');
      const unit: OrgUnit = { ...(state.units[0] as OrgUnit), id: crypto.randomUUID(), code, name: String(body.name), parentId: (body.parentId as string | null) ?? null, active: true };
      state.units.push(unit);
      return json(201, unit);
    }
    if (unitPath && method === 'PATCH') {
      const index = state.units.findIndex((u) => u.id === unitPath[1]);
      const unit = { ...(state.units[index] as OrgUnit), ...body } as OrgUnit;
      state.units[index] = unit;
      return json(200, unit);
    }
    if (url.pathname === '/api/admin/users' && method === 'GET') return json(200, { users: state.users });
    if (userPath && method === 'PATCH') {
      const index = state.users.findIndex((u) => u.id === userPath[1]);
      const user = { ...(state.users[index] as AdminUser), ...body } as AdminUser;
      state.users[index] = user;
      return json(200, user);
    }
    if (sessionsPath) return json(200, { sessions: state.sessions });
    if (url.pathname === '/api/admin/settings' && method === 'GET') return json(200, state.settings);
    if (url.pathname === '/api/admin/settings' && method === 'PUT') {
      const thresholds = body.bandThresholds as number[] | undefined;
      const bands = thresholds ? permendagri86Bands.map((b, i) => ({ ...b, min: thresholds[i] ?? b.min })) : state.settings.categoryBands;
      state.settings = { ...state.settings, ...(body as Partial<TenantSettingsResponse>), categoryBands: bands };
      return json(200, state.settings);
    }
    return json(404, { error: { code: 'not_found', message: 'Data tidak ditemukan.' } });
  };
}
