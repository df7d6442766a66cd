// Entries the evaluator returned and the unit has not changed since (an edit moves one to draft,
// domain/resubmission.ts), for the conflict & refusal inbox: a refusal by a person, with the note.
// The device holds only what its user may see, so these are the user's unit's (or, for a reviewer,
// the tenant's). Oldest quarter first.
import type { Indicator } from '../../domain/indicator';
import type { Realisation } from '../../domain/realisation';
import type { PantauDatabase } from './database';

export interface ReturnedEntry {
  realisation: Realisation;
  indicator: Indicator;
}

export async function listReturnedEntries(db: PantauDatabase): Promise<ReturnedEntry[]> {
  const returned = (await db.realisations.toArray()).filter((r) => !r.deleted && r.status === 'returned');
  const entries: ReturnedEntry[] = [];
  for (const realisation of returned) {
    const indicator = await db.indicators.get(realisation.indicatorId);
    if (indicator && !indicator.deleted) entries.push({ realisation, indicator });
  }
  return entries.sort((a, b) => a.realisation.year - b.realisation.year || a.realisation.quarter - b.realisation.quarter
    || a.indicator.name.localeCompare(b.indicator.name, 'id'));
}
