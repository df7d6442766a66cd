import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import {
  RealisationValueError,
  StorageFullError,
  saveRealisation,
  type RealisationInput,
} from '../../../src/client/db/realisation-repository';
import { buildGoal, buildIndicator } from '../../support/factories';
import { operator, useFreshDatabase, villages } from './factories';

const fresh = useFreshDatabase();

const input = (overrides: Partial<RealisationInput> = {}): RealisationInput => ({
  indicatorId: fresh.indicator.id,
  quarter: 1,
  value: 4,
  drivers: 'Pendampingan desa',
  obstacles: '',
  followUp: '',
  ...overrides,
});

async function counts() {
  return { rows: await fresh.db.realisations.count(), outbox: await fresh.db.outbox.count() };
}

describe('saveRealisation', () => {
  it('writes a new draft row and one create entry together', async () => {
    const saved = await saveRealisation(fresh.db, operator, input(), new Date('2026-04-02T03:00:00Z'));
    expect(saved).toMatchObject({
      status: 'draft',
      year: fresh.agreement.year,
      orgUnitId: fresh.indicator.orgUnitId,
      rev: 0,
      updatedBy: operator.id,
      deleted: false,
      value: 4,
    });
    expect(await fresh.db.realisations.get(saved.id)).toEqual(saved);
    const [entry, ...rest] = await fresh.db.outbox.toArray();
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      seq: 1,
      entity: 'realisation',
      recordId: saved.id,
      op: 'upsert',
      baseRev: null,
      state: 'pending',
      attempts: 0,
      clientTime: '2026-04-02T03:00:00.000Z',
      fields: { indicatorId: fresh.indicator.id, quarter: 1, value: 4, drivers: 'Pendampingan desa', obstacles: '', followUp: '' },
    });
    const deviceId = (await fresh.db.meta.get('deviceId'))?.value;
    expect(saved.deviceId).toBe(deviceId);
    expect(deviceId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reuses the row of the fresh.indicator × quarter and sends only the changed fields, with its rev', async () => {
    const first = await saveRealisation(fresh.db, operator, input());
    await fresh.db.realisations.update(first.id, { rev: 7 });
    await fresh.db.outbox.clear();
    const second = await saveRealisation(fresh.db, operator, input({ value: 5 }));
    expect(second.id).toBe(first.id);
    const entries = await fresh.db.outbox.toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ seq: 2, fields: { value: 5 }, baseRev: 7 });
    expect(Object.keys(entries[0]!.fields)).toEqual(['value']);
  });

  it('writes nothing when nothing changed', async () => {
    await saveRealisation(fresh.db, operator, input());
    await saveRealisation(fresh.db, operator, input());
    expect(await counts()).toEqual({ rows: 1, outbox: 1 });
  });

  it('numbers entries with increasing seq', async () => {
    await saveRealisation(fresh.db, operator, input({ quarter: 1 }));
    await saveRealisation(fresh.db, operator, input({ quarter: 2 }));
    await saveRealisation(fresh.db, operator, input({ quarter: 2, value: 9 }));
    expect((await fresh.db.outbox.toArray()).map((e) => e.seq)).toEqual([1, 2, 3]);
    expect((await fresh.db.meta.get('nextSeq'))?.value).toBe(4);
  });

  it.each([
    ['a negative count', {}, -1, 'negative'],
    ['NaN', {}, Number.NaN, 'notANumber'],
    ['Infinity', {}, Number.POSITIVE_INFINITY, 'notANumber'],
    ['2 for a text indicator', { targetType: 'text' as const, aggregation: 'last' as const }, 2, 'notBinary'],
    ['a score off the scale', { targetType: 'scale' as const, aggregation: 'last' as const, scaleLevels: [{ label: 'WTP', score: 4 }] }, 3, 'notOnScale'],
  ])('refuses %s and writes nothing', async (_name, shape, value, problem) => {
    const special = buildIndicator(buildGoal(fresh.agreement), { ...villages, ...shape });
    await fresh.db.indicators.put(special);
    const error = await saveRealisation(fresh.db, operator, input({ indicatorId: special.id, value })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RealisationValueError);
    expect((error as RealisationValueError).problem).toBe(problem);
    expect(await counts()).toEqual({ rows: 0, outbox: 0 });
  });

  it('accepts 0 and 1 for a text fresh.indicator and a negative value where it may be', async () => {
    const text = buildIndicator(buildGoal(fresh.agreement), { ...villages, targetType: 'text', aggregation: 'last' });
    const growth = buildIndicator(buildGoal(fresh.agreement), { ...villages, aggregation: 'last' });
    await fresh.db.indicators.bulkPut([text, growth]);
    await saveRealisation(fresh.db, operator, input({ indicatorId: text.id, value: 0 }));
    await saveRealisation(fresh.db, operator, input({ indicatorId: growth.id, value: -1.5 }));
    expect(await counts()).toEqual({ rows: 2, outbox: 2 });
  });

  it('refuses an fresh.indicator that is not on the device', async () => {
    const error = await saveRealisation(fresh.db, operator, input({ indicatorId: crypto.randomUUID() })).catch((e: unknown) => e);
    expect((error as RealisationValueError).problem).toBe('indicatorMissing');
    expect(await counts()).toEqual({ rows: 0, outbox: 0 });
  });

  it('leaves neither row nor entry when the outbox write fails inside the transaction', async () => {
    fresh.db.outbox.hook('creating', () => {
      throw new Error('disk gone');
    });
    await expect(saveRealisation(fresh.db, operator, input())).rejects.toThrow('disk gone');
    expect(await counts()).toEqual({ rows: 0, outbox: 0 });
    expect((await fresh.db.meta.get('nextSeq'))?.value).toBe(1);
  });

  it('leaves the old row untouched when an update fails inside the transaction', async () => {
    const first = await saveRealisation(fresh.db, operator, input());
    fresh.db.outbox.hook('creating', () => {
      throw new Error('disk gone');
    });
    await expect(saveRealisation(fresh.db, operator, input({ value: 99 }))).rejects.toThrow('disk gone');
    expect((await fresh.db.realisations.get(first.id))?.value).toBe(4);
    expect(await fresh.db.outbox.count()).toBe(1);
  });

  it('turns a quota error, also wrapped by Dexie, into StorageFullError with nothing half-saved', async () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    const failures: unknown[] = [quota, new Dexie.QuotaExceededError(quota)];
    for (const failure of failures) {
      const unhook = () => {
        throw failure;
      };
      fresh.db.outbox.hook('creating', unhook);
      await expect(saveRealisation(fresh.db, operator, input())).rejects.toBeInstanceOf(StorageFullError);
      fresh.db.outbox.hook('creating').unsubscribe(unhook);
      expect(await counts()).toEqual({ rows: 0, outbox: 0 });
    }
  });
});
