// Every table out and in as rows of JSON text, the same way on PGlite and PostgreSQL, for backup
// and restore (services/operations/backup.ts). The tables, their keys and their foreign keys are read from the
// catalog, so a table added by a later migration is included with no change here.
//
// Fidelity: Postgres writes each row (`row_to_json`) and reads it back (`json_populate_recordset`
// into the table's own row type), so every value goes text → text through Postgres's own input
// and output functions: timestamps keep their microseconds, bigint revs and doubles are exact
// (never parsed by JavaScript), jsonb stays jsonb. There are no sequences: the per-tenant revs live
// in `tenant_counters`, an ordinary table, so restoring its rows restores the cursors.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from './db';

export interface MigrationLevel {
  /** Migrations applied (drizzle's journal). */
  count: number;
  /** The `when` of the last one (from its journal entry), or null. */
  last: string | null;
}

export interface TableInfo {
  name: string;
  /** Primary-key columns (empty: the table has none; it is then read in one query). */
  key: string[];
}

export interface TableDump {
  migrationLevel(): Promise<MigrationLevel>;
  /** The application's tables (schema public), parents before the tables that reference them. */
  listTables(): Promise<TableInfo[]>;
  countRows(): Promise<Record<string, number>>;
  /**
   * Reads every table in one read-only snapshot (REPEATABLE READ), so the copy is consistent
   * while a PostgreSQL server keeps writing; `onRows` gets pages of rows in key order.
   */
  exportTables(onRows: (table: string, rows: string[]) => Promise<void>, pageSize?: number): Promise<MigrationLevel>;
  /**
   * Writes rows into the tables in one transaction. `rowsOf(table)` yields pages of rows as
   * exported. With `replace`, every table is emptied first. `check` runs before the commit and
   * rolls everything back when it throws.
   */
  importTables(
    rowsOf: (table: string) => AsyncIterable<string[]>,
    options: { replace: boolean; check(counts: Record<string, number>): void },
  ): Promise<Record<string, number>>;
}

type Row = Record<string, unknown>;

/** node-postgres answers a QueryResult, PGlite a Results: both carry `rows`. */
async function rowsOf<T extends Row>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** Names come from the catalog, never from input; quoted anyway so any name stays one identifier. */
const ident = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** Parents first: a table comes after every table its foreign keys point to. */
function parentsFirst(names: string[], edges: Array<{ child: string; parent: string }>): string[] {
  const done = new Set<string>();
  const ordered: string[] = [];
  const visit = (name: string, path: Set<string>) => {
    if (done.has(name) || path.has(name)) return; // a cycle would be broken arbitrarily
    path.add(name);
    for (const e of edges) if (e.child === name && e.parent !== name) visit(e.parent, path);
    path.delete(name);
    done.add(name);
    ordered.push(name);
  };
  for (const name of names) visit(name, new Set());
  return ordered;
}

export function createTableDump(db: Db): TableDump {
  async function migrationLevel(handle: Db): Promise<MigrationLevel> {
    const [row] = await rowsOf<{ count: number; last: string | null }>(handle, sql`
      SELECT count(*)::int AS count, max(created_at)::text AS last FROM drizzle.__drizzle_migrations`);
    return { count: Number(row?.count ?? 0), last: row?.last ?? null };
  }

  async function listTables(handle: Db): Promise<TableInfo[]> {
    const tables = await rowsOf<{ name: string }>(handle, sql`
      SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    const keys = await rowsOf<{ name: string; column: string }>(handle, sql`
      SELECT c.relname AS name, a.attname AS column
      FROM pg_index i
      JOIN pg_class c ON c.oid = i.indrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord) ON true
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
      WHERE i.indisprimary
      ORDER BY c.relname, k.ord`);
    const edges = await rowsOf<{ child: string; parent: string }>(handle, sql`
      SELECT child.relname AS child, parent.relname AS parent
      FROM pg_constraint f
      JOIN pg_class child ON child.oid = f.conrelid
      JOIN pg_class parent ON parent.oid = f.confrelid
      JOIN pg_namespace n ON n.oid = child.relnamespace AND n.nspname = 'public'
      WHERE f.contype = 'f'`);
    const names = parentsFirst(tables.map((t) => t.name), edges);
    return names.map((name) => ({ name, key: keys.filter((k) => k.name === name).map((k) => k.column) }));
  }

  async function countRows(handle: Db, tables: TableInfo[]): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const t of tables) {
      const [row] = await rowsOf<{ n: number }>(handle, sql`SELECT count(*)::int AS n FROM ${sql.raw(ident(t.name))}`);
      counts[t.name] = Number(row?.n ?? 0);
    }
    return counts;
  }

  /** One page after `after` (the last row of the previous page, as exported) in key order. */
  function pageQuery(table: TableInfo, after: string | null, limit: number): SQL {
    const name = sql.raw(ident(table.name));
    if (table.key.length === 0) return sql`SELECT row_to_json(t)::text AS j FROM ${name} t ORDER BY t::text`;
    const key = sql.raw(table.key.map((c) => `t.${ident(c)}`).join(', '));
    const keyOfLast = sql.raw(table.key.map((c) => `p.${ident(c)}`).join(', '));
    // Keyset paging: the last row's key is read back through the table's own type, so the
    // comparison uses the columns' real types (uuid, timestamptz…) whatever their text looks like.
    const where = after === null
      ? sql``
      : sql`WHERE (${key}) > (SELECT ${keyOfLast} FROM json_populate_record(NULL::${name}, ${after}::json) p)`;
    return sql`SELECT row_to_json(t)::text AS j FROM ${name} t ${where} ORDER BY ${key} LIMIT ${limit}`;
  }

  return {
    migrationLevel: () => migrationLevel(db),
    listTables: () => listTables(db),
    async countRows() {
      return countRows(db, await listTables(db));
    },

    exportTables(onRows, pageSize = 2000) {
      return db.transaction(async (tx) => {
        // First statement of the transaction, so the snapshot covers every read below.
        await tx.execute(sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`);
        const level = await migrationLevel(tx);
        for (const table of await listTables(tx)) {
          let after: string | null = null;
          for (;;) {
            const rows: string[] = (await rowsOf<{ j: string }>(tx, pageQuery(table, after, pageSize))).map((r) => r.j);
            if (rows.length > 0) await onRows(table.name, rows);
            if (table.key.length === 0 || rows.length < pageSize) break;
            after = rows[rows.length - 1]!;
          }
        }
        return level;
      });
    },

    importTables(pages, options) {
      return db.transaction(async (tx) => {
        const tables = await listTables(tx);
        if (options.replace && tables.length > 0) {
          await tx.execute(sql.raw(`TRUNCATE ${tables.map((t) => ident(t.name)).join(', ')}`));
        }
        for (const table of tables) {
          const name = sql.raw(ident(table.name));
          for await (const rows of pages(table.name)) {
            if (rows.length === 0) continue;
            // One JSON array per page; each element is a row exactly as exported.
            const json = `[${rows.join(',')}]`;
            await tx.execute(sql`INSERT INTO ${name} SELECT * FROM json_populate_recordset(NULL::${name}, ${json}::json)`);
          }
        }
        const counts = await countRows(tx, tables);
        options.check(counts);
        return counts;
      });
    },
  };
}
