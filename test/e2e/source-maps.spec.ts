// The real build keeps its source maps to itself (security issue item a: /sw.js.map was public,
// 1.3 MB of our source): none in dist, no sourceMappingURL comment pointing at one, and the server
// answers 404 for them; they are beside dist, in dist-sourcemaps, for the size bench.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eServer, type E2eServer } from '../support/e2e-server';

let server: E2eServer;
beforeAll(async () => { server = await startE2eServer(); });
afterAll(async () => { await server.close(); });

const dist = resolve('dist');
const files = () => readdirSync(dist, { recursive: true, encoding: 'utf8' });

describe('source maps of the production build', () => {
  it('are not in dist, and no served script names one', () => {
    expect(files().filter((f) => f.endsWith('.map'))).toEqual([]);
    const scripts = files().filter((f) => f.endsWith('.js'));
    expect(scripts).toContain('sw.js');
    expect(scripts.filter((f) => readFileSync(join(dist, f), 'utf8').includes('sourceMappingURL'))).toEqual([]);
  });

  it('are answered 404 over HTTP, while their scripts are served', async () => {
    const script = files().find((f) => /^assets[\\/].+\.js$/.test(f))?.replace(/\\/g, '/');
    if (!script) throw new Error('no script in dist/assets');
    for (const path of ['/sw.js', `/${script}`]) {
      expect((await fetch(server.url + path)).status).toBe(200);
      const map = await fetch(`${server.url}${path}.map`);
      expect(map.status).toBe(404);
      expect(await map.text()).not.toContain('"mappings"');
    }
  });

  it('are kept beside dist for the size bench', () => {
    expect(existsSync(resolve('dist-sourcemaps', 'sw.js.map'))).toBe(true);
  });
});
