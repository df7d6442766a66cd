// Where evidence files live: the same contract for the directory under DATA_DIR and for an
// S3-compatible bucket (here s3rver, an S3 emulator speaking the real HTTP protocol, in this
// process; it does not check request signatures, so credentials are not proven here). And a chunked upload through the app onto S3, resumed and verified,
// with a truncated upload refused.
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentPath } from '../../../../src/api/routes';
import type { BlobStorage } from '../../../../src/server/services/evidence/blob-storage';
import { createDiskBlobStorage } from '../../../../src/server/services/evidence/disk-blob-storage';
import { createS3BlobStorage, s3ConfigFromEnv } from '../../../../src/server/services/evidence/s3-blob-storage';
import { buildApp } from '../../../../src/server/app';
import { seedDemoData } from '../../../../src/server/seed/seed';
import { createTestStore } from '../../../support/server-store';
import { buildWorld } from '../../../support/server-factories';
import { createTestServer, csrf, loginAs } from '../../../support/server-app';
import { partialUploadExpiryTask } from '../../../../src/server/services/evidence/partial-upload-expiry';
import { withSharedHashes } from '../../../support/password-hash';

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const jpeg = (size: number) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(Array.from({ length: size - 4 }, (_, i) => (i * 7919 + size) % 251))]);
async function readAll(stream: Readable | null): Promise<Buffer | null> {
  if (!stream) return null;
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(parts);
}

let s3rver: S3rver;
let endpoint = '';
let s3Dir = '';
let diskDir = '';
const storages: Record<'disk' | 's3', BlobStorage> = {} as Record<'disk' | 's3', BlobStorage>;

beforeAll(async () => {
  s3Dir = await mkdtemp(join(tmpdir(), 'pk-s3rver-'));
  diskDir = await mkdtemp(join(tmpdir(), 'pk-disk-blobs-'));
  s3rver = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: s3Dir, configureBuckets: [{ name: 'pantau-test', configs: [] }] });
  const address = (await s3rver.run()) as AddressInfo;
  endpoint = `http://127.0.0.1:${address.port}`;
  storages.disk = createDiskBlobStorage(diskDir);
  storages.s3 = createS3BlobStorage({
    bucket: 'pantau-test', endpoint, region: 'us-east-1', forcePathStyle: true, prefix: 'kaltim',
    accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER',
  });
});
afterAll(async () => {
  await s3rver?.close();
  await rm(s3Dir, { recursive: true, force: true });
  await rm(diskDir, { recursive: true, force: true });
});

describe.each(['disk', 's3'] as const)('BlobStorage on %s', (kind) => {
  it('stores a verified file once and serves it back; an unknown file is absent', async () => {
    const storage = storages[kind];
    const bytes = jpeg(5000);
    expect(await storage.has(sha(bytes))).toBe(false);
    expect(await storage.open(sha(bytes))).toBeNull();
    await storage.put(sha(bytes), bytes);
    await storage.put(sha(bytes), bytes); // idempotent
    expect(await storage.has(sha(bytes))).toBe(true);
    expect((await readAll(await storage.open(sha(bytes))))?.equals(bytes)).toBe(true);
  });

  it('resumes a chunked upload at the size received, ignores a chunk at the wrong offset, commits and discards', async () => {
    const storage = storages[kind];
    const bytes = jpeg(10_000);
    const key = `${randomUUID()}-${sha(bytes).slice(0, 16)}`;
    expect(await storage.partialSize(key)).toBe(0);
    expect(await storage.appendPartial(key, 0, bytes.subarray(0, 4000))).toBe(4000);
    expect(await storage.appendPartial(key, 0, bytes.subarray(0, 4000))).toBe(4000); // a resend of the same chunk
    expect(await storage.appendPartial(key, 9000, bytes.subarray(9000))).toBe(4000); // ahead of what arrived
    expect(await storage.partialSize(key)).toBe(4000);
    expect(await storage.appendPartial(key, 4000, bytes.subarray(4000))).toBe(10_000);
    expect((await storage.readPartial(key)).equals(bytes)).toBe(true);
    await storage.commitPartial(key, sha(bytes));
    expect(await storage.partialSize(key)).toBe(0);
    expect((await readAll(await storage.open(sha(bytes))))?.equals(bytes)).toBe(true);

    const dropped = `${randomUUID()}-x`;
    await storage.appendPartial(dropped, 0, bytes.subarray(0, 100));
    await storage.discardPartial(dropped);
    expect(await storage.partialSize(dropped)).toBe(0);
  });

  it('lists the keys of unfinished uploads (for housekeeping), and no longer a discarded one', async () => {
    const storage = storages[kind];
    const key = `${randomUUID()}-listed`;
    await storage.appendPartial(key, 0, Buffer.from('abc'));
    await storage.appendPartial(key, 3, Buffer.from('def'));
    expect((await storage.listPartialKeys()).filter((k) => k === key)).toEqual([key]);
    await storage.discardPartial(key);
    expect(await storage.listPartialKeys()).not.toContain(key);
  });

  it('refuses names that could reach outside its place', async () => {
    const storage = storages[kind];
    await expect(storage.has('../../etc/passwd')).rejects.toThrow(/unsafe/);
    await expect(storage.partialSize('a/b')).rejects.toThrow(/unsafe/);
  });
});

describe('evidence through the app onto S3', () => {
  it('takes a file in chunks, resumes after a drop, and stores nothing of a body whose hash differs', async () => {
    const { store, cleanup } = await createTestStore();
    const world = buildWorld();
    try {
      await seedDemoData(store, { ...world.data, users: await withSharedHashes(world.data.users) });
      const app = await buildApp({ store, config: { secureCookies: true, logger: false, blobStorage: storages.s3 } });
      const operator = await loginAs(app, 'operator.a');
      const bytes = jpeg(300_000);
      const hash = sha(bytes);
      const put = (body: Buffer, range: string, cookie = operator) => app.inject({
        method: 'PUT', url: attachmentPath(hash), payload: body,
        headers: { cookie, ...csrf, 'content-type': 'image/jpeg', 'content-range': range },
      });
      const first = await put(bytes.subarray(0, 131_072), `bytes 0-131071/${bytes.length}`);
      expect(first.statusCode, first.body).toBeLessThan(300);
      // The connection dropped; the device asks again from 0: the server says how much it has.
      const again = await put(bytes.subarray(0, 131_072), `bytes 0-131071/${bytes.length}`);
      expect(again.statusCode, again.body).toBeLessThan(300);
      const rest = await put(bytes.subarray(131_072), `bytes 131072-${bytes.length - 1}/${bytes.length}`);
      expect(rest.statusCode, rest.body).toBe(200);
      expect(await storages.s3.has(hash)).toBe(true);

      const other = jpeg(200_000);
      const truncated = await app.inject({
        method: 'PUT', url: attachmentPath(sha(other)), payload: other.subarray(0, 150_000),
        headers: { cookie: operator, ...csrf, 'content-type': 'image/jpeg' },
      });
      expect(truncated.statusCode).toBe(400);
      expect(await storages.s3.has(sha(other))).toBe(false);
      await app.close();
    } finally {
      await cleanup();
    }
  });

  it('drops an upload abandoned for a day, and chunks no upload tracks (housekeeping, moved clock)', async () => {
    const storage = createS3BlobStorage({
      bucket: 'pantau-test', endpoint, region: 'us-east-1', forcePathStyle: true, prefix: `expiry-${randomUUID()}`,
      accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER',
    });
    const server = await createTestServer({ blobStorage: storage });
    try {
      const operator = await loginAs(server.app, 'operator.a');
      const bytes = jpeg(300_000);
      const first = await server.app.inject({
        method: 'PUT', url: attachmentPath(sha(bytes)), payload: bytes.subarray(0, 100_000),
        headers: { cookie: operator, ...csrf, 'content-type': 'image/jpeg', 'content-range': `bytes 0-99999/${bytes.length}` },
      });
      expect(first.statusCode, first.body).toBe(202);
      await storage.appendPartial(`${randomUUID()}-untracked`, 0, Buffer.from('left by a crash'));
      expect(await storage.listPartialKeys()).toHaveLength(2);
      const task = partialUploadExpiryTask(server.store, storage, 24 * 3_600_000);
      expect(await task.run(server.clock.now)).toBe(1); // only the untracked chunks: the upload is fresh
      expect(await storage.listPartialKeys()).toHaveLength(1);
      server.clock.advance(24 * 3_600_000 + 1);
      expect(await task.run(server.clock.now)).toBe(1);
      expect(await storage.listPartialKeys()).toEqual([]);
    } finally {
      await server.cleanup();
    }
  });

  it('is chosen by S3_BUCKET, with path-style URLs for a custom endpoint, and refuses a bucket without keys', () => {
    expect(s3ConfigFromEnv({})).toBeNull();
    expect(s3ConfigFromEnv({ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's', S3_ENDPOINT: 'http://minio:9000' }))
      .toMatchObject({ bucket: 'b', endpoint: 'http://minio:9000', forcePathStyle: true, region: 'us-east-1' });
    expect(s3ConfigFromEnv({ S3_BUCKET: 'b', AWS_ACCESS_KEY_ID: 'k', AWS_SECRET_ACCESS_KEY: 's', S3_REGION: 'ap-southeast-3' }))
      .toMatchObject({ forcePathStyle: false, region: 'ap-southeast-3' });
    expect(() => s3ConfigFromEnv({ S3_BUCKET: 'b' })).toThrow(/S3_ACCESS_KEY_ID/);
  });
});
