// Kepatuhan pelaporan for the pemda (PDF/XLSX): per unit the quarter's entries by status and
// whether it is late against the deadline (domain/reporting-compliance.ts), the summary above,
// and whether the figures are verified only. Plain data in; texts in Indonesian like the others.
import { quarterRoman, type Quarter } from '../../domain/period';
import type { ComplianceSummary, UnitCompliance } from '../../domain/reporting-compliance';
import { calendarDateIn, wallClockIn } from '../../domain/tenant-clock';
import { compareIndonesian } from '../../domain/text-order';
import type { DocumentImage } from './assets';
import { formatLongDate } from './format';

export interface ComplianceUnitRow extends Pick<UnitCompliance, 'due' | 'entered' | 'submitted' | 'verified' | 'returned' | 'outstanding' | 'late'> {
  name: string;
  /** Average capaian s.d. the quarter (null: none computable or no data). */
  average: number | null;
  /** Filled entries up to the quarter not verified: counted (marked) or left out (verified only). */
  unverified: number;
  /** The admin extended this unit's deadline (the counts are against its own). */
  extended?: boolean;
  /** Kualitas data: the quarter's entries without a flag of the checks at entry, and with evidence (%); null when none entered. */
  unflaggedPercent?: number | null;
  evidencePercent?: number | null;
  /** Due indicators with the evaluator by the deadline (%); null before it or without one. */
  onTimePercent?: number | null;
}

export interface ComplianceInput {
  tenantName: string;
  year: number;
  quarter: Quarter;
  /** The quarter's deadline (ISO instant) and the pemda's zone to write it in. */
  deadline: string | null;
  timeZone: string;
  verifiedOnly: boolean;
  units: readonly ComplianceUnitRow[];
  summary: ComplianceSummary;
  /** ISO date printed under the table; null = none. */
  date: string | null;
  logo?: DocumentImage | null;
}

export const complianceTitle = (input: Pick<ComplianceInput, 'quarter' | 'year'>): string =>
  `KEPATUHAN PELAPORAN REALISASI KINERJA TRIWULAN ${quarterRoman[input.quarter]} TAHUN ${input.year}`;

/** Late units first, then by name: the leader asks about them first. */
export function sortCompliance(units: readonly ComplianceUnitRow[]): ComplianceUnitRow[] {
  return [...units].sort((a, b) => Number(b.late) - Number(a.late) || compareIndonesian(a.name, b.name));
}

export const stateText = (unit: ComplianceUnitRow): string =>
  `${unit.late ? 'Terlambat' : unit.outstanding === 0 ? 'Lengkap' : 'Berjalan'}${unit.extended ? ' (tenggat diperpanjang)' : ''}`;

const zoneNames: Record<string, string> = { 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' };

export function deadlineText(input: Pick<ComplianceInput, 'deadline' | 'timeZone' | 'quarter'>): string {
  const q = quarterRoman[input.quarter];
  if (input.deadline === null) return `TW ${q} belum punya tenggat di jadwal input; tidak ada unit yang dihitung terlambat.`;
  const instant = new Date(input.deadline);
  const { hour, minute } = wallClockIn(instant, input.timeZone);
  const time = `${String(hour).padStart(2, '0')}.${String(minute).padStart(2, '0')} ${zoneNames[input.timeZone] ?? input.timeZone}`;
  return `Tenggat TW ${q}: ${formatLongDate(calendarDateIn(instant, input.timeZone))} pukul ${time}.`;
}

export function basisText(input: Pick<ComplianceInput, 'verifiedOnly'>): string {
  return input.verifiedOnly
    ? 'Rata-rata capaian hanya dari realisasi yang sudah diverifikasi.'
    : 'Rata-rata capaian memuat realisasi yang belum diverifikasi; unit bertanda * memuat realisasi belum terverifikasi.';
}
