// A returned entry goes back to the evaluator only changed (an edit moves it to draft) or with the
// head's reply saying why it stays; the reply is in the entry's history. Every role is tried on
// the resubmission, for its own unit, another unit and another tenant (as route-matrix.test.ts).
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { historyResponseSchema, realisationHistoryPath } from '../../../../src/api/history';
import type { Mutation } from '../../../../src/api/sync';
import { type Realisation } from '../../../../src/domain/realisation';
import { attachmentPath } from '../../../../src/api/routes';
import { jpegBytes, sha256Hex } from '../../../support/evidence-bytes';
import { csrf, realisationMutation as rm } from '../../../support/server-app';
import { useWorkflowServer } from '../../../support/workflow-server';

const usernames = ['operator.a', 'kepala.a', 'kepala.b', 'evaluator', 'pimpinan', 'admin', 'operator.b', 'operator.x'] as const;
const session = useWorkflowServer(usernames, 'evaluator');
const { cookie, workflow, send, current } = session;

/** An entry of unit A, entered, submitted and returned with a note. */
async function returnedEntry(indicatorId: string, quarter: number): Promise<Realisation> {
  const created = await send('operator.a', rm(1, randomUUID(), { indicatorId, quarter, value: 12 }));
  const entry = await current(created.recordId);
  expect((await send('kepala.a', workflow(entry.id, { status: 'submitted' }, entry.rev))).status).toBe('applied');
  const submitted = await current(entry.id);
  expect((await send('evaluator', workflow(entry.id, { status: 'returned', reviewNote: 'Lampirkan notulen.' }, submitted.rev))).status).toBe('applied');
  return current(entry.id);
}

const reply = 'Angka sudah benar; notulen ada di bukti dukung TW I.';

describe('resubmitting a returned entry', () => {
  it('unchanged: refused without a reply (reply_required, in Indonesian), accepted with one, and the reply is in the history', async () => {
    const entry = await returnedEntry(session.server.world.indicators.count.id, 1);
    expect(entry).toMatchObject({ status: 'returned', reviewNote: 'Lampirkan notulen.' });

    // Who may not submit is refused for that, reply or not; the entry stays returned.
    const others = [['operator.a', 'forbidden'], ['kepala.b', 'other_unit'], ['evaluator', 'forbidden'], ['pimpinan', 'forbidden'],
      ['admin', 'forbidden'], ['operator.b', 'forbidden'], ['operator.x', 'not_found']] as const;
    for (const [username, code] of others) {
      for (const fields of [{ status: 'submitted' }, { status: 'submitted', reply }]) {
        expect((await send(username, workflow(entry.id, fields, entry.rev))).reason?.code, username).toBe(code);
      }
    }
    // The head: a missing or blank reply is refused, with the status the server holds.
    for (const fields of [{ status: 'submitted' }, { status: 'submitted', reply: '   ' }]) {
      const refused = await send('kepala.a', workflow(entry.id, fields, entry.rev));
      expect(refused.status).toBe('rejected');
      expect(refused.reason).toMatchObject({ code: 'reply_required', details: { status: 'returned', rev: entry.rev } });
      expect(refused.reason?.message).toContain('dikembalikan verifikator');
    }
    expect((await current(entry.id)).status).toBe('returned');

    expect((await send('kepala.a', workflow(entry.id, { status: 'submitted', reply: `  ${reply}  ` }, entry.rev))).status).toBe('applied');
    const resubmitted = await current(entry.id);
    expect(resubmitted).toMatchObject({ status: 'submitted', value: 12, reviewNote: 'Lampirkan notulen.' });
    expect(resubmitted).not.toHaveProperty('unitReply');

    for (const username of ['operator.a', 'kepala.a', 'evaluator', 'pimpinan', 'admin'] as const) {
      const response = await session.server.app.inject({ method: 'GET', url: realisationHistoryPath(entry.id), headers: { cookie: cookie(username) } });
      expect(response.statusCode, username).toBe(200);
      const last = historyResponseSchema.parse(response.json()).entries.at(-1);
      expect(last, username).toMatchObject({ username: 'kepala.a' });
      expect(last?.fields, username).toEqual([
        { field: 'status', before: 'returned', after: 'submitted' },
        { field: 'unitReply', before: null, after: reply },
      ]);
    }
    for (const username of ['operator.b', 'operator.x'] as const) {
      const response = await session.server.app.inject({ method: 'GET', url: realisationHistoryPath(entry.id), headers: { cookie: cookie(username) } });
      expect(response.statusCode, username).toBe(404);
      expect(response.body).not.toContain('notulen ada');
    }
  });

  it('changed: an edit moves it back to draft with the note kept, and it goes back without a reply', async () => {
    const entry = await returnedEntry(session.server.world.indicators.percent.id, 1);
    expect((await send('operator.a', rm(1, entry.id, { value: 14 }, entry.rev))).status).toBe('applied');
    const fixed = await current(entry.id);
    expect(fixed).toMatchObject({ status: 'draft', value: 14, reviewNote: 'Lampirkan notulen.' });
    // Saving the same values again is no change and no new status.
    expect((await send('operator.a', rm(1, entry.id, { value: 14 }, fixed.rev))).rev).toBeNull();
    expect((await send('kepala.a', workflow(entry.id, { status: 'submitted' }, fixed.rev))).status).toBe('applied');
    expect(await current(entry.id)).toMatchObject({ status: 'submitted', value: 14 });
  });

  it('evidence attached to a returned entry is a change too: draft again, no reply needed', async () => {
    const entry = await returnedEntry(session.server.world.indicators.count.id, 2);
    const bytes = jpegBytes(2048);
    const sha256 = sha256Hex(bytes);
    const uploaded = await session.server.app.inject({
      method: 'PUT', url: attachmentPath(sha256), payload: Buffer.from(bytes),
      headers: { cookie: cookie('operator.a'), ...csrf, 'content-type': 'image/jpeg' },
    });
    expect(uploaded.statusCode).toBeLessThan(300);
    const attach: Mutation = {
      id: randomUUID(), seq: 1, entity: 'evidence', recordId: randomUUID(), op: 'upsert', baseRev: null, clientTime: new Date().toISOString(),
      fields: { realisationId: entry.id, sha256, mimeType: 'image/jpeg', size: bytes.length, caption: 'Notulen rapat', takenAt: null, latitude: null, longitude: null, fileName: 'notulen.jpg' },
    };
    expect((await send('operator.a', attach)).status).toBe('applied');
    const fixed = await current(entry.id);
    expect(fixed).toMatchObject({ status: 'draft', reviewNote: 'Lampirkan notulen.' });
    expect((await send('kepala.a', workflow(entry.id, { status: 'submitted' }, fixed.rev))).status).toBe('applied');
  });

  it('a reply rides only on a submission', async () => {
    const entry = await returnedEntry(session.server.world.indicators.growth.id, 1);
    expect((await send('kepala.a', workflow(entry.id, { status: 'submitted', reply }, entry.rev))).status).toBe('applied');
    const submitted = await current(entry.id);
    expect((await send('evaluator', workflow(entry.id, { status: 'verified', reply: 'ok' }, submitted.rev))).reason?.code).toBe('invalid');
    expect((await send('kepala.a', workflow(entry.id, { status: 'submitted', reply: 'x'.repeat(4001) }, submitted.rev))).reason?.code).toBe('invalid');
  });
});
