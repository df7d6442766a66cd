// @vitest-environment node
// Bukti dukung of an LKE answer, from the unit's device to the evaluator's, with the real client
// sync code over fake-indexeddb against the real server app: the file goes before the mutation that
// names it; while its upload fails, the entry waits behind the device's other changes (which go)
// and reaches the server once the file does; the evaluator's device then holds the row and the
// server lets the evaluator read the file.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { attachmentPath } from '../../../src/api/routes';
import { attachLkeEvidence } from '../../../src/client/db/lke-evidence-repository';
import { saveLkeResponse } from '../../../src/client/db/lke-repository';
import { HttpError } from '../../../src/client/sync/http-client';
import type { SyncTransport } from '../../../src/client/sync/transport';
import { listLkeCriteria, lkeTemplateOf } from '../../../src/domain/lke-template';
import { loginAs } from '../../support/server-app';
import { useSyncDevices } from '../../support/sync-devices';

const sync = useSyncDevices();
const year = 2026;
const [criterion] = listLkeCriteria(lkeTemplateOf(year));
if (!criterion) throw new Error('the default LKE has criteria');

const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('RENSTRA PERANGKAT DAERAH '.repeat(200))]);
const sha256 = createHash('sha256').update(pdf).digest('hex');
const bytes = () => pdf.buffer.slice(pdf.byteOffset, pdf.byteOffset + pdf.byteLength) as ArrayBuffer;

describe('LKE evidence between devices', () => {
  it('waits for its file while the upload fails, then reaches the server and the evaluator', async () => {
    let uploadsFail = true;
    const failingUploads = (inner: SyncTransport): SyncTransport => ({
      ...inner,
      uploadAttachment: (hash, body, range) => (uploadsFail ? Promise.reject(new HttpError(503, 'unavailable', 'proxy down')) : inner.uploadAttachment?.(hash, body, range) ?? Promise.reject(new Error('no uploads'))),
    });
    const head = await sync.device('kepala.a', { synced: true, wrapTransport: failingUploads });
    const row = await attachLkeEvidence(head.db, head.actor, {
      orgUnitId: head.actor.orgUnitId, year, criterionId: criterion.id, bytes: bytes(), sha256, mimeType: 'application/pdf', fileName: 'renstra.pdf', caption: 'Renstra',
    });
    await saveLkeResponse(head.db, head.actor, { orgUnitId: head.actor.orgUnitId, year, criterionId: criterion.id, side: 'self', answer: criterion.scale === 'yesNo' ? 'ya' : 'A', note: 'Lihat bukti dukung' });

    await head.engine.syncNow().catch(() => undefined);
    // The answer went; the file's entry waits, its upload failure shown on the file.
    expect((await head.db.outbox.toArray()).map((e) => [e.entity, e.recordId])).toEqual([['lkeEvidence', row.id]]);
    expect(await head.db.rejections.count()).toBe(0);
    expect((await head.db.blobs.get(sha256))?.lastError).toBe('proxy down');
    const evaluator = await sync.device('evaluator', { synced: true });
    expect((await evaluator.db.lkeResponses.toArray()).map((r) => r.criterionId)).toEqual([criterion.id]);
    expect(await evaluator.db.lkeEvidence.count()).toBe(0);

    uploadsFail = false;
    await head.engine.syncNow();
    expect(await head.db.outbox.count()).toBe(0);
    expect(await head.db.rejections.count()).toBe(0);
    expect((await head.db.lkeEvidence.get(row.id))?.rev).toBeGreaterThan(0);
    expect((await head.db.blobs.get(sha256))?.uploadedAt).not.toBeNull();

    await evaluator.engine.syncNow();
    expect(await evaluator.db.lkeEvidence.get(row.id)).toMatchObject({ criterionId: criterion.id, sha256, size: pdf.length, fileName: 'renstra.pdf', deleted: false });
    const file = await sync.server.app.inject({ method: 'GET', url: attachmentPath(sha256), headers: { cookie: await loginAs(sync.server.app, 'evaluator') } });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(pdf)).toBe(true);
  });
});
