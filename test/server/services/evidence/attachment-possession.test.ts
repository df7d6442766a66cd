// Proof of possession: a unit may skip sending a file, or name it (evidence, a PK's signed scan),
// only when that unit itself sent the whole bytes once. Knowing the hash of another unit's photo
// gets the same answers as a hash nobody has, in the same tenant and in another one.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentPath } from '../../../../src/api/routes';
import type { Mutation } from '../../../../src/api/sync';
import { createDiskBlobStorage } from '../../../../src/server/services/evidence/disk-blob-storage';
import { createTestServer, csrf, loginAs, pushOk, realisationMutation, type TestServer } from '../../../support/server-app';

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const jpeg = (size = 3000) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(size - 4)]);
const pdf = (size = 3000) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size - 9)]);

let server: TestServer;
let blobDir: string;
const cookies = new Map<string, string>();
const users = ['operator.a', 'kepala.a', 'operator.b', 'kepala.b', 'admin', 'operator.x', 'evaluator'] as const;
type Username = (typeof users)[number];

beforeAll(async () => {
  blobDir = await mkdtemp(join(tmpdir(), 'pk-possession-'));
  server = await createTestServer({ blobStorage: createDiskBlobStorage(blobDir) });
  for (const username of users) cookies.set(username, await loginAs(server.app, username));
});
afterAll(async () => {
  await server.cleanup();
  await rm(blobDir, { recursive: true, force: true });
});

const cookie = (username: Username) => cookies.get(username) ?? '';
const put = (username: Username, hash: string, body: Buffer, type = 'image/jpeg') => server.app.inject({
  method: 'PUT', url: attachmentPath(hash), payload: body, headers: { cookie: cookie(username), ...csrf, 'content-type': type },
});
const get = (username: Username, hash: string) => server.app.inject({ method: 'GET', url: attachmentPath(hash), headers: { cookie: cookie(username) } });

const seqs = new Map<string, number>();
const devices = new Map<string, string>();
async function push(username: Username, entity: Mutation['entity'], recordId: string, fields: Record<string, unknown>) {
  const seq = (seqs.get(username) ?? 0) + 1;
  seqs.set(username, seq);
  if (!devices.has(username)) devices.set(username, randomUUID());
  const mutation: Mutation = { id: randomUUID(), seq, entity, recordId, op: 'upsert', fields, baseRev: null, clientTime: new Date().toISOString() };
  const response = await pushOk(server.app, cookie(username), devices.get(username) ?? '', [mutation]);
  const result = response.results[0];
  if (!result) throw new Error('no result');
  return result;
}

async function draftRealisation(username: Username, indicatorId: string): Promise<string> {
  const { seq: _s, id: _i, clientTime: _c, ...m } = realisationMutation(1, randomUUID(), { indicatorId, quarter: 1, value: 3 });
  const result = await push(username, m.entity, m.recordId, m.fields);
  expect(result.status).toBe('applied');
  return result.recordId;
}

const evidence = (realisationId: string, bytes: Buffer) => ({
  realisationId, sha256: sha(bytes), mimeType: 'image/jpeg', size: bytes.length, caption: 'Foto', takenAt: null,
  latitude: null, longitude: null, fileName: 'foto.jpg',
});

/** Status and error envelope, without the parts that name the hash. */
const answer = (response: { statusCode: number; json(): unknown }) => ({ status: response.statusCode, body: response.json() });

describe('an attachment of another unit, named by its hash', () => {
  const photoOfA = jpeg();
  let realisationB: string;
  let realisationX: string;

  beforeAll(async () => {
    expect((await put('operator.a', sha(photoOfA), photoOfA)).statusCode).toBe(200);
    realisationB = await draftRealisation('operator.b', server.world.indicators.unitB.id);
    realisationX = await draftRealisation('operator.x', server.world.indicators.otherTenant.id);
  });

  it('answers an empty or truncated PUT exactly as for a hash nobody has (same tenant, other tenant)', async () => {
    const nobodys = jpeg();
    for (const username of ['operator.b', 'kepala.b', 'operator.x'] as const) {
      const known = answer(await put(username, sha(photoOfA), Buffer.alloc(0)));
      const unknown = answer(await put(username, sha(nobodys), Buffer.alloc(0)));
      expect(known, username).toEqual(unknown);
      expect(known.status).toBe(400);
      expect(known.body).toMatchObject({ error: { code: 'invalid_request', details: { reason: 'empty_body' } } });
      // A prefix of the real bytes is not the file either.
      const truncatedKnown = answer(await put(username, sha(photoOfA), photoOfA.subarray(0, 100)));
      const truncatedUnknown = answer(await put(username, sha(nobodys), nobodys.subarray(0, 100)));
      expect(truncatedKnown, username).toEqual(truncatedUnknown);
      expect(truncatedKnown.status).toBe(400);
    }
  });

  it('refuses an evidence row naming it as it refuses an unknown file (attachment_missing), and the bytes stay unreadable', async () => {
    const nobodys = jpeg();
    for (const [username, realisationId] of [['operator.b', realisationB], ['operator.x', realisationX]] as const) {
      const known = await push(username, 'evidence', randomUUID(), evidence(realisationId, photoOfA));
      const unknown = await push(username, 'evidence', randomUUID(), evidence(realisationId, nobodys));
      expect(known.status, username).toBe('rejected');
      expect(known.reason?.code).toBe('attachment_missing');
      const withoutHash = (reason: typeof known.reason) => JSON.parse(JSON.stringify(reason ?? null).replaceAll(/[0-9a-f]{64}/g, 'HASH')) as unknown;
      expect(withoutHash(known.reason)).toEqual(withoutHash(unknown.reason));
      expect((await get(username, sha(photoOfA))).statusCode).toBe(404);
    }
  });

  it('is accepted once that unit sends the whole file itself (re-hashed; the stored bytes are not rewritten)', async () => {
    const path = join(blobDir, sha(photoOfA).slice(0, 2), sha(photoOfA));
    const before = await stat(path);
    const upload = await put('operator.b', sha(photoOfA), photoOfA);
    expect(upload.statusCode).toBe(200);
    expect(upload.json()).toEqual({ status: 'stored', sha256: sha(photoOfA), size: photoOfA.length, mimeType: 'image/jpeg' });
    expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);
    const attached = await push('operator.b', 'evidence', randomUUID(), evidence(realisationB, photoOfA));
    expect(attached.status).toBe('applied');
    expect((await get('operator.b', sha(photoOfA))).rawPayload.equals(photoOfA)).toBe(true);
    // Now unit B holds it: another user of B may skip the bytes, like any unit holding its own file.
    expect((await put('kepala.b', sha(photoOfA), Buffer.alloc(0))).json()).toMatchObject({ status: 'stored' });
    // Another tenant still does not.
    expect((await put('operator.x', sha(photoOfA), Buffer.alloc(0))).statusCode).toBe(400);
  });

  it('lets the unit that sent a file skip re-sending it, for each of its users', async () => {
    const response = await put('kepala.a', sha(photoOfA), Buffer.alloc(0));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'stored', size: photoOfA.length });
  });
});

describe('the signed scan of a PK', () => {
  it('is attached by the admin to any unit’s PK after the admin uploads it; a unit naming the admin’s upload is refused', async () => {
    const { agreements } = server.world.data;
    const [pkA, pkB] = [agreements[0], agreements[1]];
    if (!pkA || !pkB) throw new Error('world PKs missing');
    const scan = pdf();
    const fields = { signedScan: { sha256: sha(scan), mimeType: 'application/pdf', size: scan.length } };
    expect((await put('admin', sha(scan), scan, 'application/pdf')).statusCode).toBe(200);
    // Unit B's head knows the hash of the admin's upload, but unit B never sent the file.
    expect((await push('kepala.b', 'agreement', pkB.id, fields)).reason?.code).toBe('attachment_missing');
    expect((await push('admin', 'agreement', pkA.id, fields)).status).toBe('applied');
    const served = await get('kepala.a', sha(scan));
    expect(served.statusCode).toBe(200);
    expect(served.rawPayload.equals(scan)).toBe(true);
    // A chunked upload by the head ends the same way: the head's unit holds it and may name it.
    const range = `bytes 0-${scan.length - 1}/${scan.length}`;
    const chunked = await server.app.inject({
      method: 'PUT', url: attachmentPath(sha(scan)), payload: scan,
      headers: { cookie: cookie('kepala.b'), ...csrf, 'content-type': 'application/pdf', 'content-range': range },
    });
    expect(chunked.statusCode, chunked.body).toBe(200);
    expect((await push('kepala.b', 'agreement', pkB.id, fields)).status).toBe('applied');
  });
});
