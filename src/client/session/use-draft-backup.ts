// The form side of draft-backup.ts: register a dirty draft, read one kept across a reload, clear it
// once saved or given up. Loaded with the (lazy) forms that use it.
import { useEffect } from 'react';
import { draftStoragePrefix, liveDrafts, type DraftFields } from './draft-backup';

/** While `dirty`, the form's current text is known under `key` (unique per user and entry). */
export function useDraftBackup(key: string, fields: DraftFields, dirty: boolean, labels: Record<string, string>): void {
  const snapshot = JSON.stringify([fields, labels]);
  useEffect(() => {
    if (!dirty) return;
    const [current, names] = JSON.parse(snapshot) as [DraftFields, Record<string, string>];
    liveDrafts.set(key, { fields: current, labels: names });
    return () => {
      liveDrafts.delete(key);
    };
  }, [key, snapshot, dirty]);
}

/** A draft kept across a reload for `key` (it stays until clearDraftBackup: saved or given up). */
export function readDraftBackup(key: string): DraftFields | null {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(draftStoragePrefix + key) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return null;
    const fields: DraftFields = {};
    for (const [name, value] of Object.entries(parsed)) if (typeof value === 'string') fields[name] = value;
    return fields;
  } catch {
    return null; // storage disabled or unreadable: nothing kept
  }
}

/** Keeps a draft's text in this tab at once (synchronous: the page may be gone a moment later). */
export function writeDraftBackup(key: string, fields: DraftFields): void {
  try {
    sessionStorage.setItem(draftStoragePrefix + key, JSON.stringify(fields));
  } catch {
    // storage disabled or full: the draft on the device is all there is
  }
}

export function clearDraftBackup(key: string): void {
  try {
    sessionStorage.removeItem(draftStoragePrefix + key);
  } catch {
    // nothing kept
  }
}
