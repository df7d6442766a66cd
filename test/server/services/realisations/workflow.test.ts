// The realisation workflow on the server (domain.md, "Roles and workflow"): the head submits, the
// evaluator verifies or returns with a note, every role tried on every step, stale reviews and
// locked quarters refused with their reasons, and every step pulled by the devices that may see it.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { adminPath, adminRoutes } from '../../../../src/api/admin';
import { type Realisation } from '../../../../src/domain/realisation';
import { csrf, realisationMutation as rm } from '../../../support/server-app';
import { useWorkflowServer } from '../../../support/workflow-server';

const usernames = ['operator.a', 'kepala.a', 'evaluator', 'pimpinan', 'admin', 'operator.x'] as const;
const session = useWorkflowServer(usernames, 'evaluator');
const { cookie, workflow, send, current } = session;

/** A fresh draft of unit A, entered by its operator (each test uses its own indicator × quarter). */
async function draft(indicatorId: string, quarter: number, value: number | null = 12): Promise<Realisation> {
  const id = randomUUID();
  const result = await send('operator.a', rm(1, id, { indicatorId, quarter, value, obstacles: 'Cuaca' }));
  expect(result.status).toBe('applied');
  return current(result.recordId);
}

describe('submit', () => {
  it('only the head of the unit submits a filled entry; then the unit cannot edit it', async () => {
    const entry = await draft(session.server.world.indicators.count.id, 1);
    for (const [username, code] of [['operator.a', 'forbidden'], ['evaluator', 'forbidden'], ['pimpinan', 'forbidden'], ['admin', 'forbidden'], ['operator.x', 'not_found']] as const) {
      expect((await send(username, workflow(entry.id, { status: 'submitted' }, entry.rev))).reason?.code, username).toBe(code);
    }
    expect((await current(entry.id)).status).toBe('draft');
    const submitted = await send('kepala.a', workflow(entry.id, { status: 'submitted' }, entry.rev));
    expect(submitted).toMatchObject({ status: 'applied' });
    const after = await current(entry.id);
    expect(after).toMatchObject({ status: 'submitted', value: 12, obstacles: 'Cuaca' });
    expect((await send('operator.a', rm(1, entry.id, { value: 13 }, after.rev))).reason?.code).toBe('not_editable');
    expect((await send('kepala.a', workflow(entry.id, { status: 'submitted' }, after.rev))).reason?.code).toBe('wrong_status');
  });

  it('refuses an entry without a value, a mixed edit, and an unknown entry', async () => {
    const empty = await draft(session.server.world.indicators.percent.id, 1, null);
    expect((await send('kepala.a', workflow(empty.id, { status: 'submitted' }, empty.rev))).reason?.code).toBe('not_filled');
    expect((await send('kepala.a', workflow(empty.id, { status: 'submitted', value: 3 }, empty.rev))).reason?.code).toBe('invalid');
    expect((await send('kepala.a', workflow(empty.id, { status: 'draft' }, empty.rev))).reason?.code).toBe('invalid');
    expect((await send('kepala.a', workflow(randomUUID(), { status: 'submitted' }, 0))).reason?.code).toBe('not_found');
  });
});

describe('verify and return', () => {
  it('only an evaluator of the tenant decides; return needs a note; the unit fixes and resubmits; verify ends it', async () => {
    const entry = await draft(session.server.world.indicators.growth.id, 1);
    await send('kepala.a', workflow(entry.id, { status: 'submitted' }, entry.rev));
    const submitted = await current(entry.id);
    for (const [username, code] of [['operator.a', 'forbidden'], ['kepala.a', 'forbidden'], ['pimpinan', 'forbidden'], ['admin', 'forbidden'], ['operator.x', 'not_found']] as const) {
      expect((await send(username, workflow(entry.id, { status: 'verified' }, submitted.rev))).reason?.code, username).toBe(code);
      expect((await send(username, workflow(entry.id, { status: 'returned', reviewNote: 'x' }, submitted.rev))).reason?.code, username).toBe(code);
    }
    for (const reviewNote of [undefined, null, '  ']) {
      const fields = reviewNote === undefined ? { status: 'returned' } : { status: 'returned', reviewNote };
      expect((await send('evaluator', workflow(entry.id, fields, submitted.rev))).reason?.code).toBe('note_required');
    }
    const returned = await send('evaluator', workflow(entry.id, { status: 'returned', reviewNote: 'Lampirkan notulen rapat.' }, submitted.rev));
    expect(returned.status).toBe('applied');
    const back = await current(entry.id);
    expect(back).toMatchObject({ status: 'returned', reviewNote: 'Lampirkan notulen rapat.' });

    // Returned: editable again; the note stays visible through the resubmission.
    expect((await send('operator.a', rm(1, entry.id, { value: 14, drivers: 'Notulen dilampirkan' }, back.rev))).status).toBe('applied');
    const fixed = await current(entry.id);
    expect((await send('kepala.a', workflow(entry.id, { status: 'submitted' }, fixed.rev))).status).toBe('applied');
    const again = await current(entry.id);
    expect(again).toMatchObject({ status: 'submitted', value: 14, reviewNote: 'Lampirkan notulen rapat.' });

    // A decision made on what the evaluator saw before the fix is stale.
    expect((await send('evaluator', workflow(entry.id, { status: 'verified' }, back.rev))).reason?.code).toBe('stale_review');
    expect((await send('evaluator', workflow(entry.id, { status: 'verified' }, again.rev))).status).toBe('applied');
    const verified = await current(entry.id);
    expect(verified).toMatchObject({ status: 'verified', reviewNote: null });
    expect((await send('operator.a', rm(1, entry.id, { value: 15 }, verified.rev))).reason?.code).toBe('not_editable');
    expect((await send('evaluator', workflow(entry.id, { status: 'returned', reviewNote: 'lagi' }, verified.rev))).reason?.code).toBe('wrong_status');
  });

  it('refuses to verify a draft', async () => {
    const entry = await draft(session.server.world.indicators.count.id, 2);
    expect((await send('evaluator', workflow(entry.id, { status: 'verified' }, entry.rev))).reason?.code).toBe('wrong_status');
  });
});

describe('a locked quarter', () => {
  it('refuses the submission but not the review', async () => {
    const open = await draft(session.server.world.indicators.count.id, 3);
    await send('kepala.a', workflow(open.id, { status: 'submitted' }, open.rev));
    const waiting = await current(open.id);
    const late = await draft(session.server.world.indicators.percent.id, 3);
    const locked = await session.server.app.inject({
      method: 'PUT', url: adminPath(adminRoutes.periodWindow, { year: '2026', quarter: '3' }),
      headers: { cookie: cookie('admin'), ...csrf }, payload: { locked: true, lockAt: null },
    });
    expect(locked.statusCode).toBe(200);
    expect((await send('kepala.a', workflow(late.id, { status: 'submitted' }, late.rev))).reason)
      .toMatchObject({ code: 'quarter_locked', details: { quarter: 3, status: 'draft', rev: late.rev } });
    expect((await send('evaluator', workflow(open.id, { status: 'verified' }, waiting.rev))).status).toBe('applied');
  });
});
