// The bytes of a bukti dukung on screen: an object URL for the bytes kept on this device, and a
// one-time download of the bytes of a file attached on another device, kept for offline viewing.
// Shared by the entry's evidence section, the evaluator's review cards and the LKE's evidence.
import { useEffect, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { attachmentPath } from '../../api/routes';
import type { Evidence } from '../../domain/evidence';
import type { BlobEntry, PantauDatabase } from '../db/database';
import { getBlob, storeDownloadedBlob } from '../db/evidence-repository';

/** What names a file and says how to keep it: any row with bukti dukung (evidence, lkeEvidence). */
type StoredFile = Pick<Evidence, 'sha256' | 'mimeType'>;

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

async function fetchAndKeep(db: PantauDatabase, file: StoredFile, isCancelled: () => boolean): Promise<void> {
  try {
    const response = await fetch(attachmentPath(file.sha256), { credentials: 'same-origin' });
    if (!response.ok || isCancelled()) return;
    await storeDownloadedBlob(db, file.sha256, await response.arrayBuffer(), file.mimeType);
  } catch {
    // Offline or refused: the item shows without a preview and is tried again next time.
  }
}

const isOffline = () => typeof navigator !== 'undefined' && !navigator.onLine;

/** Evidence attached on another device: fetch its bytes once and keep them for offline viewing. */
export function useFetchMissing(db: PantauDatabase, evidence: StoredFile, blob: BlobEntry | undefined): void {
  useEffect(() => {
    if (blob || isOffline()) return undefined;
    let cancelled = false;
    void fetchAndKeep(db, evidence, () => cancelled);
    return () => {
      cancelled = true;
    };
  }, [db, evidence, blob]);
}

/**
 * A file's bytes read by the item that shows it (a list of many files never reads them all at
 * once), fetched once when not on this device, and an object URL for them: `blob` is undefined
 * while reading, null when not here (yet).
 */
export function useStoredFile(db: PantauDatabase, file: StoredFile): { blob: BlobEntry | null | undefined; url: string | null } {
  const { sha256, mimeType } = file;
  const blob = useLiveQuery(async () => (await getBlob(db, sha256)) ?? null, [db, sha256]);
  const missing = blob === null;
  useEffect(() => {
    if (!missing || isOffline()) return undefined;
    let cancelled = false;
    void fetchAndKeep(db, { sha256, mimeType }, () => cancelled);
    return () => {
      cancelled = true;
    };
  }, [db, sha256, mimeType, missing]);
  return { blob, url: useObjectUrl(blob ?? undefined) };
}
