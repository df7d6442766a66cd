// `column = ANY(ids)` with the ids as ONE text parameter. drizzle's inArray sends one bind
// parameter per id: for a push batch's 500 record ids and 125 indicators that is 625 parameters
// for drizzle to build and check and for PostgreSQL to plan, on every batch.
import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/**
 * `ids` must be uuids (the callers pass ids the sync schemas validated, or ids read from the
 * database): they are joined with commas, which a uuid never contains. An empty list matches nothing.
 */
export function idIn(column: PgColumn, ids: readonly string[]): SQL {
  return sql`${column} = ANY(string_to_array(${ids.join(',')}, ',')::uuid[])`;
}
