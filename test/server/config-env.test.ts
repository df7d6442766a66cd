// Settings read from the environment (config-env.ts).
import { describe, expect, it } from 'vitest';
import { parseTrustProxy, shouldSeedDemo } from '../../src/server/config-env';

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
