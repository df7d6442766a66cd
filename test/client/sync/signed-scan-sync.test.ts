// @vitest-environment node
// The scan of a signed PK, from the device to the server: saved on the device with the PK row and
// its mutation in one transaction, the file uploaded before the mutation that names it, readable by
// the evaluator's device afterwards; a draft takes no scan, an operator may not attach one.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../../../src/client/sync/auth-api';
import { createHttpTransport } from '../../../src/client/sync/transport';
import { createSyncEngine, type SyncEngine } from '../../../src/client/sync/sync-engine';
import { openUserDatabase, type PantauDatabase } from '../../../src/client/db/database';
import { getScanBlob, setSignedScan } from '../../../src/client/db/agreement-scan-repository';
import { AgreementEditError } from '../../../src/client/db/agreement-writes';
import { attachmentPath } from '../../../src/api/routes';
import type { Actor } from '../../../src/domain/user';
import type { Agreement } from '../../../src/domain/agreement';
import { createTestServer, loginAs, type TestServer } from '../../support/server-app';
import { createInjectFetch } from '../../support/inject-fetch';

interface Device { db: PantauDatabase; engine: SyncEngine; actor: Actor }
let server: TestServer;
const databases: PantauDatabase[] = [];
beforeAll(async () => { server = await createTestServer(); }, 60_000);
afterAll(async () => {
  for (const db of databases) { db.close(); await db.delete(); }
  await server.cleanup();
}, 60_000);

async function device(username: string): Promise<Device> {
  const jar = createInjectFetch(server.app);
  const info = await login(username, 'rahasia-uji-123', { fetch: jar.fetch });
  const db = openUserDatabase(`${info.user.id}-${crypto.randomUUID()}`);
  databases.push(db);
  const engine = createSyncEngine({ db, transport: createHttpTransport({ fetch: jar.fetch }), userId: info.user.id });
  await engine.syncNow();
  return { db, engine, actor: { id: info.user.id, tenantId: info.tenant.id, orgUnitId: info.orgUnit.id, role: info.user.role } };
}

const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('PERJANJIAN KINERJA '.repeat(2000))]);
const sha256 = createHash('sha256').update(pdf).digest('hex');
const bytes = () => pdf.buffer.slice(pdf.byteOffset, pdf.byteOffset + pdf.byteLength) as ArrayBuffer;

describe('the scan of a signed PK', () => {
  it('goes file first, then the mutation naming it; the evaluator reads it', async () => {
    const head = await device('kepala.a');
    const signed = server.world.data.agreements[0];
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
    const file = await server.app.inject({ method: 'GET', url: attachmentPath(sha256), headers: { cookie: await loginAs(server.app, 'evaluator') } });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(pdf)).toBe(true);
  });

  it('is refused on the device for a PK that is not signed', async () => {
    const head = await device('kepala.a');
    const signed = server.world.data.agreements[0];
    if (!signed) throw new Error('world PK missing');
    const draft: Agreement = { ...signed, id: crypto.randomUUID(), status: 'draft', rev: 0 };
    await head.db.agreements.put(draft);
    await expect(setSignedScan(head.db, head.actor, draft.id, { bytes: bytes(), sha256, mimeType: 'application/pdf' })).rejects.toMatchObject({ problem: 'notSigned' });
    expect(await head.db.outbox.count()).toBe(0);
  });
});
