// Multi-row inserts for a push batch's rows as ONE parameter: the rows travel as a JSON array and
// PostgreSQL unpacks it in the INSERT's SELECT. Building a 500-row × 20-column insert with
// drizzle's values() cost more CPU than the database spent on it (drizzle checks every one of the
// 10,000 parameters); a single JSON parameter costs one JSON.stringify.
//
// Each row is a JSON array in the table's column order, read back by position (`r->>3`), rather
// than an object read with jsonb_to_recordset: no column names repeated in every row (a seventh
// fewer bytes to send and for jsonb_in to parse), no per-row object to build here, and no
// per-row key lookups there. Measured on a push batch's 500 change-log rows: ~15% less database
// time, and the Node side's row building went from ~8% of a push's CPU to a JSON.stringify.
// Column names and SQL types come from the drizzle table, so they cannot drift from schema.ts.
//
// What every row of a statement shares travels once, in a second JSON array that the SELECT joins
// as one row (`c->0`): a column with the same value in every row (a push's tenant, device, user,
// unit, time, entity, op…), and, in a jsonb column holding objects, the keys with the same value
// in every row (an after-image's tenant, unit, author, time, status…), merged back with `||`. For
// a push batch of 200 new realisations that is 416 → 167 kB sent to PostgreSQL; the three inserts
// took ~17–25% less time on PostgreSQL and PGlite (docs/performance.md, "Peer"). Sending the bytes
// over loopback and parsing them as jsonb are much of an insert's cost. What is stored is the same
// either way: the same text through the same cast, and jsonb keeps an object's keys in one
// canonical order (test/server/store/bulk-insert.test.ts compares the rows as Postgres writes them out).
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './db';
import { chunks } from './chunks';

interface Plan { keys: string[]; insert: string; conflict: SQL; types: string[]; selects: Map<string, string> }

const plans = new WeakMap<PgTable, Map<string, Plan>>();

function planFor(table: PgTable, upsertOn: string | undefined): Plan {
  let byOption = plans.get(table);
  if (!byOption) {
    byOption = new Map();
    plans.set(table, byOption);
  }
  const known = byOption.get(upsertOn ?? '');
  if (known) return known;
  const columns = Object.entries(getTableColumns(table));
  let conflict: SQL = sql.empty();
  if (upsertOn) {
    const set = columns.filter(([, column]) => column.name !== upsertOn && column.name !== 'tenant_id')
      .map(([, column]) => `"${column.name}" = excluded."${column.name}"`).join(', ');
    conflict = sql.raw(` ON CONFLICT ("${upsertOn}") DO UPDATE SET ${set}`);
  }
  const plan: Plan = {
    keys: columns.map(([key]) => key), insert: columns.map(([, column]) => `"${column.name}"`).join(', '), conflict,
    types: columns.map(([, column]) => column.getSQLType()), selects: new Map(),
  };
  byOption.set(upsertOn ?? '', plan);
  return plan;
}

/**
 * How each column travels in one statement: '0' in every row; '1' once, shared by all rows; '2'
 * (jsonb objects) split: the keys whose value is the same in every row once, the rest in every row,
 * joined again with `||` (jsonb keeps an object's keys in one canonical order, so the stored value
 * is the same as the whole object's).
 */
type Layout = string;

/** The SELECT list for a layout: the shared parts come from `c`, the rows' parts from `r`. */
function selectFor(plan: Plan, layout: Layout): string {
  const known = plan.selects.get(layout);
  if (known) return known;
  let inRow = 0;
  let inShared = 0;
  const select = plan.types.map((type, i) => {
    const how = layout[i];
    if (how === '2') return `(r.v->${inRow++}) || (c.v->${inShared++})`;
    const source = how === '1' ? `c.v->${inShared++}` : `r.v->${inRow++}`;
    // jsonb_to_recordset turned a JSON null into SQL NULL for every column; `->` would keep it as
    // the jsonb value 'null', so NULLIF keeps the old meaning (a nullable jsonb column stays NULL).
    return type === 'jsonb' ? `NULLIF(${source}, 'null'::jsonb)` : `(${source.replace('->', '->>')})::${type}`;
  }).join(', ');
  plan.selects.set(layout, select);
  return select;
}

/** Equal as they would be sent: scalars by value, Dates by time, objects by their JSON. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Whether every row holds the same value in the column at `key` (absent counts as null). */
function sameInAll(rows: ReadonlyArray<Record<string, unknown>>, key: string): boolean {
  const first = rows[0]?.[key] ?? null;
  // Most object columns (after-images, payloads) differ at the second row: one stringify each.
  return rows.every((row, i) => i === 0 || sameValue(first, row[key] ?? null));
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** The keys of a jsonb column holding an object in every row whose value is the same in all of them. */
function sharedKeys(rows: ReadonlyArray<Record<string, unknown>>, key: string): string[] {
  if (!rows.every((row) => isPlainObject(row[key]))) return [];
  const first = rows[0]?.[key] as Record<string, unknown>;
  // An undefined member is left out by JSON.stringify: never shared, so it stays left out.
  return Object.keys(first).filter((k) => first[k] !== undefined
    && rows.every((row) => Object.hasOwn(row[key] as object, k) && sameValue(first[k], (row[key] as Record<string, unknown>)[k])));
}

function without(object: Record<string, unknown>, keys: ReadonlySet<string>): Record<string, unknown> {
  const rest: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(object)) if (!keys.has(k)) rest[k] = v;
  return rest;
}

function pick(object: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, object[k]]));
}

/** Rows are given with the table's property names (camelCase), as drizzle's insert takes them. */
export async function insertAsJson(
  db: Db, table: PgTable, rows: ReadonlyArray<Record<string, unknown>>, options: { upsertOn?: string } = {},
): Promise<void> {
  const plan = planFor(table, options.upsertOn);
  // Chunks keep each JSON parameter to a few MB.
  for (const chunk of chunks(rows)) {
    const first = chunk[0] ?? {};
    // Per column: the part every row sends, and the part sent once (see Layout). A single row has nothing to share.
    const perRow: Array<(row: Record<string, unknown>) => unknown> = [];
    const once: unknown[] = [];
    let layout = '';
    for (const [i, key] of plan.keys.entries()) {
      if (chunk.length > 1 && sameInAll(chunk, key)) {
        layout += '1';
        once.push(first[key] ?? null);
        continue;
      }
      const keys = chunk.length > 1 && plan.types[i] === 'jsonb' ? sharedKeys(chunk, key) : [];
      if (keys.length > 0) {
        const set = new Set(keys);
        layout += '2';
        once.push(pick(first[key] as Record<string, unknown>, keys));
        perRow.push((row) => without(row[key] as Record<string, unknown>, set));
        continue;
      }
      layout += '0';
      perRow.push((row) => row[key] ?? null);
    }
    // Dates become ISO strings (toJSON), jsonb columns stay nested JSON; absent values are null.
    const json = JSON.stringify(chunk.map((row) => perRow.map((part) => part(row))));
    await db.execute(sql`INSERT INTO ${table} (${sql.raw(plan.insert)}) SELECT ${sql.raw(selectFor(plan, layout))} FROM (SELECT ${JSON.stringify(once)}::jsonb) AS c(v), jsonb_array_elements(${json}::jsonb) AS r(v)${plan.conflict}`);
  }
}
