// The columns of the PK import template (issue 4, "Import"), the words accepted in its cells and
// the limits of a file. The template (client/documents/pk-import-template.ts) writes these same
// headers and lists these words in its "Petunjuk" sheet, so the two cannot drift.
import type { Aggregation, Polarity, ScaleLevel, TargetType } from './indicator';
import type { ProgramLevel } from './agreement';

export const pkImportLimits = {
  /** Larger files are refused before they are read. */
  maxFileBytes: 5 * 1024 * 1024,
  /** Data rows per sheet (header and empty rows not counted). */
  maxRowsPerSheet: 2000,
} as const;

export const pkImportSheetNames = { indicators: 'Indikator', budget: 'Anggaran', instructions: 'Petunjuk' } as const;

export type IndicatorColumn =
  | 'no' | 'goal' | 'name' | 'unit' | 'polarity' | 'aggregation' | 'targetType' | 'annualTarget'
  | 'q1' | 'q2' | 'q3' | 'q4' | 'scale' | 'definition' | 'dataSource' | 'responsible'
  | 'minValue' | 'maxValue' | 'evidenceRequired' | 'supports';
export type BudgetColumn = 'no' | 'code' | 'name' | 'level' | 'budget';

export interface ColumnSpec<C extends string> {
  key: C;
  /** The header the template writes; also the column named in error messages. */
  label: string;
  /** Header texts accepted for it, normalised (see normaliseHeader). */
  aliases: readonly string[];
  required: boolean;
}

const tw = (n: 1 | 2 | 3 | 4, roman: string): string[] => [`tw ${roman}`, `target tw ${roman}`, `triwulan ${roman}`, `tw ${n}`, `target tw ${n}`, `triwulan ${n}`];

export const indicatorColumns: readonly ColumnSpec<IndicatorColumn>[] = [
  { key: 'no', label: 'No', aliases: ['no', 'nomor'], required: false },
  { key: 'goal', label: 'Sasaran', aliases: ['sasaran', 'sasaran strategis', 'sasaran program', 'sasaran kegiatan'], required: true },
  { key: 'name', label: 'Indikator Kinerja', aliases: ['indikator kinerja', 'indikator', 'nama indikator'], required: true },
  { key: 'unit', label: 'Satuan', aliases: ['satuan'], required: true },
  { key: 'polarity', label: 'Polaritas (naik/turun)', aliases: ['polaritas'], required: false },
  { key: 'aggregation', label: 'Agregasi (kumulatif/nilai akhir/tetap/rata-rata)', aliases: ['agregasi'], required: false },
  { key: 'targetType', label: 'Jenis Target (angka/persen/skala/teks/rentang)', aliases: ['jenis target', 'tipe target'], required: false },
  { key: 'annualTarget', label: 'Target Tahunan', aliases: ['target tahunan', 'target'], required: true },
  { key: 'q1', label: 'TW I', aliases: tw(1, 'i'), required: false },
  { key: 'q2', label: 'TW II', aliases: tw(2, 'ii'), required: false },
  { key: 'q3', label: 'TW III', aliases: tw(3, 'iii'), required: false },
  { key: 'q4', label: 'TW IV', aliases: tw(4, 'iv'), required: false },
  { key: 'scale', label: 'Skala Predikat', aliases: ['skala predikat', 'skala'], required: false },
  { key: 'definition', label: 'Definisi/Formula', aliases: ['definisi formula', 'definisi', 'formula', 'definisi operasional'], required: false },
  { key: 'dataSource', label: 'Sumber Data', aliases: ['sumber data'], required: false },
  { key: 'responsible', label: 'Penanggung Jawab', aliases: ['penanggung jawab'], required: false },
  { key: 'minValue', label: 'Batas Bawah Nilai', aliases: ['batas bawah nilai', 'batas bawah', 'nilai minimum', 'min'], required: false },
  { key: 'maxValue', label: 'Batas Atas Nilai', aliases: ['batas atas nilai', 'batas atas', 'nilai maksimum', 'max'], required: false },
  { key: 'evidenceRequired', label: 'Bukti Dukung Wajib (ya/tidak)', aliases: ['bukti dukung wajib', 'bukti wajib'], required: false },
  // The name of the IKU (JPT or camat PK) or higher PK's indicator it supports; the page finds it.
  { key: 'supports', label: 'Mendukung', aliases: ['mendukung', 'iku yang didukung', 'indikator yang didukung'], required: false },
];

export const budgetColumns: readonly ColumnSpec<BudgetColumn>[] = [
  { key: 'no', label: 'No', aliases: ['no', 'nomor'], required: false },
  { key: 'code', label: 'Kode', aliases: ['kode', 'kode rekening'], required: false },
  { key: 'name', label: 'Program/Kegiatan/Sub-kegiatan', aliases: ['program kegiatan sub kegiatan', 'program kegiatan', 'program', 'uraian', 'nama'], required: true },
  { key: 'level', label: 'Tingkat (program/kegiatan/sub-kegiatan)', aliases: ['tingkat', 'level'], required: false },
  { key: 'budget', label: 'Anggaran (Rp)', aliases: ['anggaran', 'pagu', 'pagu anggaran'], required: true },
];

/** "Polaritas (naik/turun)" → "polaritas naik turun": case, punctuation and spacing do not matter. */
export function normaliseHeader(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * The column a header names: an exact alias first, else the longest alias the header starts
 * with ("Target TW I (%)" is TW I, "Anggaran (Rp)" is the budget, "Target 2026" the annual target).
 */
export function matchColumn<C extends string>(columns: readonly ColumnSpec<C>[], header: string): C | null {
  const text = normaliseHeader(header);
  if (text === '') return null;
  for (const column of columns) if (column.aliases.includes(text)) return column.key;
  let best: { key: C; length: number } | null = null;
  for (const column of columns) {
    for (const alias of column.aliases) {
      if (text.startsWith(`${alias} `) && (best === null || alias.length > best.length)) best = { key: column.key, length: alias.length };
    }
  }
  return best?.key ?? null;
}

/** Cell words, normalised like headers. The first of each list is what the template writes. */
export const polarityWords: Record<Polarity, readonly string[]> = {
  higher: ['naik', 'positif', 'semakin tinggi semakin baik', 'higher'],
  lower: ['turun', 'negatif', 'semakin rendah semakin baik', 'lower'],
};
export const aggregationWords: Record<Aggregation, readonly string[]> = {
  sum: ['kumulatif', 'jumlah', 'sum'],
  last: ['nilai akhir', 'akhir', 'last'],
  flat: ['tetap', 'target tetap', 'flat'],
  average: ['rata rata', 'ratarata', 'average'],
};
export const targetTypeWords: Record<TargetType, readonly string[]> = {
  number: ['angka', 'number'],
  percent: ['persen', 'persentase', 'percent'],
  scale: ['skala', 'predikat', 'scale'],
  text: ['teks', 'text', 'pernyataan'],
  range: ['rentang', 'range'],
};
export const levelWords: Record<ProgramLevel, readonly string[]> = {
  program: ['program'],
  kegiatan: ['kegiatan'],
  subkegiatan: ['sub kegiatan', 'subkegiatan'],
};

export const yesNoWords: Record<'yes' | 'no', readonly string[]> = {
  yes: ['ya', 'wajib', 'yes', 'y', '1'],
  no: ['tidak', 'tidak wajib', 'no', 'n', '0'],
};

/** Defaults of an empty optional cell (written in the template's instructions). */
export const pkImportDefaults = { polarity: 'higher', aggregation: 'last', targetType: 'number' } as const;

export function matchWord<T extends string>(words: Record<T, readonly string[]>, text: string): T | null {
  const normal = normaliseHeader(text);
  for (const key of Object.keys(words) as T[]) if (words[key].includes(normal)) return key;
  return null;
}

/**
 * Scale lists used when a scale indicator's "Skala Predikat" cell is empty: the list holding the
 * target's predikat is taken (SAKIP grades first, then the BPK audit opinion).
 */
export const builtInScales: readonly { name: string; levels: readonly ScaleLevel[] }[] = [
  { name: 'SAKIP', levels: [
    { label: 'AA', score: 7 }, { label: 'A', score: 6 }, { label: 'BB', score: 5 }, { label: 'B', score: 4 },
    { label: 'CC', score: 3 }, { label: 'C', score: 2 }, { label: 'D', score: 1 },
  ] },
  { name: 'Opini BPK', levels: [{ label: 'WTP', score: 4 }, { label: 'WDP', score: 3 }, { label: 'TW', score: 2 }, { label: 'TMP', score: 1 }] },
];

/**
 * The level a Kepmendagri 050-5889/2021 code says by its segments: program 1.02.02, kegiatan
 * 1.02.02.2.01, sub-kegiatan 1.02.02.2.01.0001 (or longer). Used when "Tingkat" is empty.
 */
export function levelFromCode(code: string): ProgramLevel | null {
  const parts = code.split('.').filter((p) => p !== '').length;
  if (parts === 3) return 'program';
  if (parts === 5) return 'kegiatan';
  if (parts >= 6) return 'subkegiatan';
  return null;
}
