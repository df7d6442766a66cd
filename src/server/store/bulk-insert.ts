// Multi-row inserts for a push batch's rows as ONE parameter: the rows travel as a JSON array and
// PostgreSQL unpacks them with jsonb_to_recordset. Building a 500-row × 20-column insert with
// drizzle's values() cost more CPU than the database spent on it (drizzle checks every one of the
// 10,000 parameters); a single JSON parameter costs one JSON.stringify.
// Column names and SQL types come from the drizzle table, so they cannot drift from schema.ts.
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './db';
import { chunks } from './chunks';

/** Rows are given with the table's property names (camelCase), as drizzle's insert takes them. */
export async function insertAsJson(
  db: Db, table: PgTable, rows: ReadonlyArray<Record<string, unknown>>, options: { upsertOn?: string } = {},
): Promise<void> {
  const columns = Object.entries(getTableColumns(table));
  const names = columns.map(([, column]) => `"${column.name}"`).join(', ');
  const types = columns.map(([, column]) => `"${column.name}" ${column.getSQLType()}`).join(', ');
  let conflict: SQL = sql.empty();
  if (options.upsertOn) {
    const key = options.upsertOn;
    const set = columns.filter(([, column]) => column.name !== key && column.name !== 'tenant_id')
      .map(([, column]) => `"${column.name}" = excluded."${column.name}"`).join(', ');
    conflict = sql.raw(` ON CONFLICT ("${key}") DO UPDATE SET ${set}`);
  }
  // Chunks keep each JSON parameter to a few MB.
  for (const chunk of chunks(rows)) {
    // Dates become ISO strings (toJSON), jsonb columns stay nested JSON; absent values are null.
    const json = JSON.stringify(chunk.map((row) => Object.fromEntries(columns.map(([key, column]) => [column.name, row[key] ?? null]))));
    await db.execute(sql`INSERT INTO ${table} (${sql.raw(names)}) SELECT ${sql.raw(names)} FROM jsonb_to_recordset(${json}::jsonb) AS r(${sql.raw(types)})${conflict}`);
  }
}
