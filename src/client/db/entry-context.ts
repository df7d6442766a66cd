// Which entry (unit, indicator, year, quarter) an outbox entry, refusal or conflict is about, so
// lists and exported files name it the way people do.
import type { Conflict } from '../../domain/conflict';
import type { PantauDatabase } from './database';

export interface EntryContext {
  indicatorId: string | null;
  orgUnitName: string | null;
  indicatorName: string | null;
  indicatorUnit: string | null;
  year: number | null;
  quarter: number | null;
  /** For a row of the LKE (an answer, its file, the unit's LKE of a year, a recommendation): whose, which year, which criterion. */
  lke: { orgUnitId: string; year: number; criterionId: string | null } | null;
}

const lkeEntities = new Set(['lkeResponse', 'lkeEvidence', 'lkeEvaluation', 'lkeRecommendation']);

/** The tables entryContext reads: a transaction around it must name them all. */
export const entryContextTables = (db: PantauDatabase) => [
  db.conflicts, db.realisations, db.indicators, db.agreements, db.orgUnits, db.lkeResponses, db.lkeEvidence, db.lkeEvaluations, db.lkeRecommendations,
];

/** Reads only; call inside a transaction over entryContextTables when atomicity matters. */
export async function entryContext(db: PantauDatabase, entity: string, recordId: string, fields: Record<string, unknown> = {}): Promise<EntryContext> {
  if (lkeEntities.has(entity)) {
    // The LKE row named, as the device holds it, else what the refused entry itself says (a create
    // names all). Awaited here rather than in a helper: a Dexie transaction in a live query loses
    // its zone across an extra native async call (PrematureCommitError, seen in the inbox).
    const table = entity === 'lkeResponse' ? db.lkeResponses : entity === 'lkeEvidence' ? db.lkeEvidence : entity === 'lkeEvaluation' ? db.lkeEvaluations : db.lkeRecommendations;
    const row: Record<string, unknown> = { ...fields, ...((await table.get(recordId)) ?? {}) };
    const lkeUnitId = typeof row.orgUnitId === 'string' ? row.orgUnitId : null;
    const lkeYear = typeof row.year === 'number' ? row.year : null;
    const lkeUnit = lkeUnitId ? await db.orgUnits.get(lkeUnitId) : undefined;
    return {
      indicatorId: null, orgUnitName: lkeUnit?.name ?? null, indicatorName: null, indicatorUnit: null, year: lkeYear, quarter: null,
      lke: lkeUnitId && lkeYear !== null ? { orgUnitId: lkeUnitId, year: lkeYear, criterionId: typeof row.criterionId === 'string' ? row.criterionId : null } : null,
    };
  }
  let indicatorId: string | null = null;
  let quarter: number | null = null;
  let year: number | null = null;
  let record: Conflict | undefined;
  let realisationId: string | null = entity === 'realisation' ? recordId : null;
  if (entity === 'conflict') {
    const conflict = await db.conflicts.get(recordId);
    realisationId = conflict?.recordId ?? null;
    record = conflict?.record;
  }
  const row = realisationId ? await db.realisations.get(realisationId) : undefined;
  if (row) ({ indicatorId, quarter, year } = row);
  else if (record) ({ indicatorId, quarter, year } = record);
  if (!indicatorId && typeof fields.indicatorId === 'string') indicatorId = fields.indicatorId;
  if (quarter === null && typeof fields.quarter === 'number') quarter = fields.quarter;
  const indicator = indicatorId ? await db.indicators.get(indicatorId) : undefined;
  const agreement = indicator ? await db.agreements.get(indicator.agreementId) : undefined;
  const unit = indicator ? await db.orgUnits.get(indicator.orgUnitId) : undefined;
  return {
    indicatorId,
    orgUnitName: unit?.name ?? null,
    indicatorName: indicator?.name ?? null,
    indicatorUnit: indicator?.unit ?? null,
    year: year ?? agreement?.year ?? null,
    quarter,
    lke: null,
  };
}
