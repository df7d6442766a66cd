// What the scale-out test runs and compose.yaml must describe the same way (compose-drift.test.ts
// compares them): the commands, the config files and the app's settings. Change them here and the
// drift test names every place in compose.yaml and the Dockerfile that must follow.

/** The compiled server, as the Dockerfile's CMD and compose's app services run it. */
export const serverCommand = ['node', 'build/server/main.js'] as const;
/** Instances of the app behind the proxy (compose: app1, app2). */
export const appInstances = ['app1', 'app2'] as const;
/** The port each instance listens on inside its container (the test: a free port each). */
export const appPort = 8080;

/** Settings every instance gets, besides PORT, HOST, DATABASE_URL and DATA_DIR. */
export const appSettings = {
  // One proxy in front: the app takes the right-most X-Forwarded-For entry (nginx appends it).
  TRUST_PROXY: '1',
  // The sample proxy speaks plain HTTP (TLS in front of it, or deploy/nginx.conf's server): 1 then.
  SECURE_COOKIES: '0',
  LOG_LEVEL: 'warn',
} as const;

/** The app reaches PostgreSQL through PgBouncer, database name `pantau` (deploy/pgbouncer.ini). */
export const pgbouncerDatabase = 'pantau';
export const pgbouncerPort = 6432;

export const nginxConfigPath = 'deploy/nginx-scale-out.conf';
/** Where the nginx image reads a site from; the test includes the file from its own nginx.conf. */
export const nginxSiteMount = '/etc/nginx/conf.d/default.conf';
export const pgbouncerMount = '/etc/pgbouncer/pgbouncer.ini';
