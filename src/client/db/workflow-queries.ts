// Reads for the workflow screens: a unit's quarter before the head submits it, the evaluator's
// queue of submitted entries across the tenant, and the entries already decided (for undo while
// their quarter's window is open). Plain async functions for useLiveQuery.
import type { Indicator } from '../../domain/indicator';
import type { OrgUnit } from '../../domain/org-unit';
import type { Quarter } from '../../domain/period';
import type { Realisation } from '../../domain/realisation';
import { quarterChecklist, type QuarterChecklist } from '../../domain/quarter-checklist';
import type { PantauDatabase } from './database';
import { getAgreementView, type IndicatorView } from './queries';
import { compareIndonesian } from '../../domain/text-order';
import { isQuarterLocked } from '../../domain/period-lock';
import { peerCapaianOf, peersOf, peerTable, type PeerCapaian } from '../../domain/peer-outlier';
import type { LowerIsBetterFormula } from '../../domain/tenant';
import { earlierYearValues, earlierYearsOf, type EarlierYears } from './earlier-years';

export interface SubmissionView {
  orgUnit: OrgUnit | undefined;
  indicators: IndicatorView[];
  checklist: QuarterChecklist;
  /** The unit's entries (any quarter) with bukti dukung on the device. */
  evidenced: ReadonlySet<string>;
}

/** The unit's current PK of the year, its entries of the quarter and what is still missing. */
export async function getSubmissionView(db: PantauDatabase, orgUnitId: string, year: number, quarter: Quarter): Promise<SubmissionView | null> {
  const view = await getAgreementView(db, orgUnitId, year);
  if (!view) return null;
  const indicators = view.goals.flatMap((g) => g.indicators);
  const byIndicator = new Map(indicators.map((v) => [v.indicator.id, v.realisations[quarter - 1] ?? null]));
  const checklist = quarterChecklist(indicators.map((v) => v.indicator), quarter, (id) => byIndicator.get(id) ?? null);
  const ids = indicators.flatMap((v) => v.realisations.flatMap((r) => (r && !r.deleted ? [r.id] : [])));
  const evidenced = new Set((await db.evidence.where('realisationId').anyOf(ids).toArray()).filter((e) => !e.deleted).map((e) => e.realisationId));
  return { orgUnit: view.orgUnit, indicators, checklist, evidenced };
}

export interface ReviewItem {
  realisation: Realisation;
  indicator: Indicator;
  /** All four quarters of the indicator, for the achievement shown beside the entry. */
  realisations: IndicatorView['realisations'];
  /** The same indicator's capaian (%) in the other units that quarter (domain/peer-outlier.ts). */
  peers: number[];
  /** The unit's values of the indicator in the years before, oldest first (domain/history-outlier.ts). */
  earlierYears: readonly number[];
}

export interface ReviewGroup {
  orgUnit: OrgUnit | undefined;
  year: number;
  quarter: Quarter;
  items: ReviewItem[];
}

/** Submitted entries waiting for a decision, by unit and quarter (oldest quarter first). */
export async function listReviewQueue(db: PantauDatabase, formula: LowerIsBetterFormula): Promise<ReviewGroup[]> {
  const live = (await db.realisations.toArray()).filter((r) => !r.deleted);
  const waiting = live.filter((r) => r.status === 'submitted');
  const indicators = new Map<string, Indicator | undefined>();
  const indicatorOf = async (id: string) => {
    if (!indicators.has(id)) indicators.set(id, await db.indicators.get(id));
    return indicators.get(id);
  };
  // Every unit's capaian in the quarters waiting for review, whatever the entry's status.
  const peerTables = new Map<string, Map<string, PeerCapaian[]>>();
  const quarterKey = (r: Pick<Realisation, 'year' | 'quarter'>) => `${r.year}|${r.quarter}`;
  for (const key of new Set(waiting.map(quarterKey))) {
    const entries: PeerCapaian[] = [];
    for (const row of live.filter((r) => quarterKey(r) === key && r.value !== null)) {
      const indicator = await indicatorOf(row.indicatorId);
      if (!indicator || indicator.deleted) continue;
      const values: [number | null, number | null, number | null, number | null] = [null, null, null, null];
      values[row.quarter - 1] = row.value;
      const entry = peerCapaianOf(row.orgUnitId, indicator, values, row.quarter, formula);
      if (entry) entries.push(entry);
    }
    peerTables.set(key, peerTable(entries));
  }
  const groups = new Map<string, ReviewGroup>();
  const records = new Map<string, EarlierYears>();
  const recordOf = async (orgUnitId: string, year: number) => {
    const key = `${orgUnitId}|${year}`;
    const record = records.get(key) ?? (await earlierYearValues(db, orgUnitId, year));
    records.set(key, record);
    return record;
  };
  for (const realisation of waiting) {
    const indicator = await indicatorOf(realisation.indicatorId);
    if (!indicator || indicator.deleted) continue;
    const key = `${realisation.orgUnitId}|${realisation.year}|${realisation.quarter}`;
    let group = groups.get(key);
    if (!group) {
      group = { orgUnit: await db.orgUnits.get(realisation.orgUnitId), year: realisation.year, quarter: realisation.quarter, items: [] };
      groups.set(key, group);
    }
    const rows = await db.realisations.where('indicatorId').equals(indicator.id).toArray();
    const slots: IndicatorView['realisations'] = [null, null, null, null];
    for (const row of rows) if (!row.deleted) slots[row.quarter - 1] = row;
    group.items.push({
      realisation, indicator, realisations: slots,
      peers: peersOf(peerTables.get(quarterKey(realisation)) ?? new Map(), indicator, realisation.orgUnitId),
      earlierYears: earlierYearsOf(await recordOf(realisation.orgUnitId, realisation.year), indicator),
    });
  }
  const sorted = [...groups.values()].sort((a, b) => a.year - b.year || a.quarter - b.quarter || compareIndonesian(a.orgUnit?.name ?? '', b.orgUnit?.name ?? ''));
  for (const group of sorted) group.items.sort((a, b) => a.indicator.order - b.indicator.order);
  return sorted;
}

export interface DecidedItem {
  realisation: Realisation;
  indicator: Indicator;
  orgUnit: OrgUnit | undefined;
  /** The quarter's window is locked (admin, or its deadline passed): the decision is final. */
  locked: boolean;
}

/** Verified and returned entries, the latest decision first (the device's copy of the window). */
export async function listDecided(db: PantauDatabase, now: Date): Promise<DecidedItem[]> {
  const decided = (await db.realisations.toArray()).filter((r) => !r.deleted && (r.status === 'verified' || r.status === 'returned'));
  const windows = (await db.periodWindows.toArray()).filter((w) => !w.deleted);
  const indicatorIds = [...new Set(decided.map((r) => r.indicatorId))];
  const unitIds = [...new Set(decided.map((r) => r.orgUnitId))];
  const indicators = new Map((await db.indicators.bulkGet(indicatorIds)).flatMap((i) => (i && !i.deleted ? [[i.id, i] as const] : [])));
  const units = new Map((await db.orgUnits.bulkGet(unitIds)).flatMap((u) => (u ? [[u.id, u] as const] : [])));
  const items: DecidedItem[] = [];
  for (const realisation of decided) {
    const indicator = indicators.get(realisation.indicatorId);
    if (!indicator) continue;
    const window = windows.find((w) => w.year === realisation.year && w.quarter === realisation.quarter);
    items.push({ realisation, indicator, orgUnit: units.get(realisation.orgUnitId), locked: isQuarterLocked(window, now, realisation.orgUnitId) });
  }
  return items.sort((a, b) => b.realisation.updatedAt.localeCompare(a.realisation.updatedAt) || a.indicator.order - b.indicator.order);
}
