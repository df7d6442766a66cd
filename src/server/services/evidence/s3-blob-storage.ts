// BlobStorage on an S3-compatible object store (AWS S3, MinIO, Ceph, Wasabi, IDCloudHost…), for
// deployments with several server instances or without a shared disk. Verified files are
// `blobs/<aa>/<sha256>` (written once, never changed); an unfinished chunked upload is a set of
// objects `partials/<key>/<offset>`, one per accepted chunk, so any instance can resume it (S3 has
// no append) and its size is the sum of its chunks.
import { Readable } from 'node:stream';
import {
  DeleteObjectsCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client, S3ServiceException,
} from '@aws-sdk/client-s3';
import { checkBlobName, type BlobStorage } from './blob-storage';

export interface S3BlobStorageConfig {
  bucket: string;
  /** e.g. https://s3.ap-southeast-3.amazonaws.com or a MinIO URL; omitted: AWS by region. */
  endpoint?: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** MinIO and most self-hosted stores want path-style URLs (bucket in the path). */
  forcePathStyle: boolean;
  /** Prefix of every key, so one bucket can serve several deployments. */
  prefix?: string;
}

const checkName = checkBlobName;

const isMissing = (error: unknown): boolean =>
  error instanceof S3ServiceException && (error.name === 'NotFound' || error.name === 'NoSuchKey' || error.$metadata.httpStatusCode === 404);

/** Chunk objects sort by offset as text: offsets are zero-padded. */
const offsetName = (offset: number): string => String(offset).padStart(16, '0');

export function createS3BlobStorage(config: S3BlobStorageConfig): BlobStorage {
  const client = new S3Client({
    region: config.region,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    forcePathStyle: config.forcePathStyle,
    credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
  });
  const Bucket = config.bucket;
  const root = config.prefix ? `${config.prefix.replace(/\/+$/, '')}/` : '';
  const blobKey = (sha256: string) => `${root}blobs/${checkName(sha256).slice(0, 2)}/${sha256}`;
  const partialPrefix = (key: string) => `${root}partials/${checkName(key)}/`;

  async function exists(Key: string): Promise<boolean> {
    try {
      await client.send(new HeadObjectCommand({ Bucket, Key }));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async function chunks(key: string): Promise<Array<{ Key: string; offset: number; size: number }>> {
    const found: Array<{ Key: string; offset: number; size: number }> = [];
    let token: string | undefined;
    do {
      const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: partialPrefix(key), ContinuationToken: token }));
      for (const item of page.Contents ?? []) {
        if (!item.Key) continue;
        found.push({ Key: item.Key, offset: Number(item.Key.slice(partialPrefix(key).length)), size: item.Size ?? 0 });
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return found.sort((a, b) => a.offset - b.offset);
  }

  /** The contiguous size from offset 0 (a stray chunk past a gap does not count). */
  function contiguous(list: Array<{ offset: number; size: number }>): number {
    let size = 0;
    for (const chunk of list) {
      if (chunk.offset !== size) break;
      size += chunk.size;
    }
    return size;
  }

  async function read(Key: string): Promise<Buffer> {
    const object = await client.send(new GetObjectCommand({ Bucket, Key }));
    if (!object.Body) return Buffer.alloc(0);
    return Buffer.from(await object.Body.transformToByteArray());
  }

  async function removeChunks(key: string): Promise<void> {
    const list = await chunks(key);
    for (let i = 0; i < list.length; i += 1000) {
      const Objects = list.slice(i, i + 1000).map((c) => ({ Key: c.Key }));
      await client.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects, Quiet: true } }));
    }
  }

  return {
    async has(sha256) {
      return exists(blobKey(sha256));
    },
    async put(sha256, bytes) {
      const Key = blobKey(sha256);
      if (await exists(Key)) return;
      // One PUT is atomic in S3: a reader sees no object or the whole object.
      await client.send(new PutObjectCommand({ Bucket, Key, Body: bytes, ContentLength: bytes.length }));
    },
    async open(sha256) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: blobKey(sha256) }));
        if (!object.Body) return null;
        return object.Body instanceof Readable ? object.Body : Readable.from(Buffer.from(await object.Body.transformToByteArray()));
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async listBlobs() {
      const base = `${root}blobs/`;
      const names: string[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: base, ContinuationToken: token }));
        for (const item of page.Contents ?? []) {
          const name = item.Key?.slice(base.length).split('/')[1];
          if (name) names.push(name);
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      return names.sort();
    },
    async partialSize(key) {
      return contiguous(await chunks(key));
    },
    async appendPartial(key, offset, bytes) {
      const current = contiguous(await chunks(key));
      if (offset !== current || bytes.length === 0) return current;
      await client.send(new PutObjectCommand({ Bucket, Key: `${partialPrefix(key)}${offsetName(offset)}`, Body: bytes, ContentLength: bytes.length }));
      return current + bytes.length;
    },
    async readPartial(key) {
      const list = await chunks(key);
      const size = contiguous(list);
      const parts: Buffer[] = [];
      for (const chunk of list) if (chunk.offset < size) parts.push(await read(chunk.Key));
      return Buffer.concat(parts);
    },
    async commitPartial(key, sha256) {
      const Key = blobKey(sha256);
      if (!(await exists(Key))) {
        const bytes = await this.readPartial(key);
        await client.send(new PutObjectCommand({ Bucket, Key, Body: bytes, ContentLength: bytes.length }));
      }
      await removeChunks(key);
    },
    async discardPartial(key) {
      await removeChunks(key);
    },
    async listPartialKeys() {
      // Chunks are `partials/<key>/<offset>`; plain PutObjects, so there are no multipart uploads to abort.
      const base = `${root}partials/`;
      const keys = new Set<string>();
      let token: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: base, ContinuationToken: token }));
        for (const item of page.Contents ?? []) {
          const key = item.Key?.slice(base.length).split('/')[0];
          if (key) keys.add(key);
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      return [...keys];
    },
  };
}

/** The S3 settings from the environment, or null when S3_BUCKET is not set (files go to disk). */
export function s3ConfigFromEnv(env: NodeJS.ProcessEnv): S3BlobStorageConfig | null {
  const bucket = env.S3_BUCKET;
  if (!bucket) return null;
  const accessKeyId = env.S3_ACCESS_KEY_ID ?? env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY ?? env.AWS_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey) throw new Error('S3_BUCKET is set but S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY are missing');
  return {
    bucket, accessKeyId, secretAccessKey,
    region: env.S3_REGION ?? 'us-east-1',
    ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}),
    forcePathStyle: env.S3_FORCE_PATH_STYLE === undefined ? Boolean(env.S3_ENDPOINT) : env.S3_FORCE_PATH_STYLE === 'true',
    ...(env.S3_PREFIX ? { prefix: env.S3_PREFIX } : {}),
  };
}
