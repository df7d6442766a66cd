// Before a head submits a unit's quarter, the checklist says what is still missing (domain.md,
// "Quarterly reporting"): a value where the quarter has a target blocks; an entry without any
// narrative (faktor pendorong, penghambat, tindak lanjut) is a warning; entries already submitted
// or verified are done. An entry the evaluator returned and nobody changed since (resubmission.ts:
// an edit moves it to draft) is not ready: it needs a change or the head's reply first. When the
// pemda asks for bukti dukung (data-checks.ts, evidenceMissing), an entry without any says so, and
// when the pemda refuses it, it is not submittable (the server refuses it too). An indicator the PK
// marks "bukti dukung wajib" is refused without one whatever the pemda's general rule.
// Pure: the same list on the device and in the server's refusal.
import type { Indicator } from './indicator';
import type { Realisation } from './realisation';
import type { Quarter } from './period';
import { realisationNoteFields } from './entity-fields';
import { evidenceSeverityFor, type DataCheckSeverity } from './data-checks';

export type ChecklistState = 'missingValue' | 'missingEvidence' | 'missingNarrative' | 'ready' | 'notDue' | 'locked' | 'returned';

export interface ChecklistItem {
  indicatorId: string;
  realisationId: string | null;
  state: ChecklistState;
}

/** `hasEvidence`: known when the caller read the entry's bukti dukung; unknown counts as having some. */
type Entry = Pick<Realisation, 'id' | 'value' | 'drivers' | 'obstacles' | 'followUp' | 'status'> & { hasEvidence?: boolean };

type ChecklistIndicator = Pick<Indicator, 'id' | 'quarterTargets'> & { evidenceRequired?: boolean | undefined };

/** `evidence`: the pemda's general rule for bukti dukung; the indicator's own may be stricter. */
export function checklistItem(indicator: ChecklistIndicator, quarter: Quarter, entry: Entry | null, evidence: DataCheckSeverity = 'off'): ChecklistItem {
  const base = { indicatorId: indicator.id, realisationId: entry?.id ?? null };
  if (entry && (entry.status === 'submitted' || entry.status === 'verified')) return { ...base, state: 'locked' };
  const due = indicator.quarterTargets[quarter - 1] !== null;
  if (!entry || entry.value === null) return { ...base, state: due ? 'missingValue' : 'notDue' };
  // resubmission.ts needsReply, written out: this module is in the first load, that one is not.
  if (entry.status === 'returned') return { ...base, state: 'returned' };
  if (evidenceSeverityFor(indicator, evidence) !== 'off' && entry.hasEvidence === false) return { ...base, state: 'missingEvidence' };
  const told = realisationNoteFields.some((field) => entry[field].trim() !== '');
  return { ...base, state: told ? 'ready' : 'missingNarrative' };
}

export interface QuarterChecklist {
  items: ChecklistItem[];
  /** Entries the head may submit now as they are (a value, draft; a returned one needs a reply first). */
  submittable: string[];
  /** Nothing blocks: every due indicator has a value. */
  complete: boolean;
}

export function quarterChecklist(
  indicators: ReadonlyArray<ChecklistIndicator>,
  quarter: Quarter,
  entryOf: (indicatorId: string) => Entry | null,
  evidence: DataCheckSeverity = 'off',
): QuarterChecklist {
  const items = indicators.map((indicator) => checklistItem(indicator, quarter, entryOf(indicator.id), evidence));
  const refusedWithout = new Set(indicators.filter((i) => evidenceSeverityFor(i, evidence) === 'refuse').map((i) => i.id));
  const blocks = (item: ChecklistItem) => item.state === 'missingValue' || (item.state === 'missingEvidence' && refusedWithout.has(item.indicatorId));
  const submittable = items
    .filter((i) => (i.state === 'ready' || i.state === 'missingNarrative' || (i.state === 'missingEvidence' && !blocks(i))) && i.realisationId !== null)
    .map((i) => i.realisationId as string);
  return { items, submittable, complete: !items.some(blocks) };
}
