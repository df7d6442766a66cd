// Which quarter the submission page opens on: the earliest quarter of the year, up to the current
// one, that still has an entry to submit (a value missing, or a value not yet submitted); when
// every quarter so far is submitted, the current one. A head who left TW III unsubmitted must not
// land on TW IV and miss it.
import type { Quarter } from './period';
import type { ChecklistState } from './quarter-checklist';

/** Work left in a quarter: anything not submitted, verified or without a target. */
const open: ReadonlySet<ChecklistState> = new Set<ChecklistState>(['missingValue', 'missingEvidence', 'missingNarrative', 'ready', 'returned']);

export function quarterToOpen(current: Quarter, statesOf: (quarter: Quarter) => readonly ChecklistState[]): Quarter {
  for (let q = 1; q < current; q += 1) {
    const quarter = q as Quarter;
    if (statesOf(quarter).some((state) => open.has(state))) return quarter;
  }
  return current;
}
