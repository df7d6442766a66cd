// @vitest-environment node
// The scan of a signed PK, from the device to the server: saved on the device with the PK row and
// its mutation in one transaction, the file uploaded before the mutation that names it, readable by
// the evaluator's device afterwards; a draft takes no scan, an operator may not attach one.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getScanBlob, setSignedScan } from '../../../src/client/db/agreement-scan-repository';
import { AgreementEditError } from '../../../src/client/db/agreement-writes';
import { attachmentPath } from '../../../src/api/routes';
import type { Agreement } from '../../../src/domain/agreement';
import { loginAs } from '../../support/server-app';
import { useSyncDevices } from '../../support/sync-devices';

const sync = useSyncDevices();
const device = (username: string) => sync.device(username, { synced: true });

const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('PERJANJIAN KINERJA '.repeat(2000))]);
const sha256 = createHash('sha256').update(pdf).digest('hex');
const bytes = () => pdf.buffer.slice(pdf.byteOffset, pdf.byteOffset + pdf.byteLength) as ArrayBuffer;

describe('the scan of a signed PK', () => {
  it('goes file first, then the mutation naming it; the evaluator reads it', async () => {
    const head = await device('kepala.a');
    const signed = sync.server.world.data.agreements[0];
    if (!signed || signed.orgUnitId !== head.actor.orgUnitId) throw new Error('world PK of unit A missing');

    const operator = await device('operator.a');
    await expect(setSignedScan(operator.db, operator.actor, signed.id, { bytes: bytes(), sha256, mimeType: 'application/pdf' })).rejects.toBeInstanceOf(AgreementEditError);

    await setSignedScan(head.db, head.actor, signed.id, { bytes: bytes(), sha256, mimeType: 'application/pdf' });
    expect((await head.db.agreements.get(signed.id))?.signedScan).toEqual({ sha256, mimeType: 'application/pdf', size: pdf.length });
    expect((await head.db.blobs.get(sha256))?.pending).toBe(1);
    expect(await head.db.outbox.count()).toBe(1);

    await head.engine.syncNow();
    expect(await head.db.rejections.count()).toBe(0);
    expect(await head.db.outbox.count()).toBe(0);
    expect(await getScanBlob(head.db, sha256)).not.toBeNull();

    const evaluator = await device('evaluator');
    expect((await evaluator.db.agreements.get(signed.id))?.signedScan?.sha256).toBe(sha256);
    const file = await sync.server.app.inject({ method: 'GET', url: attachmentPath(sha256), headers: { cookie: await loginAs(sync.server.app, 'evaluator') } });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(pdf)).toBe(true);
  });

  it('is refused on the device for a PK that is not signed', async () => {
    const head = await device('kepala.a');
    const signed = sync.server.world.data.agreements[0];
    if (!signed) throw new Error('world PK missing');
    const draft: Agreement = { ...signed, id: crypto.randomUUID(), status: 'draft', rev: 0 };
    await head.db.agreements.put(draft);
    await expect(setSignedScan(head.db, head.actor, draft.id, { bytes: bytes(), sha256, mimeType: 'application/pdf' })).rejects.toMatchObject({ problem: 'notSigned' });
    expect(await head.db.outbox.count()).toBe(0);
  });
});
