// Is a realisation plausible? (issue 21, "Checks"). What they catch is what a tired operator types
// on a tablet: a separator slip (8,5 for 85; 1.250 for 1,25), a capaian far above or below the
// target, a percentage outside 0–100, a low capaian with no word on why. How each is treated (shown,
// asked before saving, refused by device and server) is the pemda's choice: data-checks.ts.
import { quarterAchievement, type AchievementIndicator, type QuarterValues } from './achievement';
import { findBand } from './category';
import { dataChecksOf, type DataCheckKind, type DataCheckSeverity, type DataChecks } from './data-checks';
import { peerOutlier } from './peer-outlier';
import { hasLevelHistory, historyOutlier } from './history-outlier';
import type { Quarter } from './period';
import type { TenantSettings } from './tenant';

export type PlausibilityWarning =
  /** The value is 10, 100 or 1000 times (or a tenth, hundredth…) the target or the quarter before. */
  | { kind: 'separatorSlip'; reference: 'target' | 'previous'; referenceValue: number; factor: number; suggested: number }
  | { kind: 'farAbove' | 'farBelow'; percent: number; target: number }
  /** The capaian is far from what other units report for the same indicator (peer-outlier.ts). */
  | { kind: 'peerOutlier'; percent: number; median: number; peerCount: number }
  /** A level that changed from the quarter before far more than it usually does in this unit (history-outlier.ts). */
  | { kind: 'historyOutlier'; previous: number; usualChange: number; quarters: number }
  | { kind: 'percentOutOfRange' }
  /** A fraction of something counted whole (orang, dokumen, desa…): "2,5 orang". */
  | { kind: 'notWholeCount'; measure: string }
  /** Below the indicator's minimum (a count's is 0) or above its maximum: the bounds the PK set. */
  | { kind: 'outOfBounds'; min: number | null; max: number | null }
  /** A capaian below the band that needs explaining (or far above the target) with the notes that say why left empty. */
  | { kind: 'explanationMissing'; percent: number; missing: ReadonlyArray<ExplanationField> };

export type ExplanationField = 'drivers' | 'obstacles' | 'followUp';
export type Explanation = Readonly<Record<ExplanationField, string>>;

export type PlausibilitySettings = Pick<TenantSettings, 'lowerIsBetterFormula' | 'categoryBands' | 'warningBelowCategory' | 'dataChecks'>;

/**
 * What the device knows around the entry: `peers`, the same indicator's capaian (%) in the other
 * units that quarter; `earlierYears`, this unit's values of the indicator in the years before,
 * oldest first (the quarters of this year come from the values themselves).
 */
export interface PlausibilityContext {
  peers?: readonly number[];
  earlierYears?: readonly number[];
}

/** The tenant's check a warning belongs to. */
export const checkOf = (warning: PlausibilityWarning): DataCheckKind =>
  warning.kind === 'farAbove' || warning.kind === 'farBelow' ? 'farFromTarget' : warning.kind;

export const severityOf = (warning: PlausibilityWarning, checks: DataChecks): DataCheckSeverity => checks.severity[checkOf(warning)];

export type PlausibilityIndicator = AchievementIndicator & { unit: string; minValue?: number | null; maxValue?: number | null };

const factors = [10, 100, 1000] as const;

/**
 * Satuan that count whole things: people, documents, places, events. Measures that may be
 * fractional (km, ha, hari, tahun, indeks, nilai, Rp…) are not listed. Matched on the first word.
 */
const countMeasures = new Set([
  'orang', 'jiwa', 'pegawai', 'asn', 'siswa', 'pasien', 'penumpang', 'keluarga', 'kk', 'rumah', 'unit', 'buah', 'kali', 'dokumen',
  'naskah', 'laporan', 'lhp', 'kegiatan', 'event', 'desa', 'kelurahan', 'kecamatan', 'sekolah', 'puskesmas', 'paket', 'lokasi',
  'titik', 'objek', 'kejadian', 'kasus', 'perkara', 'izin', 'perda', 'usaha', 'umkm', 'koperasi', 'kelompok', 'inovasi',
  'aplikasi', 'sertifikat', 'rekomendasi', 'temuan', 'kendaraan', 'layanan', 'kunjungan',
]);

export const isCountMeasure = (measure: string): boolean => countMeasures.has(measure.trim().split(/\s+/)[0]?.toLowerCase() ?? '');

/**
 * The values an indicator's realisation may take: the PK's own minValue–maxValue where set; a
 * count (kumulatif, or a satuan counted whole) never goes below 0, which would lower the year's total.
 */
export function valueBounds(indicator: PlausibilityIndicator): { min: number | null; max: number | null } {
  const counted = indicator.aggregation === 'sum' || (indicator.targetType === 'number' && isCountMeasure(indicator.unit));
  return { min: indicator.minValue ?? (counted ? 0 : null), max: indicator.maxValue ?? null };
}

/** 10^k when `value` is about that many times `reference` (within 15%), or its inverse; else null. */
function slipFactor(value: number, reference: number): number | null {
  if (value === 0 || reference === 0 || Math.sign(value) !== Math.sign(reference)) return null;
  const ratio = value / reference;
  for (const factor of factors) {
    if (Math.abs(ratio / factor - 1) <= 0.15) return factor;
    if (Math.abs(ratio * factor - 1) <= 0.15) return 1 / factor;
  }
  return null;
}

const numericTarget = (indicator: AchievementIndicator, quarter: Quarter): number | null => {
  const own = indicator.quarterTargets[quarter - 1] ?? null;
  const target = own === null && indicator.aggregation === 'flat' ? indicator.annualTarget : own;
  return typeof target === 'number' ? target : null;
};

/** The band below which a capaian must be explained: the tenant's choice, else early warning's. */
function explainBelowMin(settings: PlausibilitySettings, checks: DataChecks): number | null {
  const band = (checks.explainBelowCategory === undefined ? undefined : findBand(settings.categoryBands, checks.explainBelowCategory))
    ?? findBand(settings.categoryBands, settings.warningBelowCategory);
  return band ? band.min : null;
}

/** The notes a capaian of `percent` needs and lacks: why it is low (and what next), or why it is so high. */
function missingExplanation(percent: number, explanation: Explanation, settings: PlausibilitySettings, checks: DataChecks): ExplanationField[] {
  const below = explainBelowMin(settings, checks);
  const needed: ExplanationField[] = below !== null && percent < below
    ? ['obstacles', 'followUp']
    : percent > checks.farAbovePercent ? ['drivers'] : [];
  return needed.filter((field) => explanation[field].trim() === '');
}

/**
 * The warnings for `values[quarter - 1]` (the value being entered), in the order the form shows
 * them, leaving out the checks the tenant turned off. Text and scale indicators have their own
 * closed set of values and get none. `explanation`: the entry's notes, when they are known;
 * `around`: what the device holds of other units and earlier years.
 */
export function checkPlausibility(
  indicator: PlausibilityIndicator,
  values: QuarterValues,
  quarter: Quarter,
  settings: PlausibilitySettings,
  explanation?: Explanation,
  around: PlausibilityContext = {},
): PlausibilityWarning[] {
  const checks = dataChecksOf(settings);
  return findWarnings(indicator, values, quarter, settings, checks, explanation, around).filter((w) => severityOf(w, checks) !== 'off');
}

function findWarnings(
  indicator: PlausibilityIndicator, values: QuarterValues, quarter: Quarter, settings: PlausibilitySettings, checks: DataChecks, explanation: Explanation | undefined,
  around: PlausibilityContext,
): PlausibilityWarning[] {
  const value = values[quarter - 1] ?? null;
  if (value === null || indicator.targetType === 'text' || indicator.targetType === 'scale') return [];
  const warnings: PlausibilityWarning[] = [];
  const isPercent = indicator.targetType === 'percent' || indicator.unit.trim() === '%';
  if (isPercent && (value < 0 || value > 100)) warnings.push({ kind: 'percentOutOfRange' });
  if (indicator.targetType === 'number' && isCountMeasure(indicator.unit) && !Number.isInteger(value)) warnings.push({ kind: 'notWholeCount', measure: indicator.unit.trim() });
  const bounds = valueBounds(indicator);
  if ((bounds.min !== null && value < bounds.min) || (bounds.max !== null && value > bounds.max)) warnings.push({ kind: 'outOfBounds', ...bounds });

  const target = numericTarget(indicator, quarter);
  const previous = quarter > 1 ? (values[quarter - 2] ?? null) : null;
  // A quarter's own count (sum) is compared with its target only: quarters of a count may differ a lot.
  const references: Array<['target' | 'previous', number | null]> = [['target', target], ['previous', indicator.aggregation === 'sum' ? null : previous]];
  for (const [reference, referenceValue] of references) {
    if (referenceValue === null) continue;
    const factor = slipFactor(value, referenceValue);
    if (factor !== null) {
      warnings.push({ kind: 'separatorSlip', reference, referenceValue, factor, suggested: value / factor });
      break;
    }
  }
  // A slip already says why the value is far off; saying it twice would only be noise.
  const slipped = warnings.some((w) => w.kind === 'separatorSlip');
  if (!slipped && around.earlierYears && hasLevelHistory(indicator)) {
    const thisYear = values.slice(0, quarter - 1).filter((v): v is number => v !== null);
    const jump = historyOutlier(value, [...around.earlierYears, ...thisYear]);
    if (jump) warnings.push({ kind: 'historyOutlier', ...jump });
  }
  if (target === null || warnings.some((w) => w.kind === 'separatorSlip')) return warnings;
  const achievement = quarterAchievement(indicator, values, quarter, settings.lowerIsBetterFormula);
  if (!achievement.computable) return warnings;
  const percent = achievement.percent;
  if (percent > checks.farAbovePercent) warnings.push({ kind: 'farAbove', percent, target });
  else if (percent < checks.farBelowPercent) warnings.push({ kind: 'farBelow', percent, target });
  const outlier = around.peers ? peerOutlier(percent, around.peers) : null;
  if (outlier) warnings.push({ kind: 'peerOutlier', percent, ...outlier });
  const missing = explanation ? missingExplanation(percent, explanation, settings, checks) : [];
  if (missing.length > 0) warnings.push({ kind: 'explanationMissing', percent, missing });
  return warnings;
}

/** The warnings the form asks about before saving (the tenant's `ask`). */
export const asksBeforeSaving = (warning: PlausibilityWarning, settings: PlausibilitySettings): boolean =>
  severityOf(warning, dataChecksOf(settings)) === 'ask';

/** The warnings that keep the entry from being saved (the tenant's `refuse`), on the device and the server. */
export const refusesSaving = (warning: PlausibilityWarning, settings: PlausibilitySettings): boolean =>
  severityOf(warning, dataChecksOf(settings)) === 'refuse';
