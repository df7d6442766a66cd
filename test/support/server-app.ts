// A seeded store + app per suite, a movable clock, and request helpers for app.inject().
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { hashToken, newToken, sessionLifetimeMs } from '../../src/server/services/auth/auth';
import { buildApp, type ServerConfig } from '../../src/server/app';
import { seedDemoData } from '../../src/server/seed/seed';
import type { Store } from '../../src/server/store/connection';
import { apiRoutes, clientHeader, sessionCookieName, syncProtocol } from '../../src/api/routes';
import type { Mutation, PullResponse, PushResponse } from '../../src/api/sync';
import { createTestStore } from './server-store';
import { buildWorld, testPassword, type World } from './server-factories';
import { withSharedHashes } from './password-hash';

export interface TestClock { now: Date; advance(ms: number): void }

export interface TestServer { app: FastifyInstance; store: Store; world: World; clock: TestClock; cleanup(): Promise<void> }

/** `config` adds to the test defaults (e.g. a blob storage or upload limits). */
export async function createTestServer(config: Partial<ServerConfig> = {}): Promise<TestServer> {
  const { store, cleanup } = await createTestStore();
  const world = buildWorld();
  try {
    await seedDemoData(store, { ...world.data, users: await withSharedHashes(world.data.users) });
  } catch (error) {
    await cleanup(); // never leave a test database behind
    throw error;
  }
  const clock: TestClock = { now: new Date(), advance(ms) { this.now = new Date(this.now.getTime() + ms); } };
  const app = await buildApp({ store, config: { secureCookies: true, logger: false, now: () => clock.now, ...config } });
  return { app, store, world, clock, cleanup: async () => { await app.close(); await cleanup(); } };
}

export const csrf = { [clientHeader.name]: clientHeader.value };

export function loginRequest(app: FastifyInstance, username: string, password = testPassword, ip = '10.0.0.1') {
  return app.inject({ method: 'POST', url: apiRoutes.login, payload: { username, password }, remoteAddress: ip });
}

/** A live session made directly in the store, for tests whose subject is not the login. */
export async function sessionCookieFor(store: Store, userId: string, now: Date): Promise<string> {
  const token = newToken();
  await store.insertSession({ tokenHash: hashToken(token), userId, createdAt: now, expiresAt: new Date(now.getTime() + sessionLifetimeMs) });
  return `${sessionCookieName}=${token}`;
}

/** Logs in and returns the cookie header value for later requests. */
export async function loginAs(app: FastifyInstance, username: string): Promise<string> {
  const response = await loginRequest(app, username);
  if (response.statusCode !== 200) throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === sessionCookieName);
  if (!cookie) throw new Error('no session cookie');
  return `${sessionCookieName}=${cookie.value}`;
}

export function push(app: FastifyInstance, cookie: string, deviceId: string, mutations: Mutation[]): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: apiRoutes.push, headers: { cookie, ...csrf }, payload: { deviceId, mutations } });
}

export async function pushOk(app: FastifyInstance, cookie: string, deviceId: string, mutations: Mutation[]): Promise<PushResponse> {
  const response = await push(app, cookie, deviceId, mutations);
  if (response.statusCode !== 200) throw new Error(`push: ${response.statusCode} ${response.body}`);
  return response.json<PushResponse>();
}

export async function pullOk(app: FastifyInstance, cookie: string, cursor: number, limit = 1000): Promise<PullResponse> {
  const response = await app.inject({ method: 'GET', url: `${apiRoutes.pull}?cursor=${cursor}&limit=${limit}`, headers: { cookie } });
  if (response.statusCode !== 200) throw new Error(`pull: ${response.statusCode} ${response.body}`);
  return response.json<PullResponse>();
}

/** A pull with any query (catchUp, …), as a build of `protocol` asks (no header: the current one); throws unless 200. */
export async function pullQuery(app: FastifyInstance, cookie: string, query: string, protocol?: number): Promise<PullResponse> {
  const headers = { cookie, ...(protocol === undefined ? {} : { [syncProtocol.header]: String(protocol) }) };
  const response = await app.inject({ method: 'GET', url: `${apiRoutes.pull}?${query}`, headers });
  if (response.statusCode !== 200) throw new Error(`pull: ${response.statusCode} ${response.body}`);
  return response.json<PullResponse>();
}

/** A realisation mutation; `quarter`/`indicatorId` in fields make it a create. */
export function realisationMutation(seq: number, recordId: string, fields: Record<string, unknown>, baseRev: number | null = null): Mutation {
  return {
    id: randomUUID(), seq, entity: 'realisation', recordId, op: 'upsert', fields, baseRev, clientTime: new Date().toISOString(),
  };
}
