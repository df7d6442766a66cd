// The year's PKs and realisations as rows for other systems, in a stable order, paged by an opaque
// cursor (the last row's sort key). Capaian follows the domain's rules (domain/achievement.ts)
// with the tenant's lower-is-better formula; a capaian that cannot be computed says why.
import type { AgreementExportRow, RealisationExportRow } from '../../../api/integration';
import { quarterAchievement, yearToDateAchievement, type Achievement, type QuarterValues } from '../../../domain/achievement';
import type { Indicator, TargetValue } from '../../../domain/indicator';
import type { Quarter } from '../../../domain/period';
import type { YearData } from '../../store/integration-queries';
import type { ServiceContext } from '../context';
import { ServiceError } from '../errors';

export interface Keyed<T> { key: string; row: T }
export interface ExportPage<T> { rows: T[]; nextCursor: string | null }

/** Numbers padded so that the keys sort as strings; parts joined by a character no name holds. */
const pad = (n: number): string => String(n).padStart(10, '0');
const keyOf = (...parts: Array<string | number>): string => parts.map((p) => (typeof p === 'number' ? pad(p) : p)).join('\u0001');

async function loadYear(ctx: ServiceContext, tenantId: string, year: number): Promise<{ data: YearData; formula: 'A' | 'B' }> {
  const tenant = await ctx.store.getTenant(tenantId);
  if (!tenant) throw new ServiceError('not_found');
  return { data: await ctx.store.loadYear(tenantId, year), formula: tenant.settings.lowerIsBetterFormula };
}

function unitsById(data: YearData) {
  return new Map(data.orgUnits.map((u) => [u.id, u]));
}

export async function agreementRows(ctx: ServiceContext, tenantId: string, year: number): Promise<Array<Keyed<AgreementExportRow>>> {
  const { data } = await loadYear(ctx, tenantId, year);
  const units = unitsById(data);
  const goals = new Map(data.goals.map((g) => [g.id, g]));
  const byAgreement = new Map<string, Indicator[]>();
  for (const indicator of data.indicators) byAgreement.set(indicator.agreementId, [...(byAgreement.get(indicator.agreementId) ?? []), indicator]);
  const rows: Array<Keyed<AgreementExportRow>> = [];
  for (const pk of data.agreements) {
    const unit = units.get(pk.orgUnitId);
    const base = {
      agreementId: pk.id, orgUnitId: pk.orgUnitId, orgUnitCode: unit?.code ?? '', orgUnitName: unit?.name ?? '', year: pk.year,
      version: pk.version, kind: pk.kind, status: pk.status, signedOn: pk.signedOn,
    };
    const indicators = byAgreement.get(pk.id) ?? [];
    if (indicators.length === 0) {
      rows.push({
        key: keyOf(base.orgUnitCode, pk.orgUnitId, pk.version, pk.id, ''),
        row: { ...base, goal: null, indicatorId: null, indicator: null, unit: null, polarity: null, aggregation: null, targetType: null, annualTarget: null, targetQ1: null, targetQ2: null, targetQ3: null, targetQ4: null },
      });
    }
    for (const indicator of indicators) {
      const goal = goals.get(indicator.goalId);
      const [q1, q2, q3, q4] = indicator.quarterTargets;
      rows.push({
        key: keyOf(base.orgUnitCode, pk.orgUnitId, pk.version, pk.id, goal?.order ?? 0, indicator.order, indicator.id),
        row: {
          ...base, goal: goal?.name ?? null, indicatorId: indicator.id, indicator: indicator.name, unit: indicator.unit,
          polarity: indicator.polarity, aggregation: indicator.aggregation, targetType: indicator.targetType,
          annualTarget: indicator.annualTarget, targetQ1: q1, targetQ2: q2, targetQ3: q3, targetQ4: q4,
        },
      });
    }
  }
  return rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

const percentOf = (a: Achievement): number | null => (a.computable ? a.percent : null);

export async function realisationRows(ctx: ServiceContext, tenantId: string, year: number): Promise<Array<Keyed<RealisationExportRow>>> {
  const { data, formula } = await loadYear(ctx, tenantId, year);
  const units = unitsById(data);
  const agreements = new Map(data.agreements.map((a) => [a.id, a]));
  const indicators = new Map(data.indicators.map((i) => [i.id, i]));
  const values = new Map<string, [number | null, number | null, number | null, number | null]>();
  for (const r of data.realisations) {
    const slot = values.get(r.indicatorId) ?? [null, null, null, null];
    slot[r.quarter - 1] = r.value;
    values.set(r.indicatorId, slot);
  }
  const rows: Array<Keyed<RealisationExportRow>> = [];
  for (const r of data.realisations) {
    const indicator = indicators.get(r.indicatorId);
    const pk = indicator ? agreements.get(indicator.agreementId) : undefined;
    if (!indicator || !pk) continue; // an entry of a PK removed since: not part of the year's PKs
    const unit = units.get(r.orgUnitId);
    const quarter = r.quarter as Quarter;
    const quarterValues: QuarterValues = values.get(r.indicatorId) ?? [null, null, null, null];
    const achievement = quarterAchievement(indicator, quarterValues, quarter, formula);
    const target: TargetValue | null = indicator.quarterTargets[quarter - 1] ?? (indicator.aggregation === 'flat' ? indicator.annualTarget : null);
    rows.push({
      key: keyOf(unit?.code ?? '', r.orgUnitId, pk.version, pk.id, indicator.order, indicator.id, r.quarter),
      row: {
        realisationId: r.id, orgUnitId: r.orgUnitId, orgUnitCode: unit?.code ?? '', orgUnitName: unit?.name ?? '',
        agreementId: pk.id, agreementVersion: pk.version, agreementStatus: pk.status, indicatorId: indicator.id,
        indicator: indicator.name, unit: indicator.unit, year: r.year, quarter: r.quarter, status: r.status, value: r.value, target,
        achievement: percentOf(achievement), achievementReason: achievement.computable ? null : achievement.reason,
        achievementYearToDate: percentOf(yearToDateAchievement(indicator, quarterValues, quarter, formula)),
        reviewNote: r.reviewNote, updatedAt: r.updatedAt,
      },
    });
  }
  return rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

const encodeCursor = (key: string): string => Buffer.from(key, 'utf8').toString('base64url');
const decodeCursor = (cursor: string): string => Buffer.from(cursor, 'base64url').toString('utf8');

/** The rows after the cursor's row (rows added or removed meanwhile neither repeat nor shift the rest). */
export function pageOf<T>(rows: ReadonlyArray<Keyed<T>>, cursor: string | undefined, limit: number): ExportPage<T> {
  const after = cursor === undefined ? null : decodeCursor(cursor);
  const start = after === null ? 0 : rows.findIndex((r) => r.key > after);
  const slice = start < 0 ? [] : rows.slice(start, start + limit);
  const last = slice[slice.length - 1];
  const more = start >= 0 && start + limit < rows.length;
  return { rows: slice.map((r) => r.row), nextCursor: more && last ? encodeCursor(last.key) : null };
}
