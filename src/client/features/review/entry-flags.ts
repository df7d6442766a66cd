// Which submitted entries the evaluator should look at first (issue 21): those the plausibility
// checks flag (domain/plausibility.ts), the same checks the unit saw while typing.
import { checkPlausibility, defaultPlausibility, type PlausibilityWarning } from '../../../domain/plausibility';
import { quarterValuesOf } from '../../../domain/quarter-values';
import type { TenantSettings } from '../../../domain/tenant';
import type { ReviewItem } from '../../db/workflow-queries';

export function entryFlags(item: ReviewItem, settings: Pick<TenantSettings, 'lowerIsBetterFormula'>): PlausibilityWarning[] {
  return checkPlausibility(item.indicator, quarterValuesOf(item.realisations), item.realisation.quarter, {
    ...defaultPlausibility, lowerIsBetterFormula: settings.lowerIsBetterFormula,
  });
}

/** Flagged entries first, each part in the order it came (the PK's). */
export function flaggedFirst(items: readonly ReviewItem[], settings: Pick<TenantSettings, 'lowerIsBetterFormula'>): ReviewItem[] {
  const flagged = items.filter((item) => entryFlags(item, settings).length > 0);
  return [...flagged, ...items.filter((item) => !flagged.includes(item))];
}
