// Entry point: reads the environment, opens (and migrates) the store, seeds the demo data once on
// an empty embedded database (config-env.ts, shouldSeedDemo), and serves the API and the built PWA.
import { join, resolve } from 'node:path';
import { buildApp } from './app';
import { openStore } from './store/connection';
import { createDiskBlobStorage } from './services/evidence/disk-blob-storage';
import { createS3BlobStorage, s3ConfigFromEnv } from './services/evidence/s3-blob-storage';
import { startHousekeeping } from './services/operations/housekeeping';
import { authRecordExpiryTask } from './services/auth/auth-record-expiry';
import { partialUploadExpiryTask } from './services/evidence/partial-upload-expiry';
import { uploadSettingsFromEnv } from './services/evidence/upload-limits';
import { seedDemoData } from './seed/seed';
import { buildDemoData } from './seed/demo-data';
import { parseTrustProxy, readBasicSettings, shouldSeedDemo } from './config-env';

const env = process.env;

async function main(): Promise<void> {
  // Every setting is read before anything opens, so a mistake stops the start with its name.
  const settings = readBasicSettings(env);
  const { port, host, dataDir } = settings;
  const s3 = s3ConfigFromEnv(env);
  const uploads = uploadSettingsFromEnv(env);
  const store = await openStore(settings.databaseUrl ? { databaseUrl: settings.databaseUrl } : { dataDir });
  const demo = buildDemoData({ now: new Date() });
  const empty = !(await store.hasAnyTenant());
  if (empty && shouldSeedDemo(env)) await seedDemoData(store, demo);
  // Evidence files: an S3-compatible bucket when S3_BUCKET is set, else a directory under DATA_DIR.
  const blobStorage = s3 ? createS3BlobStorage(s3) : createDiskBlobStorage(resolve(join(dataDir, 'attachments')));
  const app = await buildApp({
    store,
    config: {
      staticDir: settings.staticDir ? resolve(settings.staticDir) : null,
      secureCookies: settings.secureCookies,
      trustProxy: parseTrustProxy(env.TRUST_PROXY),
      logger: { level: settings.logLevel },
      blobStorage,
      uploads: uploads.limits,
    },
  });
  // Clean-up rounds now and every few minutes: expired partial uploads, ended sessions, old throttle rows.
  const housekeeping = startHousekeeping([
    partialUploadExpiryTask(store, blobStorage, uploads.limits.partialMaxAgeMs),
    authRecordExpiryTask(store),
  ], uploads.housekeepingIntervalMs, app.log);
  app.addHook('onClose', async () => { housekeeping.stop(); });

  let closing = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: shutting down`);
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port, host });
  const where = settings.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${resolve(dataDir, 'pglite')}`;
  const files = s3 ? `S3 bucket ${s3.bucket}${s3.endpoint ? ` at ${s3.endpoint}` : ''}` : resolve(dataDir, 'attachments');
  console.log(`\nPantau Kinerja: http://localhost:${port}  (database: ${where}; evidence files: ${files})`);
  if (empty && !shouldSeedDemo(env)) {
    console.log('The database is empty. Create the first tenant and its admin (a one-time password is printed once):');
    console.log('  npm run admin -- create-tenant --name "Kabupaten Contoh" --kind kabupaten --admin-username admin.contoh');
  }
  // Demo accounts still present in this database (ids differ between builds; usernames do not).
  // Never their password: stdout is also the JSON log stream; the README gives it.
  const units = new Map(demo.orgUnits.map((u) => [u.id, u.name]));
  const present = [];
  for (const u of demo.users) {
    if (await store.findUserByUsername(u.username)) present.push({ username: u.username, role: u.role, unit: units.get(u.orgUnitId) ?? '' });
  }
  if (present.length > 0) {
    console.log('Demo accounts (password in README.md, "Demo accounts"; never use them in production):');
    console.table(present);
  }
}

main().catch((error: unknown) => {
  // A configuration mistake is said in words; anything else with its stack.
  const message = error instanceof Error && /^(Configuration problems|[A-Z0-9_]+: )/.test(error.message) ? error.message : error;
  console.error(message);
  process.exit(1);
});
