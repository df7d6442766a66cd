// Admin → Token layanan: a token is created and shown once, listed with its state, and revoked,
// through the admin contract (the server side is test/server/services/auth/service-tokens.test.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { integrationRoutes, type ServiceToken } from '../../../../src/api/integration';
import type { ActiveSession } from '../../../../src/client/session/active-session';
import { buildSessionInfo } from '../support/fixtures';
import { closeTestSession, openTestSession, renderApp } from '../support/render-app';

let session: ActiveSession;
let tokens: ServiceToken[];
const secret = `pkst_${'s'.repeat(43)}`;

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** A fake of the three token endpoints, keeping the list in memory. */
const fakeServer = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
  const path = new URL(String(input), 'http://localhost').pathname;
  const method = init.method ?? 'GET';
  if (path === integrationRoutes.serviceTokens && method === 'GET') return json({ serviceTokens: tokens });
  if (path === integrationRoutes.serviceTokens && method === 'POST') {
    const { name } = JSON.parse(String(init.body)) as { name: string };
    const token: ServiceToken = { id: crypto.randomUUID(), name, createdBy: 'admin', createdAt: new Date().toISOString(), expiresAt: null, revokedAt: null, lastUsedAt: null, active: true };
    tokens = [...tokens, token];
    return json({ serviceToken: token, token: secret }, 201);
  }
  const revoke = /^\/api\/admin\/service-tokens\/([^/]+)\/revoke$/.exec(path);
  if (revoke && method === 'POST') {
    tokens = tokens.map((t) => (t.id === revoke[1] ? { ...t, revokedAt: new Date().toISOString(), active: false } : t));
    return json(tokens.find((t) => t.id === revoke[1]));
  }
  return json({ error: { code: 'not_found', message: 'not found' } }, 404);
});

beforeEach(() => {
  tokens = [];
  fakeServer.mockClear();
  vi.stubGlobal('fetch', fakeServer);
  session = openTestSession(buildSessionInfo('admin'));
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await closeTestSession(session);
});

describe('Token layanan', () => {
  it('creates a token shown once, lists it and revokes it', async () => {
    const user = userEvent.setup();
    renderApp(session, ['/admin']);
    await user.click(await screen.findByRole('tab', { name: 'Token layanan' }));
    expect(await screen.findByText('Belum ada token layanan.')).toBeTruthy();

    await user.type(screen.getByLabelText('Nama (sistem yang memakai)'), 'e-SAKIP');
    await user.click(screen.getByRole('button', { name: 'Buat token' }));
    expect((await screen.findByTestId('service-token')).textContent).toBe(secret);
    expect(screen.getByText(/hanya ditampilkan sekali/)).toBeTruthy();
    const row = (await screen.findByText('e-SAKIP', { selector: 'bdi' })).closest('li');
    expect(row).not.toBeNull();
    expect(within(row as HTMLElement).getByText(/belum pernah dipakai/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Sudah disalin' }));
    expect(screen.queryByTestId('service-token')).toBeNull();

    await user.click(within(row as HTMLElement).getByRole('button', { name: 'Cabut token' }));
    const revoked = (await screen.findByText('e-SAKIP', { selector: 'bdi' })).closest('li') as HTMLElement;
    expect(await within(revoked).findByText(/dicabut/)).toBeTruthy();
    expect(within(revoked).queryByRole('button', { name: 'Cabut token' })).toBeNull();
    expect(fakeServer.mock.calls.filter(([, init]) => init?.method === 'POST').map(([input]) => new URL(String(input), 'http://localhost').pathname))
      .toEqual([integrationRoutes.serviceTokens, integrationRoutes.revokeServiceToken.replace(':id', tokens[0]?.id ?? '')]);
  });
});
