// The compiled server runs on a production install: `npm run build:server`, then `npm ci
// --omit=dev` in a fresh folder holding only the build, package.json and the lock, then `node
// build/server/main.js` — no tsx, no vite, no dev dependency on disk. Ready, the app served, a
// login and a sync pull answered, and the super-admin command works the same way.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRoutes, clientHeader, sessionCookieName } from '../../src/api/routes';

let dir = '';
let child: ChildProcess | null = null;
let base = '';
let output = '';

beforeAll(async () => {
  const build = spawnSync('npx', ['vite', 'build', '--config', 'vite.server.config.ts', '--logLevel', 'warn'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build:server failed: ${build.stderr}`);
  dir = await mkdtemp(join(tmpdir(), 'pk-prod-'));
  await cp('build/server', join(dir, 'build/server'), { recursive: true });
  await cp('package.json', join(dir, 'package.json'));
  await cp('package-lock.json', join(dir, 'package-lock.json'));
  await mkdir(join(dir, 'dist'));
  await writeFile(join(dir, 'dist/index.html'), '<!doctype html><title>Pantau Kinerja</title>');
  const install = spawnSync('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: dir, encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`npm ci --omit=dev failed: ${install.stderr}`);
  const port = 18000 + Math.floor(Math.random() * 2000);
  base = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, ['build/server/main.js'], {
    cwd: dir,
    env: { PATH: process.env.PATH, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: join(dir, 'data'), STATIC_DIR: 'dist', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => { output += d.toString(); });
  child.stderr?.on('data', (d: Buffer) => { output += d.toString(); });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await fetch(`${base}${apiRoutes.ready}`)).status === 200) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the compiled server did not become ready:\n${output}`);
    await new Promise((r) => setTimeout(r, 500));
  }
});

afterAll(async () => {
  child?.kill('SIGTERM');
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the production build', () => {
  it('installs without dev dependencies: no tsx, vite, react or dexie on disk', async () => {
    const installed = await readdir(join(dir, 'node_modules'));
    for (const devOnly of ['tsx', 'vite', 'react', 'dexie', 'vitest', 'jspdf']) expect(installed).not.toContain(devOnly);
    expect(installed).toContain('fastify');
    expect(existsSync(resolve(dir, 'build/server/migrations/meta/_journal.json'))).toBe(true);
  });

  it('serves the app, signs in a demo user and answers a pull, all with plain node', async () => {
    expect(await (await fetch(`${base}/units`)).text()).toContain('Pantau Kinerja');
    const login = await fetch(`${base}${apiRoutes.login}`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'operator.dishub', password: 'Kinerja2026!' }),
    });
    expect(login.status).toBe(200);
    const token = new RegExp(`${sessionCookieName}=([^;]+)`).exec(login.headers.get('set-cookie') ?? '')?.[1] ?? '';
    const pull = await fetch(`${base}${apiRoutes.pull}?cursor=0&limit=10`, { headers: { cookie: `${sessionCookieName}=${token}`, [clientHeader.name]: clientHeader.value } });
    expect(pull.status).toBe(200);
    expect((await pull.json() as { kind: string }).kind).toBe('changes');
    expect(output).not.toContain('Kinerja2026!');
  });

  it('runs the super-admin command compiled too', () => {
    const result = spawnSync(process.execPath, ['build/server/cli.js', 'create-tenant', '--name', 'Kabupaten Contoh', '--kind', 'kabupaten', '--admin-username', 'admin.contoh'], {
      cwd: dir, env: { PATH: process.env.PATH, DATA_DIR: join(dir, 'cli-data') }, encoding: 'utf8', timeout: 120_000,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('admin.contoh');
  });
});
