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

export interface BasicSettings {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  staticDir: string | null;
  secureCookies: boolean;
  logLevel: string;
}

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** A yes/no setting: 1/true/yes or 0/false/no (or unset); anything else is a mistake worth stopping for. */
function readFlag(env: NodeJS.ProcessEnv, name: string, problems: string[]): boolean {
  const text = env[name]?.trim().toLowerCase() ?? '';
  if (text === '' || text === '0' || text === 'false' || text === 'no') return false;
  if (text === '1' || text === 'true' || text === 'yes') return true;
  problems.push(`${name}: expected 1 or 0, got "${env[name]}"`);
  return false;
}

/**
 * The settings every start needs, checked together so one start lists every mistake at once
 * (PORT=abc used to become NaN and fail later, far from its cause). Throws one Error listing them.
 */
export function readBasicSettings(env: NodeJS.ProcessEnv): BasicSettings {
  const problems: string[] = [];
  const portText = env.PORT?.trim() ?? '';
  const port = portText === '' ? 8080 : Number(portText);
  if (!/^\d+$/.test(portText === '' ? '8080' : portText) || port < 1 || port > 65535) {
    problems.push(`PORT: expected a whole number from 1 to 65535, got "${env.PORT}"`);
  }
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl !== null && !/^postgres(?:ql)?:\/\/./.test(databaseUrl)) {
    problems.push('DATABASE_URL: expected postgres://user:password@host:5432/database');
  }
  const logLevel = env.LOG_LEVEL?.trim() || 'info';
  if (!logLevels.includes(logLevel)) problems.push(`LOG_LEVEL: expected one of ${logLevels.join(', ')}, got "${logLevel}"`);
  const secureCookies = readFlag(env, 'SECURE_COOKIES', problems);
  try {
    parseTrustProxy(env.TRUST_PROXY);
  } catch (error) {
    problems.push((error as Error).message);
  }
  for (const name of ['SEED_DEMO']) readFlag(env, name, problems);
  if (problems.length > 0) throw new Error(`Configuration problems:\n- ${problems.join('\n- ')}`);
  return {
    port, host: env.HOST?.trim() || '0.0.0.0', dataDir: env.DATA_DIR?.trim() || './data', databaseUrl,
    staticDir: env.STATIC_DIR?.trim() || null, secureCookies, logLevel,
  };
}
