// @vitest-environment node
// The workflow from device to device through the REAL server app: an operator enters offline
// entries, the head submits them from the unit's device, the evaluator returns one with a note and
// verifies the other, the operator sees the note and fixes the entry; a refused submission (locked
// quarter) leaves the entry editable on the device, with the server's reason.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { adminPath, adminRoutes } from '../../../src/api/admin';
import { csrf, loginAs } from '../../support/server-app';
import { useSyncDevices, type TestDevice } from '../../support/sync-devices';
import { saveRealisation } from '../../../src/client/db/realisation-repository';
import { reviewEntry, submitEntries, WorkflowStepError } from '../../../src/client/db/workflow-repository';
import type { Quarter } from '../../../src/domain/period';

const sync = useSyncDevices();
const device = (username: string) => sync.device(username, { synced: true });
type Device = TestDevice;

const rowOf = async (d: Device, indicatorId: string, quarter: Quarter) =>
  (await d.db.realisations.where('[indicatorId+quarter]').equals([indicatorId, quarter]).first()) ?? null;

describe('the workflow across devices', () => {
  it('operator enters, head submits, evaluator returns one and verifies the other, operator fixes', async () => {
    const { count, growth } = sync.server.world.indicators;
    const operator = await device('operator.a');
    const head = await device('kepala.a');
    const evaluator = await device('evaluator');

    await saveRealisation(operator.db, operator.actor, { indicatorId: count.id, quarter: 1, value: 120, drivers: '', obstacles: 'Hujan', followUp: '' });
    await saveRealisation(operator.db, operator.actor, { indicatorId: growth.id, quarter: 1, value: 4.5, drivers: 'Pasar', obstacles: '', followUp: '' });
    await operator.engine.syncNow();
    await head.engine.syncNow();

    // The operator may not submit; the head may, and the unit can no longer edit on the device.
    const ids = [(await rowOf(head, count.id, 1))?.id ?? '', (await rowOf(head, growth.id, 1))?.id ?? ''];
    await expect(submitEntries(operator.db, operator.actor, ids)).rejects.toBeInstanceOf(WorkflowStepError);
    expect(await operator.db.outbox.count()).toBe(0);
    expect(await submitEntries(head.db, head.actor, ids)).toBe(2);
    expect((await rowOf(head, count.id, 1))?.status).toBe('submitted');
    await head.engine.syncNow();
    expect(await head.db.outbox.count()).toBe(0);

    await evaluator.engine.syncNow();
    const [countRow, growthRow] = [await rowOf(evaluator, count.id, 1), await rowOf(evaluator, growth.id, 1)];
    expect([countRow?.status, growthRow?.status]).toEqual(['submitted', 'submitted']);
    await expect(reviewEntry(evaluator.db, evaluator.actor, countRow?.id ?? '', 'return', '   ')).rejects.toBeInstanceOf(WorkflowStepError);
    await reviewEntry(evaluator.db, evaluator.actor, countRow?.id ?? '', 'return', 'Lampirkan daftar penumpang.');
    await reviewEntry(evaluator.db, evaluator.actor, growthRow?.id ?? '', 'verify', '');
    await evaluator.engine.syncNow();
    expect(await evaluator.db.rejections.count()).toBe(0);

    await operator.engine.syncNow();
    expect(await rowOf(operator, count.id, 1)).toMatchObject({ status: 'returned', reviewNote: 'Lampirkan daftar penumpang.' });
    expect((await rowOf(operator, growth.id, 1))?.status).toBe('verified');
    await saveRealisation(operator.db, operator.actor, { indicatorId: count.id, quarter: 1, value: 125, drivers: '', obstacles: 'Hujan', followUp: 'Daftar dilampirkan' });
    await operator.engine.syncNow();
    expect(await operator.db.rejections.count()).toBe(0);
  });

  it('a submission refused by the server (locked quarter) leaves the entry editable, with the reason', async () => {
    const { percent } = sync.server.world.indicators;
    const operator = await device('operator.a');
    const head = await device('kepala.a');
    await saveRealisation(operator.db, operator.actor, { indicatorId: percent.id, quarter: 2, value: 70, drivers: '', obstacles: '', followUp: '' });
    await operator.engine.syncNow();
    await head.engine.syncNow();
    const row = await rowOf(head, percent.id, 2);
    const locked = await sync.server.app.inject({
      method: 'PUT', url: adminPath(adminRoutes.periodWindow, { year: '2026', quarter: '2' }),
      headers: { cookie: await loginAs(sync.server.app, 'admin'), ...csrf }, payload: { locked: true, lockAt: null },
    });
    expect(locked.statusCode).toBe(200);

    await submitEntries(head.db, head.actor, [row?.id ?? '']);
    expect((await rowOf(head, percent.id, 2))?.status).toBe('submitted');
    await head.engine.syncNow();
    expect((await rowOf(head, percent.id, 2))?.status).toBe('draft');
    const [refusal] = await head.db.rejections.toArray();
    expect(refusal).toMatchObject({ code: 'quarter_locked', recordId: row?.id });
    expect(await head.db.outbox.count()).toBe(0);
    // The device also learnt the window, so the form can warn.
    expect(await head.db.periodWindows.count()).toBe(1);
  });
});
