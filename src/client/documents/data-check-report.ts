// Hasil pemeriksaan data (issue 21; like DHIS2's validation rule analysis): every entry of the
// quarter that the checks at entry flag, unit by unit, with what each check found, in Indonesian
// like the other documents, and how strict the pemda set that check. The evaluator works down it.
import type { DataCheckSeverity } from '../../domain/data-checks';
import { dataChecksOf } from '../../domain/data-checks';
import { formatNumber } from '../../domain/number-format';
import type { Quarter } from '../../domain/period';
import { quarterRoman } from '../../domain/period';
import { severityOf, type PlausibilitySettings, type PlausibilityWarning } from '../../domain/plausibility';
import type { RealisationStatus } from '../../domain/realisation-status';
import { compareIndonesian } from '../../domain/text-order';
import { featureTranslator } from '../i18n/feature-messages';
import { plausibilityText } from '../ui/plausibility-note';
import { plausibilityMessages } from '../ui/plausibility-messages';

export interface DataCheckEntry {
  unitName: string;
  indicatorName: string;
  /** Satuan. */
  measure: string;
  value: number;
  target: number | null;
  status: RealisationStatus;
  hasEvidence: boolean;
  warnings: readonly PlausibilityWarning[];
}

export interface DataCheckReportInput {
  tenantName: string;
  year: number;
  quarter: Quarter;
  settings: PlausibilitySettings;
  entries: readonly DataCheckEntry[];
  /** Entries with a value in the quarter over all units (the flagged are a share of them). */
  entered: number;
}

export const dataCheckReportTitle = (input: Pick<DataCheckReportInput, 'quarter' | 'year'>): string =>
  `HASIL PEMERIKSAAN DATA REALISASI KINERJA TRIWULAN ${quarterRoman[input.quarter]} TAHUN ${input.year}`;

export const severityText: Record<DataCheckSeverity, string> = {
  off: 'Tidak diperiksa', note: 'Ditampilkan', ask: 'Ditanyakan sebelum menyimpan', refuse: 'Ditolak sampai diperbaiki',
};

const say = featureTranslator(plausibilityMessages, 'id', (n) => formatNumber(n, 'id-ID', 0));
const numberId = (n: number, digits?: number) => formatNumber(n, 'id-ID', digits ?? 2);

/** One line per check found, in the order the form shows them. */
export function findingTexts(entry: Pick<DataCheckEntry, 'warnings' | 'value'>): string[] {
  return entry.warnings.map((w) => plausibilityText(say, w, entry.value, numberId));
}

/** The strictest severity among an entry's findings (refused before asked before shown). */
export function strictestSeverity(entry: Pick<DataCheckEntry, 'warnings'>, settings: PlausibilitySettings): DataCheckSeverity {
  const order: DataCheckSeverity[] = ['refuse', 'ask', 'note', 'off'];
  const checks = dataChecksOf(settings);
  const found = new Set(entry.warnings.map((w) => severityOf(w, checks)));
  return order.find((s) => found.has(s)) ?? 'off';
}

/** By unit, then indicator, as the PKs read. */
export const sortEntries = (entries: readonly DataCheckEntry[]): DataCheckEntry[] =>
  [...entries].sort((a, b) => compareIndonesian(a.unitName, b.unitName) || compareIndonesian(a.indicatorName, b.indicatorName));
