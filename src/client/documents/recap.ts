// The pemda recap for leaders: every unit with its average capaian (capped per tenant setting),
// predikat, budget absorption and rank (domain/unit-score.ts rankUnits). Plain data in.
import type { Quarter } from '../../domain/period';
import { quarterRoman } from '../../domain/period';
import type { CategoryBand } from '../../domain/tenant';
import { rankUnits } from '../../domain/unit-score';
import type { DocumentImage } from './assets';

export interface RecapUnit {
  name: string;
  /** Average year-to-date capaian (already capped), null when none is computable. */
  average: number | null;
  category: CategoryBand | null;
  /** Serapan anggaran (%), null when nothing is filled or there is no pagu. */
  absorption: number | null;
  indicatorCount: number;
  notComputable: number;
  /** Filled entries not verified: counted and marked with *, or left out when verifiedOnly. */
  unverified?: number;
}

export interface RecapInput {
  tenantName: string;
  year: number;
  upTo: Quarter;
  cap: 100 | 120 | null;
  units: readonly RecapUnit[];
  /** ISO date printed under the table; null = none. */
  date: string | null;
  /** The figures use verified realisations only (the dashboard's switch). */
  verifiedOnly?: boolean;
  logo?: DocumentImage | null;
}

export type RankedRecapUnit = RecapUnit & { rank: number | null };

export function rankRecap(units: readonly RecapUnit[]): RankedRecapUnit[] {
  return rankUnits(units.map((u) => ({ ...u, score: { average: u.average } }))).map(({ score: _score, ...unit }) => unit);
}

export const recapTitle = (input: Pick<RecapInput, 'upTo' | 'year'>): string =>
  `REKAPITULASI CAPAIAN KINERJA PERANGKAT DAERAH S.D. TRIWULAN ${quarterRoman[input.upTo]} TAHUN ${input.year}`;

export const capNote = (cap: RecapInput['cap']): string =>
  cap === null ? 'Rata-rata capaian tanpa batas atas.' : `Dalam rata-rata, capaian di atas ${cap}% dihitung ${cap}%.`;

/** A unit's name with * when its figure includes unverified realisations. */
export const recapUnitName = (unit: RecapUnit, input: Pick<RecapInput, 'verifiedOnly'>): string =>
  !input.verifiedOnly && (unit.unverified ?? 0) > 0 ? `${unit.name} *` : unit.name;

export function basisNote(input: Pick<RecapInput, 'verifiedOnly' | 'units'>): string {
  if (input.verifiedOnly) return 'Hanya realisasi yang sudah diverifikasi yang dihitung.';
  return input.units.some((u) => (u.unverified ?? 0) > 0) ? '* memuat realisasi yang belum diverifikasi.' : '';
}
