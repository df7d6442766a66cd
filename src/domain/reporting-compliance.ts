// Kepatuhan pelaporan (issue 15, "Reporting compliance"): per unit and quarter, how far the unit's
// reporting has got — entered, waiting for the evaluator, verified, returned — and whether it is
// late against the quarter's deadline; and the pemda's summary above the table. Pure.
//
// Decisions:
// - An indicator is due in a quarter when it has a target for it (as the submission checklist,
//   quarter-checklist.ts); entries of indicators not due still count as entered.
// - "Outstanding" is a due indicator not yet with the evaluator: no value, draft or returned.
// - Late: the unit's deadline (the window's lockAt, or the unit's extension when it has one) has
//   passed with something outstanding. After the deadline the server refuses entries, so what was
//   not in by then stays outstanding until the admin reopens or extends. A window without a
//   deadline (none, or only locked by hand) makes no unit late.
// - On time (kualitas data, issue 21): once the deadline has passed, the share of the due
//   indicators that reached the evaluator. The device keeps no time of submission, so an entry sent
//   after the admin reopened the quarter counts as on time; one returned after the deadline counts
//   as not (it is outstanding again, as for "late").
// - The pemda's average is the mean of the units' averages (each unit once, as the ranking);
//   "% verified" is verified ÷ entered over all units, null when nothing is entered.
import type { RealisationStatus } from './realisation-status';
import { extensionFor, windowForUnit, type PeriodLock } from './period-lock';

export interface ComplianceEntry {
  value: number | null;
  status: RealisationStatus;
}

export interface ComplianceIndicator {
  /** Has a target this quarter. */
  due: boolean;
  entry: ComplianceEntry | null;
}

export interface UnitCompliance {
  due: number;
  entered: number;
  /** Sent and waiting for the evaluator. */
  submitted: number;
  verified: number;
  returned: number;
  /** Due indicators not with the evaluator yet (no value, draft or returned). */
  outstanding: number;
  /** The deadline applied (ISO instant), null when the quarter has none. */
  deadline: string | null;
  late: boolean;
  /** Due indicators with the evaluator once the deadline has passed (%); null before it, without one, or with nothing due. */
  onTimePercent: number | null;
}

/** The deadline that holds for one unit: its extension's end when the admin gave it one, else the window's. */
export function unitDeadline(window: PeriodLock | null | undefined, orgUnitId: string): { deadline: string | null; extended: boolean } {
  if (!window) return { deadline: null, extended: false };
  return { deadline: windowForUnit(window, orgUnitId).lockAt, extended: extensionFor(window, orgUnitId) !== null };
}

export function unitCompliance(indicators: readonly ComplianceIndicator[], deadline: string | null, now: Date): UnitCompliance {
  const filled = indicators.filter((i) => i.entry !== null && i.entry.value !== null);
  const count = (status: RealisationStatus) => filled.filter((i) => i.entry?.status === status).length;
  const withEvaluator = (i: ComplianceIndicator) => i.entry !== null && i.entry.value !== null && (i.entry.status === 'submitted' || i.entry.status === 'verified');
  const outstanding = indicators.filter((i) => i.due && !withEvaluator(i)).length;
  const passed = deadline !== null && now.getTime() >= Date.parse(deadline);
  const due = indicators.filter((i) => i.due).length;
  return {
    due,
    entered: filled.length,
    submitted: count('submitted'),
    verified: count('verified'),
    returned: count('returned'),
    outstanding,
    deadline,
    late: passed && outstanding > 0,
    onTimePercent: passed && due > 0 ? ((due - outstanding) * 100) / due : null,
  };
}

export interface ComplianceSummary {
  units: number;
  /** Mean of the units' averages that exist; null when no unit has one. */
  averageAchievement: number | null;
  /** Verified entries ÷ entered entries × 100; null when nothing is entered. */
  verifiedPercent: number | null;
  unitsLate: number;
}

export function complianceSummary(units: ReadonlyArray<{ average: number | null; compliance: UnitCompliance }>): ComplianceSummary {
  const averages = units.map((u) => u.average).filter((a): a is number => a !== null);
  const entered = units.reduce((n, u) => n + u.compliance.entered, 0);
  const verified = units.reduce((n, u) => n + u.compliance.verified, 0);
  return {
    units: units.length,
    averageAchievement: averages.length === 0 ? null : averages.reduce((a, b) => a + b, 0) / averages.length,
    verifiedPercent: entered === 0 ? null : (verified / entered) * 100,
    unitsLate: units.filter((u) => u.compliance.late).length,
  };
}
