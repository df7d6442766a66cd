// Which submitted entries the evaluator should look at first (issue 21): those the plausibility
// checks flag (domain/plausibility.ts), the same checks the unit saw while typing, and a capaian far
// from the other units' on the same indicator (domain/peer-outlier.ts), which only this device can see,
// and a value changing far more than it did in the unit's earlier quarters (domain/history-outlier.ts).
import { checkPlausibility, type PlausibilitySettings, type PlausibilityWarning } from '../../../domain/plausibility';
import { quarterValuesOf } from '../../../domain/quarter-values';
import type { ReviewItem } from '../../db/workflow-queries';

/** The warnings of a submitted entry, with its notes: a low capaian nobody explained is flagged too. */
export function entryFlags(item: ReviewItem, settings: PlausibilitySettings): PlausibilityWarning[] {
  return checkPlausibility(item.indicator, quarterValuesOf(item.realisations), item.realisation.quarter, settings, item.realisation, { peers: item.peers, earlierYears: item.earlierYears });
}

/** Flagged entries first, each part in the order it came (the PK's). */
export function flaggedFirst(items: readonly ReviewItem[], settings: PlausibilitySettings): ReviewItem[] {
  const flagged = items.filter((item) => entryFlags(item, settings).length > 0);
  return [...flagged, ...items.filter((item) => !flagged.includes(item))];
}
