// Evidence files and rows: PUT/GET /api/attachments/:sha256 and the 'evidence' sync entity.
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentPath } from '../../../../src/api/routes';
import type { Mutation } from '../../../../src/api/sync';
import { evidenceSchema } from '../../../../src/domain/evidence';
import { buildApp } from '../../../../src/server/app';
import { seedDemoData } from '../../../../src/server/seed/seed';
import type { BlobStorage } from '../../../../src/server/services/evidence/blob-storage';
import { createDiskBlobStorage } from '../../../../src/server/services/evidence/disk-blob-storage';
import { createTestStore } from '../../../support/server-store';
import { buildWorld, type World } from '../../../support/server-factories';
import { csrf, loginAs, pullOk, pushOk, realisationMutation } from '../../../support/server-app';
import { withSharedHashes } from '../../../support/password-hash';

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** A tiny "JPEG": the magic bytes are all the server reads; random filler makes each file unique. */
const jpeg = (size = 2048) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytesOf(size - 4)]);
const pdf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytesOf(size - 9)]);
function randomBytesOf(size: number): Buffer {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i += 16) Buffer.from(randomUUID().replace(/-/g, ''), 'hex').copy(bytes, i);
  return bytes;
}

let app: FastifyInstance;
let world: World;
let blobDir: string;
let puts = 0;
let cleanup: () => Promise<void>;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  const testStore = await createTestStore();
  world = buildWorld();
  await seedDemoData(testStore.store, { ...world.data, users: await withSharedHashes(world.data.users) });
  blobDir = await mkdtemp(join(tmpdir(), 'pk-evidence-test-'));
  const disk = createDiskBlobStorage(blobDir);
  // Counts whole-file writes: an idempotent re-upload must not write again.
  const counting: BlobStorage = { ...disk, put: async (s, b) => { puts += 1; await disk.put(s, b); } };
  app = await buildApp({ store: testStore.store, config: { secureCookies: true, logger: false, blobStorage: counting } });
  for (const [key, user] of Object.entries(world.users)) {
    if (key !== 'inactive') cookies[key] = await loginAs(app, user.username);
  }
  cleanup = async () => {
    await app.close();
    await testStore.cleanup();
    await rm(blobDir, { recursive: true, force: true });
  };
});
afterAll(async () => { await cleanup(); });

const cookie = (user: keyof typeof cookies) => {
  const value = cookies[user];
  if (!value) throw new Error(`no session for ${user}`);
  return value;
};

function put(user: string, hash: string, body: Buffer, headers: Record<string, string> = {}) {
  return app.inject({
    method: 'PUT', url: attachmentPath(hash), payload: body,
    headers: { cookie: cookie(user), ...csrf, 'content-type': 'image/jpeg', ...headers },
  });
}

const get = (user: string, hash: string) => app.inject({ method: 'GET', url: attachmentPath(hash), headers: { cookie: cookie(user) } });

const devices: Record<string, string> = {};
async function pushAs(user: string, mutation: Omit<Mutation, 'seq'>) {
  devices[user] ??= randomUUID();
  // One device per user; seqs are per device, so number them per user.
  const perUser = (counters[user] = (counters[user] ?? 0) + 1);
  const response = await pushOk(app, cookie(user), devices[user], [{ ...mutation, seq: perUser }]);
  const result = response.results[0];
  if (!result) throw new Error('no result');
  return result;
}
const counters: Record<string, number> = {};

function evidenceMutation(recordId: string, fields: Record<string, unknown>, op: Mutation['op'] = 'upsert'): Omit<Mutation, 'seq'> {
  return { id: randomUUID(), entity: 'evidence', recordId, op, fields, baseRev: null, clientTime: new Date().toISOString() };
}

const evidenceFields = (realisationId: string, bytes: Buffer, extra: Record<string, unknown> = {}) => ({
  realisationId, sha256: sha(bytes), mimeType: 'image/jpeg', size: bytes.length, caption: 'Rapat koordinasi',
  takenAt: '2026-03-10T02:00:00.000Z', latitude: -2.2, longitude: 113.9, fileName: 'foto.jpg', ...extra,
});

async function draftRealisation(user: string, indicatorId: string, quarter: 1 | 2 | 3 | 4): Promise<string> {
  const id = randomUUID();
  const { seq: _s, ...mutation } = realisationMutation(1, id, { indicatorId, quarter, value: 5 });
  const result = await pushAs(user, mutation);
  expect(result.status).toBe('applied');
  return result.recordId;
}

describe('PUT /api/attachments/:sha256', () => {
  it('stores a file whose bytes match their hash and type, under <aa>/<sha256>', async () => {
    const bytes = jpeg();
    const response = await put('operatorA', sha(bytes), bytes);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'stored', sha256: sha(bytes), size: bytes.length, mimeType: 'image/jpeg' });
    expect((await stat(join(blobDir, sha(bytes).slice(0, 2), sha(bytes)))).size).toBe(bytes.length);
  });

  it('is idempotent: the same file again answers 200 without writing it again', async () => {
    const bytes = jpeg();
    expect((await put('operatorA', sha(bytes), bytes)).statusCode).toBe(200);
    const before = puts;
    const again = await put('headA', sha(bytes), bytes);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ status: 'stored' });
    expect(puts).toBe(before);
  });

  it('refuses a truncated body (hash mismatch) with a 400 envelope and stores nothing', async () => {
    const bytes = jpeg();
    const response = await put('operatorA', sha(bytes), bytes.subarray(0, 1000));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'invalid_request', details: { reason: 'hash_mismatch' } } });
    await expect(stat(join(blobDir, sha(bytes).slice(0, 2), sha(bytes)))).rejects.toThrow();
  });

  it('refuses an empty body', async () => {
    const bytes = jpeg();
    const response = await put('operatorA', sha(bytes), Buffer.alloc(0));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid_request');
  });

  it('checks the type by content: wrong magic bytes, or content that contradicts the header', async () => {
    const html = Buffer.from('<html><script>alert(1)</script></html>');
    const wrong = await put('operatorA', sha(html), html);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ error: { details: { reason: 'unsupported_type' } } });
    const bytes = jpeg();
    const mismatch = await put('operatorA', sha(bytes), bytes, { 'content-type': 'application/pdf' });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json()).toMatchObject({ error: { details: { reason: 'type_mismatch' } } });
    const octet = await put('operatorA', sha(bytes), bytes, { 'content-type': 'application/octet-stream' });
    expect(octet.json()).toMatchObject({ status: 'stored', mimeType: 'image/jpeg' });
  });

  it('refuses a body over 10 MB with 413, and other content types with 4xx', async () => {
    const big = pdf(10 * 1024 * 1024 + 1);
    const response = await put('operatorA', sha(big), big, { 'content-type': 'application/pdf' });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('payload_too_large');
    const text = Buffer.from('hello');
    const plain = await put('operatorA', sha(text), text, { 'content-type': 'text/plain' });
    expect(plain.statusCode).toBeGreaterThanOrEqual(400);
    expect(plain.statusCode).toBeLessThan(500);
  });

  it('needs a session, the CSRF header, and a role that attaches files (evidence, a signed PK scan)', async () => {
    const bytes = jpeg();
    const anonymous = await app.inject({ method: 'PUT', url: attachmentPath(sha(bytes)), payload: bytes, headers: { ...csrf, 'content-type': 'image/jpeg' } });
    expect(anonymous.statusCode).toBe(401);
    const noCsrf = await app.inject({ method: 'PUT', url: attachmentPath(sha(bytes)), payload: bytes, headers: { cookie: cookie('operatorA'), 'content-type': 'image/jpeg' } });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('csrf');
    for (const role of ['evaluator', 'leader']) {
      expect((await put(role, sha(bytes), bytes)).statusCode).toBe(403);
    }
    const badName = await put('operatorA', '../../etc/passwd', bytes);
    expect(badName.statusCode).toBeGreaterThanOrEqual(400);
    expect(badName.statusCode).toBeLessThan(500);
  });

  it('resumes a chunked upload: a dropped chunk is resent from where the server stopped', async () => {
    const file = pdf(2_500_000);
    const hash = sha(file);
    const chunk = 1024 * 1024;
    const send = (start: number, end: number, body = file.subarray(start, end + 1)) =>
      put('operatorA', hash, body, { 'content-type': 'application/pdf', 'content-range': `bytes ${start}-${end}/${file.length}` });
    const first = await send(0, chunk - 1);
    expect(first.statusCode).toBe(202);
    expect(first.json()).toEqual({ status: 'partial', received: chunk });
    // The second chunk was lost; the device (restarted) tries the third, and learns where to resume.
    const skipped = await send(2 * chunk, file.length - 1);
    expect(skipped.json()).toEqual({ status: 'partial', received: chunk });
    // A restarted device that starts again from zero is told the same.
    expect((await send(0, chunk - 1)).json()).toEqual({ status: 'partial', received: chunk });
    expect((await send(chunk, 2 * chunk - 1)).json()).toEqual({ status: 'partial', received: 2 * chunk });
    const last = await send(2 * chunk, file.length - 1);
    expect(last.statusCode).toBe(200);
    expect(last.json()).toEqual({ status: 'stored', sha256: hash, size: file.length, mimeType: 'application/pdf' });
    expect(await readdir(join(blobDir, 'partial'))).toEqual([]);
  });

  it('refuses a chunked upload whose assembled bytes do not match, and starts it over', async () => {
    const file = pdf(1_500_000);
    const hash = sha(file);
    const range = (start: number, end: number) => `bytes ${start}-${end}/${file.length}`;
    const headers = (start: number, end: number) => ({ 'content-type': 'application/pdf', 'content-range': range(start, end) });
    await put('operatorA', hash, file.subarray(0, 1_000_000), headers(0, 999_999));
    const corrupt = Buffer.from(file.subarray(1_000_000));
    corrupt[10] = (corrupt[10] ?? 0) ^ 0xff;
    const response = await put('operatorA', hash, corrupt, headers(1_000_000, file.length - 1));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { details: { reason: 'hash_mismatch' } } });
    expect((await put('operatorA', hash, file.subarray(0, 1_000_000), headers(0, 999_999))).json()).toEqual({ status: 'partial', received: 1_000_000 });
    expect((await put('operatorA', hash, corrupt.subarray(0, 10), headers(1_000_000, 1_000_099))).statusCode).toBe(400); // length ≠ range
    expect((await put('operatorA', hash, file.subarray(0, 10), { 'content-range': 'bytes 5-1/10' })).statusCode).toBe(400);
  });

  it('refuses a first chunk of the wrong type at once', async () => {
    const text = Buffer.concat([Buffer.from('MZ'), randomBytesOf(2_000_000)]);
    const response = await put('operatorA', sha(text), text.subarray(0, 1000), {
      'content-type': 'application/octet-stream', 'content-range': `bytes 0-999/${text.length}`,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { details: { reason: 'unsupported_type' } } });
  });
});

describe('evidence rows and who may read a file', () => {
  const file = jpeg(4096);
  let realisationId: string;
  let evidenceId: string;

  beforeAll(async () => {
    realisationId = await draftRealisation('operatorA', world.indicators.count.id, 1);
  });

  it('refuses an evidence row whose file the server lacks (attachment_missing), then accepts it after upload', async () => {
    evidenceId = randomUUID();
    const missing = await pushAs('operatorA', evidenceMutation(evidenceId, evidenceFields(realisationId, file)));
    expect(missing.status).toBe('rejected');
    expect(missing.reason?.code).toBe('attachment_missing');
    expect((await put('operatorA', sha(file), file)).statusCode).toBe(200);
    const applied = await pushAs('operatorA', evidenceMutation(evidenceId, evidenceFields(realisationId, file, { size: 1, mimeType: 'image/png' })));
    expect(applied.status).toBe('applied');
    const page = await pullOk(app, cookie('evaluator'), 0);
    if (page.kind !== 'changes') throw new Error('reset');
    const change = page.changes.find((c) => c.recordId === evidenceId);
    const row = evidenceSchema.parse(change?.row);
    // What the server read from the file wins over what the device claimed.
    expect(row).toMatchObject({ realisationId, orgUnitId: world.units.unitA.id, size: file.length, mimeType: 'image/jpeg', caption: 'Rapat koordinasi' });
  });

  it('serves the file to every role that may read the realisation, and 404 to everyone else', async () => {
    const expected: Record<string, number> = {
      operatorA: 200, headA: 200, evaluator: 200, leader: 200, admin: 200, operatorB: 404, headB: 404, operatorX: 404,
    };
    for (const [user, status] of Object.entries(expected)) {
      const response = await get(user, sha(file));
      expect({ user, status: response.statusCode }).toEqual({ user, status });
      if (status === 200) {
        expect(response.rawPayload.equals(file)).toBe(true);
        expect(response.headers['content-type']).toBe('image/jpeg');
        expect(response.headers['x-content-type-options']).toBe('nosniff');
        // The route's sandbox policy survives the global security-headers hook; a photo may show inline.
        expect(response.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
        expect(response.headers['content-disposition']).toBe('inline');
      } else {
        expect(response.json().error.code).toBe('not_found');
      }
    }
    expect((await app.inject({ method: 'GET', url: attachmentPath(sha(file)) })).statusCode).toBe(401);
  });

  it('serves a PDF as a sandboxed download (Content-Disposition: attachment), never inline', async () => {
    const document = pdf(3000);
    expect((await put('operatorA', sha(document), document, { 'content-type': 'application/pdf' })).statusCode).toBe(200);
    const attached = await pushAs('operatorA', evidenceMutation(randomUUID(), evidenceFields(realisationId, document, { mimeType: 'application/pdf', fileName: 'notulen.pdf' })));
    expect(attached.status).toBe('applied');
    const response = await get('evaluator', sha(document));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="${sha(document)}.pdf"`);
    expect(response.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(response.rawPayload.equals(document)).toBe(true);
  });

  it('does not let another tenant reach a file by uploading the same bytes', async () => {
    expect((await put('operatorX', sha(file), file)).statusCode).toBe(200);
    expect((await get('operatorX', sha(file))).statusCode).toBe(404);
  });

  it('answers 404 alike for an uploaded file without evidence and for an unknown hash', async () => {
    const orphan = jpeg();
    await put('operatorA', sha(orphan), orphan);
    expect((await get('operatorA', sha(orphan))).statusCode).toBe(404);
    expect((await get('operatorA', sha(jpeg()))).statusCode).toBe(404);
    expect((await get('operatorA', 'not-a-hash')).statusCode).toBe(404);
  });

  it('keeps pulls of other units free of the evidence row', async () => {
    const page = await pullOk(app, cookie('operatorB'), 0);
    if (page.kind !== 'changes') throw new Error('reset');
    expect(page.changes.some((c) => c.recordId === evidenceId)).toBe(false);
  });

  it('applies the realisation’s edit rules: other unit, other role, not editable', async () => {
    const bytes = jpeg();
    await put('operatorA', sha(bytes), bytes);
    await put('operatorB', sha(bytes), bytes);
    const otherUnit = await pushAs('operatorB', evidenceMutation(randomUUID(), evidenceFields(realisationId, bytes)));
    expect(otherUnit.reason?.code).toBe('other_unit');
    const submitted = await pushAs('operatorA', evidenceMutation(randomUUID(), evidenceFields(world.submitted.id, bytes)));
    expect(submitted.reason?.code).toBe('not_editable');
    const evaluator = await pushAs('evaluator', evidenceMutation(randomUUID(), evidenceFields(realisationId, bytes)));
    expect(evaluator.reason?.code).toBe('forbidden');
    const invalid = await pushAs('operatorA', evidenceMutation(randomUUID(), evidenceFields(realisationId, bytes, { latitude: 95 })));
    expect(invalid.reason?.code).toBe('invalid');
  });

  it('changes the caption only, and removing makes the file unreachable', async () => {
    const caption = await pushAs('operatorA', evidenceMutation(evidenceId, { caption: 'Rapat evaluasi' }));
    expect(caption.status).toBe('applied');
    expect(caption.rev).not.toBeNull();
    const swap = await pushAs('operatorA', evidenceMutation(evidenceId, { sha256: sha(jpeg()) }));
    expect(swap.reason?.code).toBe('invalid');
    const removed = await pushAs('operatorA', evidenceMutation(evidenceId, {}, 'delete'));
    expect(removed.status).toBe('applied');
    expect((await get('evaluator', sha(file))).statusCode).toBe(404);
    const again = await pushAs('operatorA', evidenceMutation(evidenceId, {}, 'delete'));
    expect(again).toMatchObject({ status: 'applied', rev: null });
  });
});

describe('evidence on a realisation the server folded into another row', () => {
  it('lands on the server row when the device names its own id, in the same batch', async () => {
    const serverRow = await draftRealisation('operatorA', world.indicators.percent.id, 2);
    const bytes = jpeg();
    await put('headA', sha(bytes), bytes);
    const localId = randomUUID();
    const evidenceId = randomUUID();
    const device = randomUUID();
    const { seq: _s, ...create } = realisationMutation(1, localId, { indicatorId: world.indicators.percent.id, quarter: 2, value: 7 });
    const response = await pushOk(app, cookie('headA'), device, [
      { ...create, seq: 1 },
      { ...evidenceMutation(evidenceId, evidenceFields(localId, bytes)), seq: 2 },
    ]);
    // The realisation folds into the server's row (a conflict on value: not this test's concern).
    expect(response.results.map((r) => r.recordId)).toEqual([serverRow, evidenceId]);
    expect(response.results[1]?.status).toBe('applied');
    const page = await pullOk(app, cookie('headA'), 0);
    if (page.kind !== 'changes') throw new Error('reset');
    const row = evidenceSchema.parse(page.changes.filter((c) => c.recordId === evidenceId).at(-1)?.row);
    expect(row.realisationId).toBe(serverRow);
    // A resend of the create (answer lost) still names the device's id: accepted as the same row.
    const again = await pushOk(app, cookie('headA'), device, [{ ...evidenceMutation(evidenceId, evidenceFields(localId, bytes)), seq: 3 }]);
    expect(again.results[0]?.status).toBe('applied');
  });
});
