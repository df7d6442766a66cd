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
}

/** Reads only; call inside a transaction over conflicts, realisations, indicators, agreements, orgUnits when atomicity matters. */
export async function entryContext(db: PantauDatabase, entity: string, recordId: string, fields: Record<string, unknown> = {}): Promise<EntryContext> {
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
  };
}
