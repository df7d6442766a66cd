import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PantauDatabase, OutboxEntry } from '../../../src/client/db/database';
import {
  attachEvidence, EvidenceTargetError, holdBackEvidence, listEvidenceViews, markBlobUploaded, pendingUploads, removeEvidence,
  unverifiedShas, type EvidenceInput,
} from '../../../src/client/db/evidence-repository';
import { StorageFullError } from '../../../src/client/db/storage-errors';
import { collectPendingEvidence } from '../../../src/client/db/export-evidence';
import type { Realisation } from '../../../src/domain/realisation';
import { buildRealisation } from '../../support/factories';
import { dropDatabase, freshDatabase, operator } from './factories';

let db: PantauDatabase;
let realisation: Realisation;

beforeEach(async () => {
  const fresh = await freshDatabase();
  db = fresh.db;
  realisation = buildRealisation(fresh.indicator, { year: 2026, rev: 3 });
  await db.realisations.put(realisation);
});
afterEach(async () => {
  await dropDatabase(db);
});

let counter = 0;
function input(overrides: Partial<EvidenceInput> = {}): EvidenceInput {
  counter += 1;
  const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, counter, 1, 2, 3]);
  return {
    realisationId: realisation.id, bytes: bytes.buffer, sha256: counter.toString(16).padStart(64, 'a'), mimeType: 'image/jpeg',
    fileName: 'foto.jpg', caption: 'Sosialisasi', takenAt: '2026-02-01T03:00:00.000Z', latitude: -7.8, longitude: 110.4, ...overrides,
  };
}

const counts = async () => ({ rows: await db.evidence.count(), blobs: await db.blobs.count(), outbox: await db.outbox.count() });

describe('attachEvidence', () => {
  it('writes the row, the bytes and one create entry together', async () => {
    const given = input();
    const row = await attachEvidence(db, operator, given);
    expect(await counts()).toEqual({ rows: 1, blobs: 1, outbox: 1 });
    expect(row).toMatchObject({ realisationId: realisation.id, orgUnitId: realisation.orgUnitId, rev: 0, size: 8, deleted: false });
    const [entry] = await db.outbox.toArray();
    expect(entry).toMatchObject({ entity: 'evidence', recordId: row.id, op: 'upsert', baseRev: null });
    expect(entry?.fields).toEqual({
      realisationId: realisation.id, sha256: given.sha256, mimeType: 'image/jpeg', size: 8, caption: 'Sosialisasi',
      takenAt: '2026-02-01T03:00:00.000Z', latitude: -7.8, longitude: 110.4, fileName: 'foto.jpg',
    });
    const blob = await db.blobs.get(given.sha256);
    expect(blob).toMatchObject({ uploadedAt: null, pending: 1, size: 8 });
    expect(new Uint8Array(blob?.bytes ?? new ArrayBuffer(0))).toEqual(new Uint8Array(given.bytes));
  });

  it('writes nothing when any part fails (quota while adding the outbox entry)', async () => {
    const fail = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    db.outbox.hook('creating', fail);
    await expect(attachEvidence(db, operator, input())).rejects.toBeInstanceOf(StorageFullError);
    db.outbox.hook('creating').unsubscribe(fail);
    expect(await counts()).toEqual({ rows: 0, blobs: 0, outbox: 0 });
  });

  it('refuses evidence for a realisation not on the device, writing nothing', async () => {
    await expect(attachEvidence(db, operator, input({ realisationId: crypto.randomUUID() }))).rejects.toBeInstanceOf(EvidenceTargetError);
    expect(await counts()).toEqual({ rows: 0, blobs: 0, outbox: 0 });
  });

  it('stores the same file once and keeps an earlier upload of it', async () => {
    const given = input();
    await attachEvidence(db, operator, given);
    await markBlobUploaded(db, given.sha256);
    await attachEvidence(db, operator, { ...given, caption: 'Lagi' });
    expect(await counts()).toEqual({ rows: 2, blobs: 1, outbox: 2 });
    expect((await db.blobs.get(given.sha256))?.uploadedAt).not.toBeNull();
    expect(await pendingUploads(db)).toEqual([]);
  });
});

describe('removeEvidence', () => {
  it('drops a never-sent attachment entirely (row, bytes, entry)', async () => {
    const row = await attachEvidence(db, operator, input());
    await removeEvidence(db, operator, row.id);
    expect(await counts()).toEqual({ rows: 0, blobs: 0, outbox: 0 });
  });

  it('tombstones a synced attachment and queues a delete; the bytes stay for other rows', async () => {
    const given = input();
    const row = await attachEvidence(db, operator, given);
    await markBlobUploaded(db, given.sha256);
    await db.outbox.clear(); // acknowledged
    await db.evidence.update(row.id, { rev: 9 });
    await removeEvidence(db, operator, row.id);
    expect((await db.evidence.get(row.id))?.deleted).toBe(true);
    const [entry] = await db.outbox.toArray();
    expect(entry).toMatchObject({ entity: 'evidence', recordId: row.id, op: 'delete', baseRev: 9 });
    expect(await listEvidenceViews(db, realisation.id)).toEqual([]);
  });
});

describe('uploads and holding back', () => {
  const realisationEntry = (seq: number): OutboxEntry => ({
    seq, id: crypto.randomUUID(), entity: 'realisation', recordId: realisation.id, op: 'upsert', fields: { value: seq },
    baseRev: 3, clientTime: '2026-02-01T00:00:00.000Z', state: 'pending', attempts: 0, lastError: null,
  });

  it('lists files to upload from unsent entries and forgets them once verified', async () => {
    const a = input();
    const b = input();
    await attachEvidence(db, operator, a);
    await attachEvidence(db, operator, b);
    expect((await pendingUploads(db)).map((p) => p.sha256)).toEqual([a.sha256, b.sha256]);
    await markBlobUploaded(db, a.sha256);
    expect(await unverifiedShas(db)).toEqual(new Set([b.sha256]));
    expect((await pendingUploads(db)).map((p) => p.sha256)).toEqual([b.sha256]);
  });

  it('moves waiting evidence entries behind the others, reusing the same seqs (no gap)', async () => {
    const waiting = input();
    const row = await attachEvidence(db, operator, waiting); // seq 1
    await db.outbox.add(realisationEntry(2));
    await db.outbox.add(realisationEntry(3));
    const first = await holdBackEvidence(db, new Set([waiting.sha256]));
    const order = await db.outbox.orderBy('seq').toArray();
    expect(order.map((e) => [e.seq, e.entity])).toEqual([[1, 'realisation'], [2, 'realisation'], [3, 'evidence']]);
    expect(order.map((e) => e.fields.value ?? null)).toEqual([2, 3, null]);
    expect(first).toBe(3);
    expect(order[2]?.recordId).toBe(row.id);
    // Already at the end: unchanged.
    expect(await holdBackEvidence(db, new Set([waiting.sha256]))).toBe(3);
    expect(await holdBackEvidence(db, new Set())).toBeNull();
  });
});

describe('export of unsynced evidence', () => {
  it('includes unsent evidence with its bytes (base64), not synced or removed rows', async () => {
    const unsent = input();
    const row = await attachEvidence(db, operator, unsent);
    const synced = await attachEvidence(db, operator, input());
    await db.outbox.where('recordId').equals(synced.id).delete();
    await db.evidence.update(synced.id, { rev: 4 });
    const exported = await collectPendingEvidence(db);
    expect(exported.map((e) => e.id)).toEqual([row.id]);
    expect(exported[0]).toMatchObject({ sha256: unsent.sha256, caption: 'Sosialisasi', latitude: -7.8 });
    expect(Uint8Array.from(atob(exported[0]?.base64 ?? ''), (c) => c.charCodeAt(0))).toEqual(new Uint8Array(unsent.bytes));
  });
});
