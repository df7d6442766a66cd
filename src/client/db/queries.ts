// Reads for the UI, each a plain async function to wrap in useLiveQuery.
import type { Agreement, Goal, Program } from '../../domain/agreement';
import type { Indicator } from '../../domain/indicator';
import type { OrgUnit } from '../../domain/org-unit';
import type { Realisation } from '../../domain/realisation';
import type { PeriodWindow } from '../../domain/period-window';
import type { ProgramRealisation } from '../../domain/program-realisation';
import type { ConflictEntry, EntrySyncState, PantauDatabase, Rejection } from './database';
import { getMeta } from './meta';
import { rowIdOf } from './rebase';
import { isOpenConflict } from './conflict-repository';
import { pkInForce, unitChain } from '../../domain/agreement-in-force';
import { compareIndonesian } from '../../domain/text-order';
import { windowForUnit } from '../../domain/period-lock';

export interface IndicatorView {
  indicator: Indicator;
  realisations: [Realisation | null, Realisation | null, Realisation | null, Realisation | null];
  /** An IKU of the pemda's own PK (set where the screen needs it: the realisation form). */
  pemda?: boolean;
}
export interface GoalView {
  goal: Goal;
  indicators: IndicatorView[];
}
export interface AgreementView {
  agreement: Agreement;
  orgUnit: OrgUnit | undefined;
  goals: GoalView[];
  programs: Program[];
}

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;

/**
 * An indicator's realisations by quarter. A quarter it has none of takes the realisation of the
 * indicator it continues (`previousId`, PK perubahan), and so on up the chain: the server re-points
 * them when the revision is signed, but until that is pulled (and offline) they show here anyway.
 */
async function realisationsOf(db: PantauDatabase, indicator: Pick<Indicator, 'id' | 'previousId'>): Promise<IndicatorView['realisations']> {
  const slots: IndicatorView['realisations'] = [null, null, null, null];
  const seen = new Set<string>();
  let current: Pick<Indicator, 'id' | 'previousId'> | undefined = indicator;
  while (current && !seen.has(current.id) && seen.size < 20) {
    seen.add(current.id);
    const own: IndicatorView['realisations'] = [null, null, null, null];
    for (const row of await db.realisations.where('indicatorId').equals(current.id).toArray()) {
      if (row.deleted) continue;
      const held = own[row.quarter - 1];
      // Two live rows for one quarter only exist briefly (two devices created it); show the newer.
      if (!held || row.updatedAt > held.updatedAt) own[row.quarter - 1] = row;
    }
    own.forEach((row, i) => {
      if (slots[i] === null && row) slots[i] = row;
    });
    if (slots.every((s) => s !== null) || !current.previousId) break;
    current = await db.indicators.get(current.previousId);
  }
  return slots;
}

/**
 * The PK in force of a unit for a year: the highest signed version, else the highest draft (a
 * draft revision does not replace the signed PK on the unit page and the entry screens).
 */
export async function getAgreementView(db: PantauDatabase, orgUnitId: string, year: number): Promise<AgreementView | null> {
  const agreement = pkInForce(unitChain(await db.agreements.where('[orgUnitId+year]').equals([orgUnitId, year]).toArray()));
  return agreement ? viewOf(db, agreement) : null;
}

/** Every version of a unit's PK for a year, oldest first. */
export async function listAgreementVersions(db: PantauDatabase, orgUnitId: string, year: number): Promise<Agreement[]> {
  const rows = unitChain(await db.agreements.where('[orgUnitId+year]').equals([orgUnitId, year]).toArray());
  return rows.filter((a) => !a.deleted).sort((a, b) => a.version - b.version);
}

/** A PK version with its sasaran, indicators (with their realisations) and budget lines. */
export async function viewOf(db: PantauDatabase, agreement: Agreement): Promise<AgreementView> {
  const { orgUnitId } = agreement;
  const [orgUnit, goals, indicators, programs] = await Promise.all([
    db.orgUnits.get(orgUnitId),
    db.goals.where('agreementId').equals(agreement.id).toArray(),
    db.indicators.where('agreementId').equals(agreement.id).toArray(),
    db.programs.where('agreementId').equals(agreement.id).toArray(),
  ]);
  const liveIndicators = indicators.filter((i) => !i.deleted).sort(byOrder);
  const views = await Promise.all(
    liveIndicators.map(async (indicator) => ({ indicator, realisations: await realisationsOf(db, indicator) })),
  );
  return {
    agreement,
    orgUnit,
    goals: goals
      .filter((g) => !g.deleted)
      .sort(byOrder)
      .map((goal) => ({ goal, indicators: views.filter((v) => v.indicator.goalId === goal.id) })),
    programs: programs.filter((p) => !p.deleted).sort(byOrder),
  };
}

/** One org unit as the device holds it (inactive or deleted included: a PK names its unit). */
export async function getOrgUnit(db: PantauDatabase, orgUnitId: string): Promise<OrgUnit | undefined> {
  return db.orgUnits.get(orgUnitId);
}

/** One PK version as the device holds it. */
export async function getAgreement(db: PantauDatabase, agreementId: string): Promise<Agreement | undefined> {
  return db.agreements.get(agreementId);
}

export async function listOrgUnits(db: PantauDatabase): Promise<OrgUnit[]> {
  const units = await db.orgUnits.toArray();
  return units.filter((u) => u.active && !u.deleted).sort((a, b) => compareIndonesian(a.name, b.name));
}

export async function getIndicatorView(db: PantauDatabase, indicatorId: string): Promise<IndicatorView | null> {
  const indicator = await db.indicators.get(indicatorId);
  if (!indicator || indicator.deleted) return null;
  const agreement = await db.agreements.get(indicator.agreementId);
  return { indicator, realisations: await realisationsOf(db, indicator), pemda: agreement?.kind === 'pemda' };
}

/**
 * The jadwal input of the quarter an indicator's agreement year × quarter falls in, as it holds for
 * the indicator's unit (a deadline extension the admin gave that unit applies: domain/period-lock.ts);
 * null when open by default.
 */
export async function getPeriodWindowOf(db: PantauDatabase, indicatorId: string, quarter: number): Promise<PeriodWindow | null> {
  const indicator = await db.indicators.get(indicatorId);
  const agreement = indicator ? await db.agreements.get(indicator.agreementId) : undefined;
  if (!indicator || !agreement) return null;
  const window = await db.periodWindows.where('[year+quarter]').equals([agreement.year, quarter]).first();
  return window ? windowForUnit(window, indicator.orgUnitId) : null;
}

export function countPending(db: PantauDatabase): Promise<number> {
  return db.outbox.count();
}

const statePriority: Record<EntrySyncState, number> = { refused: 0, conflict: 1, pending: 2, sending: 3 };

/** Per local row id: the most pressing state (sending > pending > conflict > refused); absent = synced. */
export async function getEntrySyncStates(db: PantauDatabase): Promise<Map<string, EntrySyncState>> {
  const states = new Map<string, EntrySyncState>();
  const raise = (id: string, state: EntrySyncState) => {
    const current = states.get(id);
    if (!current || statePriority[state] > statePriority[current]) states.set(id, state);
  };
  const conflicts = await db.conflicts.toArray();
  // A choice on a conflict (entity 'conflict') concerns the entry the conflict is about.
  const entryOf = new Map(conflicts.map((c) => [c.id, c.recordId]));
  const target = (entity: string, id: string) => (entity === 'conflict' ? (entryOf.get(id) ?? id) : id);
  for (const rejection of await db.rejections.toArray()) raise(target(rejection.entity, rejection.recordId), 'refused');
  for (const conflict of conflicts) if (isOpenConflict(conflict)) raise(conflict.recordId, 'conflict');
  for (const entry of await db.outbox.toArray()) raise(target(entry.entity, rowIdOf(entry)), entry.state);
  return states;
}

/** The latest refusal of a record. */
export async function getRejection(db: PantauDatabase, recordId: string): Promise<Rejection | undefined> {
  const rejections = await db.rejections.where('recordId').equals(recordId).toArray();
  return rejections.sort((a, b) => b.seq - a.seq || b.rejectedAt.localeCompare(a.rejectedAt))[0];
}

export function listRejections(db: PantauDatabase): Promise<Rejection[]> {
  return db.rejections.toArray();
}

export function listConflicts(db: PantauDatabase): Promise<ConflictEntry[]> {
  return db.conflicts.toArray();
}

export async function getSyncMeta(
  db: PantauDatabase,
): Promise<{ deviceId: string; cursor: number; lastSyncAt: string | null; clockSkewMs: number | null }> {
  const [deviceId, cursor, lastSyncAt, clockSkewMs] = await Promise.all([
    getMeta<string>(db, 'deviceId'),
    getMeta<number>(db, 'cursor'),
    getMeta<string>(db, 'lastSyncAt'),
    getMeta<number>(db, 'clockSkewMs'),
  ]);
  return { deviceId: deviceId ?? '', cursor: cursor ?? 0, lastSyncAt: lastSyncAt ?? null, clockSkewMs: clockSkewMs ?? null };
}

export interface ProgramEntryView {
  program: Program;
  /** The unit's whole budget table (for the pagu of the top lines) and this program's quarters. */
  quarters: [ProgramRealisation | null, ProgramRealisation | null, ProgramRealisation | null, ProgramRealisation | null];
  year: number;
}

/** One program with its realisasi anggaran/fisik per quarter (the budget entry page). */
export async function getProgramEntryView(db: PantauDatabase, programId: string): Promise<ProgramEntryView | null> {
  const program = await db.programs.get(programId);
  const agreement = program ? await db.agreements.get(program.agreementId) : undefined;
  if (!program || program.deleted || !agreement) return null;
  const rows = await db.programRealisations.where('programId').equals(programId).toArray();
  const quarters: ProgramEntryView['quarters'] = [null, null, null, null];
  for (const row of rows) if (!row.deleted) quarters[row.quarter - 1] = row;
  return { program, quarters, year: agreement.year };
}

/** The realisasi anggaran/fisik rows of an agreement's programs, by program id and quarter. */
export async function listProgramRealisations(db: PantauDatabase, programIds: readonly string[]): Promise<Map<string, ProgramRealisation[]>> {
  const rows = await db.programRealisations.where('programId').anyOf([...programIds]).toArray();
  const byProgram = new Map<string, ProgramRealisation[]>();
  for (const row of rows) if (!row.deleted) byProgram.set(row.programId, [...(byProgram.get(row.programId) ?? []), row]);
  return byProgram;
}
