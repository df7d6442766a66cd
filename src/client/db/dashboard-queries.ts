// The pemda dashboard from local data: every unit's score up to a quarter (domain/unit-score.ts,
// "no data" when the unit filled nothing in that quarter: domain/quarter-score.ts), its budget
// absorption, its reporting compliance for that quarter (domain/reporting-compliance.ts), and the
// indicators the early warning flags, with the obstacles the unit reported. Figures may be read
// from verified entries only (the oversight switch); otherwise the unverified ones are counted so
// the screen can mark them. Evaluators, leaders and admins hold the whole tenant on the device,
// so this works offline.
import type { Indicator } from '../../domain/indicator';
import type { OrgUnit } from '../../domain/org-unit';
import type { Quarter } from '../../domain/period';
import type { Projection } from '../../domain/early-warning';
import type { RealisationStatus } from '../../domain/realisation-status';
import type { TenantSettings } from '../../domain/tenant';
import { rankUnits, type UnitScore } from '../../domain/unit-score';
import { unverifiedUpTo, valuesOnBasis } from '../../domain/verified-values';
import { scoreUnitAt, unitTrend } from '../../domain/quarter-score';
import { unitCompliance, unitDeadline, type UnitCompliance } from '../../domain/reporting-compliance';
import type { PantauDatabase } from './database';
import { getAgreementView, listOrgUnits, listProgramRealisations } from './queries';
import { listPeriodWindows } from './period-window-queries';
import { unitAbsorption } from '../../domain/program-tree';
import { entryQuality, type EntryQuality } from '../../domain/entry-quality';
import { checkPlausibility, type PlausibilityWarning } from '../../domain/plausibility';
import type { Realisation } from '../../domain/realisation';
import { quarterValuesOf } from '../../domain/quarter-values';
import { peerCapaianOf, peersOf, peerTable, type PeerCapaian } from '../../domain/peer-outlier';
import { earlierYearValues, earlierYearsOf, type EarlierYears } from './earlier-years';

export interface DashboardUnit {
  orgUnit: OrgUnit;
  name: string;
  indicatorCount: number;
  /** The score s.d. the quarter shown; empty (no average, nothing counted) when noData. */
  score: UnitScore<Indicator>;
  /** The unit filled nothing in the quarter shown: its figure would only repeat the quarter before. */
  noData: boolean;
  /** Serapan anggaran up to the quarter shown (%), null when nothing is filled or there is no pagu. */
  absorption: number | null;
  /** The unit's average capaian s.d. TW I … TW IV (the trend), null where none is computable or no data. */
  trend: [number | null, number | null, number | null, number | null];
  /** Per quarter: nothing filled in that quarter (the trend's null means "no data", not "not computable"). */
  trendNoData: [boolean, boolean, boolean, boolean];
  /** Filled entries up to the quarter shown not verified: included in the figures (marked), or left out when verified only. */
  unverified: number;
  /** Reporting of the quarter shown itself, against the unit's deadline (its extension's when it has one). */
  compliance: UnitCompliance;
  /** The admin extended this unit's deadline for the quarter shown. */
  extended: boolean;
  /** Kualitas data of the quarter shown: its entries without a flag of the checks at entry, and with evidence. */
  quality: EntryQuality;
  /** The quarter's entries the checks flag, with what they found (the data-check report). */
  flagged: FlaggedEntry[];
  rank: number | null;
}

export interface FlaggedEntry {
  indicator: Indicator;
  realisation: Realisation;
  warnings: PlausibilityWarning[];
  hasEvidence: boolean;
}

export interface EarlyWarning {
  orgUnit: OrgUnit;
  indicator: Indicator;
  projection: Projection;
  /** The latest filled quarter up to the one shown, its obstacles as the unit wrote them, and its status. */
  quarter: Quarter | null;
  obstacles: string;
  status: RealisationStatus | null;
}

export interface PemdaDashboard {
  units: DashboardUnit[];
  warnings: EarlyWarning[];
  /** Whether any unit filled something in the quarter shown. */
  hasData: boolean;
  /** The quarter's deadline in the jadwal input (ISO instant), null when it has none. */
  deadline: string | null;
  /** The basis these figures were read with (the screen marks by it, not by a switch that may be ahead of the query). */
  verifiedOnly: boolean;
}

export interface DashboardOptions {
  verifiedOnly: boolean;
  now: Date;
}

const emptyScore = (settings: TenantSettings, indicatorCount: number): UnitScore<Indicator> => ({
  average: null, category: null, byCategory: Object.fromEntries(settings.categoryBands.map((b) => [b.key, 0])), notComputable: indicatorCount, atRisk: [],
});

type ViewIndicators = NonNullable<Awaited<ReturnType<typeof getAgreementView>>>['goals'][number]['indicators'];

/** The quarter's filled entries, each checked as the form checks it (with its notes), and whether it has evidence. */
async function qualityAt(
  db: PantauDatabase, indicators: ViewIndicators, quarter: Quarter, settings: TenantSettings, peers: ReadonlyMap<string, readonly PeerCapaian[]>, record: EarlierYears,
): Promise<{ quality: EntryQuality; flagged: FlaggedEntry[] }> {
  const filled = indicators.flatMap((v) => {
    const row = v.realisations[quarter - 1] ?? null;
    return row && !row.deleted && row.value !== null ? [{ view: v, row }] : [];
  });
  const evidenced = new Set((await db.evidence.where('realisationId').anyOf(filled.map((f) => f.row.id)).toArray()).filter((e) => !e.deleted).map((e) => e.realisationId));
  const checked = filled.map(({ view, row }) => ({
    indicator: view.indicator, realisation: row, hasEvidence: evidenced.has(row.id),
    warnings: checkPlausibility(view.indicator, quarterValuesOf(view.realisations), quarter, settings, row, {
      peers: peersOf(peers, view.indicator, row.orgUnitId), earlierYears: earlierYearsOf(record, view.indicator),
    }),
  }));
  return {
    quality: entryQuality(checked.map((c) => ({ flagged: c.warnings.length > 0, hasEvidence: c.hasEvidence }))),
    flagged: checked.filter((c) => c.warnings.length > 0),
  };
}

export async function getPemdaDashboard(db: PantauDatabase, year: number, upTo: Quarter, settings: TenantSettings, options: DashboardOptions): Promise<PemdaDashboard> {
  const scored: Array<Omit<DashboardUnit, 'rank'>> = [];
  const warnings: EarlyWarning[] = [];
  const window = (await listPeriodWindows(db, year)).find((w) => w.quarter === upTo) ?? null;
  const units = [];
  for (const orgUnit of await listOrgUnits(db)) {
    const view = await getAgreementView(db, orgUnit.id, year);
    if (view) units.push({ orgUnit, view, indicators: view.goals.flatMap((g) => g.indicators) });
  }
  // Every unit's capaian of the quarter first: an entry far from the other units' is flagged too.
  const peers = peerTable(units.flatMap(({ orgUnit, indicators }) => indicators.flatMap((v) => {
    const entry = peerCapaianOf(orgUnit.id, v.indicator, quarterValuesOf(v.realisations), upTo, settings.lowerIsBetterFormula);
    return entry ? [entry] : [];
  })));
  for (const { orgUnit, view, indicators } of units) {
    const scoredIndicators = indicators.map((v) => ({ indicator: v.indicator, values: valuesOnBasis(v.realisations, options.verifiedOnly) }));
    const at = scoreUnitAt(scoredIndicators, upTo, settings);
    const score = at.noData ? emptyScore(settings, indicators.length) : at.score;
    const realised = await listProgramRealisations(db, view.programs.map((p) => p.id));
    const absorption = unitAbsorption(view.programs, (id) => realised.get(id) ?? [], upTo);
    const points = unitTrend(scoredIndicators, settings);
    const trend = points.map((p) => p.average) as DashboardUnit['trend'];
    const trendNoData = points.map((p) => p.noData) as DashboardUnit['trendNoData'];
    const unverified = indicators.reduce((n, v) => n + unverifiedUpTo(v.realisations, upTo), 0);
    const { deadline, extended } = unitDeadline(window, orgUnit.id);
    const compliance = unitCompliance(
      indicators.map((v) => {
        const row = v.realisations[upTo - 1] ?? null;
        return { due: v.indicator.quarterTargets[upTo - 1] !== null, entry: row && !row.deleted ? { value: row.value, status: row.status } : null };
      }),
      deadline,
      options.now,
    );
    const { quality, flagged } = await qualityAt(db, indicators, upTo, settings, peers, await earlierYearValues(db, orgUnit.id, year));
    scored.push({ orgUnit, name: orgUnit.name, indicatorCount: indicators.length, score, noData: at.noData, absorption, trend, trendNoData, unverified, compliance, extended, quality, flagged });
    for (const risk of score.atRisk) {
      const rows = indicators.find((v) => v.indicator.id === risk.indicator.id)?.realisations ?? [];
      const latest = [...rows].slice(0, upTo).reverse().find((r) => r && !r.deleted && r.value !== null && (!options.verifiedOnly || r.status === 'verified'));
      warnings.push({ orgUnit, indicator: risk.indicator, projection: risk.projection, quarter: latest?.quarter ?? null, obstacles: latest?.obstacles ?? '', status: latest?.status ?? null });
    }
  }
  const percentOf = (w: EarlyWarning) => (w.projection.projectedAchievement.computable ? w.projection.projectedAchievement.percent : 0);
  return {
    units: rankUnits(scored),
    warnings: warnings.sort((a, b) => percentOf(a) - percentOf(b)),
    hasData: scored.some((u) => !u.noData),
    deadline: window?.lockAt ?? null,
    verifiedOnly: options.verifiedOnly,
  };
}
