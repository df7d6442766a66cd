// Writing a Perjanjian Kinerja on the device (issue 4): create, edit the parties, sign, delete a
// draft, start a PK perubahan or a copy of last year's, and replace a draft's content (the Excel
// import). Every write is rows + outbox entries in ONE transaction (design.md, invariant 1); the
// outbox order is the order the server applies: agreement, goals, indicators, budget lines parents
// first; deletes indicators before their goal and children before their parent.
// The parts (goals, indicators, budget lines) are in agreement-parts-repository.ts.
import type { Agreement, Goal, Program } from '../../domain/agreement';
import type { Indicator } from '../../domain/indicator';
import type { Actor } from '../../domain/user';
import {
  agreementCreateSchema, agreementEditSchema, agreementSignSchema, goalCreateSchema, indicatorCreateSchema, programCreateSchema,
  type AgreementEdit,
} from '../../domain/agreement-edit';
import { blocksSigning, validatePk } from '../../domain/agreement-validation';
import { chainOf } from '../../domain/agreement-in-force';
import { startFrom, type StartedPk } from '../../domain/agreement-revision';
import { canEditAgreement } from '../../domain/permissions';
import { orderProgramTree } from '../../domain/program-tree';
import type { PantauDatabase } from './database';
import { guardStorage } from './storage-errors';
import {
  AgreementEditError, agreementSpec, assertMayEdit, editableAgreement, goalSpec, indicatorSpec, pickFields, pkTables,
  programSpec, removeRow, stampOf, writeRow, type Stamp,
} from './agreement-writes';
import { assertValid, stampFor } from './agreement-parts-repository';
import { loadPkContent, pkInForce } from './agreement-queries';
import { indicatorDefaults, withDefaults, type IndicatorOptionalField } from '../../domain/entity-fields';
import { baseRevOf, queueMutation } from './outbox-queue';

export { AgreementEditError } from './agreement-writes';

export type AgreementInput = Pick<Agreement, 'orgUnitId' | 'year' | 'kind' | 'number' | 'firstParty' | 'secondParty'>;

const agreementPartSchemas = { goal: goalCreateSchema, indicator: indicatorCreateSchema, program: programCreateSchema };

const write = <T>(db: PantauDatabase, body: () => Promise<T>) => guardStorage(() => db.transaction('rw', pkTables(db), body));

/** A unit's live PKs of a year in the chain of `kind` (the pemda's PK sits in the setda's unit apart). */
async function unitYearAgreements(db: PantauDatabase, orgUnitId: string, year: number, kind: Agreement['kind']): Promise<Agreement[]> {
  return chainOf(await db.agreements.where('[orgUnitId+year]').equals([orgUnitId, year]).toArray(), kind).filter((a) => !a.deleted);
}

/** A new PK murni (version 0, draft) for a unit and year that has none on this device. */
export function createAgreement(db: PantauDatabase, actor: Actor, input: AgreementInput, now: Date = new Date()): Promise<Agreement> {
  return write(db, async () => {
    if (!canEditAgreement(actor, { tenantId: actor.tenantId, orgUnitId: input.orgUnitId, kind: input.kind }).allowed) throw new AgreementEditError('forbidden');
    if ((await unitYearAgreements(db, input.orgUnitId, input.year, input.kind)).length > 0) throw new AgreementEditError('exists');
    const stamp = await stampFor(db, actor, now);
    const row: Agreement = {
      id: crypto.randomUUID(), tenantId: actor.tenantId, rev: 0, updatedAt: stamp.at, updatedBy: stamp.userId, deviceId: stamp.deviceId,
      deleted: false, ...input, version: 0, parentId: null, status: 'draft', signedOn: null, signedPlace: null, signedScan: null,
    };
    assertValid(agreementCreateSchema, pickFields(row, agreementSpec.create));
    await writeRow(db, 'agreement', undefined, row, agreementSpec, stamp);
    return row;
  });
}

/** The parties, level and number of a draft; only what changed is sent. */
export function editAgreement(db: PantauDatabase, actor: Actor, agreementId: string, edit: AgreementEdit, now: Date = new Date()): Promise<Agreement> {
  return write(db, async () => {
    const before = await editableAgreement(db, actor, agreementId);
    assertValid(agreementEditSchema, edit);
    const row: Agreement = { ...before, ...edit };
    await writeRow(db, 'agreement', before, row, agreementSpec, await stampFor(db, actor, now));
    return row;
  });
}

/**
 * Signing: refused here when the PK still has errors (AgreementEditError 'incomplete' with the
 * issues) or, for a revision, when its parent is not signed. The mutation carries exactly the
 * signing fields, never edits.
 */
export function signAgreement(
  db: PantauDatabase, actor: Actor, agreementId: string, signing: { signedOn: string; signedPlace: string }, now: Date = new Date(),
): Promise<Agreement> {
  return write(db, async () => {
    const before = await editableAgreement(db, actor, agreementId);
    const fields = { status: 'signed' as const, signedOn: signing.signedOn, signedPlace: signing.signedPlace.trim() };
    assertValid(agreementSignSchema, fields);
    if (before.parentId !== null) {
      const parent = await db.agreements.get(before.parentId);
      if (!parent || parent.status !== 'signed') throw new AgreementEditError('notSigned');
    }
    const content = await loadPkContent(db, agreementId);
    const issues = validatePk({ agreement: before, goals: content?.goals ?? [], indicators: content?.indicators ?? [], programs: content?.programs ?? [] });
    if (blocksSigning(issues)) throw new AgreementEditError('incomplete', { issues: issues.filter((i) => i.severity === 'error') });
    const stamp = await stampFor(db, actor, now);
    const row: Agreement = { ...before, ...fields };
    await db.agreements.put(stampOf(row, stamp));
    await queueMutation(db, { entity: 'agreement', recordId: row.id, op: 'upsert', fields, baseRev: baseRevOf(row), clientTime: stamp.at });
    return row;
  });
}

async function removeParts(db: PantauDatabase, agreementId: string, stamp: Stamp): Promise<void> {
  const content = await loadPkContent(db, agreementId);
  if (!content) return;
  for (const indicator of content.indicators) await removeRow(db, 'indicator', indicator, stamp);
  for (const goal of content.goals) await removeRow(db, 'goal', goal, stamp);
  const lines = orderProgramTree(content.programs).reverse();
  for (const { program } of lines) await removeRow(db, 'program', program, stamp);
}

/** A draft goes with its parts; a signed PK is never deleted. */
export function deleteDraftAgreement(db: PantauDatabase, actor: Actor, agreementId: string, now: Date = new Date()): Promise<void> {
  return write(db, async () => {
    const agreement = await editableAgreement(db, actor, agreementId);
    const stamp = await stampFor(db, actor, now);
    await removeParts(db, agreementId, stamp);
    await removeRow(db, 'agreement', agreement, stamp);
  });
}

/** Queues a started PK's rows as creates, in the order the server applies them. */
async function writeStarted(db: PantauDatabase, started: Omit<StartedPk, 'agreement'>, stamp: Stamp): Promise<void> {
  for (const goal of started.goals) await writeRow(db, 'goal', undefined, goal, goalSpec, stamp);
  for (const indicator of started.indicators) await writeRow(db, 'indicator', undefined, indicator, indicatorSpec, stamp);
  for (const { program } of orderProgramTree(started.programs)) await writeRow(db, 'program', undefined, program, programSpec, stamp);
}

/** PK perubahan: version n + 1 of a signed PK, each indicator linked to the one it continues. */
export function startRevision(db: PantauDatabase, actor: Actor, agreementId: string, now: Date = new Date()): Promise<Agreement> {
  return write(db, async () => {
    const source = await loadPkContent(db, agreementId);
    assertMayEdit(actor, source?.agreement);
    if (!source || source.agreement.status !== 'signed') throw new AgreementEditError('notSigned');
    const { orgUnitId, year, version, kind } = source.agreement;
    if ((await unitYearAgreements(db, orgUnitId, year, kind)).some((a) => a.version > version)) throw new AgreementEditError('exists');
    const stamp = await stampFor(db, actor, now);
    const started = startFrom(source, { mode: 'revision', newId: () => crypto.randomUUID(), now: stamp.at, userId: actor.id, deviceId: stamp.deviceId });
    await writeRow(db, 'agreement', undefined, started.agreement, agreementSpec, stamp);
    await writeStarted(db, started, stamp);
    return started.agreement;
  });
}

/**
 * "Salin dari tahun lalu": a new draft for `year` from the unit's PK in force of `fromYear`
 * (default the year before). Refused when the unit already has a PK for `year`.
 */
export function copyFromYear(
  db: PantauDatabase, actor: Actor, orgUnitId: string, year: number, fromYear: number = year - 1, now: Date = new Date(),
): Promise<Agreement> {
  return write(db, async () => {
    if (!canEditAgreement(actor, { tenantId: actor.tenantId, orgUnitId }).allowed) throw new AgreementEditError('forbidden');
    // "Salin dari tahun lalu" is a unit's own PK ('jpt' stands for any kind of the unit's chain).
    if ((await unitYearAgreements(db, orgUnitId, year, 'jpt')).length > 0) throw new AgreementEditError('exists');
    const from = pkInForce(await unitYearAgreements(db, orgUnitId, fromYear, 'jpt'));
    const source = from ? await loadPkContent(db, from.id) : null;
    if (!source) throw new AgreementEditError('sourceMissing');
    const stamp = await stampFor(db, actor, now);
    const started = startFrom(source, { mode: 'copy', year, newId: () => crypto.randomUUID(), now: stamp.at, userId: actor.id, deviceId: stamp.deviceId });
    await writeRow(db, 'agreement', undefined, started.agreement, agreementSpec, stamp);
    await writeStarted(db, started, stamp);
    return started.agreement;
  });
}

type PartMeta = 'tenantId' | 'rev' | 'updatedAt' | 'updatedBy' | 'deviceId' | 'deleted' | 'orgUnitId' | 'agreementId';

/** Content of a PK without sync meta: goals and budget lines need an id their children refer to. */
export interface PkContentInput {
  goals: readonly (Omit<Goal, PartMeta | 'order'> & { order?: number })[];
  indicators: readonly (Omit<Indicator, PartMeta | IndicatorOptionalField | 'id' | 'order'> & Partial<Pick<Indicator, IndicatorOptionalField>> & {
    id?: string;
    order?: number;
  })[];
  programs: readonly (Omit<Program, PartMeta | 'order'> & { order?: number })[];
}

export interface ReplacedPk {
  goals: Goal[];
  indicators: Indicator[];
  programs: Program[];
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Replaces everything in a draft PK (the Excel import): its current goals, indicators and budget
 * lines are removed and the given ones written, all in one transaction, so nothing is ever half
 * imported. Ids that are fresh UUIDs are kept; any other id (e.g. "g1") is replaced by one.
 */
export function replacePkContent(
  db: PantauDatabase, actor: Actor, agreementId: string, content: PkContentInput, now: Date = new Date(),
): Promise<ReplacedPk> {
  return write(db, async () => {
    const agreement = await editableAgreement(db, actor, agreementId);
    const stamp = await stampFor(db, actor, now);
    await removeParts(db, agreementId, stamp);
    const taken = new Set<string>();
    const idFor = async (id: string | undefined, table: 'goals' | 'indicators' | 'programs'): Promise<string> => {
      const fresh = id !== undefined && uuidPattern.test(id) && !taken.has(id) && (await db[table].get(id)) === undefined;
      const chosen = fresh ? id : crypto.randomUUID();
      taken.add(chosen);
      return chosen;
    };
    const meta = {
      tenantId: agreement.tenantId, rev: 0, updatedAt: stamp.at, updatedBy: stamp.userId, deviceId: stamp.deviceId, deleted: false,
      orgUnitId: agreement.orgUnitId, agreementId: agreement.id,
    };
    const goalIds = new Map<string, string>();
    const goals: Goal[] = [];
    for (const [index, goal] of content.goals.entries()) {
      const id = await idFor(goal.id, 'goals');
      goalIds.set(goal.id, id);
      goals.push({ ...goal, ...meta, id, order: goal.order ?? index });
    }
    const perGoal = new Map<string, number>();
    const indicators: Indicator[] = [];
    for (const indicator of content.indicators) {
      const goalId = goalIds.get(indicator.goalId);
      if (goalId === undefined) throw new AgreementEditError('invalid', { field: 'goalId' });
      const index = perGoal.get(goalId) ?? 0;
      perGoal.set(goalId, index + 1);
      indicators.push({
        ...withDefaults(indicator, indicatorDefaults()), ...meta, id: await idFor(indicator.id, 'indicators'), goalId, order: indicator.order ?? index,
      });
    }
    const programIds = new Map<string, string>();
    for (const program of content.programs) programIds.set(program.id, await idFor(program.id, 'programs'));
    const perParent = new Map<string | null, number>();
    const programs: Program[] = content.programs.map((program) => {
      const parentId = program.parentId === null ? null : (programIds.get(program.parentId) ?? null);
      const index = perParent.get(parentId) ?? 0;
      perParent.set(parentId, index + 1);
      return { ...program, ...meta, id: programIds.get(program.id) as string, parentId, order: program.order ?? index };
    });
    for (const goal of goals) assertValid(agreementPartSchemas.goal, pickFields(goal, goalSpec.create));
    for (const indicator of indicators) assertValid(agreementPartSchemas.indicator, pickFields(indicator, indicatorSpec.create));
    for (const program of programs) assertValid(agreementPartSchemas.program, pickFields(program, programSpec.create));
    await writeStarted(db, { goals, indicators, programs }, stamp);
    return { goals, indicators, programs };
  });
}
