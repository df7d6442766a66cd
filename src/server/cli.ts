// Install-time administration, run on the server by whoever runs it (the super-admin):
//   npm run admin -- create-tenant --name "Kabupaten X" --kind kabupaten --admin-username admin.x
// Uses the same store as the server (DATABASE_URL, or PGlite in DATA_DIR: stop the server first,
// PGlite is single-process).
import { parseArgs } from 'node:util';
import { createServiceContext } from './services/context';
import { openStore } from './store/connection';
import { createTenantWithAdmin } from './services/admin-tenants';

const usage = 'Usage: npm run admin -- create-tenant --name <name> --kind <provinsi|kabupaten|kota> --admin-username <username> [--admin-name <name>]';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
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
