// compose.yaml and the Dockerfile describe the topology test/deploy/scale-out.test.ts runs, with the
// same commands, settings and config files (scale-out-topology.ts, test/support/pgbouncer.ts), so
// they cannot drift apart unnoticed: Docker cannot run on the CI machines, this test can.
// compose.yaml is kept to a small YAML subset (block maps, lists of scalars, JSON-style flow
// arrays, full-line comments) read by the parser below; anything else fails loudly.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pgbouncerArgs, pgbouncerConfigPath } from '../support/pgbouncer';
import { appInstances, appPort, appSettings, nginxConfigPath, nginxSiteMount, pgbouncerDatabase, pgbouncerMount, pgbouncerPort, serverCommand } from './scale-out-topology';

type Yaml = string | Yaml[] | { [key: string]: Yaml } | null;

function scalar(text: string, where: number): Yaml {
  if (text.startsWith('[') || text.startsWith('"')) {
    try {
      return JSON.parse(text) as Yaml;
    } catch {
      throw new Error(`compose.yaml line ${where + 1}: not JSON-compatible: ${text}`);
    }
  }
  if (/^[{'&*!|>]/.test(text) || text.includes(' #')) throw new Error(`compose.yaml line ${where + 1}: outside the YAML subset: ${text}`);
  return text;
}

/** Block maps and lists by indentation; values are strings (no number or boolean typing). */
export function parseYamlSubset(source: string): Yaml {
  const lines = source.split('\n').map((text, number) => ({ text, number }))
    .filter(({ text }) => text.trim() !== '' && !text.trimStart().startsWith('#'));
  let i = 0;
  const indentOf = (text: string) => text.length - text.trimStart().length;
  function block(indent: number): Yaml {
    const first = lines[i];
    if (!first || indentOf(first.text) < indent) return null;
    if (first.text.trimStart().startsWith('- ')) {
      const list: Yaml[] = [];
      while (lines[i] && indentOf(lines[i]!.text) === indent && lines[i]!.text.trimStart().startsWith('- ')) {
        list.push(scalar(lines[i]!.text.trimStart().slice(2).trim(), lines[i]!.number));
        i += 1;
      }
      return list;
    }
    const map: Record<string, Yaml> = {};
    while (lines[i] && indentOf(lines[i]!.text) === indent) {
      const { text, number } = lines[i]!;
      const match = /^([A-Za-z0-9_.-]+):(?: (.*))?$/.exec(text.trim());
      if (!match?.[1]) throw new Error(`compose.yaml line ${number + 1}: outside the YAML subset: ${text}`);
      i += 1;
      const next = lines[i];
      map[match[1]] = match[2] !== undefined && match[2] !== ''
        ? scalar(match[2].trim(), number)
        : next && indentOf(next.text) > indent ? block(indentOf(next.text)) : null;
    }
    return map;
  }
  const root = block(0);
  if (i !== lines.length) throw new Error(`compose.yaml line ${(lines[i]?.number ?? 0) + 1}: unexpected indentation`);
  return root;
}

const asMap = (value: Yaml | undefined, what: string): Record<string, Yaml> => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${what}: expected a map`);
  return value;
};
const asList = (value: Yaml | undefined, what: string): Yaml[] => {
  if (!Array.isArray(value)) throw new Error(`${what}: expected a list`);
  return value;
};

const compose = asMap(parseYamlSubset(readFileSync('compose.yaml', 'utf8')), 'compose.yaml');
const services = asMap(compose.services, 'services');
const dockerfile = readFileSync('Dockerfile', 'utf8');

describe('compose.yaml and the Dockerfile describe what the scale-out test runs', () => {
  it('the parser reads the subset and refuses what it does not know', () => {
    expect(parseYamlSubset('a:\n  b: "1"\n  c:\n    - x\n    - ["y", "z"]\n# note\nd:\n')).toEqual({ a: { b: '1', c: ['x', ['y', 'z']] }, d: null });
    expect(() => parseYamlSubset('a: {b: 1}')).toThrow(/subset/);
    expect(() => parseYamlSubset('a: &anchor x')).toThrow(/subset/);
  });

  it('runs each app instance with the test\'s command and settings, through PgBouncer', () => {
    for (const name of appInstances) {
      const app = asMap(services[name], name);
      expect(app.command, name).toEqual([...serverCommand]);
      expect(asMap(app.build, `${name}.build`).target).toBe('runtime');
      const env = asMap(app.environment, `${name}.environment`);
      for (const [key, value] of Object.entries(appSettings)) expect(env[key], `${name} ${key}`).toBe(value);
      const url = new URL(String(env.DATABASE_URL));
      expect(url.hostname).toBe('pgbouncer');
      expect(url.port).toBe(String(pgbouncerPort));
      expect(url.pathname).toBe(`/${pgbouncerDatabase}`);
      // Evidence in the shared bucket: an instance's own disk would hide files from the other one.
      expect(env.S3_BUCKET).toBeTruthy();
      expect(String(env.S3_ENDPOINT)).toMatch(/^http:\/\/minio:9000$/);
    }
    expect(Object.keys(services)).toEqual(expect.arrayContaining(['postgres', 'pgbouncer', 'minio', 'nginx', ...appInstances]));
  });

  it('builds the app image with the tested commands, as a non-root user', () => {
    expect(dockerfile).toMatch(/FROM \S+ AS build[\s\S]*RUN npm ci [\s\S]*RUN npm run build && npm run build:server/);
    expect(dockerfile).toMatch(/FROM \S+ AS runtime[\s\S]*RUN npm ci --omit=dev/);
    const runtime = dockerfile.slice(dockerfile.indexOf(' AS runtime'), dockerfile.indexOf(' AS pgbouncer'));
    expect(runtime).toContain(`CMD ${JSON.stringify([...serverCommand]).replace(/","/g, '", "')}`);
    const user = /^USER (\S+)$/m.exec(runtime)?.[1];
    expect(user).toBeTruthy();
    expect(['root', '0']).not.toContain(user);
    expect(runtime).toContain(`EXPOSE ${appPort}`);
    // The build script the test runs is the one the Dockerfile runs.
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['build:server']).toBe('vite build --config vite.server.config.ts');
  });

  it('gives nginx the test\'s config, naming every instance, and PgBouncer the test\'s ini and command', () => {
    const nginx = asMap(services.nginx, 'nginx');
    expect(asList(nginx.volumes, 'nginx.volumes')).toContain(`./${nginxConfigPath}:${nginxSiteMount}:ro`);
    const site = readFileSync(nginxConfigPath, 'utf8');
    for (const name of appInstances) expect(site).toContain(`server ${name}:${appPort} `);
    const bouncer = asMap(services.pgbouncer, 'pgbouncer');
    expect(asList(bouncer.volumes, 'pgbouncer.volumes')).toContain(`./${pgbouncerConfigPath}:${pgbouncerMount}:ro`);
    expect(bouncer.command).toEqual(['pgbouncer', ...pgbouncerArgs(pgbouncerMount)]);
    expect(asMap(bouncer.build, 'pgbouncer.build').target).toBe('pgbouncer');
    const ini = readFileSync(pgbouncerConfigPath, 'utf8');
    expect(ini).toMatch(/^pool_mode = transaction$/m);
    expect(ini).toContain(`listen_port = ${pgbouncerPort}`);
    expect(ini).toContain(`${pgbouncerDatabase} = host=postgres port=5432 dbname=${asMap(asMap(services.postgres, 'postgres').environment, 'postgres.environment').POSTGRES_DB}`);
    expect(dockerfile).toContain(`CMD ${JSON.stringify(['pgbouncer', ...pgbouncerArgs(pgbouncerMount)]).replace(/","/g, '", "')}`);
  });
});
