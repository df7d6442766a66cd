// Writing the parts of a draft PK on the device (issue 4): sasaran (goals), their indicators and
// the budget lines. Each save is the row(s) and their outbox entries in ONE transaction
// (design.md, invariant 1); only changed fields are sent for rows the server has, the full create
// fields for new ones. A signed or superseded PK refuses every write (AgreementEditError 'locked').
import type { Goal, Program } from '../../domain/agreement';
import type { Indicator } from '../../domain/indicator';
import type { Actor } from '../../domain/user';
import { goalCreateSchema, indicatorCreateSchema, programCreateSchema } from '../../domain/agreement-edit';
import { rolledUpBudgets } from '../../domain/agreement-validation';
import { quarterTargetsFromAnnual } from '../../domain/quarter-targets';
import type { PantauDatabase } from './database';
import { ensureDeviceId } from './meta';
import { guardStorage } from './storage-errors';
import {
  AgreementEditError, editableAgreement, goalSpec, indicatorSpec, pickFields, pkTables, programSpec, removeRow, writeRow,
  type Stamp,
} from './agreement-writes';
import type { ZodType } from 'zod';

type SyncMetaKey = 'id' | 'tenantId' | 'rev' | 'updatedAt' | 'updatedBy' | 'deviceId' | 'deleted';
type PartBase = SyncMetaKey | 'orgUnitId' | 'agreementId' | 'order';

/** `tujuanId` (a sasaran daerah's RPJMD tujuan) left out keeps what the goal has (none for a new one). */
export type GoalInput = { id?: string; agreementId: string; name: string; tujuanId?: string | null };
/** `supportsId` and the checks' fields left out keep what the indicator has (none for a new one). */
type KeptIfLeftOut = 'supportsId' | 'minValue' | 'maxValue' | 'evidenceRequired';
export type IndicatorInput = Omit<Indicator, PartBase | 'previousId' | KeptIfLeftOut> & { id?: string; agreementId: string } & Partial<Pick<Indicator, KeptIfLeftOut>>;
export type ProgramInput = Omit<Program, PartBase | 'level'> & { id?: string; agreementId: string };
export type MoveDirection = 'up' | 'down';

const liveOf = <T extends { deleted: boolean }>(rows: T[]): T[] => rows.filter((r) => !r.deleted);
const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;
const nextOrder = (siblings: readonly { order: number }[]) => siblings.reduce((max, s) => Math.max(max, s.order + 1), 0);

export async function stampFor(db: PantauDatabase, actor: Actor, now: Date): Promise<Stamp> {
  return { at: now.toISOString(), userId: actor.id, deviceId: await ensureDeviceId(db) };
}

/** Checks a row against the server's create schema, so a refusal happens here, not after sync. */
export function assertValid(schema: ZodType, fields: Record<string, unknown>): void {
  const parsed = schema.safeParse(fields);
  if (!parsed.success) throw new AgreementEditError('invalid', { field: parsed.error.issues[0]?.path.join('.') });
}

const write = <T>(db: PantauDatabase, body: () => Promise<T>) => guardStorage(() => db.transaction('rw', pkTables(db), body));

export function saveGoal(db: PantauDatabase, actor: Actor, input: GoalInput, now: Date = new Date()): Promise<Goal> {
  return write(db, async () => {
    const agreement = await editableAgreement(db, actor, input.agreementId);
    const stamp = await stampFor(db, actor, now);
    const before = input.id ? await db.goals.get(input.id) : undefined;
    if (input.id && (!before || before.deleted || before.agreementId !== agreement.id)) throw new AgreementEditError('notFound');
    const siblings = liveOf(await db.goals.where('agreementId').equals(agreement.id).toArray());
    const row: Goal = before
      ? { ...before, name: input.name.trim(), tujuanId: input.tujuanId === undefined ? (before.tujuanId ?? null) : input.tujuanId }
      : {
          id: crypto.randomUUID(), tenantId: agreement.tenantId, rev: 0, updatedAt: stamp.at, updatedBy: stamp.userId,
          deviceId: stamp.deviceId, deleted: false, orgUnitId: agreement.orgUnitId, agreementId: agreement.id,
          order: nextOrder(siblings), name: input.name.trim(), tujuanId: input.tujuanId ?? null,
        };
    assertValid(goalCreateSchema, pickFields(row, goalSpec.create));
    await writeRow(db, 'goal', before, row, goalSpec, stamp);
    return row;
  });
}

/** A goal goes with its indicators (the server wants the indicators deleted first). */
export function deleteGoal(db: PantauDatabase, actor: Actor, goalId: string, now: Date = new Date()): Promise<void> {
  return write(db, async () => {
    const goal = await db.goals.get(goalId);
    if (!goal || goal.deleted) throw new AgreementEditError('notFound');
    await editableAgreement(db, actor, goal.agreementId);
    const stamp = await stampFor(db, actor, now);
    for (const indicator of liveOf(await db.indicators.where('goalId').equals(goalId).toArray())) {
      await removeRow(db, 'indicator', indicator, stamp);
    }
    await removeRow(db, 'goal', goal, stamp);
  });
}

export function saveIndicator(db: PantauDatabase, actor: Actor, input: IndicatorInput, now: Date = new Date()): Promise<Indicator> {
  return write(db, async () => {
    const agreement = await editableAgreement(db, actor, input.agreementId);
    const stamp = await stampFor(db, actor, now);
    const before = input.id ? await db.indicators.get(input.id) : undefined;
    if (input.id && (!before || before.deleted || before.agreementId !== agreement.id)) throw new AgreementEditError('notFound');
    const goal = await db.goals.get(input.goalId);
    if (!goal || goal.deleted || goal.agreementId !== agreement.id) throw new AgreementEditError('invalid', { field: 'goalId' });
    const { id: _id, agreementId: _agreementId, ...values } = input;
    const movesGoal = !before || before.goalId !== input.goalId;
    const order = movesGoal ? nextOrder(liveOf(await db.indicators.where('goalId').equals(goal.id).toArray())) : before.order;
    // Rows synced before the checks' fields existed lack them (= none).
    const kept = {
      supportsId: values.supportsId === undefined ? (before?.supportsId ?? null) : values.supportsId,
      minValue: values.minValue === undefined ? (before?.minValue ?? null) : values.minValue,
      maxValue: values.maxValue === undefined ? (before?.maxValue ?? null) : values.maxValue,
      evidenceRequired: values.evidenceRequired ?? before?.evidenceRequired ?? false,
    };
    const row: Indicator = before
      ? { ...before, ...values, name: values.name.trim(), order, ...kept }
      : {
          id: crypto.randomUUID(), tenantId: agreement.tenantId, rev: 0, updatedAt: stamp.at, updatedBy: stamp.userId,
          deviceId: stamp.deviceId, deleted: false, orgUnitId: agreement.orgUnitId, agreementId: agreement.id,
          previousId: null, ...values, name: values.name.trim(), order, ...kept,
        };
    assertValid(indicatorCreateSchema, pickFields(row, indicatorSpec.create));
    await writeRow(db, 'indicator', before, row, indicatorSpec, stamp);
    return row;
  });
}

export function deleteIndicator(db: PantauDatabase, actor: Actor, indicatorId: string, now: Date = new Date()): Promise<void> {
  return write(db, async () => {
    const indicator = await db.indicators.get(indicatorId);
    if (!indicator || indicator.deleted) throw new AgreementEditError('notFound');
    await editableAgreement(db, actor, indicator.agreementId);
    await removeRow(db, 'indicator', indicator, await stampFor(db, actor, now));
  });
}

/** TW I–IV from the annual target by rule (equal split for sums, the same value otherwise). */
export function fillQuarterTargets(db: PantauDatabase, actor: Actor, indicatorId: string, now: Date = new Date()): Promise<Indicator> {
  return write(db, async () => {
    const before = await db.indicators.get(indicatorId);
    if (!before || before.deleted) throw new AgreementEditError('notFound');
    await editableAgreement(db, actor, before.agreementId);
    const row: Indicator = { ...before, quarterTargets: quarterTargetsFromAnnual(before) };
    await writeRow(db, 'indicator', before, row, indicatorSpec, await stampFor(db, actor, now));
    return row;
  });
}

const levelBelow = { program: 'kegiatan', kegiatan: 'subkegiatan' } as const;

/** A line's level follows its parent: program → kegiatan → sub-kegiatan. */
async function levelOf(db: PantauDatabase, agreementId: string, parentId: string | null): Promise<Program['level']> {
  if (parentId === null) return 'program';
  const parent = await db.programs.get(parentId);
  if (!parent || parent.deleted || parent.agreementId !== agreementId || parent.level === 'subkegiatan') {
    throw new AgreementEditError('invalid', { field: 'parentId' });
  }
  return levelBelow[parent.level];
}

/** Parents' anggaran = the sum of their children, written like any edit. */
async function rollUpBudgets(db: PantauDatabase, agreementId: string, stamp: Stamp): Promise<void> {
  const rows = liveOf(await db.programs.where('agreementId').equals(agreementId).toArray());
  const rolled = rolledUpBudgets(rows);
  for (const program of rows) {
    const budget = rolled.get(program.id) ?? program.budget;
    if (budget !== program.budget) await writeRow(db, 'program', program, { ...program, budget }, programSpec, stamp);
  }
}

export function saveProgram(db: PantauDatabase, actor: Actor, input: ProgramInput, now: Date = new Date()): Promise<Program> {
  return write(db, async () => {
    const agreement = await editableAgreement(db, actor, input.agreementId);
    const stamp = await stampFor(db, actor, now);
    const before = input.id ? await db.programs.get(input.id) : undefined;
    if (input.id && (!before || before.deleted || before.agreementId !== agreement.id)) throw new AgreementEditError('notFound');
    if (before && input.parentId === before.id) throw new AgreementEditError('invalid', { field: 'parentId' });
    const level = await levelOf(db, agreement.id, input.parentId);
    const { id: _id, agreementId: _agreementId, ...values } = input;
    const moves = !before || before.parentId !== input.parentId;
    const siblings = liveOf(await db.programs.where('agreementId').equals(agreement.id).toArray()).filter((p) => p.parentId === input.parentId);
    const order = moves ? nextOrder(siblings) : before.order;
    const row: Program = before
      ? { ...before, ...values, code: values.code.trim(), name: values.name.trim(), level, order }
      : {
          id: crypto.randomUUID(), tenantId: agreement.tenantId, rev: 0, updatedAt: stamp.at, updatedBy: stamp.userId,
          deviceId: stamp.deviceId, deleted: false, orgUnitId: agreement.orgUnitId, agreementId: agreement.id,
          ...values, code: values.code.trim(), name: values.name.trim(), level, order,
        };
    assertValid(programCreateSchema, pickFields(row, programSpec.create));
    await writeRow(db, 'program', before, row, programSpec, stamp);
    await rollUpBudgets(db, agreement.id, stamp);
    return (await db.programs.get(row.id)) ?? row;
  });
}

/** A budget line goes with its kegiatan and sub-kegiatan, children before their parent. */
export function deleteProgram(db: PantauDatabase, actor: Actor, programId: string, now: Date = new Date()): Promise<void> {
  return write(db, async () => {
    const program = await db.programs.get(programId);
    if (!program || program.deleted) throw new AgreementEditError('notFound');
    await editableAgreement(db, actor, program.agreementId);
    const stamp = await stampFor(db, actor, now);
    const rows = liveOf(await db.programs.where('agreementId').equals(program.agreementId).toArray());
    const remove = async (line: Program): Promise<void> => {
      for (const child of rows.filter((p) => p.parentId === line.id)) await remove(child);
      await removeRow(db, 'program', line, stamp);
    };
    await remove(program);
    await rollUpBudgets(db, program.agreementId, stamp);
  });
}

/** Swaps a row with its neighbour and renumbers the siblings 0…n−1, writing those that changed. */
async function move<T extends Goal | Indicator | Program>(
  db: PantauDatabase,
  entity: 'goal' | 'indicator' | 'program',
  siblings: T[],
  id: string,
  direction: MoveDirection,
  spec: { create: readonly (keyof T)[]; edit: readonly (keyof T)[] },
  stamp: Stamp,
): Promise<void> {
  const ordered = [...siblings].sort(byOrder);
  const at = ordered.findIndex((s) => s.id === id);
  const to = direction === 'up' ? at - 1 : at + 1;
  if (at < 0 || to < 0 || to >= ordered.length) return;
  [ordered[at], ordered[to]] = [ordered[to] as T, ordered[at] as T];
  for (const [order, row] of ordered.entries()) {
    if (row.order !== order) await writeRow(db, entity, row, { ...row, order }, spec, stamp);
  }
}

export function moveGoal(db: PantauDatabase, actor: Actor, goalId: string, direction: MoveDirection, now: Date = new Date()): Promise<void> {
  return write(db, async () => {
    const goal = await db.goals.get(goalId);
    if (!goal || goal.deleted) throw new AgreementEditError('notFound');
    await editableAgreement(db, actor, goal.agreementId);
    const siblings = liveOf(await db.goals.where('agreementId').equals(goal.agreementId).toArray());
    await move(db, 'goal', siblings, goalId, direction, goalSpec, await stampFor(db, actor, now));
  });
}

export function moveIndicator(db: PantauDatabase, actor: Actor, indicatorId: string, direction: MoveDirection, now: Date = new Date()): Promise<void> {
  return write(db, async () => {
    const indicator = await db.indicators.get(indicatorId);
    if (!indicator || indicator.deleted) throw new AgreementEditError('notFound');
    await editableAgreement(db, actor, indicator.agreementId);
    const siblings = liveOf(await db.indicators.where('goalId').equals(indicator.goalId).toArray());
    await move(db, 'indicator', siblings, indicatorId, direction, indicatorSpec, await stampFor(db, actor, now));
  });
}

export function moveProgram(db: PantauDatabase, actor: Actor, programId: string, direction: MoveDirection, now: Date = new Date()): Promise<void> {
  return write(db, async () => {
    const program = await db.programs.get(programId);
    if (!program || program.deleted) throw new AgreementEditError('notFound');
    await editableAgreement(db, actor, program.agreementId);
    const siblings = liveOf(await db.programs.where('agreementId').equals(program.agreementId).toArray()).filter((p) => p.parentId === program.parentId);
    await move(db, 'program', siblings, programId, direction, programSpec, await stampFor(db, actor, now));
  });
}
