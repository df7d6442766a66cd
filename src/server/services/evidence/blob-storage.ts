// Where attachment bytes live. Content-addressed by sha256: a file is written once and never
// changes. The default is a directory under DATA_DIR (disk-blob-storage.ts); an S3-compatible
// store when S3_BUCKET is set (s3-blob-storage.ts).
import type { Readable } from 'node:stream';

const safeName = /^[0-9a-zA-Z-]{1,200}$/;

/** Names come from URLs: a store never lets one reach outside its place. */
export function checkBlobName(name: string): string {
  if (!safeName.test(name)) throw new Error(`unsafe blob name: ${name}`);
  return name;
}

export interface BlobStorage {
  /** Whether the verified file is stored. */
  has(sha256: string): Promise<boolean>;
  /** Stores verified bytes atomically (temp file, then rename); a no-op when already stored. */
  put(sha256: string, bytes: Buffer): Promise<void>;
  /** The stored file, or null. */
  open(sha256: string): Promise<Readable | null>;
  /** The names (sha256) of every verified file held, sorted: a backup copies them all. */
  listBlobs(): Promise<string[]>;

  // Chunked uploads, keyed per tenant and file so that one tenant's upload never shows in another's.
  /** Bytes received so far for an unfinished upload (0 when none). */
  partialSize(key: string): Promise<number>;
  /** Appends `bytes` when `offset` is exactly the size received so far; returns the size afterwards. */
  appendPartial(key: string, offset: number, bytes: Buffer): Promise<number>;
  readPartial(key: string): Promise<Buffer>;
  /** Moves a complete, verified upload into place as `sha256`. */
  commitPartial(key: string, sha256: string): Promise<void>;
  discardPartial(key: string): Promise<void>;
  /** The keys of every unfinished upload held, so that housekeeping can drop those nobody tracks. */
  listPartialKeys(): Promise<string[]>;
}
