// Reading settings from the environment that need more than a string (main.ts uses these).

/**
 * TRUST_PROXY: unset, empty or 0 = no proxy (the socket's address is the client's); a whole number
 * = that many reverse proxies in front (1 = one nginx or Caddy); otherwise a comma-separated list of
 * the proxies' addresses or CIDRs. "true" is refused: trusting every hop lets any client choose its
 * address by sending X-Forwarded-For, which defeats the per-address login limit.
 */
export function parseTrustProxy(value: string | undefined): number | string[] | undefined {
  const text = value?.trim() ?? '';
  if (text === '' || text === '0') return undefined;
  if (/^\d+$/.test(text)) return Number(text);
  if (text === 'true' || text === 'false') {
    throw new Error('TRUST_PROXY: give the number of proxies in front (e.g. 1) or their addresses, not true/false');
  }
  const entries = text.split(',').map((e) => e.trim()).filter((e) => e !== '');
  const address = /^[0-9a-fA-F:.]+(?:\/\d{1,3})?$/;
  const bad = entries.find((e) => !address.test(e));
  if (bad !== undefined) throw new Error(`TRUST_PROXY: not an address or CIDR: ${bad}`);
  return entries;
}

/**
 * Whether to create the demo tenants and accounts on an empty database. Their password is
 * published in the README, so only the embedded default that `npm start` gives a first-time user
 * seeds them by itself; with DATABASE_URL or NODE_ENV=production nothing is seeded unless
 * SEED_DEMO=1 asks for it (and SEED_DEMO=0 turns it off anywhere).
 */
export function shouldSeedDemo(env: NodeJS.ProcessEnv): boolean {
  if (env.SEED_DEMO === '1' || env.SEED_DEMO === 'true') return true;
  if (env.SEED_DEMO === '0' || env.SEED_DEMO === 'false') return false;
  return !env.DATABASE_URL && env.NODE_ENV !== 'production';
}
