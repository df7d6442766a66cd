// Settings read from the environment (config-env.ts).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { parseTrustProxy, readBasicSettings, shouldSeedDemo } from '../../src/server/config-env';

describe('TRUST_PROXY', () => {
  it('is a hop count or a list of addresses, never "true"', () => {
    expect(parseTrustProxy(undefined)).toBeUndefined();
    expect(parseTrustProxy('0')).toBeUndefined();
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy('10.0.0.1, 10.1.0.0/16')).toEqual(['10.0.0.1', '10.1.0.0/16']);
    expect(() => parseTrustProxy('true')).toThrow(/number of proxies/);
    expect(() => parseTrustProxy('nginx')).toThrow(/not an address/);
  });
});

describe('the demo seed', () => {
  it.each([
    [{}, true],
    [{ NODE_ENV: 'production' }, false],
    [{ DATABASE_URL: 'postgres://x/y' }, false],
    [{ DATABASE_URL: 'postgres://x/y', SEED_DEMO: '1' }, true],
    [{ SEED_DEMO: '0' }, false],
  ])('%o → %s', (env, expected) => {
    expect(shouldSeedDemo(env)).toBe(expected);
  });
});

describe('the basic settings', () => {
  it('default for a first start', () => {
    expect(readBasicSettings({})).toEqual({
      port: 8080, host: '0.0.0.0', dataDir: './data', databaseUrl: null, staticDir: null, secureCookies: false, logLevel: 'info',
    });
  });

  it('list every mistake at once, by name', () => {
    expect(() => readBasicSettings({ PORT: 'abc', LOG_LEVEL: 'loud', SECURE_COOKIES: 'ya', DATABASE_URL: 'mysql://x', TRUST_PROXY: 'true' }))
      .toThrow(/PORT: expected a whole number[\s\S]*DATABASE_URL[\s\S]*LOG_LEVEL[\s\S]*SECURE_COOKIES[\s\S]*TRUST_PROXY/);
    expect(() => readBasicSettings({ PORT: '70000' })).toThrow(/PORT/);
    expect(readBasicSettings({ PORT: '9000', SECURE_COOKIES: '1', DATABASE_URL: 'postgres://u@h/db' }))
      .toMatchObject({ port: 9000, secureCookies: true, databaseUrl: 'postgres://u@h/db' });
  });

  it('a start with a bad setting stops at once and names it', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: { ...process.env, PORT: 'abc', DATABASE_URL: '', DATA_DIR: '/nonexistent-never-opened' }, encoding: 'utf8', timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT: expected a whole number from 1 to 65535, got "abc"');
  }, 60_000);
});
