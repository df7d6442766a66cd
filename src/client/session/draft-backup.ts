// Typed-but-unsaved form text that must outlive this page when the database is taken away from it
// (a newer build upgraded it in another tab, see db/schema-watch.ts): forms register their dirty
// drafts here; at that moment they are copied to sessionStorage (this tab only, survives a reload)
// and the form offers them again after the reload, to be saved with the new build.
import { useEffect } from 'react';

export type DraftFields = Record<string, string>;

export interface DraftBackup {
  key: string;
  fields: DraftFields;
  /** Field name → its label in the form, to show the text where the form cannot be seen. */
  labels: Record<string, string>;
}

const storagePrefix = 'pantau-draft:';
const liveDrafts = new Map<string, Omit<DraftBackup, 'key'>>();

/** While `dirty`, the form's current text is known here under `key` (unique per user and entry). */
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

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // storage disabled: the notice still shows the text to copy
  }
}

/** Copies every registered draft to sessionStorage and returns them (to show beside the notice). */
export function storeDraftBackups(): DraftBackup[] {
  const drafts = [...liveDrafts].map(([key, draft]) => ({ key, ...draft }));
  const store = storage();
  for (const draft of drafts) {
    try {
      store?.setItem(storagePrefix + draft.key, JSON.stringify(draft.fields));
    } catch {
      // full or disabled: the text stays on screen in the notice
    }
  }
  return drafts;
}

/** A draft kept across a reload for `key` (it stays until clearDraftBackup: saved or given up). */
export function readDraftBackup(key: string): DraftFields | null {
  const raw = storage()?.getItem(storagePrefix + key) ?? null;
  if (raw === null) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const fields: DraftFields = {};
    for (const [name, value] of Object.entries(parsed)) if (typeof value === 'string') fields[name] = value;
    return fields;
  } catch {
    return null;
  }
}

export function clearDraftBackup(key: string): void {
  try {
    storage()?.removeItem(storagePrefix + key);
  } catch {
    // nothing kept
  }
}
