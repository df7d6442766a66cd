// Printing a part's figures as a table and keeping them as JSON under test/bench/results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Cell = string | number | null;
export interface Table {
  title: string;
  columns: string[];
  rows: Cell[][];
  notes?: string[];
}

export interface PartResult {
  part: string;
  startedAt: string;
  durationMs: number;
  environment: Record<string, string>;
  tables: Table[];
  /** Machine-readable figures, the ones docs/performance.md quotes. */
  figures: Record<string, unknown>;
}

export const resultsDir = join(import.meta.dirname, 'results');

function formatCell(cell: Cell): string {
  if (cell === null) return '–';
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toLocaleString('en-US') : cell.toFixed(cell < 10 ? 2 : 1);
  return cell;
}

export function printTable(table: Table): void {
  const text = [table.columns, ...table.rows.map((r) => r.map(formatCell))];
  const widths = table.columns.map((_, i) => Math.max(...text.map((r) => String(r[i] ?? '').length)));
  const line = (cells: Cell[]) => cells.map((c, i) => String(c ?? '').padEnd(widths[i] ?? 0)).join('  ');
  console.log(`\n${table.title}`);
  console.log(line(table.columns));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of text.slice(1)) console.log(line(row));
  for (const note of table.notes ?? []) console.log(`  · ${note}`);
}

export function saveResult(result: PartResult): string {
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${result.part}-${result.startedAt.replace(/[:.]/g, '-')}.json`);
  const json = JSON.stringify(result, null, 2);
  writeFileSync(file, json);
  writeFileSync(join(resultsDir, `${result.part}-latest.json`), json);
  return file;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

export const verdict = (ok: boolean): string => (ok ? 'met' : 'MISSED');
