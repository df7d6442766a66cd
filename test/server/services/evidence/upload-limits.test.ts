// Abandoned chunked uploads cannot fill the disk: each user's unfinished uploads are capped (by
// their declared size), they expire after a day without a chunk (housekeeping, by the app's clock,
// which the tests move), bytes no upload tracks are swept, and a tenant's verified files have a quota.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentPath } from '../../../../src/api/routes';
import { maxEvidenceBytes } from '../../../../src/domain/evidence-file';
import { createDiskBlobStorage } from '../../../../src/server/services/evidence/disk-blob-storage';
import { partialUploadExpiryTask } from '../../../../src/server/services/evidence/partial-upload-expiry';
import { defaultUploadLimits, uploadSettingsFromEnv, type UploadLimits } from '../../../../src/server/services/evidence/upload-limits';
import { createTestServer, csrf, loginAs, type TestServer } from '../../../support/server-app';

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const mib = 1024 * 1024;
const hour = 3_600_000;
const pdfStart = (size: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size - 9)]);

async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir).catch(() => [])) total += (await stat(join(dir, name))).size;
  return total;
}

interface Setup { server: TestServer; dir: string; cookies: Map<string, string> }

async function setup(uploads: Partial<UploadLimits> = {}): Promise<Setup> {
  const dir = await mkdtemp(join(tmpdir(), 'pk-upload-limits-'));
  const server = await createTestServer({ blobStorage: createDiskBlobStorage(dir), uploads });
  const cookies = new Map<string, string>();
  for (const username of ['operator.a', 'kepala.a', 'operator.b']) cookies.set(username, await loginAs(server.app, username));
  return { server, dir, cookies };
}

function chunk(s: Setup, username: string, hash: string, body: Buffer, start: number, total: number) {
  return s.server.app.inject({
    method: 'PUT', url: attachmentPath(hash), payload: body,
    headers: { cookie: s.cookies.get(username) ?? '', ...csrf, 'content-type': 'application/pdf', 'content-range': `bytes ${start}-${start + body.length - 1}/${total}` },
  });
}

function whole(s: Setup, username: string, body: Buffer) {
  return s.server.app.inject({
    method: 'PUT', url: attachmentPath(sha(body)), payload: body,
    headers: { cookie: s.cookies.get(username) ?? '', ...csrf, 'content-type': 'application/pdf' },
  });
}

/** The probe's attack: three 1 MiB chunks toward a declared 10 MiB, for each of `count` made-up hashes. */
async function abandonUploads(s: Setup, username: string, count: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const hash = sha(randomBytes(32));
    const body = pdfStart(mib);
    let status = 0;
    for (let c = 0; c < 3; c += 1) {
      const response = await chunk(s, username, hash, c === 0 ? body : randomBytes(mib), c * mib, maxEvidenceBytes);
      status = response.statusCode;
      if (status !== 202) break;
    }
    statuses.push(status);
  }
  return statuses;
}

describe('unfinished uploads per user', () => {
  let s: Setup;
  beforeAll(async () => { s = await setup(); });
  afterAll(async () => {
    await s.server.cleanup();
    await rm(s.dir, { recursive: true, force: true });
  });

  it('caps them at their declared size: the probe’s 20 abandoned 10 MiB uploads keep 3, not 20', async () => {
    const statuses = await abandonUploads(s, 'operator.a', 20);
    // 3 × 10 MiB declared fill the default 30 MiB; every later start is refused with a clear error.
    expect(statuses.slice(0, 3)).toEqual([202, 202, 202]);
    expect(new Set(statuses.slice(3))).toEqual(new Set([429]));
    const refused = await chunk(s, 'operator.a', sha(randomBytes(8)), pdfStart(1000), 0, maxEvidenceBytes);
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({
      error: { code: 'partial_upload_limit', message: expect.stringContaining('belum selesai') as unknown, details: { maxBytes: 30 * mib } },
    });
    // Measured: what the attack leaves on disk (before the cap: 20 × 3 MiB = 60 MiB).
    expect(await dirBytes(join(s.dir, 'partial'))).toBe(3 * 3 * mib);
    // Another user is not blocked by this one's uploads; a whole small file never counts.
    expect((await chunk(s, 'operator.b', sha(randomBytes(8)), pdfStart(1000), 0, 5 * mib)).statusCode).toBe(202);
    expect((await whole(s, 'operator.a', pdfStart(2000))).statusCode).toBe(200);
  });

  it('lets an upload that started finish, whatever else the user started since', async () => {
    const file = pdfStart(2 * mib + 10);
    const other = await setup({ maxPartialBytesPerUser: 3 * mib });
    try {
      expect((await chunk(other, 'operator.a', sha(file), file.subarray(0, mib), 0, file.length)).statusCode).toBe(202);
      // A second start would pass 3 MiB reserved: refused; the first goes on to the end.
      expect((await chunk(other, 'operator.a', sha(randomBytes(8)), pdfStart(1000), 0, 2 * mib)).statusCode).toBe(429);
      expect((await chunk(other, 'operator.a', sha(file), file.subarray(mib, 2 * mib), mib, file.length)).statusCode).toBe(202);
      const done = await chunk(other, 'operator.a', sha(file), file.subarray(2 * mib), 2 * mib, file.length);
      expect(done.json()).toMatchObject({ status: 'stored', size: file.length });
      // Finished: its reservation is gone, so the next file may start.
      expect((await chunk(other, 'operator.a', sha(randomBytes(8)), pdfStart(1000), 0, 2 * mib)).statusCode).toBe(202);
    } finally {
      await other.server.cleanup();
      await rm(other.dir, { recursive: true, force: true });
    }
  });

  it('holds under concurrent starts: never more reserved than the cap', async () => {
    const other = await setup({ maxPartialBytesPerUser: 3 * mib });
    try {
      const responses = await Promise.all(Array.from({ length: 8 }, () =>
        chunk(other, 'kepala.a', sha(randomBytes(8)), pdfStart(1000), 0, mib)));
      // Starts take turns per user: exactly as many as fit, no matter how they interleave.
      expect(responses.filter((r) => r.statusCode === 202)).toHaveLength(3);
      expect(responses.every((r) => r.statusCode === 202 || r.statusCode === 429)).toBe(true);
    } finally {
      await other.server.cleanup();
      await rm(other.dir, { recursive: true, force: true });
    }
  });
});

describe('expiry of unfinished uploads (housekeeping, by the moved clock)', () => {
  let s: Setup;
  beforeAll(async () => { s = await setup(); });
  afterAll(async () => {
    await s.server.cleanup();
    await rm(s.dir, { recursive: true, force: true });
  });

  it('drops uploads idle for 24 h (bytes and reservation), keeps a recent one, and sweeps untracked bytes', async () => {
    const task = partialUploadExpiryTask(s.server.store, createDiskBlobStorage(s.dir), defaultUploadLimits.partialMaxAgeMs);
    expect(await abandonUploads(s, 'operator.a', 3)).toEqual([202, 202, 202]);
    s.server.clock.advance(23 * hour);
    const recent = pdfStart(2 * mib);
    expect((await chunk(s, 'operator.b', sha(recent), recent.subarray(0, mib), 0, recent.length)).statusCode).toBe(202);
    // Bytes from a build before uploads were tracked (or a crash): no row names them.
    await mkdir(join(s.dir, 'partial'), { recursive: true });
    await writeFile(join(s.dir, 'partial', `${s.server.world.tenant.id}-${sha(randomBytes(8))}`), randomBytes(5000));

    // At 23 h nothing is old enough; only the untracked bytes go.
    expect(await task.run(s.server.clock.now)).toBe(1);
    expect(await dirBytes(join(s.dir, 'partial'))).toBe(9 * mib + mib);

    s.server.clock.advance(1 * hour + 1000);
    expect(await task.run(s.server.clock.now)).toBe(3);
    expect(await readdir(join(s.dir, 'partial'))).toHaveLength(1);
    expect(await dirBytes(join(s.dir, 'partial'))).toBe(mib);
    // The user's reservation is free again, and the recent upload resumes and finishes.
    expect((await chunk(s, 'operator.a', sha(randomBytes(8)), pdfStart(1000), 0, maxEvidenceBytes)).statusCode).toBe(202);
    const done = await chunk(s, 'operator.b', sha(recent), recent.subarray(mib), mib, recent.length);
    expect(done.json()).toMatchObject({ status: 'stored', size: recent.length });
  });

  it('makes a device resuming an expired upload start again from zero', async () => {
    const task = partialUploadExpiryTask(s.server.store, createDiskBlobStorage(s.dir), defaultUploadLimits.partialMaxAgeMs);
    const file = pdfStart(2 * mib);
    expect((await chunk(s, 'kepala.a', sha(file), file.subarray(0, mib), 0, file.length)).json()).toEqual({ status: 'partial', received: mib });
    s.server.clock.advance(25 * hour);
    await task.run(s.server.clock.now);
    expect((await chunk(s, 'kepala.a', sha(file), file.subarray(mib), mib, file.length)).json()).toEqual({ status: 'partial', received: 0 });
    expect((await chunk(s, 'kepala.a', sha(file), file.subarray(0, mib), 0, file.length)).json()).toEqual({ status: 'partial', received: mib });
    expect((await chunk(s, 'kepala.a', sha(file), file.subarray(mib), mib, file.length)).json()).toMatchObject({ status: 'stored' });
  });
});

describe('storage quota per tenant', () => {
  let s: Setup;
  beforeAll(async () => { s = await setup({ tenantQuotaBytes: 10_000 }); });
  afterAll(async () => {
    await s.server.cleanup();
    await rm(s.dir, { recursive: true, force: true });
  });

  it('refuses a file past the quota with a clear error, whole or at its first chunk, and keeps nothing of it', async () => {
    const first = pdfStart(6000);
    expect((await whole(s, 'operator.a', first)).statusCode).toBe(200);
    const second = pdfStart(6000);
    const refused = await whole(s, 'operator.a', second);
    expect(refused.statusCode).toBe(413);
    expect(refused.json()).toMatchObject({ error: { code: 'storage_quota_exceeded', message: expect.stringContaining('penuh') as unknown, details: { quotaBytes: 10_000, usedBytes: 6000 } } });
    const english = await s.server.app.inject({
      method: 'PUT', url: attachmentPath(sha(second)), payload: second,
      headers: { cookie: s.cookies.get('operator.a') ?? '', ...csrf, 'content-type': 'application/pdf', 'accept-language': 'en' },
    });
    expect(english.json().error.message).toContain('storage');
    const big = pdfStart(mib);
    const chunked = await chunk(s, 'operator.a', sha(big), big.subarray(0, 1000), 0, big.length);
    expect(chunked.statusCode).toBe(413);
    expect(chunked.json().error.code).toBe('storage_quota_exceeded');
    expect(await readdir(join(s.dir, 'partial')).catch(() => [])).toEqual([]);
    expect(await readdir(join(s.dir, sha(second).slice(0, 2))).catch(() => [])).not.toContain(sha(second));
    // A unit that holds its file still skips re-sending it.
    expect((await whole(s, 'kepala.a', first)).statusCode).toBe(200);
  });

  it('answers another unit the same for a file the tenant already stores as for a new one', async () => {
    const first = pdfStart(3000);
    // 6000 used; 3000 more fit (9000 of 10 000), then nothing of 3000 does.
    expect((await whole(s, 'operator.a', first)).statusCode).toBe(200);
    const known = await whole(s, 'operator.b', first);
    const unknown = await whole(s, 'operator.b', pdfStart(3000));
    expect(known.statusCode).toBe(413);
    expect({ ...known.json().error }).toEqual({ ...unknown.json().error });
  });
});

describe('settings from the environment', () => {
  it('default to 24 h, 30 MiB per user, 50 GiB per tenant and a round every 15 minutes; bad values stop the start', () => {
    expect(uploadSettingsFromEnv({})).toEqual({
      limits: { partialMaxAgeMs: 24 * hour, maxPartialBytesPerUser: 30 * mib, tenantQuotaBytes: 50 * 1024 * mib },
      housekeepingIntervalMs: 15 * 60_000,
    });
    expect(uploadSettingsFromEnv({
      UPLOAD_PARTIAL_MAX_AGE_HOURS: '6', UPLOAD_PARTIAL_MAX_MB_PER_USER: '12', ATTACHMENT_QUOTA_MB_PER_TENANT: '0', HOUSEKEEPING_INTERVAL_MINUTES: '5',
    })).toEqual({ limits: { partialMaxAgeMs: 6 * hour, maxPartialBytesPerUser: 12 * mib, tenantQuotaBytes: 0 }, housekeepingIntervalMs: 5 * 60_000 });
    expect(() => uploadSettingsFromEnv({ UPLOAD_PARTIAL_MAX_MB_PER_USER: 'banyak' })).toThrow(/UPLOAD_PARTIAL_MAX_MB_PER_USER/);
    expect(() => uploadSettingsFromEnv({ HOUSEKEEPING_INTERVAL_MINUTES: '0' })).toThrow(/HOUSEKEEPING_INTERVAL_MINUTES/);
  });
});
