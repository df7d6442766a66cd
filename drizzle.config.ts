// drizzle-kit: `npx drizzle-kit generate` writes SQL migrations from the schema; the server runs
// them at start (src/server/store/connection.ts), the same files for PGlite and PostgreSQL.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/server/store/schema.ts',
  out: './src/server/store/migrations',
});
