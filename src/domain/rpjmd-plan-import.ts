// The RPJMD plan (visi, misi, tujuan) read from its spreadsheet (layout: rpjmd-plan-sheet.ts):
// either the whole plan or every row error ("Baris 9, kolom Tujuan: …"), never a part. Pure: the
// file is read by client/features/admin/plan-file.ts; what is read fills the admin's draft, which
// the admin checks and saves (nothing is saved by the import itself).
import { normaliseHeader, matchColumn } from './pk-import-columns';
import type { ImportCell } from './pk-import-types';
import { cellLongText, cellText, isEmptyCell } from './pk-import-values';
import type { RpjmdPlanContent } from './rpjmd-plan';
import type { PlanSasaran } from './rpjmd-plan-sasaran';
import { sasaranOfPlan } from './rpjmd-plan-targets';
import { readPlanSasaranSheet } from './rpjmd-plan-import-sasaran';
import { readPlanTable } from './rpjmd-plan-import-table';
import {
  planColumns, planImportLimits, planLabelAliases, planLabels, type PlanImportError, type PlanLabel, type PlanSheet,
} from './rpjmd-plan-sheet';

type Rows = readonly (readonly ImportCell[])[];

export type PlanSheetResult = { ok: true; plan: PlanSheet } | { ok: false; errors: PlanImportError[] };
export type PlanImportResult = { ok: true; content: RpjmdPlanContent } | { ok: false; errors: PlanImportError[] };

/** A year as written, 2025 (a number cell) or "2025"; null when it is not one a plan may hold. */
function yearOf(cell: ImportCell): number | null {
  if (cell instanceof Date || typeof cell === 'boolean') return null;
  const text = cellText(cell);
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= 2000 && year <= 2100 ? year : null;
}

interface HeaderBlock { periodStart: number | null; periodEnd: number | null; visi: string | null }

/** Periode awal, Periode akhir and Visi from the rows above the table (rows[0..end)). */
function readHeaderBlock(rows: Rows, end: number, firstRow: number, errors: PlanImportError[]): HeaderBlock {
  const found = new Map<PlanLabel, { row: number; value: ImportCell }>();
  for (let i = 0; i < end; i++) {
    const cells = rows[i] ?? [];
    const at = cells.findIndex((c) => !isEmptyCell(c));
    if (at < 0) continue;
    const label = normaliseHeader(cellText(cells[at]));
    const key = (Object.keys(planLabelAliases) as PlanLabel[]).find((k) => planLabelAliases[k].includes(label));
    if (!key) continue;
    const row = firstRow + i;
    const first = found.get(key);
    if (first) {
      errors.push({ row, column: planLabels[key], code: 'labelDuplicate', params: { label: planLabels[key], firstRow: first.row } });
      continue;
    }
    found.set(key, { row, value: cells.slice(at + 1).find((c) => !isEmptyCell(c)) ?? null });
  }
  const year = (key: 'periodStart' | 'periodEnd'): number | null => {
    const entry = found.get(key);
    const label = planLabels[key];
    if (!entry) {
      errors.push({ row: null, code: 'periodMissing', params: { label } });
      return null;
    }
    if (isEmptyCell(entry.value)) {
      errors.push({ row: entry.row, column: label, code: 'periodMissing', params: { label } });
      return null;
    }
    const value = yearOf(entry.value);
    if (value === null) errors.push({ row: entry.row, column: label, code: 'yearInvalid', params: { label, value: cellText(entry.value) } });
    return value;
  };
  const periodStart = year('periodStart');
  const periodEnd = year('periodEnd');
  const visiAt = found.get('visi');
  const visi = visiAt ? cellLongText(visiAt.value) : '';
  // Where the visi is: its row, or (no such row) the sheet.
  const at = visiAt ? { row: visiAt.row, column: planLabels.visi } : { row: null };
  if (visi === '') errors.push({ ...at, code: 'visiMissing', params: {} });
  else if (visi.length > planImportLimits.visi) errors.push({ ...at, code: 'tooLong', params: { max: planImportLimits.visi } });
  return { periodStart, periodEnd, visi: visi === '' ? null : visi };
}

/** The first row naming both the Misi and the Tujuan column. */
function tableHeaderIndex(rows: Rows): number {
  return rows.findIndex((cells) => {
    const keys = cells.map((c) => matchColumn(planColumns, cellText(c)));
    return keys.includes('misi') && keys.includes('tujuan');
  });
}

/**
 * The plan a sheet's rows hold, numbered as there, or every row error. `firstRow`: rows[0]'s number
 * (of both sheets). `sasaranRows`: the rows of the sheet "Sasaran dan IKU", when the file has one.
 */
export function readRpjmdPlanSheet(rows: Rows, firstRow = 1, sasaranRows?: Rows): PlanSheetResult {
  if (rows.every((cells) => cells.every(isEmptyCell))) return { ok: false, errors: [{ row: null, code: 'sheetEmpty', params: {} }] };
  const errors: PlanImportError[] = [];
  const tableAt = tableHeaderIndex(rows);
  const header = readHeaderBlock(rows, tableAt < 0 ? rows.length : tableAt, firstRow, errors);
  if (tableAt < 0) {
    errors.push({ row: null, code: 'tableMissing', params: { columns: planColumns.map((c) => c.label).join(', ') } });
    return { ok: false, errors };
  }
  const misi = readPlanTable(rows, tableAt, firstRow, errors);
  const { periodStart, periodEnd, visi } = header;
  const period = periodStart !== null && periodEnd !== null ? { periodStart, periodEnd } : null;
  const tujuan = new Set(misi.flatMap((m) => m.tujuan.map((t) => `${m.number}.${t.number}`)));
  const sasaran = sasaranRows === undefined ? undefined : readPlanSasaranSheet(sasaranRows, firstRow, period, tujuan, errors);
  if (errors.length > 0 || periodStart === null || periodEnd === null || visi === null) return { ok: false, errors };
  return { ok: true, plan: { periodStart, periodEnd, visi, misi, ...(sasaran === undefined ? {} : { sasaran }) } };
}

/**
 * The sheet's plan with ids: a misi or tujuan whose number names one of the saved plan's (by its
 * place there: Misi 2, Tujuan 2.1) keeps that one's id; any other gets `newId()`. Order is the sheet's.
 * A file without the sheet of sasaran daerah leaves the saved plan's under the tujuan still there;
 * with it, a sasaran of the same words under the same tujuan keeps its id, and an IKU of the same
 * name under it keeps its id (and its polaritas, where the cell is empty).
 */
export function rpjmdPlanFromSheet(sheet: PlanSheet, saved: Pick<RpjmdPlanContent, 'misi' | 'sasaran'> | null, newId: () => string): RpjmdPlanContent {
  const misi = sheet.misi.map((m) => {
    const before = saved?.misi[m.number - 1];
    return {
      id: before?.id ?? newId(),
      text: m.text,
      tujuan: m.tujuan.map((t) => ({ id: before?.tujuan[t.number - 1]?.id ?? newId(), text: t.text })),
    };
  });
  const kept = new Set(misi.flatMap((m) => m.tujuan.map((t) => t.id)));
  const savedSasaran = sasaranOfPlan(saved ?? {});
  return {
    periodStart: sheet.periodStart,
    periodEnd: sheet.periodEnd,
    visi: sheet.visi,
    misi,
    sasaran: sheet.sasaran === undefined ? savedSasaran.filter((s) => kept.has(s.tujuanId)) : sasaranFromSheet(sheet, misi, savedSasaran, newId),
  };
}

const sameWords = (a: string, b: string): boolean => normaliseHeader(a) === normaliseHeader(b);

function sasaranFromSheet(sheet: PlanSheet, misi: RpjmdPlanContent['misi'], saved: readonly PlanSasaran[], newId: () => string): PlanSasaran[] {
  const tujuanIds = new Map<string, string>();
  sheet.misi.forEach((m, mi) => m.tujuan.forEach((t, ti) => {
    const id = misi[mi]?.tujuan[ti]?.id;
    if (id) tujuanIds.set(`${m.number}.${t.number}`, id);
  }));
  return (sheet.sasaran ?? []).flatMap((s) => {
    const tujuanId = tujuanIds.get(`${s.misi}.${s.tujuan}`);
    if (!tujuanId) return []; // the reader refuses a sasaran under no tujuan of the sheet
    const before = saved.find((b) => b.tujuanId === tujuanId && sameWords(b.text, s.text));
    return [{
      id: before?.id ?? newId(), tujuanId, text: s.text,
      iku: s.iku.map((i) => {
        const was = before?.iku.find((b) => sameWords(b.name, i.name));
        return { id: was?.id ?? newId(), name: i.name, satuan: i.satuan, polarity: i.polarity ?? was?.polarity ?? 'higher', targets: i.targets, endTarget: i.endTarget };
      }),
    }];
  });
}

/** Rows straight into the plan's content, the ids of `saved` kept by number (rpjmdPlanFromSheet). */
export function importRpjmdPlan(rows: Rows, options: {
  saved: Pick<RpjmdPlanContent, 'misi' | 'sasaran'> | null; newId: () => string; firstRow?: number; sasaranRows?: Rows;
}): PlanImportResult {
  const read = readRpjmdPlanSheet(rows, options.firstRow, options.sasaranRows);
  return read.ok ? { ok: true, content: rpjmdPlanFromSheet(read.plan, options.saved, options.newId) } : read;
}
