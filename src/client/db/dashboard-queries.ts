// The pemda dashboard from local data: every unit's score up to a quarter (domain/unit-score.ts),
// its budget absorption, and the indicators the early warning flags, with the obstacles the unit reported. Evaluators,
// leaders and admins hold the whole tenant on the device, so this works offline.
import type { Indicator } from '../../domain/indicator';
import type { OrgUnit } from '../../domain/org-unit';
import { quarters, type Quarter } from '../../domain/period';
import type { Projection } from '../../domain/early-warning';
import type { TenantSettings } from '../../domain/tenant';
import { rankUnits, scoreUnit, type UnitScore } from '../../domain/unit-score';
import { quarterValuesOf } from '../../domain/quarter-values';
import type { PantauDatabase } from './database';
import { getAgreementView, listOrgUnits, listProgramRealisations } from './queries';
import { unitAbsorption } from '../../domain/program-tree';

export interface DashboardUnit {
  orgUnit: OrgUnit;
  name: string;
  indicatorCount: number;
  score: UnitScore<Indicator>;
  /** Serapan anggaran up to the quarter shown (%), null when nothing is filled or there is no pagu. */
  absorption: number | null;
  /** The unit's average capaian s.d. TW I … TW IV (the trend), null where none is computable. */
  trend: [number | null, number | null, number | null, number | null];
  rank: number | null;
}

export interface EarlyWarning {
  orgUnit: OrgUnit;
  indicator: Indicator;
  projection: Projection;
  /** The obstacles of the latest filled quarter up to the one shown, as the unit wrote them. */
  obstacles: string;
}

export interface PemdaDashboard {
  units: DashboardUnit[];
  warnings: EarlyWarning[];
}

export async function getPemdaDashboard(db: PantauDatabase, year: number, upTo: Quarter, settings: TenantSettings): Promise<PemdaDashboard> {
  const scored: Array<Omit<DashboardUnit, 'rank'>> = [];
  const warnings: EarlyWarning[] = [];
  for (const orgUnit of await listOrgUnits(db)) {
    const view = await getAgreementView(db, orgUnit.id, year);
    if (!view) continue;
    const indicators = view.goals.flatMap((g) => g.indicators);
    const score = scoreUnit(indicators.map((v) => ({ indicator: v.indicator, values: quarterValuesOf(v.realisations) })), upTo, settings);
    const realised = await listProgramRealisations(db, view.programs.map((p) => p.id));
    const absorption = unitAbsorption(view.programs, (id) => realised.get(id) ?? [], upTo);
    const scoredIndicators = indicators.map((v) => ({ indicator: v.indicator, values: quarterValuesOf(v.realisations) }));
    const trend = quarters.map((q) => scoreUnit(scoredIndicators, q, settings).average) as DashboardUnit['trend'];
    scored.push({ orgUnit, name: orgUnit.name, indicatorCount: indicators.length, score, absorption, trend });
    for (const risk of score.atRisk) {
      const rows = indicators.find((v) => v.indicator.id === risk.indicator.id)?.realisations ?? [];
      const latest = [...rows].slice(0, upTo).reverse().find((r) => r && r.value !== null);
      warnings.push({ orgUnit, indicator: risk.indicator, projection: risk.projection, obstacles: latest?.obstacles ?? '' });
    }
  }
  const percentOf = (w: EarlyWarning) => (w.projection.projectedAchievement.computable ? w.projection.projectedAchievement.percent : 0);
  return { units: rankUnits(scored), warnings: warnings.sort((a, b) => percentOf(a) - percentOf(b)) };
}
