// A unit's record of its own indicators in the years before (domain/history-outlier.ts): the same
// indicator in last year's PK is the one of the same name and satuan (as across units:
// peer-outlier.ts `peerKey`), read from the PK in force of each year. Two years give up to eight
// quarters, enough for the rule, without reading the whole past on every entry.
import type { Indicator } from '../../domain/indicator';
import { peerKey } from '../../domain/peer-outlier';
import { quarterValuesOf } from '../../domain/quarter-values';
import type { PantauDatabase } from './database';
import { getAgreementView } from './queries';

export const recordYears = 2;

/** The unit's values in the years before `year`, oldest first, by indicator (peerKey). */
export type EarlierYears = ReadonlyMap<string, readonly number[]>;

export async function earlierYearValues(db: PantauDatabase, orgUnitId: string, year: number): Promise<EarlierYears> {
  const record = new Map<string, number[]>();
  for (let y = year - recordYears; y < year; y++) {
    const view = await getAgreementView(db, orgUnitId, y);
    const seen = new Set<string>();
    for (const { indicator, realisations } of view?.goals.flatMap((g) => g.indicators) ?? []) {
      const key = peerKey(indicator);
      // Two indicators of one name and satuan in a PK: the first only, or their quarters would interleave.
      if (seen.has(key)) continue;
      seen.add(key);
      const values = quarterValuesOf(realisations).filter((v): v is number => v !== null);
      record.set(key, [...(record.get(key) ?? []), ...values]);
    }
  }
  return record;
}

export const earlierYearsOf = (record: EarlierYears, indicator: Pick<Indicator, 'name' | 'unit'>): readonly number[] => record.get(peerKey(indicator)) ?? [];

/** One indicator's record in the years before its PK's year. */
export async function earlierYearsOfIndicator(db: PantauDatabase, indicatorId: string): Promise<readonly number[]> {
  const indicator = await db.indicators.get(indicatorId);
  const agreement = indicator ? await db.agreements.get(indicator.agreementId) : undefined;
  if (!indicator || !agreement) return [];
  return earlierYearsOf(await earlierYearValues(db, indicator.orgUnitId, agreement.year), indicator);
}
