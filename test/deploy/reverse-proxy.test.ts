// deploy/nginx.conf and deploy/Caddyfile, run as shipped (only names, ports and certificate paths
// substituted) in front of the server: HTTPS reaches the app, plain HTTP is sent to HTTPS, cookies
// are Secure, and the app takes the client's address from the proxy, never one the client wrote.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:https';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRoutes } from '../../src/api/routes';
import { attemptWindowMs } from '../../src/server/services/auth/login-throttle';
import { createTestServer, type TestServer } from '../support/server-app';

const serverName = 'pantau.example.go.id';
let server: TestServer;
let appPort = 0;
let dir = '';
const children: ChildProcess[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

interface Answer { status: number; headers: Record<string, string | string[] | undefined>; body: string }

function httpsCall(port: number, path: string, options: { method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1', port, path, method: options.method ?? 'GET', servername: serverName, rejectUnauthorized: false,
      headers: { host: serverName, ...(options.body ? { 'content-type': 'application/json' } : {}), ...options.headers },
    }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => { body += chunk.toString('utf8'); });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

async function waitForHttps(port: number): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const answer = await httpsCall(port, apiRoutes.health);
      if (answer.status === 200) return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) throw new Error(`proxy on ${port} never answered`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => { output += d.toString(); });
  child.stderr?.on('data', (d: Buffer) => { output += d.toString(); });
  child.on('exit', (code) => { if (code) console.error(`${command} exited ${code}:\n${output}`); });
  children.push(child);
  return child;
}

/** The client addresses the app recorded a login attempt under: the only trace of which address it believed. */
async function attemptsUnder(address: string): Promise<number> {
  // Counting once more adds this probe's own attempt; a key the app never saw starts at 1.
  const [count] = await server.store.countLoginAttempt([`ip:${address}`], server.clock.now, attemptWindowMs);
  return (count?.attempts ?? 1) - 1;
}

beforeAll(async () => {
  for (const binary of ['nginx', 'caddy', 'openssl']) {
    if (spawnSync('sh', ['-c', `command -v ${binary}`]).status !== 0) {
      throw new Error(`${binary} is missing: apt-get install -y nginx caddy openssl (.ci/run does this)`);
    }
  }
  dir = await mkdtemp(join(tmpdir(), 'pk-proxy-'));
  const dist = join(dir, 'dist');
  spawnSync('mkdir', ['-p', dist]);
  await writeFile(join(dist, 'index.html'), '<!doctype html><title>Pantau Kinerja</title>');
  server = await createTestServer({ staticDir: dist, trustProxy: 1, secureCookies: true });
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  const address = server.app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  appPort = address.port;
  const cert = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${serverName}`,
    '-keyout', join(dir, 'privkey.pem'), '-out', join(dir, 'fullchain.pem')]);
  if (cert.status !== 0) throw new Error(`openssl: ${cert.stderr.toString()}`);
});

afterAll(async () => {
  for (const child of children) child.kill('SIGTERM');
  await server?.cleanup();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('deploy/nginx.conf', () => {
  let https = 0;
  let http = 0;
  beforeAll(async () => {
    [https, http] = [await freePort(), await freePort()];
    const site = (await readFile('deploy/nginx.conf', 'utf8'))
      .replace('server 127.0.0.1:8080;', `server 127.0.0.1:${appPort};`)
      .replace('listen 80;', `listen 127.0.0.1:${http};`)
      .replace('listen 443 ssl http2;', `listen 127.0.0.1:${https} ssl http2;`)
      .replace('/etc/ssl/pantau/fullchain.pem', join(dir, 'fullchain.pem'))
      .replace('/etc/ssl/pantau/privkey.pem', join(dir, 'privkey.pem'));
    await writeFile(join(dir, 'site.conf'), site);
    await writeFile(join(dir, 'nginx.conf'), [
      'user root;', `pid ${join(dir, 'nginx.pid')};`, `error_log ${join(dir, 'nginx-error.log')};`, 'events {}',
      `http { access_log off; client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; include ${join(dir, 'site.conf')}; }`,
    ].join('\n'));
    const check = spawnSync('nginx', ['-t', '-c', join(dir, 'nginx.conf')]);
    if (check.status !== 0) throw new Error(`nginx -t: ${check.stderr.toString()}`);
    run('nginx', ['-c', join(dir, 'nginx.conf'), '-g', 'daemon off;']);
    await waitForHttps(https);
  });

  it('serves the app over HTTPS with Secure cookies and HSTS, and sends plain HTTP to HTTPS', async () => {
    const page = await httpsCall(https, '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('Pantau Kinerja');
    expect(page.headers['strict-transport-security']).toContain('max-age=');
    const login = await httpsCall(https, apiRoutes.login, { method: 'POST', body: JSON.stringify({ username: 'operator.a', password: 'rahasia-uji-123' }) });
    expect(login.status).toBe(200);
    expect(String(login.headers['set-cookie'])).toMatch(/Secure/);
    const redirect = await new Promise<Answer>((resolve, reject) => {
      httpRequest({ host: '127.0.0.1', port: http, path: '/units', headers: { host: serverName } }, (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: '' });
      }).on('error', reject).end();
    });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe(`https://${serverName}/units`);
  });

  it('gives the app the address nginx saw, not one the client wrote', async () => {
    const before = await attemptsUnder('127.0.0.1');
    const answer = await httpsCall(https, apiRoutes.login, {
      method: 'POST', body: JSON.stringify({ username: 'tidak.ada', password: 'salah-sekali' }), headers: { 'x-forwarded-for': '9.9.9.9' },
    });
    expect(answer.status).toBe(401);
    expect(await attemptsUnder('9.9.9.9')).toBe(0);
    expect(await attemptsUnder('127.0.0.1')).toBe(before + 2);
  });
});

describe('deploy/Caddyfile', () => {
  let https = 0;
  beforeAll(async () => {
    https = await freePort();
    const http = await freePort();
    const site = (await readFile('deploy/Caddyfile', 'utf8'))
      .replace('reverse_proxy 127.0.0.1:8080', `reverse_proxy 127.0.0.1:${appPort}`)
      // A name no public CA can check from here: Caddy's own CA, as on a pemda's closed network.
      .replace(`${serverName} {`, `${serverName}:${https} {\n\ttls internal`);
    const global = `{\n\tadmin off\n\tskip_install_trust\n\thttp_port ${http}\n\thttps_port ${https}\n\tstorage file_system ${join(dir, 'caddy')}\n}\n`;
    await writeFile(join(dir, 'Caddyfile'), global + site);
    run('caddy', ['run', '--config', join(dir, 'Caddyfile'), '--adapter', 'caddyfile'], { ...process.env, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir, HOME: dir });
    await waitForHttps(https);
  });

  it('serves the app over HTTPS and gives the app the address Caddy saw', async () => {
    const page = await httpsCall(https, '/');
    expect(page.status).toBe(200);
    expect(page.headers['strict-transport-security']).toContain('max-age=');
    const before = await attemptsUnder('127.0.0.1');
    const answer = await httpsCall(https, apiRoutes.login, {
      method: 'POST', body: JSON.stringify({ username: 'tidak.ada', password: 'salah-sekali' }), headers: { 'x-forwarded-for': '8.8.8.8' },
    });
    expect(answer.status).toBe(401);
    expect(await attemptsUnder('8.8.8.8')).toBe(0);
    expect(await attemptsUnder('127.0.0.1')).toBe(before + 2);
  });
});
