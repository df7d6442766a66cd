// The indicator fields the achievement rules read (a slice of an indicator, not a row: rows are
// built by test/support/rows.ts).
import type { AchievementIndicator } from '../../src/domain/achievement';

export function buildAchievementIndicator(overrides: Partial<AchievementIndicator> = {}): AchievementIndicator {
  return {
    polarity: 'higher',
    aggregation: 'sum',
    targetType: 'number',
    annualTarget: 100,
    quarterTargets: [25, 25, 25, 25],
    lowerIsBetterFormula: null,
    ...overrides,
  };
}
