import { describe, expect, it } from 'vitest';
import { complianceSummary, unitCompliance, unitDeadline, type ComplianceIndicator } from '../../src/domain/reporting-compliance';
import type { RealisationStatus } from '../../src/domain/realisation-status';

const entry = (status: RealisationStatus, value: number | null = 10) => ({ value, status });
const due = (e: ComplianceIndicator['entry']): ComplianceIndicator => ({ due: true, entry: e });
const notDue = (e: ComplianceIndicator['entry']): ComplianceIndicator => ({ due: false, entry: e });
const deadline = '2026-04-15T16:00:00.000Z';
const before = new Date('2026-04-15T15:59:59.000Z');
const after = new Date('2026-04-15T16:00:00.000Z');

describe('unitCompliance', () => {
  const cases: Array<{ name: string; indicators: ComplianceIndicator[]; deadline: string | null; now: Date; expected: Partial<ReturnType<typeof unitCompliance>> }> = [
    {
      name: 'counts each status once; due without value, draft and returned are outstanding',
      indicators: [due(entry('draft')), due(entry('submitted')), due(entry('verified')), due(entry('returned')), due(null), due(entry('draft', null))],
      deadline, now: before,
      expected: { due: 6, entered: 4, submitted: 1, verified: 1, returned: 1, outstanding: 4, late: false, onTimePercent: null },
    },
    {
      name: 'late once the deadline has passed with something outstanding',
      indicators: [due(entry('submitted')), due(null)],
      deadline, now: after,
      expected: { outstanding: 1, late: true, deadline, onTimePercent: 50 },
    },
    {
      name: 'not late when everything due is with the evaluator by the deadline',
      indicators: [due(entry('submitted')), due(entry('verified')), notDue(null)],
      deadline, now: after,
      expected: { due: 2, outstanding: 0, late: false, onTimePercent: 100 },
    },
    {
      name: 'a returned entry after the deadline makes the unit late again',
      indicators: [due(entry('returned'))],
      deadline, now: after,
      expected: { returned: 1, outstanding: 1, late: true, onTimePercent: 0 },
    },
    {
      name: 'no deadline, never late',
      indicators: [due(null)],
      deadline: null, now: after,
      expected: { outstanding: 1, late: false, deadline: null, onTimePercent: null },
    },
    {
      name: 'an entry of an indicator not due counts as entered, not as outstanding',
      indicators: [notDue(entry('draft', 0))],
      deadline, now: after,
      expected: { due: 0, entered: 1, outstanding: 0, late: false, onTimePercent: null },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(unitCompliance(c.indicators, c.deadline, c.now)).toMatchObject(c.expected);
    });
  }
});

describe('complianceSummary', () => {
  const unit = (average: number | null, indicators: ComplianceIndicator[], now = after) => ({ average, compliance: unitCompliance(indicators, deadline, now) });
  it('averages the units that have an average, shares verified over entered, counts late units', () => {
    const summary = complianceSummary([
      unit(100, [due(entry('verified')), due(entry('verified'))]),
      unit(70, [due(entry('submitted')), due(null)]),
      unit(null, [due(null)]),
    ]);
    expect(summary).toMatchObject({ units: 3, averageAchievement: 85, unitsLate: 2 });
    expect(summary.verifiedPercent).toBeCloseTo(66.667, 2);
  });

  it('has no average and no share when nothing is entered', () => {
    expect(complianceSummary([unit(null, [due(null)], before)])).toEqual({ units: 1, averageAchievement: null, verifiedPercent: null, unitsLate: 0 });
    expect(complianceSummary([])).toEqual({ units: 0, averageAchievement: null, verifiedPercent: null, unitsLate: 0 });
  });
});

describe('unitDeadline', () => {
  const unitA = 'a';
  const unitB = 'b';
  const extended = '2026-04-22T16:00:00.000Z';
  const window = { locked: false, lockAt: deadline, extensions: [{ orgUnitId: unitB, until: extended }] };
  const cases: Array<[string, Parameters<typeof unitDeadline>[0], string, ReturnType<typeof unitDeadline>]> = [
    ['no window, no deadline', null, unitA, { deadline: null, extended: false }],
    ['the window’s deadline for a unit without an extension', window, unitA, { deadline, extended: false }],
    ['an extension replaces it for that unit', window, unitB, { deadline: extended, extended: true }],
    ['an extension holds even when the quarter is locked for the others', { ...window, locked: true, lockAt: null }, unitB, { deadline: extended, extended: true }],
  ];
  for (const [name, w, unit, expected] of cases) it(name, () => expect(unitDeadline(w, unit)).toEqual(expected));

  it('a unit with an extension is not late at the tenant deadline, only after its own', () => {
    const open = [due(null)];
    const b = unitDeadline(window, unitB);
    expect(unitCompliance(open, b.deadline, after).late).toBe(false);
    expect(unitCompliance(open, b.deadline, new Date(extended)).late).toBe(true);
    expect(unitCompliance(open, unitDeadline(window, unitA).deadline, after).late).toBe(true);
  });
});
