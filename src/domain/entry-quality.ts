// Kualitas data of a unit's entries in a quarter (issue 21, "Where the flags go"): of the entries
// filled, how many pass every check at entry (plausibility.ts, as the pemda set them: a check it
// turned off flags nothing) and how many carry evidence. The dashboard shows both beside the
// reporting compliance; the evaluator starts from the unit with the lowest.

export interface QualityEntry {
  /** The checks at entry found something (any severity but off). */
  flagged: boolean;
  hasEvidence: boolean;
}

export interface EntryQuality {
  /** Entries with a value in the quarter. */
  entered: number;
  flagged: number;
  withEvidence: number;
  /** Share of the entries with no flag (%), null when nothing is entered. */
  unflaggedPercent: number | null;
  /** Share of the entries with evidence (%), null when nothing is entered. */
  evidencePercent: number | null;
}

export function entryQuality(entries: readonly QualityEntry[]): EntryQuality {
  const entered = entries.length;
  const flagged = entries.filter((e) => e.flagged).length;
  const withEvidence = entries.filter((e) => e.hasEvidence).length;
  const share = (n: number) => (entered === 0 ? null : (n * 100) / entered);
  return { entered, flagged, withEvidence, unflaggedPercent: share(entered - flagged), evidencePercent: share(withEvidence) };
}
