// BlobStorage on a local (or shared network) directory: `<root>/<aa>/<sha256>` for verified files,
// `<root>/partial/<key>` for unfinished chunked uploads, `<root>/tmp/` for atomic writes.
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { appendFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { checkBlobName, type BlobStorage } from './blob-storage';

const checkName = checkBlobName;

async function sizeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

async function listDir(path: string): Promise<string[]> {
  try {
    return await readdir(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return [];
    throw error;
  }
}

export function createDiskBlobStorage(root: string): BlobStorage {
  const filePath = (sha256: string) => join(root, checkName(sha256).slice(0, 2), sha256);
  const partialPath = (key: string) => join(root, 'partial', checkName(key));

  async function moveIntoPlace(from: string, sha256: string): Promise<void> {
    const target = filePath(sha256);
    await mkdir(join(target, '..'), { recursive: true });
    // rename is atomic within one file system: a reader sees no file or the whole file.
    await rename(from, target);
  }

  return {
    async has(sha256) {
      return (await sizeOf(filePath(sha256))) !== null;
    },
    async put(sha256, bytes) {
      if ((await sizeOf(filePath(sha256))) !== null) return;
      const tmpDir = join(root, 'tmp');
      await mkdir(tmpDir, { recursive: true });
      const temp = join(tmpDir, randomUUID());
      try {
        await writeFile(temp, bytes, { flag: 'wx' });
        await moveIntoPlace(temp, sha256);
      } finally {
        await rm(temp, { force: true });
      }
    },
    async open(sha256) {
      const path = filePath(sha256);
      if ((await sizeOf(path)) === null) return null;
      return createReadStream(path) as Readable;
    },
    async listBlobs() {
      // Verified files sit in two-character folders; partial/ and tmp/ hold unfinished bytes.
      const names: string[] = [];
      for (const folder of await listDir(root)) {
        if (folder.length !== 2) continue;
        for (const name of await listDir(join(root, folder))) if (name.startsWith(folder)) names.push(name);
      }
      return names.sort();
    },
    async partialSize(key) {
      return (await sizeOf(partialPath(key))) ?? 0;
    },
    async appendPartial(key, offset, bytes) {
      const path = partialPath(key);
      const current = (await sizeOf(path)) ?? 0;
      if (offset !== current) return current;
      await mkdir(join(root, 'partial'), { recursive: true });
      // Two racing appends could interleave; the final re-hash catches that and the upload restarts.
      await appendFile(path, bytes);
      return current + bytes.length;
    },
    async readPartial(key) {
      return readFile(partialPath(key));
    },
    async commitPartial(key, sha256) {
      if ((await sizeOf(filePath(sha256))) !== null) {
        await rm(partialPath(key), { force: true });
        return;
      }
      await moveIntoPlace(partialPath(key), sha256);
    },
    async discardPartial(key) {
      await rm(partialPath(key), { force: true });
    },
    async listPartialKeys() {
      try {
        return await readdir(join(root, 'partial'));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
    },
  };
}
