// Hasil pemeriksaan data (issue 21; like DHIS2's validation rule analysis): every entry of the
// quarter that the checks at entry flag, unit by unit, with what each check found, in Indonesian
// like the other documents, and how strict the pemda set that check. The evaluator works down it.
// The data and the words of both documents (data-check-report-pdf.ts, data-check-report-xlsx.ts).
import type { DataCheckKind, DataCheckSeverity } from '../../domain/data-checks';
import { dataCheckKinds, dataChecksOf } from '../../domain/data-checks';
import { formatNumber } from '../../domain/number-format';
import type { Quarter } from '../../domain/period';
import { quarterRoman } from '../../domain/period';
import { severityOf, type PlausibilitySettings, type PlausibilityWarning } from '../../domain/plausibility';
import type { RealisationStatus } from '../../domain/realisation-status';
import { compareIndonesian } from '../../domain/text-order';
import { featureTranslator } from '../i18n/feature-messages';
import { plausibilityText, valueFormat } from '../ui/plausibility-note';
import { plausibilityMessages } from '../ui/plausibility-messages';
import type { DocumentImage } from './assets';

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
  /** ISO date printed under the PDF's table; null or absent = none. */
  date?: string | null;
  logo?: DocumentImage | null;
}

export const dataCheckReportTitle = (input: Pick<DataCheckReportInput, 'quarter' | 'year'>): string =>
  `HASIL PEMERIKSAAN DATA REALISASI KINERJA TRIWULAN ${quarterRoman[input.quarter]} TAHUN ${input.year}`;

export const severityText: Record<DataCheckSeverity, string> = {
  off: 'Tidak diperiksa', note: 'Ditampilkan', ask: 'Ditanyakan sebelum menyimpan', refuse: 'Ditolak sampai diperbaiki',
};

/** The words both documents (PDF, XLSX) print: column heads, the checks' names, the counts. */
export const dataCheckColumns = ['Perangkat Daerah', 'Indikator', 'Satuan', 'Realisasi', 'Target Triwulan', 'Status', 'Bukti Dukung', 'Temuan', 'Tingkat'] as const;

export const dataCheckNames: Record<DataCheckKind, string> = {
  separatorSlip: 'Salah titik atau koma', percentOutOfRange: 'Persentase di luar 0–100', notWholeCount: 'Bilangan pecahan untuk satuan yang dihitung utuh',
  outOfBounds: 'Nilai di luar batas indikator', farFromTarget: 'Capaian jauh dari target', peerOutlier: 'Capaian jauh dari unit lain untuk indikator yang sama',
  historyOutlier: 'Perubahan jauh dari catatan unit sendiri',
  explanationMissing: 'Penjelasan capaian belum ditulis', evidenceMissing: 'Bukti dukung belum dilampirkan (saat pengajuan)',
};

export const countLabels = { entered: 'Realisasi terisi', flagged: 'Realisasi bertanda' } as const;
export const evidenceText = (hasEvidence: boolean): string => (hasEvidence ? 'Ada' : 'Tidak ada');
export const noFlaggedText = 'Tidak ada realisasi yang ditandai pemeriksaan data pada triwulan ini.';

/** The pemda's settings of the checks as the documents list them: the two thresholds (%), then each check's severity. */
export function checkSettingRows(settings: PlausibilitySettings): { thresholds: Array<{ label: string; percent: number }>; severities: Array<{ label: string; text: string }> } {
  const checks = dataChecksOf(settings);
  return {
    thresholds: [
      { label: 'Jauh di atas target bila capaian lebih dari', percent: checks.farAbovePercent },
      { label: 'Jauh di bawah target bila capaian kurang dari', percent: checks.farBelowPercent },
    ],
    severities: dataCheckKinds.map((kind) => ({ label: dataCheckNames[kind], text: severityText[checks.severity[kind]] })),
  };
}

const say = featureTranslator(plausibilityMessages, 'id', (n) => formatNumber(n, 'id-ID', 0));
const numberId = (n: number, digits?: number) => formatNumber(n, 'id-ID', digits ?? 2);

/** One line per check found, in the order the form shows them. */
export function findingTexts(entry: Pick<DataCheckEntry, 'warnings' | 'value' | 'measure'>): string[] {
  return entry.warnings.map((w) => plausibilityText(say, w, entry.value, valueFormat(numberId, entry.measure)));
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
