// The drizzle handle every query runs on: the root database or a transaction (savepoint) of it.
// PGlite and node-postgres databases share PgDatabase; queries are written once against it.
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

export type Db = PgDatabase<PgQueryResultHKT>;
