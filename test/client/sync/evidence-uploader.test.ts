// @vitest-environment node
// The evidence uploader in the real sync cycle against the real server app: files go before the
// mutations that name them, a failed upload keeps the file and its entry on the device without
// holding up other entries, and a large file resumes where the server stopped.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { attachmentPath } from '../../../src/api/routes';
import { openUserDatabase, type PantauDatabase } from '../../../src/client/db/database';
import { attachEvidence, listEvidenceViews, markBlobUploaded, unverifiedShas } from '../../../src/client/db/evidence-repository';
import { saveRealisation } from '../../../src/client/db/realisation-repository';
import { login } from '../../../src/client/sync/auth-api';
import { runSyncCycle } from '../../../src/client/sync/sync-cycle';
import { createHttpTransport } from '../../../src/client/sync/transport';
import type { Actor } from '../../../src/domain/user';
import { createInjectFetch, type InjectFetch } from '../../support/inject-fetch';
import { createTestServer, type TestServer } from '../../support/server-app';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(async () => {
  await server.cleanup();
});

const opened: PantauDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
function jpeg(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  crypto.getRandomValues(bytes.subarray(0, Math.min(size, 65_536)));
  for (let i = 65_536; i < size; i += 65_536) bytes.set(bytes.subarray(0, Math.min(65_536, size - i)), i);
  bytes.set([0xff, 0xd8, 0xff, 0xe0], 0);
  return bytes;
}
function pdf(size: number): Uint8Array {
  const bytes = jpeg(size);
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'), 0);
  return bytes;
}

interface Device { db: PantauDatabase; actor: Actor; jar: InjectFetch; sync(fetchOverride?: typeof fetch): Promise<void> }

async function device(username: string): Promise<Device> {
  const jar = createInjectFetch(server.app);
  const info = await login(username, 'rahasia-uji-123', { fetch: jar.fetch });
  const db = openUserDatabase(`${info.user.id}-${crypto.randomUUID()}`);
  opened.push(db);
  const actor: Actor = { id: info.user.id, tenantId: info.tenant.id, orgUnitId: info.orgUnit.id, role: info.user.role };
  const sync = (fetchOverride?: typeof fetch) =>
    runSyncCycle({
      db, transport: createHttpTransport({ fetch: fetchOverride ?? jar.fetch }), now: () => new Date(),
      onProgress: () => undefined, onClockSkew: () => undefined,
    });
  await sync(); // the first pull brings the unit's indicators
  return { db, actor, jar, sync };
}

async function attach(d: Device, realisationId: string, bytes: Uint8Array, mimeType: 'image/jpeg' | 'application/pdf' = 'image/jpeg') {
  return attachEvidence(d.db, d.actor, {
    realisationId, bytes: bytes.slice().buffer, sha256: sha(bytes), mimeType, fileName: 'foto.jpg', caption: 'Kegiatan lapangan',
    takenAt: '2026-03-01T01:00:00.000Z', latitude: null, longitude: null,
  });
}

const getAs = async (username: string, hash: string) => {
  const jar = createInjectFetch(server.app);
  await login(username, 'rahasia-uji-123', { fetch: jar.fetch });
  return server.app.inject({ method: 'GET', url: attachmentPath(hash), headers: { cookie: [...jar.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
};

/** Fails every attachment PUT, like a dropped connection or a server error; everything else goes through. */
const uploadsFail = (inner: typeof fetch, how: 'network' | 'server') => (async (input: RequestInfo | URL, init?: RequestInit) => {
  if ((init?.method ?? 'GET') !== 'PUT') return inner(input, init);
  if (how === 'network') throw new TypeError('Failed to fetch');
  return new Response(JSON.stringify({ error: { code: 'internal', message: 'disk full' } }), { status: 500, headers: { 'content-type': 'application/json' } });
}) as typeof fetch;

describe('evidence uploader in the sync cycle', () => {
  it('uploads the file before pushing its evidence row; the evaluator can then open it; the bytes stay on the device', async () => {
    const d = await device('operator.a');
    const realisation = await saveRealisation(d.db, d.actor, { indicatorId: server.world.indicators.count.id, quarter: 2, value: 3, drivers: '', obstacles: '', followUp: '' });
    const bytes = jpeg(200_000);
    const evidence = await attach(d, realisation.id, bytes);
    await d.sync();
    const calls = d.jar.calls.map((c) => `${c.method} ${c.url.split('?')[0] ?? ''}`);
    const put = calls.indexOf(`PUT ${attachmentPath(sha(bytes))}`);
    expect(put).toBeGreaterThan(-1);
    expect(calls.indexOf('POST /api/sync/push', put)).toBeGreaterThan(put);
    expect(await d.db.outbox.count()).toBe(0);
    expect((await d.db.evidence.get(evidence.id))?.rev).toBeGreaterThan(0);
    const blob = await d.db.blobs.get(sha(bytes));
    expect(blob?.uploadedAt).not.toBeNull();
    expect(blob?.pending).toBeUndefined();
    expect(new Uint8Array(blob?.bytes ?? new ArrayBuffer(0))).toEqual(bytes);
    const served = await getAs('evaluator', sha(bytes));
    expect(served.statusCode).toBe(200);
    expect(new Uint8Array(served.rawPayload)).toEqual(bytes);
  });

  it('keeps a file whose upload failed, holds its entry, and still sends the entries behind it', async () => {
    const d = await device('operator.a');
    const first = await saveRealisation(d.db, d.actor, { indicatorId: server.world.indicators.growth.id, quarter: 1, value: 1, drivers: '', obstacles: '', followUp: '' });
    const bytes = jpeg(50_000);
    const evidence = await attach(d, first.id, bytes);
    // Saved after the evidence: it must not wait for the photo.
    const later = await saveRealisation(d.db, d.actor, { indicatorId: server.world.indicators.growth.id, quarter: 2, value: 2, drivers: '', obstacles: '', followUp: '' });
    await d.sync(uploadsFail(d.jar.fetch, 'server'));
    const left = await d.db.outbox.toArray();
    expect(left.map((e) => e.recordId)).toEqual([evidence.id]);
    expect((await d.db.realisations.get(later.id))?.rev).toBeGreaterThan(0);
    const blob = await d.db.blobs.get(sha(bytes));
    expect(blob?.lastError).toBeTruthy();
    expect(blob?.uploadedAt).toBeNull();
    // A dropped connection is not the file's fault: it stays "waiting", not "failed".
    await d.db.blobs.update(sha(bytes), { lastError: null });
    await d.sync(uploadsFail(d.jar.fetch, 'network'));
    expect((await d.db.blobs.get(sha(bytes)))?.lastError).toBeNull();
    expect(await d.db.outbox.count()).toBe(1);
    expect((await getAs('operator.a', sha(bytes))).statusCode).toBe(404);
    // Network back: the file and then its row go; nothing was refused.
    await d.sync();
    expect(await d.db.outbox.count()).toBe(0);
    expect(await d.db.rejections.count()).toBe(0);
    expect((await getAs('kepala.a', sha(bytes))).statusCode).toBe(200);
  });

  it('resumes a large file after a connection drop instead of starting it over', async () => {
    const d = await device('operator.a');
    const realisation = await saveRealisation(d.db, d.actor, { indicatorId: server.world.indicators.growth.id, quarter: 3, value: 4, drivers: '', obstacles: '', followUp: '' });
    const bytes = pdf(3_500_000); // four chunks of 1 MB
    await attach(d, realisation.id, bytes, 'application/pdf');
    let puts = 0;
    let sentBytes = 0;
    const dropThird = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.method === 'PUT') {
        puts += 1;
        if (puts === 3) throw new TypeError('connection reset');
        sentBytes += init.body instanceof Blob ? init.body.size : 0;
      }
      return d.jar.fetch(input, init);
    }) as typeof fetch;
    await d.sync(dropThird);
    expect(await d.db.outbox.count()).toBe(1);
    await d.sync(dropThird);
    expect(await d.db.outbox.count()).toBe(0);
    // Two chunks, the dropped one, then: the first chunk again (answered "continue from 2 MB"),
    // the third and the fourth. Never the whole file twice.
    expect(sentBytes).toBeLessThan(bytes.length + 1024 * 1024 + 1);
    const served = await getAs('evaluator', sha(bytes));
    expect(served.statusCode).toBe(200);
    expect(sha(new Uint8Array(served.rawPayload))).toBe(sha(bytes));
  });

  it('holds evidence entries when the transport cannot upload, rather than letting the server refuse them', async () => {
    const d = await device('operator.a');
    const realisation = await saveRealisation(d.db, d.actor, { indicatorId: server.world.indicators.growth.id, quarter: 4, value: 5, drivers: '', obstacles: '', followUp: '' });
    const evidence = await attach(d, realisation.id, jpeg(10_000));
    const { uploadAttachment: _none, ...noUploads } = createHttpTransport({ fetch: d.jar.fetch });
    await runSyncCycle({ db: d.db, transport: noUploads, now: () => new Date(), onProgress: () => undefined, onClockSkew: () => undefined });
    expect((await d.db.outbox.toArray()).map((e) => e.recordId)).toEqual([evidence.id]);
    expect(await d.db.rejections.count()).toBe(0);
    expect((await d.db.realisations.get(realisation.id))?.rev).toBeGreaterThan(0);
  });

  it('shows the refusal when the server lacks a file the device thought uploaded, and uploads it again next time', async () => {
    const d = await device('operator.a');
    const realisation = await saveRealisation(d.db, d.actor, { indicatorId: server.world.indicators.count.id, quarter: 3, value: 6, drivers: '', obstacles: '', followUp: '' });
    const bytes = jpeg(8_000);
    const evidence = await attach(d, realisation.id, bytes);
    await markBlobUploaded(d.db, sha(bytes)); // as if uploaded to a server since restored from a backup
    await d.sync();
    const [view] = await listEvidenceViews(d.db, realisation.id);
    expect(view?.evidence.id).toBe(evidence.id);
    expect(view?.refusal).toMatch(/belum terunggah/);
    expect(await unverifiedShas(d.db)).toEqual(new Set([sha(bytes)]));
    // Attached again, it goes through.
    await attach(d, realisation.id, bytes);
    await d.sync();
    expect(await d.db.outbox.count()).toBe(0);
    expect((await getAs('evaluator', sha(bytes))).statusCode).toBe(200);
  });
});
