// Category band thresholds a pemda may set (Admin → Pengaturan pemda): the lower bound of every band
// but the bottom one, top band first. Bands are lower-inclusive (category.ts), so bounds that fall
// strictly from the top band down leave no gap and no overlap between 0 and ∞: the top band runs
// to ∞ and the bottom band takes everything below the band above it.
import { bottomBandMin } from './default-settings';
import type { CategoryBand } from './tenant';

/** wrong_count: not one bound per band but the bottom one (index: the count expected). */
export type BandThresholdProblem = 'not_a_number' | 'negative' | 'not_descending' | 'too_large' | 'wrong_count';
export interface BandThresholdIssue { index: number; problem: BandThresholdProblem }

/** Highest lower bound accepted, in percent: achievements far above are data errors, not a band. */
export const maxBandThreshold = 1000;

/** Bands from the top down (highest min first). */
export function bandsTopDown(bands: readonly CategoryBand[]): CategoryBand[] {
  return [...bands].sort((a, b) => b.min - a.min);
}

/** The editable bounds of a band set: every band's min but the bottom one's, top band first. */
export function thresholdsOf(bands: readonly CategoryBand[]): number[] {
  return bandsTopDown(bands).slice(0, -1).map((b) => b.min);
}

/**
 * Problems of the bounds typed for a band set (index: position top-first): each a finite number
 * from 0 to maxBandThreshold, each strictly below the one above it. Empty: valid.
 */
export function checkBandThresholds(thresholds: readonly number[]): BandThresholdIssue[] {
  const issues: BandThresholdIssue[] = [];
  thresholds.forEach((value, index) => {
    if (!Number.isFinite(value)) issues.push({ index, problem: 'not_a_number' });
    else if (value < 0) issues.push({ index, problem: 'negative' });
    else if (value > maxBandThreshold) issues.push({ index, problem: 'too_large' });
    else {
      const above = thresholds[index - 1];
      if (index > 0 && above !== undefined && Number.isFinite(above) && value >= above) issues.push({ index, problem: 'not_descending' });
    }
  });
  return issues;
}

/** The band set with new bounds (top first); the bottom band stays open below. Throws on a wrong count. */
export function withThresholds(bands: readonly CategoryBand[], thresholds: readonly number[]): CategoryBand[] {
  const ordered = bandsTopDown(bands);
  if (thresholds.length !== ordered.length - 1) throw new RangeError('one bound per band but the bottom one');
  return ordered.map((band, i) => ({ ...band, min: i < thresholds.length ? (thresholds[i] ?? band.min) : bottomBandMin }));
}
