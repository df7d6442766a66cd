// The bytes of a bukti dukung on screen: an object URL for the bytes kept on this device, and a
// one-time download of the bytes of a file attached on another device, kept for offline viewing.
// Shared by the entry's evidence section and the evaluator's review cards.
import { useEffect, useMemo } from 'react';
import { attachmentPath } from '../../api/routes';
import type { Evidence } from '../../domain/evidence';
import type { BlobEntry, PantauDatabase } from '../db/database';
import { storeDownloadedBlob } from '../db/evidence-repository';

interface CachedUrl { url: string; users: number; revoke?: ReturnType<typeof setTimeout> }
const objectUrls = new Map<string, CachedUrl>();

/** One object URL per file (rows re-read by live queries are new objects with the same bytes). */
function urlFor(blob: BlobEntry): string {
  const cached = objectUrls.get(blob.sha256);
  if (cached) return cached.url;
  const url = URL.createObjectURL(new Blob([blob.bytes], { type: blob.mimeType }));
  objectUrls.set(blob.sha256, { url, users: 0 });
  return url;
}

/**
 * An object URL for stored bytes, revoked a moment after its last user unmounts; the delay keeps
 * it alive through StrictMode's unmount-and-mount.
 */
export function useObjectUrl(blob: BlobEntry | undefined): string | null {
  const url = useMemo(() => (blob ? urlFor(blob) : null), [blob]);
  const sha256 = blob?.sha256 ?? null;
  useEffect(() => {
    const entry = sha256 ? objectUrls.get(sha256) : undefined;
    if (!sha256 || !entry) return undefined;
    clearTimeout(entry.revoke);
    entry.users += 1;
    return () => {
      entry.users -= 1;
      if (entry.users > 0) return;
      entry.revoke = setTimeout(() => {
        if (entry.users > 0) return;
        objectUrls.delete(sha256);
        URL.revokeObjectURL(entry.url);
      }, 1000);
    };
  }, [sha256]);
  return url;
}

/** Evidence attached on another device: fetch its bytes once and keep them for offline viewing. */
export function useFetchMissing(db: PantauDatabase, evidence: Evidence, blob: BlobEntry | undefined): void {
  useEffect(() => {
    if (blob || (typeof navigator !== 'undefined' && !navigator.onLine)) return undefined;
    let cancelled = false;
    void (async () => {
      try {
        const response = await fetch(attachmentPath(evidence.sha256), { credentials: 'same-origin' });
        if (!response.ok || cancelled) return;
        await storeDownloadedBlob(db, evidence.sha256, await response.arrayBuffer(), evidence.mimeType);
      } catch {
        // Offline or refused: the item shows without a preview and is tried again next time.
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [db, evidence, blob]);
}
