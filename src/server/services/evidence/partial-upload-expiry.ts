// Housekeeping task: drops unfinished chunked uploads that saw no chunk for `maxAgeMs` (by the
// app's clock, which tests move), and any partial bytes in storage that no row tracks (left by a
// crash, or by builds before uploads were tracked). Runs at start and then periodically.
import type { Store } from '../../store/connection';
import type { BlobStorage } from './blob-storage';
import type { HousekeepingTask } from '../operations/housekeeping';

export function partialUploadExpiryTask(store: Store, storage: BlobStorage, maxAgeMs: number): HousekeepingTask {
  return {
    name: 'partial-upload-expiry',
    async run(now) {
      const cutoff = new Date(now.getTime() - maxAgeMs);
      let dropped = 0;
      for (const upload of await store.listPartialUploadsIdleSince(cutoff)) {
        // Bytes first: a row without bytes only makes the device restart from zero; the reverse would leak.
        await storage.discardPartial(upload.key);
        await store.deletePartialUpload(upload.key, cutoff);
        dropped += 1;
      }
      // Storage is listed before the rows are read: a request records its row before writing bytes,
      // so bytes seen here whose row is missing belong to no upload in progress.
      const held = await storage.listPartialKeys();
      const tracked = new Set(await store.listPartialUploadKeys());
      for (const key of held) {
        if (tracked.has(key)) continue;
        await storage.discardPartial(key);
        dropped += 1;
      }
      return dropped;
    },
  };
}
