// Issue 16, items 1 and 6: real parallel logins over a real socket. The limit is counted before
// the password is checked (one upsert), so a burst cannot pass it in parallel; password hashing
// is bounded, so a burst neither starves file reads nor sync. Runs on PGlite and PostgreSQL.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRoutes } from '../../../../src/api/routes';
import { maxAttemptsPerUsername } from '../../../../src/server/services/auth/login-throttle';
import { createTestServer, loginAs, type TestServer } from '../../../support/server-app';
import { testPassword } from '../../../support/server-factories';

let server: TestServer;
let base: string;
let dist: string;
let cookie: string;

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'pk-burst-'));
  await writeFile(join(dist, 'index.html'), '<!doctype html><title>x</title>');
  await writeFile(join(dist, 'app.js'), `console.log(${JSON.stringify('x'.repeat(20_000))});`);
  // One proxy in front: the client's address is the right-most X-Forwarded-For entry.
  server = await createTestServer({ staticDir: dist, trustProxy: 1 });
  cookie = await loginAs(server.app, 'operator.a');
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  const address = server.app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  base = `http://127.0.0.1:${address.port}`;
});
afterAll(async () => {
  await server.cleanup();
  await rm(dist, { recursive: true, force: true });
});

function login(username: string, password: string, forwardedFor: string): Promise<Response> {
  return fetch(`${base}${apiRoutes.login}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ username, password }),
  });
}

async function codes(responses: Response[]): Promise<string[]> {
  return Promise.all(responses.map(async (r) => (r.status === 200 ? 'ok' : ((await r.json()) as { error: { code: string } }).error.code)));
}

const p99 = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] ?? 0;
};

async function timeRequests(url: string, headers: Record<string, string>, until: Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  let done = false;
  void until.finally(() => { done = true; });
  while (!done) {
    const started = performance.now();
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    expect(response.status).toBe(200);
    times.push(performance.now() - started);
  }
  return times;
}

describe('a login burst', () => {
  it('checks at most the allowance of one account, in parallel: the right password among 50 guesses is refused', async () => {
    const guesses = Array.from({ length: 50 }, (_, i) => (i === 37 ? testPassword : `tebakan-salah-${i}`));
    const results = await codes(await Promise.all(guesses.map((password) => login('kepala.a', password, '203.0.113.7'))));
    const checked = results.filter((c) => c === 'ok' || c === 'invalid_credentials');
    const refused = results.filter((c) => c === 'rate_limited' || c === 'login_busy');
    expect(checked.length).toBeLessThanOrEqual(maxAttemptsPerUsername);
    expect(checked.length + refused.length).toBe(50);
    // Checked in the order they were counted: the 38th guess, correct, is never reached.
    expect(results.filter((c) => c === 'ok')).toEqual([]);
  });

  it('answers the excess at once and never delays static files or sync by more than a fraction of a second', async () => {
    const staticHeaders = { 'x-forwarded-for': '198.51.100.1' };
    const baselineStatic = await timeRequests(`${base}/app.js`, staticHeaders, new Promise((r) => setTimeout(r, 500)));
    // 60 unauthenticated logins from 60 addresses (no limit applies), all at once.
    const burst = Promise.all(Array.from({ length: 60 }, (_, i) => login(`tidak.ada.${i}`, 'tebakan-salah', `192.0.2.${i + 1}`)));
    const [staticTimes, pullTimes, responses] = await Promise.all([
      timeRequests(`${base}/app.js`, staticHeaders, burst),
      timeRequests(`${base}${apiRoutes.pull}?cursor=0&limit=50`, { cookie, 'x-forwarded-for': '198.51.100.2' }, burst),
      burst,
    ]);
    const results = await codes(responses);
    const busy = results.filter((c) => c === 'login_busy').length;
    expect(results.filter((c) => c === 'invalid_credentials').length + busy).toBe(60);
    // Two hashing at once and eight waiting: most of the burst is turned away without a hash.
    expect(busy).toBeGreaterThanOrEqual(40);
    const busyResponse = responses.find((r) => r.status === 429);
    expect(busyResponse?.headers.get('retry-after')).toBe('1');
    const figures = { baselineStaticP99: p99(baselineStatic), staticP99: p99(staticTimes), pullP99: p99(pullTimes), staticRequests: staticTimes.length, pullRequests: pullTimes.length };
    console.info('login burst', JSON.stringify(figures));
    // Before the gate a static file waited ~22 s behind the hashes. Measured against the same
    // machine's p99 just before the burst (quiet here: 17 → 61 ms). The bound is what a user would
    // call "not stuck", not a speed target: a 2-core CI machine running other test files beside
    // this one once took 582 ms, and the figures themselves belong in the benchmark.
    expect(figures.staticP99 - figures.baselineStaticP99).toBeLessThan(2000);
    expect(figures.pullP99 - figures.baselineStaticP99).toBeLessThan(3000);
  });
});
