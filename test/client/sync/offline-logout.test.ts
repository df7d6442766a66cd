// @vitest-environment node
// A logout made without signal ends the server session at the next connection, before anyone signs
// in again on this browser (the real server app through inject-fetch: its cookie jar is the browser's).
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiRoutes, sessionCookieName } from '../../../src/api/routes';
import { endPendingLogout, isLogoutPending, login, logout } from '../../../src/client/sync/auth-api';
import { createInjectFetch } from '../../support/inject-fetch';
import { testPassword } from '../../support/server-factories';
import { createTestServer, type TestServer } from '../../support/server-app';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
  // The browser's localStorage (Node has none): the one thing of the browser this test stands in for.
  const items = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key), clear: () => items.clear(),
  });
});
afterAll(async () => { await server.cleanup(); });
afterEach(() => localStorage.clear());

const offline: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));

describe('a logout without signal', () => {
  it('is remembered, and ends the old server session before the next sign-in', async () => {
    const browser = createInjectFetch(server.app);
    await login('operator.a', testPassword, { fetch: browser.fetch });
    const oldToken = browser.cookies.get(sessionCookieName);
    expect(oldToken).toBeDefined();

    await expect(logout({ fetch: offline })).rejects.toThrow();
    expect(isLogoutPending()).toBe(true);
    await endPendingLogout({ fetch: offline }); // still no signal: still pending
    expect(isLogoutPending()).toBe(true);

    // Back online, the next person signs in: the old session is ended first, then a new one begins.
    await login('kepala.a', testPassword, { fetch: browser.fetch });
    expect(isLogoutPending()).toBe(false);
    expect(browser.calls.map((c) => c.url)).toEqual([apiRoutes.login, apiRoutes.logout, apiRoutes.login]);
    const old = await server.app.inject({ method: 'GET', url: apiRoutes.session, headers: { cookie: `${sessionCookieName}=${oldToken}` } });
    expect(old.statusCode).toBe(401);
  });

  it('an answered logout leaves nothing pending', async () => {
    const browser = createInjectFetch(server.app);
    await login('operator.b', testPassword, { fetch: browser.fetch });
    await logout({ fetch: browser.fetch });
    expect(isLogoutPending()).toBe(false);
  });
});
