// The pemda recap of the LKE (rekapitulasi hasil evaluasi SAKIP): every unit ranked by its final
// score, with predikat, the points of each component and the change from last year's final score.
// Plain data in (db/lke-recap-queries.ts reads it); lke-recap-pdf.ts and lke-recap-xlsx.ts lay it out.
import { lkePredikat, roundLkeScore, type LkePredikat } from '../../domain/lke-score';
import { rankUnits } from '../../domain/unit-score';
import type { DocumentImage } from './assets';
import { empty, formatFigure, formatTwoDecimals } from './format';

export interface LkeRecapComponent {
  id: string;
  title: string;
  /** Points of the total of 100. */
  weight: number;
}

/** final: the server fixed the score; pending: finalised on a device, the server's score not received yet; open: in progress or not begun. */
export type LkeRecapStatus = 'final' | 'pending' | 'open';

export interface LkeRecapUnit {
  name: string;
  status: LkeRecapStatus;
  /** final: the server's score; otherwise the running score of the answers so far, null when nothing is answered. */
  score: number | null;
  /**
   * A final LKE's points per component, in the order of `components`; null when not final, or when
   * the device's answers do not add up to the server's score (the split would contradict the total).
   */
  componentPoints: readonly number[] | null;
  /** The unit's final score of the year before, null when the device holds none. */
  lastYearScore: number | null;
}

export interface LkeRecapInput {
  tenantName: string;
  year: number;
  components: readonly LkeRecapComponent[];
  units: readonly LkeRecapUnit[];
  /** ISO date printed under the table; null = none. */
  date: string | null;
  logo?: DocumentImage | null;
}

export interface LkeRecapRow extends LkeRecapUnit {
  rank: number | null;
  /** The final score to two decimals, as printed and ranked; null unless final. */
  finalScore: number | null;
  predikat: LkePredikat | null;
  /** This year's two-decimal score minus last year's, so the column agrees with the printed scores. */
  change: number | null;
}

const finalOf = (unit: LkeRecapUnit): number | null => (unit.status === 'final' && unit.score !== null ? roundLkeScore(unit.score) : null);

/**
 * Final LKEs by their two-decimal score, best first, ties sharing a rank (two units printed with
 * the same score never rank apart); then the others, unranked, by name.
 */
export function rankLkeRecap(units: readonly LkeRecapUnit[]): LkeRecapRow[] {
  const ranked = rankUnits(units.map((unit) => ({ name: unit.name, score: { average: finalOf(unit) }, unit })));
  return ranked.map(({ unit, rank }): LkeRecapRow => {
    const finalScore = finalOf(unit);
    if (finalScore === null || unit.score === null) return { ...unit, rank, finalScore: null, predikat: null, change: null, componentPoints: null };
    return {
      ...unit,
      rank,
      finalScore,
      // From the server's score, not the rounded one: 90.004 is AA, as the server says, though printed 90,00.
      predikat: lkePredikat(unit.score),
      change: unit.lastYearScore === null ? null : roundLkeScore(finalScore - roundLkeScore(unit.lastYearScore)),
    };
  });
}

export const lkeRecapTitle = (year: number): string => `REKAPITULASI HASIL EVALUASI AKUNTABILITAS KINERJA PERANGKAT DAERAH TAHUN ${year}`;

/** "82,50": two decimals, half up from the settled value (roundLkeScore). */
export const formatLkeScore = (value: number): string => formatTwoDecimals(roundLkeScore(value));

/** "+3,25", "−1,10" (a true minus sign), "0,00"; "—" without a comparison. */
export function formatLkeChange(change: number | null): string {
  if (change === null) return empty;
  if (change === 0) return formatLkeScore(0);
  return `${change > 0 ? '+' : '\u2212'}${formatLkeScore(Math.abs(change))}`;
}

/** "Perencanaan Kinerja (30)". */
export const lkeComponentHeader = (component: LkeRecapComponent): string => `${component.title} (${formatFigure(component.weight)})`;

export const lkeChangeHeader = (year: number): string => `Perubahan dari ${year - 1}`;

/** A unit's status in words; without a final score, it stands in the predikat column. */
export const lkeStatusMark: Readonly<Record<LkeRecapStatus, string>> = { final: 'final', pending: 'menunggu sinkronisasi', open: 'belum final' };

/** The score cell of the PDF: the final score, or the running one in brackets. */
export function lkeScoreText(row: LkeRecapRow): string {
  if (row.finalScore !== null) return formatLkeScore(row.finalScore);
  return row.score === null ? empty : `(${formatLkeScore(row.score)})`;
}

export const lkePredikatText = (row: LkeRecapRow): string => (row.predikat ? `${row.predikat.code} (${row.predikat.label})` : lkeStatusMark[row.status]);

/** How the recap is counted; the sentences about rows that are not there are left out. */
export function lkeRecapNote(year: number, rows: readonly LkeRecapRow[]): string {
  const sentences = [
    'Nilai (0–100) dan predikat menurut PermenPANRB 88/2021, ditetapkan saat evaluator memfinalkan LKE; nilai tiap komponen dihitung dari jawaban yang sama.',
    'Peringkat menurut nilai akhir dua desimal; nilai sama, peringkat sama. Nilai dan nilai komponen dibulatkan masing-masing ke dua desimal.',
    `Perubahan: selisih nilai akhir dengan nilai akhir tahun ${year - 1} unit yang sama.`,
  ];
  if (rows.some((r) => r.status !== 'final')) {
    sentences.push('LKE yang belum final tidak diberi peringkat; nilai sementaranya (dari jawaban yang ada) ditulis dalam kurung, tanpa predikat dan nilai komponen.');
  }
  if (rows.some((r) => r.status === 'pending')) {
    sentences.push('Menunggu sinkronisasi: LKE sudah difinalkan, nilai akhir dari server belum diterima perangkat ini.');
  }
  if (rows.some((r) => r.finalScore !== null && r.componentPoints === null)) {
    sentences.push('Nilai komponen kosong: jawaban LKE unit itu di perangkat ini tidak lengkap untuk menguraikan nilai akhirnya.');
  }
  return sentences.join(' ');
}
