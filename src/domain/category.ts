// Predikat capaian: the band an achievement falls in (domain.md, "Category").
import type { CategoryBand } from './tenant';

/**
 * The band of an achievement. Bands are lower-inclusive (percent ≥ min) and may come in any
 * order; below every min (or NaN) the lowest band is the answer, so every number has a band.
 */
export function categoryOf(percent: number, bands: readonly CategoryBand[]): CategoryBand {
  const descending = [...bands].sort((a, b) => b.min - a.min);
  const lowest = descending[descending.length - 1];
  if (lowest === undefined) throw new RangeError('categoryOf needs at least one band');
  return descending.find((band) => percent >= band.min) ?? lowest;
}

export function findBand(bands: readonly CategoryBand[], key: string): CategoryBand | undefined {
  return bands.find((band) => band.key === key);
}
