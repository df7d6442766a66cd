// A unit's score for the pemda's ranking (domain.md, "Achievement" and "Awards"): the mean of its
// indicators' year-to-date achievements, each capped first when the tenant caps, with the
// category of that mean, how many indicators fall in each category, and those the early warning
// flags. Indicators whose achievement cannot be computed are counted apart, never as 0 or 100.
import { averageAchievement, yearToDateAchievement, type AchievementIndicator, type QuarterValues } from './achievement';
import { categoryOf } from './category';
import { isAtRisk, projectYearEnd, type Projection } from './early-warning';
import type { Quarter } from './period';
import type { CategoryBand, TenantSettings } from './tenant';
import { compareIndonesian } from './text-order';

export interface ScoredIndicator<I extends AchievementIndicator> {
  indicator: I;
  values: QuarterValues;
}

export interface AtRiskIndicator<I> {
  indicator: I;
  projection: Projection;
}

export interface UnitScore<I> {
  /** Mean year-to-date achievement (capped per tenant), null when no indicator is computable. */
  average: number | null;
  category: CategoryBand | null;
  /** Indicators per category key, and those without a computable achievement. */
  byCategory: Record<string, number>;
  notComputable: number;
  atRisk: AtRiskIndicator<I>[];
}

export function scoreUnit<I extends AchievementIndicator>(
  indicators: ReadonlyArray<ScoredIndicator<I>>,
  upTo: Quarter,
  settings: Pick<TenantSettings, 'lowerIsBetterFormula' | 'achievementCap' | 'categoryBands' | 'warningBelowCategory'>,
): UnitScore<I> {
  const percents: number[] = [];
  const byCategory: Record<string, number> = Object.fromEntries(settings.categoryBands.map((b) => [b.key, 0]));
  let notComputable = 0;
  const atRisk: AtRiskIndicator<I>[] = [];
  for (const { indicator, values } of indicators) {
    const achievement = yearToDateAchievement(indicator, values, upTo, settings.lowerIsBetterFormula);
    if (achievement.computable) {
      percents.push(achievement.percent);
      const key = categoryOf(achievement.percent, settings.categoryBands).key;
      byCategory[key] = (byCategory[key] ?? 0) + 1;
    } else {
      notComputable += 1;
    }
    // The projection sees only the quarters up to upTo, as the year-to-date figure does.
    const upToValues: QuarterValues = [values[0], upTo >= 2 ? values[1] : null, upTo >= 3 ? values[2] : null, upTo >= 4 ? values[3] : null];
    const projection = projectYearEnd(indicator, upToValues, settings.lowerIsBetterFormula);
    if (projection && isAtRisk(projection, settings.categoryBands, settings.warningBelowCategory)) atRisk.push({ indicator, projection });
  }
  const average = averageAchievement(percents, settings.achievementCap);
  return { average, category: average === null ? null : categoryOf(average, settings.categoryBands), byCategory, notComputable, atRisk };
}

/** Units by score, best first; units without a score last, by name. Ties share a rank. */
export function rankUnits<U extends { name: string; score: { average: number | null } }>(units: readonly U[]): Array<U & { rank: number | null }> {
  const sorted = [...units].sort((a, b) => {
    if (a.score.average === null || b.score.average === null) {
      return a.score.average === b.score.average ? compareIndonesian(a.name, b.name) : a.score.average === null ? 1 : -1;
    }
    return b.score.average - a.score.average || compareIndonesian(a.name, b.name);
  });
  let rank = 0;
  let previous: number | null = null;
  return sorted.map((unit, index) => {
    if (unit.score.average === null) return { ...unit, rank: null };
    if (unit.score.average !== previous) rank = index + 1;
    previous = unit.score.average;
    return { ...unit, rank };
  });
}
