// What a PK needs before it can be signed (domain.md, "The PK document", "Indicators"; issue 4).
// The editor shows these as the user types; the server checks the same list when a PK is signed.
// Errors block signing; warnings are shown and left to the user's judgement.
import type { Agreement, Goal, Program } from './agreement';
import type { Indicator, TargetValue } from './indicator';

export type PkIssueCode =
  | 'noIndicators'
  | 'goalEmpty'
  | 'nipInvalid'
  | 'partyMissing'
  | 'unitMissing'
  | 'targetMissing'
  | 'targetWrongType'
  | 'scaleLevelsMissing'
  | 'quarterSumMismatch'
  | 'boundsOrder'
  | 'budgetNotPositive'
  | 'budgetNotSum'
  | 'codeDuplicate'
  | 'codeMissing';

export interface PkIssue {
  severity: 'error' | 'warning';
  code: PkIssueCode;
  entity: 'agreement' | 'goal' | 'indicator' | 'program';
  /** The row the issue is on (the agreement's id for agreement-level issues). */
  recordId: string;
  field?: string;
  /** Values for the message, e.g. the sum and the annual target. */
  params?: Record<string, string | number>;
}

export interface PkDraft {
  agreement: Pick<Agreement, 'id' | 'firstParty' | 'secondParty'>;
  goals: readonly Goal[];
  indicators: readonly Indicator[];
  programs: readonly Program[];
}

const nipPattern = /^\d{18}$/;

/** An NIP as typed: spaces (as printed on ID cards) are allowed; 18 digits remain. */
export function normaliseNip(typed: string): string {
  return typed.replace(/\s+/g, '');
}

export function isValidNip(nip: string): boolean {
  return nipPattern.test(nip);
}

/** Whether a target's shape fits the target type (a number, {min, max} or a statement). */
export function targetFitsType(target: TargetValue, type: Indicator['targetType']): boolean {
  if (type === 'text') return typeof target === 'string';
  if (type === 'range') return typeof target === 'object';
  return typeof target === 'number';
}

const live = <T extends { deleted: boolean }>(rows: readonly T[]): T[] => rows.filter((r) => !r.deleted);

function indicatorIssues(indicator: Indicator): PkIssue[] {
  const at = (code: PkIssueCode, field: string, severity: PkIssue['severity'] = 'error', params?: PkIssue['params']): PkIssue => ({
    severity, code, entity: 'indicator', recordId: indicator.id, field, ...(params ? { params } : {}),
  });
  const issues: PkIssue[] = [];
  const isText = indicator.targetType === 'text';
  if (!isText && indicator.unit.trim() === '') issues.push(at('unitMissing', 'unit'));
  if (!isText && indicator.annualTarget === null) issues.push(at('targetMissing', 'annualTarget'));
  if (indicator.annualTarget !== null && !targetFitsType(indicator.annualTarget, indicator.targetType)) {
    issues.push(at('targetWrongType', 'annualTarget'));
  }
  indicator.quarterTargets.forEach((target, i) => {
    if (target !== null && !targetFitsType(target, indicator.targetType)) issues.push(at('targetWrongType', `quarterTargets.${i}`));
  });
  if (indicator.targetType === 'scale' && indicator.scaleLevels.length === 0) issues.push(at('scaleLevelsMissing', 'scaleLevels'));
  if (indicator.minValue !== null && indicator.maxValue !== null && indicator.minValue > indicator.maxValue) issues.push(at('boundsOrder', 'maxValue'));
  const mismatch = quarterSumMismatch(indicator);
  if (mismatch) issues.push(at('quarterSumMismatch', 'quarterTargets', 'warning', mismatch));
  return issues;
}

/**
 * For a cumulative indicator, the quarter targets should add up to the annual target. Returns
 * the two figures when all four are numbers and they differ (beyond rounding), else null.
 */
export function quarterSumMismatch(indicator: Pick<Indicator, 'aggregation' | 'annualTarget' | 'quarterTargets'>): { sum: number; annual: number } | null {
  if (indicator.aggregation !== 'sum' || typeof indicator.annualTarget !== 'number') return null;
  const numbers = indicator.quarterTargets.filter((t): t is number => typeof t === 'number');
  if (numbers.length === 0) return null;
  const sum = numbers.reduce((a, b) => a + b, 0);
  return Math.abs(sum - indicator.annualTarget) > 1e-6 ? { sum, annual: indicator.annualTarget } : null;
}

/** Budget of each line as its children add up (a line without children keeps its own). */
export function rolledUpBudgets(programs: readonly Program[]): Map<string, number> {
  const rows = live(programs);
  const children = new Map<string, Program[]>();
  for (const p of rows) if (p.parentId !== null) children.set(p.parentId, [...(children.get(p.parentId) ?? []), p]);
  const result = new Map<string, number>();
  const total = (p: Program, seen: Set<string>): number => {
    const known = result.get(p.id);
    if (known !== undefined) return known;
    const kids = seen.has(p.id) ? [] : (children.get(p.id) ?? []); // a cycle counts as a leaf
    const value = kids.length === 0 ? p.budget : kids.reduce((sum, k) => sum + total(k, new Set([...seen, p.id])), 0);
    result.set(p.id, value);
    return value;
  };
  for (const p of rows) total(p, new Set());
  return result;
}

function programIssues(programs: readonly Program[]): PkIssue[] {
  const rows = live(programs);
  const issues: PkIssue[] = [];
  const rolled = rolledUpBudgets(rows);
  const hasChildren = new Set(rows.map((p) => p.parentId).filter((id): id is string => id !== null));
  const byCode = new Map<string, Program[]>();
  for (const p of rows) {
    const code = p.code.trim();
    if (code === '') issues.push({ severity: 'warning', code: 'codeMissing', entity: 'program', recordId: p.id, field: 'code' });
    else byCode.set(code, [...(byCode.get(code) ?? []), p]);
    if (!hasChildren.has(p.id) && !(p.budget > 0)) {
      issues.push({ severity: 'error', code: 'budgetNotPositive', entity: 'program', recordId: p.id, field: 'budget' });
    }
    const rolledUp = rolled.get(p.id) ?? p.budget;
    if (hasChildren.has(p.id) && rolledUp !== p.budget) {
      issues.push({ severity: 'error', code: 'budgetNotSum', entity: 'program', recordId: p.id, field: 'budget', params: { sum: rolledUp } });
    }
  }
  for (const [code, same] of byCode) {
    if (same.length < 2) continue;
    for (const p of same) issues.push({ severity: 'error', code: 'codeDuplicate', entity: 'program', recordId: p.id, field: 'code', params: { code } });
  }
  return issues;
}

function partyIssues(agreement: PkDraft['agreement']): PkIssue[] {
  const at = (code: PkIssueCode, field: string): PkIssue => ({ severity: 'error', code, entity: 'agreement', recordId: agreement.id, field });
  const issues: PkIssue[] = [];
  const { firstParty, secondParty } = agreement;
  if (firstParty.name.trim() === '') issues.push(at('partyMissing', 'firstParty.name'));
  if (firstParty.position.trim() === '') issues.push(at('partyMissing', 'firstParty.position'));
  if (firstParty.nip !== null && !isValidNip(firstParty.nip)) issues.push(at('nipInvalid', 'firstParty.nip'));
  if (secondParty.name.trim() === '') issues.push(at('partyMissing', 'secondParty.name'));
  if (secondParty.position.trim() === '') issues.push(at('partyMissing', 'secondParty.position'));
  return issues;
}

/** Every issue of a PK draft, agreement first, then goals in order, then budget lines. */
export function validatePk(draft: PkDraft): PkIssue[] {
  const goals = live(draft.goals).sort((a, b) => a.order - b.order);
  const indicators = live(draft.indicators);
  const issues = partyIssues(draft.agreement);
  if (indicators.length === 0) issues.push({ severity: 'error', code: 'noIndicators', entity: 'agreement', recordId: draft.agreement.id });
  for (const goal of goals) {
    const own = indicators.filter((i) => i.goalId === goal.id).sort((a, b) => a.order - b.order);
    if (own.length === 0) issues.push({ severity: 'warning', code: 'goalEmpty', entity: 'goal', recordId: goal.id });
    for (const indicator of own) issues.push(...indicatorIssues(indicator));
  }
  const goalIds = new Set(goals.map((g) => g.id));
  for (const orphan of indicators.filter((i) => !goalIds.has(i.goalId))) issues.push(...indicatorIssues(orphan));
  issues.push(...programIssues(draft.programs));
  return issues;
}

export const blocksSigning = (issues: readonly PkIssue[]): boolean => issues.some((i) => i.severity === 'error');
