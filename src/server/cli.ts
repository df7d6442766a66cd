// Install-time administration, run on the server by whoever runs it (the super-admin):
//   npm run admin -- create-tenant --name "Kabupaten X" --kind kabupaten --admin-username admin.x
// Uses the same store as the server (DATABASE_URL, or PGlite in DATA_DIR: stop the server first,
// PGlite is single-process).
//   npm run admin -- backup <dir>            every row and every stored file (services/operations/backup.ts)
//   npm run admin -- restore <dir> [--force] into an empty database (--force replaces its rows)
// Files: the S3 bucket when S3_BUCKET is set, else DATA_DIR/attachments, as the server does.
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createServiceContext } from './services/context';
import { openStore } from './store/connection';
import { createTenantWithAdmin } from './services/admin/admin-tenants';
import { backupDirSize, createBackup, restoreBackup, type BackupSummary } from './services/operations/backup';
import { createDiskBlobStorage } from './services/evidence/disk-blob-storage';
import { createS3BlobStorage, s3ConfigFromEnv } from './services/evidence/s3-blob-storage';

const usage = [
  'Usage: npm run admin -- create-tenant --name <name> --kind <provinsi|kabupaten|kota> --admin-username <username> [--admin-name <name>]',
  '       npm run admin -- backup <dir>',
  '       npm run admin -- restore <dir> [--force]',
].join('\n');

const megabytes = (bytes: number): string => `${(bytes / 1_048_576).toFixed(2)} MB`;

function report(verb: string, dir: string, summary: BackupSummary): void {
  const { manifest } = summary;
  console.log(`${verb} ${resolve(dir)} in ${(summary.ms / 1000).toFixed(1)} s`);
  console.log(`  database (${manifest.database.kind} → rows): ${summary.rows} rows in ${manifest.tables.length} tables, migration level ${manifest.database.migrations.count}`);
  console.log(`  files: ${manifest.files.length} stored, ${manifest.partials.length} unfinished uploads; ${megabytes(summary.bytes)} of rows and files`);
}

/** backup / restore: the same store and file storage the server would use. */
async function backupOrRestore(command: 'backup' | 'restore', rest: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { force: { type: 'boolean' } } });
  const dir = positionals[0];
  if (!dir || positionals.length > 1 || (command === 'backup' && values.force)) {
    console.error(usage);
    return 2;
  }
  const env = process.env;
  const dataDir = env.DATA_DIR ?? './data';
  const s3 = s3ConfigFromEnv(env);
  const storage = s3 ? createS3BlobStorage(s3) : createDiskBlobStorage(resolve(join(dataDir, 'attachments')));
  // On PGlite this takes the data directory's lock: a running server makes it stop with "stop the server first".
  const store = await openStore(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { dataDir });
  try {
    if (command === 'backup') {
      const summary = await createBackup({ store, storage, dir });
      report('Backup written to', dir, summary);
      console.log(`  size on disk: ${megabytes(await backupDirSize(dir))}`);
    } else {
      report('Restored from', dir, await restoreBackup({ store, storage, dir, force: values.force === true }));
    }
    return 0;
  } finally {
    await store.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'backup' || command === 'restore') return backupOrRestore(command, rest);
  if (command !== 'create-tenant') {
    console.error(usage);
    return 2;
  }
  const { values } = parseArgs({
    args: rest,
    options: { name: { type: 'string' }, kind: { type: 'string' }, 'admin-username': { type: 'string' }, 'admin-name': { type: 'string' } },
  });
  if (!values.name || !values.kind || !values['admin-username']) {
    console.error(usage);
    return 2;
  }
  const env = process.env;
  const store = await openStore(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { dataDir: env.DATA_DIR ?? './data' });
  try {
    const result = await createTenantWithAdmin(createServiceContext(store), {
      name: values.name, kind: values.kind, adminUsername: values['admin-username'], adminName: values['admin-name'],
    });
    console.log(`Tenant created: ${result.tenant.name} (${result.tenant.id})`);
    console.log(`Admin: ${result.admin.username}`);
    console.log(`One-time password (shown once; it must be changed at first login): ${result.oneTimePassword}`);
    return 0;
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
