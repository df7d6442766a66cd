// Reads for the PK editor (wrap in useLiveQuery): a version's content, the versions of a unit ×
// year, the server's refusals of a PK's rows, and the quarters already realised under the
// indicators a revision continues.
import type { Agreement } from '../../domain/agreement';
import type { PkContent } from '../../domain/agreement-revision';
import { pkInForce, unitChain } from '../../domain/agreement-in-force';
import type { PantauDatabase, Rejection } from './database';

export { pkInForce };

const live = <T extends { deleted: boolean }>(rows: T[]): T[] => rows.filter((r) => !r.deleted);
const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;

/** An agreement with its live goals, indicators and budget lines (in order); null if unknown. */
export async function loadPkContent(db: PantauDatabase, agreementId: string): Promise<PkContent | null> {
  const agreement = await db.agreements.get(agreementId);
  if (!agreement || agreement.deleted) return null;
  const [goals, indicators, programs] = await Promise.all([
    db.goals.where('agreementId').equals(agreementId).toArray(),
    db.indicators.where('agreementId').equals(agreementId).toArray(),
    db.programs.where('agreementId').equals(agreementId).toArray(),
  ]);
  return { agreement, goals: live(goals).sort(byOrder), indicators: live(indicators).sort(byOrder), programs: live(programs).sort(byOrder) };
}

/** Every version of a unit's PK for a year, oldest first. */
export async function listUnitYearVersions(db: PantauDatabase, orgUnitId: string, year: number): Promise<Agreement[]> {
  const rows = unitChain(await db.agreements.where('[orgUnitId+year]').equals([orgUnitId, year]).toArray());
  return live(rows).sort((a, b) => a.version - b.version);
}

/** The unit's PK in force for a year (highest signed, else highest draft). */
export async function getPkInForce(db: PantauDatabase, orgUnitId: string, year: number): Promise<Agreement | null> {
  return pkInForce(await listUnitYearVersions(db, orgUnitId, year)) ?? null;
}

/** Refusals of the agreement or any of its parts, newest first (tombstoned parts included). */
export async function listAgreementRejections(db: PantauDatabase, agreementId: string): Promise<Rejection[]> {
  const [goals, indicators, programs] = await Promise.all([
    db.goals.where('agreementId').equals(agreementId).primaryKeys(),
    db.indicators.where('agreementId').equals(agreementId).primaryKeys(),
    db.programs.where('agreementId').equals(agreementId).primaryKeys(),
  ]);
  const ids = [agreementId, ...goals, ...indicators, ...programs];
  const rows = await db.rejections.where('recordId').anyOf(ids).toArray();
  return rows.sort((a, b) => b.rejectedAt.localeCompare(a.rejectedAt) || b.seq - a.seq);
}

/**
 * Per indicator of a revision, the quarters (1–4) the indicator it continues (and that one's
 * predecessors) already has a realisation value for: changing those targets asks first.
 */
export async function realisedQuartersOfPrevious(db: PantauDatabase, agreementId: string): Promise<Map<string, Set<number>>> {
  const indicators = live(await db.indicators.where('agreementId').equals(agreementId).toArray());
  const result = new Map<string, Set<number>>();
  for (const indicator of indicators) {
    const quarters = new Set<number>();
    let previousId = indicator.previousId;
    for (let depth = 0; previousId && depth < 20; depth += 1) {
      const rows = await db.realisations.where('indicatorId').equals(previousId).toArray();
      for (const r of rows) if (!r.deleted && r.value !== null) quarters.add(r.quarter);
      previousId = (await db.indicators.get(previousId))?.previousId ?? null;
    }
    if (quarters.size > 0) result.set(indicator.id, quarters);
  }
  return result;
}
