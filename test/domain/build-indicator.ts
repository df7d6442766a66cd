// Test factory for the indicator fields the achievement rules read.
import type { AchievementIndicator } from '../../src/domain/achievement';

export function buildIndicator(overrides: Partial<AchievementIndicator> = {}): AchievementIndicator {
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
