// The PK editor's writes over the real Dexie (fake-indexeddb): rows and outbox entries together,
// only changed fields for rows the server has, revisions and copies in server order, signed PKs
// refused, reorder, and the import's replacePkContent.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import type { PantauDatabase } from '../../../src/client/db/database';
import type { Actor } from '../../../src/domain/user';
import type { Agreement, Goal, Program } from '../../../src/domain/agreement';
import type { Indicator } from '../../../src/domain/indicator';
import {
  AgreementEditError, copyFromYear, createAgreement, deleteDraftAgreement, editAgreement, replacePkContent, signAgreement, startRevision,
} from '../../../src/client/db/agreement-repository';
import {
  deleteGoal, deleteIndicator, deleteProgram, fillQuarterTargets, moveGoal, moveIndicator, moveProgram, saveGoal, saveIndicator, saveProgram,
  type IndicatorInput,
} from '../../../src/client/db/agreement-parts-repository';
import { StorageFullError } from '../../../src/client/db/storage-errors';
import { getAgreementView } from '../../../src/client/db/queries';
import { openUserDatabase } from '../../../src/client/db/database';
import { buildAgreement, buildGoal, buildIndicator, buildRealisation } from '../../support/factories';
import { dropDatabase, operator, operatorUnit, tenantId, unitId, villages } from './factories';

let db: PantauDatabase;
const head: Actor = { id: '00000000-0000-4000-8000-000000000011', tenantId, orgUnitId: unitId, role: 'head' };
const admin: Actor = { id: '00000000-0000-4000-8000-000000000012', tenantId, orgUnitId: '00000000-0000-4000-8000-000000000099', role: 'admin' };

beforeEach(() => {
  db = openUserDatabase(crypto.randomUUID());
});
afterEach(async () => {
  await dropDatabase(db);
});

const parties = {
  kind: 'jpt' as const,
  number: null,
  firstParty: { name: 'Ir. Andi Wijaya', position: 'Kepala Dinas PMPTSP', rank: 'Pembina Tk. I (IV/b)', nip: '197501012000031002' },
  secondParty: { name: 'Dr. Akmal Malik', position: 'Gubernur Kalimantan Timur' },
};

const indicatorInput = (agreementId: string, goalId: string, overrides: Partial<IndicatorInput> = {}): IndicatorInput => ({
  agreementId, goalId, name: 'Jumlah izin terbit', unit: 'izin', polarity: 'higher', aggregation: 'sum', targetType: 'number',
  annualTarget: 1200, quarterTargets: [null, null, null, null], lowerIsBetterFormula: null, scaleLevels: [], definition: '',
  dataSource: '', responsible: '', ...overrides,
});

/** A draft with one goal, one indicator and a program with a kegiatan, as the editor makes it. */
async function draftPk(actor: Actor = head) {
  const agreement = await createAgreement(db, actor, { orgUnitId: unitId, year: 2027, ...parties });
  const goal = await saveGoal(db, actor, { agreementId: agreement.id, name: 'Meningkatnya investasi daerah' });
  const indicator = await saveIndicator(db, actor, indicatorInput(agreement.id, goal.id));
  const program = await saveProgram(db, actor, { agreementId: agreement.id, parentId: null, code: '2.18.02', name: 'Program Pelayanan Penanaman Modal', budget: 0 });
  const activity = await saveProgram(db, actor, { agreementId: agreement.id, parentId: program.id, code: '2.18.02.2.01', name: 'Pelayanan Perizinan', budget: 750_000_000 });
  return { agreement, goal, indicator, program, activity };
}

const outbox = () => db.outbox.orderBy('seq').toArray();

/** Pretends the server acknowledged everything queued: rows get a rev, the outbox empties. */
async function acknowledgeAll(rev = 7) {
  await db.transaction('rw', [db.agreements, db.goals, db.indicators, db.programs, db.outbox], async () => {
    for (const entry of await db.outbox.toArray()) {
      const table = { agreement: db.agreements, goal: db.goals, indicator: db.indicators, program: db.programs }[entry.entity as 'goal'];
      await (table as Dexie.Table<{ id: string; rev: number }, string>).update(entry.recordId, { rev });
    }
    await db.outbox.clear();
  });
}

describe('creating and editing a draft PK', () => {
  it('writes each new row with one create entry holding exactly the create fields, in server order', async () => {
    const { agreement, goal, indicator, program, activity } = await draftPk();
    const entries = await outbox();
    expect(entries.map((e) => [e.entity, e.recordId, e.op, e.baseRev])).toEqual([
      ['agreement', agreement.id, 'upsert', null],
      ['goal', goal.id, 'upsert', null],
      ['indicator', indicator.id, 'upsert', null],
      ['program', program.id, 'upsert', null],
      ['program', activity.id, 'upsert', null],
      // The program's anggaran follows its kegiatan.
      ['program', program.id, 'upsert', null],
    ]);
    expect(entries[0]?.fields).toEqual({ orgUnitId: unitId, year: 2027, version: 0, parentId: null, ...parties });
    expect(entries[1]?.fields).toEqual({ agreementId: agreement.id, order: 0, name: 'Meningkatnya investasi daerah', tujuanId: null });
    expect(Object.keys(entries[2]?.fields ?? {}).sort()).toEqual([
      'aggregation', 'agreementId', 'annualTarget', 'dataSource', 'definition', 'evidenceRequired', 'goalId', 'lowerIsBetterFormula',
      'maxValue', 'minValue', 'name', 'order', 'polarity', 'previousId', 'quarterTargets', 'responsible', 'scaleLevels', 'supportsId',
      'targetType', 'unit',
    ]);
    expect(entries[4]?.fields).toMatchObject({ parentId: program.id, level: 'kegiatan', budget: 750_000_000 });
    expect(entries[5]?.fields).toEqual({ budget: 750_000_000 });
    expect(await db.agreements.get(agreement.id)).toMatchObject({ status: 'draft', rev: 0, tenantId, updatedBy: head.id });
    expect((await db.programs.get(program.id))?.budget).toBe(750_000_000);
  });

  it('sends only the changed fields of a row the server has, with its rev as base', async () => {
    const { agreement, indicator } = await draftPk();
    await acknowledgeAll(7);
    await saveIndicator(db, head, { ...indicatorInput(agreement.id, indicator.goalId), id: indicator.id, unit: 'dokumen izin', annualTarget: 1300 });
    await editAgreement(db, head, agreement.id, { number: '061/PK/2027' });
    const entries = await outbox();
    expect(entries.map((e) => [e.entity, e.fields, e.baseRev])).toEqual([
      ['indicator', { unit: 'dokumen izin', annualTarget: 1300 }, 7],
      ['agreement', { number: '061/PK/2027' }, 7],
    ]);
    // Saving the same values again queues nothing.
    await editAgreement(db, head, agreement.id, { number: '061/PK/2027' });
    expect(await db.outbox.count()).toBe(2);
  });

  it('fills quarter targets by rule and writes them as one edit', async () => {
    const { indicator } = await draftPk();
    await acknowledgeAll();
    const filled = await fillQuarterTargets(db, head, indicator.id);
    expect(filled.quarterTargets).toEqual([300, 300, 300, 300]);
    expect((await outbox()).map((e) => e.fields)).toEqual([{ quarterTargets: [300, 300, 300, 300] }]);
  });

  it('refuses a second PK for the same unit and year, a blank name, and a reader', async () => {
    await draftPk();
    await expect(createAgreement(db, head, { orgUnitId: unitId, year: 2027, ...parties })).rejects.toMatchObject({ problem: 'exists' });
    const other = await createAgreement(db, admin, { orgUnitId: unitId, year: 2028, ...parties });
    await expect(saveGoal(db, admin, { agreementId: other.id, name: '   ' })).rejects.toMatchObject({ problem: 'invalid', detail: { field: 'name' } });
    await expect(createAgreement(db, operator, { orgUnitId: unitId, year: 2029, ...parties })).rejects.toMatchObject({ problem: 'forbidden' });
    const otherUnitHead: Actor = { ...head, orgUnitId: '00000000-0000-4000-8000-000000000077' };
    await expect(saveGoal(db, otherUnitHead, { agreementId: other.id, name: 'Sasaran' })).rejects.toMatchObject({ problem: 'forbidden' });
  });

  it('rolls parent budgets up from their children and refuses a fractional Rupiah', async () => {
    const { agreement, program, activity } = await draftPk();
    await saveProgram(db, head, { agreementId: agreement.id, parentId: program.id, code: '2.18.02.2.02', name: 'Promosi Investasi', budget: 250_000_000 });
    expect((await db.programs.get(program.id))?.budget).toBe(1_000_000_000);
    await expect(saveProgram(db, head, { id: activity.id, agreementId: agreement.id, parentId: program.id, code: activity.code, name: activity.name, budget: 1.5 }))
      .rejects.toMatchObject({ problem: 'invalid', detail: { field: 'budget' } });
    await deleteProgram(db, head, activity.id);
    expect((await db.programs.get(program.id))?.budget).toBe(250_000_000);
  });

  it('leaves nothing behind when the disk is full', async () => {
    const { agreement } = await draftPk();
    const before = { goals: await db.goals.count(), outbox: await db.outbox.count() };
    const spy = vi.spyOn(db.outbox, 'add').mockRejectedValueOnce(new Dexie.QuotaExceededError('full'));
    await expect(saveGoal(db, head, { agreementId: agreement.id, name: 'Sasaran kedua' })).rejects.toBeInstanceOf(StorageFullError);
    spy.mockRestore();
    expect({ goals: await db.goals.count(), outbox: await db.outbox.count() }).toEqual(before);
  });
});

describe('deleting', () => {
  it('drops rows the server never received without sending anything', async () => {
    const { goal } = await draftPk();
    await deleteGoal(db, head, goal.id);
    expect(await db.goals.get(goal.id)).toBeUndefined();
    expect(await db.indicators.count()).toBe(0);
    expect((await outbox()).map((e) => e.entity)).toEqual(['agreement', 'program', 'program', 'program']);
  });

  it('tombstones synced rows, indicators before their goal and children before their parent', async () => {
    const { agreement, goal, indicator, program, activity } = await draftPk();
    await acknowledgeAll();
    await deleteDraftAgreement(db, head, agreement.id);
    expect((await outbox()).map((e) => [e.entity, e.recordId, e.op, e.baseRev])).toEqual([
      ['indicator', indicator.id, 'delete', 7],
      ['goal', goal.id, 'delete', 7],
      ['program', activity.id, 'delete', 7],
      ['program', program.id, 'delete', 7],
      ['agreement', agreement.id, 'delete', 7],
    ]);
    expect((await db.agreements.get(agreement.id))?.deleted).toBe(true);
  });
});

describe('signing', () => {
  it('refuses an incomplete PK with the issues, then signs with exactly the signing fields', async () => {
    const { agreement, indicator } = await draftPk();
    await saveIndicator(db, head, { ...indicatorInput(agreement.id, indicator.goalId), id: indicator.id, unit: '' });
    const refusal = await signAgreement(db, head, agreement.id, { signedOn: '2027-01-15', signedPlace: 'Samarinda' }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(AgreementEditError);
    expect((refusal as AgreementEditError).detail.issues?.map((i) => i.code)).toEqual(['unitMissing']);

    await saveIndicator(db, head, { ...indicatorInput(agreement.id, indicator.goalId), id: indicator.id, unit: 'izin' });
    await acknowledgeAll();
    const signed = await signAgreement(db, head, agreement.id, { signedOn: '2027-01-15', signedPlace: ' Samarinda ' });
    expect(signed).toMatchObject({ status: 'signed', signedOn: '2027-01-15', signedPlace: 'Samarinda' });
    expect((await outbox()).map((e) => e.fields)).toEqual([{ status: 'signed', signedOn: '2027-01-15', signedPlace: 'Samarinda' }]);
  });

  it('makes the PK read-only: every edit of it or its parts is refused locally', async () => {
    const { agreement, goal, indicator, program } = await draftPk();
    await signAgreement(db, head, agreement.id, { signedOn: '2027-01-15', signedPlace: 'Samarinda' });
    const queued = await db.outbox.count();
    const attempts = [
      editAgreement(db, head, agreement.id, { number: 'x' }),
      saveGoal(db, head, { id: goal.id, agreementId: agreement.id, name: 'Baru' }),
      saveIndicator(db, head, { ...indicatorInput(agreement.id, goal.id), id: indicator.id, annualTarget: 1 }),
      deleteIndicator(db, head, indicator.id),
      deleteProgram(db, head, program.id),
      moveGoal(db, head, goal.id, 'down'),
      fillQuarterTargets(db, head, indicator.id),
      deleteDraftAgreement(db, head, agreement.id),
      replacePkContent(db, head, agreement.id, { goals: [], indicators: [], programs: [] }),
    ];
    for (const attempt of attempts) await expect(attempt).rejects.toMatchObject({ problem: 'locked' });
    expect(await db.outbox.count()).toBe(queued);
  });
});

describe('revision and copy', () => {
  async function signedPk() {
    const parts = await draftPk();
    await signAgreement(db, head, parts.agreement.id, { signedOn: '2027-01-15', signedPlace: 'Samarinda' });
    await acknowledgeAll(9);
    await db.agreements.update(parts.agreement.id, { rev: 9 });
    return parts;
  }

  it('starts version n + 1 linked to its parent, queued agreement → goals → indicators → programs parents first', async () => {
    const { agreement, indicator, program } = await signedPk();
    const revision = await startRevision(db, head, agreement.id);
    expect(revision).toMatchObject({ version: 1, parentId: agreement.id, status: 'draft', year: 2027, rev: 0 });
    const entries = await outbox();
    expect(entries.map((e) => e.entity)).toEqual(['agreement', 'goal', 'indicator', 'program', 'program']);
    expect(entries[0]?.fields).toMatchObject({ version: 1, parentId: agreement.id, year: 2027 });
    const newIndicator = (await db.indicators.where('agreementId').equals(revision.id).toArray())[0] as Indicator;
    expect(newIndicator.previousId).toBe(indicator.id);
    expect(entries[2]?.fields).toMatchObject({ previousId: indicator.id, agreementId: revision.id });
    const [newProgram, newActivity] = [entries[3]?.fields, entries[4]?.fields];
    expect(newProgram).toMatchObject({ parentId: null, budget: 750_000_000 });
    expect(newActivity).toMatchObject({ parentId: entries[3]?.recordId, code: '2.18.02.2.01' });
    expect(entries.every((e) => e.recordId !== program.id)).toBe(true);
    // The signed PK stays in force while its revision is a draft.
    expect((await getAgreementView(db, unitId, 2027))?.agreement.id).toBe(agreement.id);
    await expect(startRevision(db, head, agreement.id)).rejects.toMatchObject({ problem: 'exists' });
  });

  it('shows the realisations of the indicator a revision continues once the revision is signed', async () => {
    const { agreement, indicator } = await signedPk();
    await db.realisations.put(buildRealisation({ ...indicator }, { quarter: 1, value: 280, year: 2027 }));
    const revision = await startRevision(db, head, agreement.id);
    await signAgreement(db, head, revision.id, { signedOn: '2027-07-01', signedPlace: 'Samarinda' });
    const view = await getAgreementView(db, unitId, 2027);
    expect(view?.agreement.id).toBe(revision.id);
    const shown = view?.goals[0]?.indicators[0];
    expect(shown?.indicator.previousId).toBe(indicator.id);
    expect(shown?.realisations.map((r) => r?.value ?? null)).toEqual([280, null, null, null]);
  });

  it('refuses a revision of a draft', async () => {
    const { agreement } = await draftPk();
    await expect(startRevision(db, head, agreement.id)).rejects.toMatchObject({ problem: 'notSigned' });
  });

  it('copies last year into a fresh draft for the next year, unlinked, and refuses a year that has one', async () => {
    const { indicator } = await signedPk();
    const copy = await copyFromYear(db, admin, unitId, 2028);
    expect(copy).toMatchObject({ year: 2028, version: 0, parentId: null, status: 'draft', number: null, firstParty: parties.firstParty });
    const copied = await db.indicators.where('agreementId').equals(copy.id).toArray();
    expect(copied.map((i) => [i.name, i.previousId, i.annualTarget])).toEqual([[indicator.name, null, 1200]]);
    expect((await outbox())[0]?.fields).toMatchObject({ year: 2028, version: 0, parentId: null });
    await expect(copyFromYear(db, admin, unitId, 2028)).rejects.toMatchObject({ problem: 'exists' });
    await expect(copyFromYear(db, admin, unitId, 2031)).rejects.toMatchObject({ problem: 'sourceMissing' });
  });
});

describe('reordering', () => {
  it('rewrites the order of the siblings that changed, only those', async () => {
    const { agreement, goal, indicator } = await draftPk();
    const second = await saveIndicator(db, head, indicatorInput(agreement.id, goal.id, { name: 'Nilai investasi' }));
    const third = await saveIndicator(db, head, indicatorInput(agreement.id, goal.id, { name: 'Jumlah pelaku usaha' }));
    const otherGoal = await saveGoal(db, head, { agreementId: agreement.id, name: 'Sasaran kedua' });
    await acknowledgeAll();
    await moveIndicator(db, head, third.id, 'up');
    expect((await outbox()).map((e) => [e.recordId, e.fields])).toEqual([[third.id, { order: 1 }], [second.id, { order: 2 }]]);
    const order = (await db.indicators.where('goalId').equals(goal.id).sortBy('order')).map((i) => i.id);
    expect(order).toEqual([indicator.id, third.id, second.id]);
    await moveIndicator(db, head, indicator.id, 'up'); // already first: nothing
    expect(await db.outbox.count()).toBe(2);
    await moveGoal(db, head, otherGoal.id, 'up');
    expect(((await db.goals.toArray()) as Goal[]).sort((a, b) => a.order - b.order).map((g) => g.id)).toEqual([otherGoal.id, goal.id]);
  });

  it('moves budget lines among their own siblings', async () => {
    const { agreement, program, activity } = await draftPk();
    const second = await saveProgram(db, head, { agreementId: agreement.id, parentId: program.id, code: '2.18.02.2.02', name: 'Promosi', budget: 5 });
    await moveProgram(db, head, second.id, 'up');
    const rows = (await db.programs.toArray()) as Program[];
    const order = (id: string) => rows.find((p) => p.id === id)?.order;
    expect([order(second.id), order(activity.id), order(program.id)]).toEqual([0, 1, 0]);
  });
});

describe('replacePkContent (the Excel import)', () => {
  it('tombstones the draft content and writes the new rows in server order, in one go', async () => {
    const { agreement, goal, indicator, program, activity } = await draftPk();
    await acknowledgeAll();
    const result = await replacePkContent(db, head, agreement.id, {
      goals: [{ id: 'g1', name: 'Meningkatnya realisasi investasi' }],
      indicators: [
        { goalId: 'g1', name: 'Nilai realisasi investasi', unit: 'triliun rupiah', polarity: 'higher', aggregation: 'sum', targetType: 'number', annualTarget: 60, quarterTargets: [15, 15, 15, 15] },
        { goalId: 'g1', name: 'Indeks kepuasan', unit: 'indeks', polarity: 'higher', aggregation: 'last', targetType: 'range', annualTarget: { min: 80, max: 90 }, quarterTargets: [null, null, null, null] },
      ],
      programs: [
        { id: 'p2', parentId: 'p1', level: 'kegiatan', code: '2.18.02.2.01', name: 'Pelayanan Perizinan', budget: 400 },
        { id: 'p1', parentId: null, level: 'program', code: '2.18.02', name: 'Program Pelayanan Penanaman Modal', budget: 400 },
      ],
    });
    const entries = await outbox();
    expect(entries.map((e) => [e.entity, e.op])).toEqual([
      ['indicator', 'delete'], ['goal', 'delete'], ['program', 'delete'], ['program', 'delete'],
      ['goal', 'upsert'], ['indicator', 'upsert'], ['indicator', 'upsert'], ['program', 'upsert'], ['program', 'upsert'],
    ]);
    expect(entries.slice(0, 4).map((e) => e.recordId)).toEqual([indicator.id, goal.id, activity.id, program.id]);
    const newGoal = result.goals[0] as Goal;
    expect(newGoal.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.indicators.map((i) => [i.goalId, i.order, i.definition])).toEqual([[newGoal.id, 0, ''], [newGoal.id, 1, '']]);
    const parent = result.programs.find((p) => p.code === '2.18.02') as Program;
    expect(entries[8]?.fields).toMatchObject({ parentId: parent.id, code: '2.18.02.2.01' });
    expect(entries[7]?.recordId).toBe(parent.id);
    const view = await getAgreementView(db, unitId, 2027);
    expect(view?.goals.map((g) => [g.goal.name, g.indicators.length])).toEqual([['Meningkatnya realisasi investasi', 2]]);
    expect(view?.programs).toHaveLength(2);
  });

  it('imports nothing when one row is invalid', async () => {
    const { agreement } = await draftPk();
    const before = { goals: await db.goals.toArray(), outbox: await db.outbox.count() };
    await expect(replacePkContent(db, head, agreement.id, {
      goals: [{ id: 'g1', name: 'Sasaran' }],
      indicators: [{ goalId: 'g1', name: '', unit: 'x', polarity: 'higher', aggregation: 'sum', targetType: 'number', annualTarget: 1, quarterTargets: [null, null, null, null] }],
      programs: [],
    })).rejects.toMatchObject({ problem: 'invalid' });
    expect({ goals: await db.goals.toArray(), outbox: await db.outbox.count() }).toEqual(before);
  });
});

describe('the PK in force', () => {
  it('is the highest signed version, else the highest draft', async () => {
    const signed: Agreement = buildAgreement(operatorUnit, { year: 2026, version: 0, status: 'superseded' });
    const v1 = buildAgreement(operatorUnit, { year: 2026, version: 1, parentId: signed.id, status: 'signed' });
    const v2 = buildAgreement(operatorUnit, { year: 2026, version: 2, parentId: v1.id, status: 'draft', signedOn: null, signedPlace: null });
    await db.agreements.bulkPut([signed, v1, v2]);
    await db.indicators.put(buildIndicator(buildGoal(v1), villages));
    expect((await getAgreementView(db, unitId, 2026))?.agreement.id).toBe(v1.id);
    await db.agreements.update(v1.id, { deleted: true });
    expect((await getAgreementView(db, unitId, 2026))?.agreement.id).toBe(v2.id);
  });
});
