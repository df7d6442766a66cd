// The review screen's filter (unit, quarter) and view (waiting / decided), kept in the address
// (?unit=…&period=2026-3&view=decided) so the back button and a shared link keep them. Pure.
import { isQuarter, type Quarter } from '../../../domain/period';
import { compareIndonesian } from '../../../domain/text-order';

export type ReviewView = 'waiting' | 'decided';

export interface ReviewFilter {
  unitId: string | null;
  period: { year: number; quarter: Quarter } | null;
  view: ReviewView;
}

/** Anything placed in a unit and a quarter: a queue item, a decided item. */
export interface Placed {
  orgUnitId: string;
  unitName: string;
  year: number;
  quarter: Quarter;
}

export const periodKey = (year: number, quarter: number) => `${year}-${quarter}`;

export function readFilter(params: URLSearchParams): ReviewFilter {
  const [year, quarter] = (params.get('period') ?? '').split('-').map(Number);
  const period = year !== undefined && Number.isInteger(year) && year > 0 && isQuarter(quarter ?? 0) ? { year, quarter: quarter as Quarter } : null;
  return { unitId: params.get('unit') || null, period, view: params.get('view') === 'decided' ? 'decided' : 'waiting' };
}

export function writeFilter(filter: ReviewFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.unitId) params.set('unit', filter.unitId);
  if (filter.period) params.set('period', periodKey(filter.period.year, filter.period.quarter));
  if (filter.view === 'decided') params.set('view', 'decided');
  return params;
}

export function matches(filter: ReviewFilter, item: Placed): boolean {
  if (filter.unitId && item.orgUnitId !== filter.unitId) return false;
  return !filter.period || (filter.period.year === item.year && filter.period.quarter === item.quarter);
}

export interface FilterOptions {
  units: Array<{ id: string; name: string }>;
  periods: Array<{ year: number; quarter: Quarter }>;
}

/** The units and quarters that have something to show, units by name and the latest quarter first. */
export function filterOptions(items: readonly Placed[]): FilterOptions {
  const units = new Map<string, string>();
  const periods = new Map<string, { year: number; quarter: Quarter }>();
  for (const item of items) {
    units.set(item.orgUnitId, item.unitName);
    periods.set(periodKey(item.year, item.quarter), { year: item.year, quarter: item.quarter });
  }
  return {
    units: [...units].map(([id, name]) => ({ id, name })).sort((a, b) => compareIndonesian(a.name, b.name)),
    periods: [...periods.values()].sort((a, b) => b.year - a.year || b.quarter - a.quarter),
  };
}
