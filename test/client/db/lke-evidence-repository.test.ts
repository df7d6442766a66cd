// Bukti dukung of the unit's LKE answers on the device: the bytes, the row and the outbox entry are
// written together or not at all; the entry (and every later one of the same row) waits behind the
// rest of the outbox until the file is uploaded; removing keeps bytes another row still names.
import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../../src/client/db/database';
import {
  attachEvidence, fileOfEntry, holdBackEvidence, markBlobUploaded, pendingUploads, removeEvidence,
} from '../../../src/client/db/evidence-repository';
import {
  attachLkeEvidence, captionLkeEvidence, LkeEvidenceError, listLkeEvidenceViews, removeLkeEvidence, type LkeEvidenceInput,
} from '../../../src/client/db/lke-evidence-repository';
import { dismissRejection } from '../../../src/client/db/inbox';
import { collectPendingLkeEvidence } from '../../../src/client/db/export-evidence';
import { takeOutboxBatch } from '../../../src/client/db/push-ack';
import { StorageFullError } from '../../../src/client/db/storage-errors';
import type { Actor } from '../../../src/domain/user';
import { buildRealisation } from '../../support/factories';
import { operator, tenantId, unitId, useFreshDatabase } from './factories';

const fresh = useFreshDatabase();
const year = 2026;

let counter = 0;
function input(overrides: Partial<LkeEvidenceInput> = {}): LkeEvidenceInput {
  counter += 1;
  const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, counter, 1, 2, 3]);
  return {
    orgUnitId: unitId, year, criterionId: '1.a.1', bytes: bytes.buffer, sha256: counter.toString(16).padStart(64, 'b'),
    mimeType: 'application/pdf', fileName: 'renstra.pdf', caption: '', ...overrides,
  };
}
const counts = async () => ({ rows: await fresh.db.lkeEvidence.count(), blobs: await fresh.db.blobs.count(), outbox: await fresh.db.outbox.count() });
const lkeResponseEntry = (seq: number): OutboxEntry => ({
  seq, id: crypto.randomUUID(), entity: 'lkeResponse', recordId: crypto.randomUUID(), op: 'upsert', fields: { note: `catatan ${seq}` },
  baseRev: 2, clientTime: '2026-02-01T00:00:00.000Z', state: 'pending', attempts: 0, lastError: null,
});

describe('attaching a file to the unit\'s LKE answer', () => {
  it('writes the bytes, the row and one create entry naming the file together', async () => {
    const given = input({ caption: ' Renstra 2025–2029 ' });
    const row = await attachLkeEvidence(fresh.db, operator, given);
    expect(await counts()).toEqual({ rows: 1, blobs: 1, outbox: 1 });
    expect(row).toMatchObject({ tenantId, orgUnitId: unitId, year, criterionId: '1.a.1', rev: 0, size: 9, deleted: false, updatedBy: operator.id });
    const [entry] = await fresh.db.outbox.toArray();
    expect(entry).toMatchObject({ entity: 'lkeEvidence', recordId: row.id, op: 'upsert', baseRev: null });
    expect(entry?.fields).toEqual({
      orgUnitId: unitId, year, criterionId: '1.a.1', sha256: given.sha256, mimeType: 'application/pdf', size: 9, caption: ' Renstra 2025–2029 ', fileName: 'renstra.pdf',
    });
    expect(fileOfEntry(entry as OutboxEntry)).toBe(given.sha256);
    expect(await fresh.db.blobs.get(given.sha256)).toMatchObject({ uploadedAt: null, pending: 1, size: 9 });
    const views = await listLkeEvidenceViews(fresh.db, unitId, year);
    expect(views.get('1.a.1')?.map((v) => [v.evidence.id, v.pending])).toEqual([[row.id, true]]);
  });

  it('writes nothing when any part fails (quota while adding the outbox entry)', async () => {
    const fail = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    fresh.db.outbox.hook('creating', fail);
    await expect(attachLkeEvidence(fresh.db, operator, input())).rejects.toBeInstanceOf(StorageFullError);
    fresh.db.outbox.hook('creating').unsubscribe(fail);
    expect(await counts()).toEqual({ rows: 0, blobs: 0, outbox: 0 });
  });

  it('refuses, writing nothing, another unit, a role that does not answer, a final LKE and a file over 10 MB', async () => {
    const evaluator: Actor = { ...operator, id: crypto.randomUUID(), role: 'evaluator' };
    await expect(attachLkeEvidence(fresh.db, evaluator, input())).rejects.toMatchObject({ problem: 'notAllowed' });
    await expect(attachLkeEvidence(fresh.db, operator, input({ orgUnitId: crypto.randomUUID() }))).rejects.toMatchObject({ problem: 'notAllowed' });
    await expect(attachLkeEvidence(fresh.db, operator, input({ bytes: new ArrayBuffer(10 * 1024 * 1024 + 1) }))).rejects.toMatchObject({ problem: 'tooLarge' });
    await fresh.db.lkeEvaluations.put({
      id: crypto.randomUUID(), tenantId, rev: 5, updatedAt: '2026-03-01T00:00:00.000Z', updatedBy: null, deviceId: null, deleted: false,
      orgUnitId: unitId, year, status: 'final', score: 71.2, predikat: 'BB', finalisedAt: '2026-03-01T00:00:00.000Z', finalisedBy: null,
    });
    const refusal = await attachLkeEvidence(fresh.db, operator, input()).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(LkeEvidenceError);
    expect(refusal).toMatchObject({ problem: 'final' });
    expect(await counts()).toEqual({ rows: 0, blobs: 0, outbox: 0 });
  });
});

describe('waiting for the file', () => {
  it('holds the create and the later caption entry behind the rest of the outbox until the file is uploaded', async () => {
    const given = input();
    const row = await attachLkeEvidence(fresh.db, operator, given); // seq 1
    await captionLkeEvidence(fresh.db, operator, row.id, 'Renstra (final)'); // seq 2, names no file itself
    await fresh.db.outbox.add(lkeResponseEntry(3));
    expect(await pendingUploads(fresh.db)).toEqual([{ sha256: given.sha256, seqs: [1, 2] }]);

    const firstHeld = await holdBackEvidence(fresh.db, new Set([given.sha256]));
    const order = await fresh.db.outbox.orderBy('seq').toArray();
    expect(order.map((e) => [e.seq, e.entity, e.fields.caption ?? null])).toEqual([
      [1, 'lkeResponse', null], [2, 'lkeEvidence', ''], [3, 'lkeEvidence', 'Renstra (final)'],
    ]);
    expect(firstHeld).toBe(2);
    // A push takes only what is before the held entries.
    expect((await takeOutboxBatch(fresh.db, 50, firstHeld)).map((e) => e.entity)).toEqual(['lkeResponse']);

    await markBlobUploaded(fresh.db, given.sha256);
    expect(await pendingUploads(fresh.db)).toEqual([]);
    expect(await holdBackEvidence(fresh.db, new Set())).toBeNull();
  });
});

describe('removing and re-captioning', () => {
  it('drops a never-sent file entirely (row, bytes, entries)', async () => {
    const row = await attachLkeEvidence(fresh.db, operator, input());
    await captionLkeEvidence(fresh.db, operator, row.id, 'Renstra');
    await removeLkeEvidence(fresh.db, operator, row.id);
    expect(await counts()).toEqual({ rows: 0, blobs: 0, outbox: 0 });
  });

  it('tombstones a synced file and queues a delete on the rev it saw; a caption change too', async () => {
    const given = input();
    const row = await attachLkeEvidence(fresh.db, operator, given);
    await markBlobUploaded(fresh.db, given.sha256);
    await fresh.db.outbox.clear(); // acknowledged
    await fresh.db.lkeEvidence.update(row.id, { rev: 7 });
    await captionLkeEvidence(fresh.db, operator, row.id, 'Renstra 2025–2029');
    await captionLkeEvidence(fresh.db, operator, row.id, 'Renstra 2025–2029'); // unchanged: nothing queued
    await removeLkeEvidence(fresh.db, operator, row.id);
    expect((await fresh.db.lkeEvidence.get(row.id))?.deleted).toBe(true);
    expect((await fresh.db.outbox.orderBy('seq').toArray()).map((e) => [e.op, e.fields, e.baseRev])).toEqual([
      ['upsert', { caption: 'Renstra 2025–2029' }, 7], ['delete', {}, 7],
    ]);
    expect((await listLkeEvidenceViews(fresh.db, unitId, year)).size).toBe(0);
    await expect(removeLkeEvidence(fresh.db, operator, row.id)).rejects.toMatchObject({ problem: 'notFound' });
  });

  it('keeps bytes that a realisation\'s evidence or another LKE answer still names', async () => {
    const realisation = buildRealisation(fresh.indicator, { year, rev: 3 });
    await fresh.db.realisations.put(realisation);
    const shared = input();
    const lkeRow = await attachLkeEvidence(fresh.db, operator, shared);
    const evidence = await attachEvidence(fresh.db, operator, {
      realisationId: realisation.id, bytes: shared.bytes, sha256: shared.sha256, mimeType: shared.mimeType, fileName: 'renstra.pdf',
      caption: '', takenAt: null, latitude: null, longitude: null,
    });
    await removeEvidence(fresh.db, operator, evidence.id);
    expect(await fresh.db.blobs.get(shared.sha256)).toBeDefined();
    const second = await attachLkeEvidence(fresh.db, operator, { ...shared, criterionId: '1.a.2' });
    await removeLkeEvidence(fresh.db, operator, lkeRow.id);
    expect(await fresh.db.blobs.get(shared.sha256)).toBeDefined();
    await removeLkeEvidence(fresh.db, operator, second.id);
    expect(await counts()).toEqual({ rows: 0, blobs: 0, outbox: 0 });
  });
});

describe('a refusal of a file', () => {
  it('is dismissed like any other: a row the server never had goes', async () => {
    const row = await attachLkeEvidence(fresh.db, operator, input());
    const [entry] = await fresh.db.outbox.toArray();
    if (!entry) throw new Error('no entry');
    await fresh.db.outbox.clear(); // answered: refused
    await fresh.db.rejections.put({
      mutationId: entry.id, seq: entry.seq, entity: 'lkeEvidence', recordId: row.id, fields: entry.fields, code: 'lke_final',
      message: 'LKE sudah final.', rejectedAt: '2026-03-02T00:00:00.000Z',
    });
    expect((await listLkeEvidenceViews(fresh.db, unitId, year)).get('1.a.1')?.map((v) => v.refusal)).toEqual(['LKE sudah final.']);
    await dismissRejection(fresh.db, entry.id);
    expect(await fresh.db.lkeEvidence.get(row.id)).toBeUndefined();
    expect(await fresh.db.rejections.count()).toBe(0);
  });

  it('goes into "Ekspor data belum tersinkron" with its bytes until the server has it', async () => {
    const unsent = await attachLkeEvidence(fresh.db, operator, input({ caption: 'Renstra 2025–2029', criterionId: '1.a.2' }));
    const synced = await attachLkeEvidence(fresh.db, operator, input());
    await fresh.db.outbox.where('recordId').equals(synced.id).delete();
    await fresh.db.lkeEvidence.update(synced.id, { rev: 4 });
    const exported = await collectPendingLkeEvidence(fresh.db);
    expect(exported.map((e) => [e.id, e.criterionId, e.caption])).toEqual([[unsent.id, '1.a.2', 'Renstra 2025–2029']]);
    const blob = await fresh.db.blobs.get(unsent.sha256);
    expect(Uint8Array.from(atob(exported[0]?.base64 ?? ''), (c) => c.charCodeAt(0))).toEqual(new Uint8Array(blob?.bytes ?? new ArrayBuffer(0)));
  });
});
