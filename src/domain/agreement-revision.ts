// PK perubahan and "copy from last year" (domain.md, "The PK document"; issue 4): both start a
// new PK from an existing one. A revision links each indicator to the one it continues, so the
// realisations already entered carry over; a copy is a fresh PK for another year.
import type { Agreement, Goal, Program } from './agreement';
import type { Indicator } from './indicator';

export interface PkContent {
  agreement: Agreement;
  goals: readonly Goal[];
  indicators: readonly Indicator[];
  programs: readonly Program[];
}

export interface StartedPk {
  agreement: Agreement;
  goals: Goal[];
  indicators: Indicator[];
  programs: Program[];
}

export interface StartOptions {
  mode: 'revision' | 'copy';
  /** The year of a copy (revisions keep the source's year). */
  year?: number;
  newId: () => string;
  now: string;
  userId: string;
  deviceId: string | null;
}

/** The new draft PK, its rows not yet synced (rev 0). */
export function startFrom(source: PkContent, options: StartOptions): StartedPk {
  const { mode, newId } = options;
  const meta = { rev: 0, updatedAt: options.now, updatedBy: options.userId, deviceId: options.deviceId, deleted: false };
  const revision = mode === 'revision';
  const agreement: Agreement = {
    ...source.agreement, ...meta, id: newId(),
    year: revision ? source.agreement.year : (options.year ?? source.agreement.year + 1),
    version: revision ? source.agreement.version + 1 : 0,
    parentId: revision ? source.agreement.id : null,
    status: 'draft', number: revision ? source.agreement.number : null, signedOn: null, signedPlace: null, signedScan: null,
  };
  const goalIds = new Map<string, string>();
  const goals = source.goals.filter((g) => !g.deleted).map((g): Goal => {
    const id = newId();
    goalIds.set(g.id, id);
    // As for the indicators' links below: a revision keeps a sasaran daerah's tujuan, another year links anew.
    return { ...g, ...meta, id, agreementId: agreement.id, tujuanId: revision ? (g.tujuanId ?? null) : null };
  });
  const indicators = source.indicators
    .filter((i) => !i.deleted && goalIds.has(i.goalId))
    .map((i): Indicator => ({
      ...i, ...meta, id: newId(), agreementId: agreement.id, goalId: goalIds.get(i.goalId) as string,
      previousId: revision ? i.id : null,
      // A revision keeps its links (the server re-reads them); another year's PK links anew.
      supportsId: revision ? i.supportsId : null,
    }));
  const programIds = new Map<string, string>();
  const livePrograms = source.programs.filter((p) => !p.deleted);
  for (const p of livePrograms) programIds.set(p.id, newId());
  const programs = livePrograms.map((p): Program => ({
    ...p, ...meta, id: programIds.get(p.id) as string, agreementId: agreement.id,
    parentId: p.parentId === null ? null : (programIds.get(p.parentId) ?? null),
  }));
  return { agreement, goals, indicators, programs };
}

export type PkChange =
  | { kind: 'party'; field: string; before: unknown; after: unknown }
  | { kind: 'goalAdded' | 'goalRemoved'; name: string }
  | { kind: 'goalRenamed'; before: string; after: string }
  | { kind: 'indicatorAdded' | 'indicatorRemoved'; name: string }
  | { kind: 'indicatorChanged'; name: string; field: string; before: unknown; after: unknown }
  | { kind: 'programAdded' | 'programRemoved'; code: string; name: string }
  | { kind: 'programChanged'; code: string; name: string; field: string; before: unknown; after: unknown };

const indicatorFields = [
  'name', 'unit', 'polarity', 'aggregation', 'targetType', 'annualTarget', 'quarterTargets', 'definition', 'dataSource', 'responsible',
] as const;
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const live = <T extends { deleted: boolean }>(rows: readonly T[]): T[] => rows.filter((r) => !r.deleted);

/**
 * What changed from one version to the next, for the side-by-side view: indicators matched by
 * the link a revision keeps (else by name), goals by name or by their indicators, budget lines by
 * code (else by name).
 */
export function diffPk(before: PkContent, after: PkContent): PkChange[] {
  const changes: PkChange[] = [];
  for (const side of ['firstParty', 'secondParty'] as const) {
    const a = before.agreement[side] as Record<string, unknown>;
    const b = after.agreement[side] as Record<string, unknown>;
    for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!same(a[field], b[field])) changes.push({ kind: 'party', field: `${side}.${field}`, before: a[field], after: b[field] });
    }
  }

  const oldIndicators = live(before.indicators);
  const newIndicators = live(after.indicators);
  const matchOf = new Map<string, Indicator>();
  for (const n of newIndicators) {
    const match = oldIndicators.find((o) => o.id === n.previousId) ?? oldIndicators.find((o) => o.name === n.name && ![...matchOf.values()].includes(o));
    if (match) matchOf.set(n.id, match);
  }
  const oldGoals = live(before.goals);
  const newGoals = live(after.goals);
  const goalMatch = new Map<string, Goal>();
  for (const g of newGoals) {
    const byName = oldGoals.find((o) => o.name === g.name);
    const byIndicator = newIndicators.filter((i) => i.goalId === g.id).map((i) => matchOf.get(i.id)?.goalId).find((id) => id);
    const match = byName ?? oldGoals.find((o) => o.id === byIndicator);
    if (match && ![...goalMatch.values()].includes(match)) goalMatch.set(g.id, match);
  }
  const matchedOldGoals = new Set([...goalMatch.values()].map((g) => g.id));
  for (const g of newGoals.sort((a, b) => a.order - b.order)) {
    const match = goalMatch.get(g.id);
    if (!match) changes.push({ kind: 'goalAdded', name: g.name });
    else if (match.name !== g.name) changes.push({ kind: 'goalRenamed', before: match.name, after: g.name });
  }
  for (const g of oldGoals) if (!matchedOldGoals.has(g.id)) changes.push({ kind: 'goalRemoved', name: g.name });

  const matchedOld = new Set([...matchOf.values()].map((i) => i.id));
  for (const n of newIndicators) {
    const match = matchOf.get(n.id);
    if (!match) {
      changes.push({ kind: 'indicatorAdded', name: n.name });
      continue;
    }
    for (const field of indicatorFields) {
      if (!same(match[field], n[field])) changes.push({ kind: 'indicatorChanged', name: n.name, field, before: match[field], after: n[field] });
    }
  }
  for (const o of oldIndicators) if (!matchedOld.has(o.id)) changes.push({ kind: 'indicatorRemoved', name: o.name });

  const oldPrograms = live(before.programs);
  const used = new Set<string>();
  for (const p of live(after.programs)) {
    const match = oldPrograms.find((o) => !used.has(o.id) && p.code !== '' && o.code === p.code)
      ?? oldPrograms.find((o) => !used.has(o.id) && o.name === p.name);
    if (!match) {
      changes.push({ kind: 'programAdded', code: p.code, name: p.name });
      continue;
    }
    used.add(match.id);
    for (const field of ['code', 'name', 'budget'] as const) {
      if (match[field] !== p[field]) changes.push({ kind: 'programChanged', code: p.code, name: p.name, field, before: match[field], after: p[field] });
    }
  }
  for (const o of oldPrograms) if (!used.has(o.id)) changes.push({ kind: 'programRemoved', code: o.code, name: o.name });
  return changes;
}

/**
 * Quarters of an indicator (in a revision) whose target differs from the indicator it continues
 * while a realisation already exists for them: the editor asks before such a change.
 */
export function targetChangesOverRealised(
  previous: Pick<Indicator, 'quarterTargets'>,
  next: Pick<Indicator, 'quarterTargets'>,
  realisedQuarters: ReadonlySet<number>,
): number[] {
  return [1, 2, 3, 4].filter((q) => realisedQuarters.has(q) && !same(previous.quarterTargets[q - 1], next.quarterTargets[q - 1]));
}
