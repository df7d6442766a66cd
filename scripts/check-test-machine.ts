// `npm test` and `npm run test:e2e` run this first (pretest, pretest:e2e): what a fresh machine
// lacks stops the run at once, with the one command that fixes it, instead of failing every browser
// test minutes later. PostgreSQL needs nothing here: without one on 127.0.0.1:5432 the server-pg
// tests start an embedded one from npm (test/support/postgres-global-setup.ts).
import { chromiumPath } from '../test/support/browser';

try {
  console.log(`Chromium for the browser tests: ${chromiumPath()}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
