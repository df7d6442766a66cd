// Band sets and tenant settings a new pemda starts with (domain.md, "Category").
import type { CategoryBand, TenantSettings } from './tenant';
import { defaultTenantTimeZone } from './tenant-clock';

/**
 * The min of a bottom band: bands are lower-inclusive, so the bottom one needs a min below any
 * achievement. -Infinity would not survive JSON (it becomes null), hence a finite floor.
 */
export const bottomBandMin = Number.MIN_SAFE_INTEGER;

/** Permendagri 86/2017 scale. */
export const permendagri86Bands: CategoryBand[] = [
  { key: 'sangat_tinggi', label: 'Sangat Tinggi', min: 91, tone: 'excellent' },
  { key: 'tinggi', label: 'Tinggi', min: 76, tone: 'good' },
  { key: 'sedang', label: 'Sedang', min: 66, tone: 'warning' },
  { key: 'rendah', label: 'Rendah', min: 51, tone: 'bad' },
  { key: 'sangat_rendah', label: 'Sangat Rendah', min: bottomBandMin, tone: 'critical' },
];

/**
 * Dashboard status: < 60 Kritis, < 80 Perlu Perhatian, < 95 Mendekati Target, ≤ 105 Tercapai,
 * else Melampaui. "≤ 105" is upper-inclusive while bands are lower-inclusive, so Melampaui
 * starts at the smallest double above 105 (105 + 2⁻⁴⁶, written 105.00000000000001, which JSON
 * keeps exactly): 105 itself is Tercapai and every number above 105 is Melampaui.
 */
export const dashboardStatusBands: CategoryBand[] = [
  { key: 'melampaui', label: 'Melampaui', min: 105.00000000000001, tone: 'excellent' },
  { key: 'tercapai', label: 'Tercapai', min: 95, tone: 'good' },
  { key: 'mendekati_target', label: 'Mendekati Target', min: 80, tone: 'warning' },
  { key: 'perlu_perhatian', label: 'Perlu Perhatian', min: 60, tone: 'bad' },
  { key: 'kritis', label: 'Kritis', min: bottomBandMin, tone: 'critical' },
];

export const defaultTenantSettings: TenantSettings = {
  lowerIsBetterFormula: 'A',
  achievementCap: null,
  categoryBands: permendagri86Bands,
  warningBelowCategory: 'tinggi',
  timeZone: defaultTenantTimeZone,
};
