// Typed-but-unsaved form text that must outlive this page when the database is taken away from it
// (a newer build upgraded it in another tab, see db/schema-watch.ts): forms register their dirty
// drafts here (use-draft-backup.ts); at that moment they are copied to sessionStorage (this tab
// only, survives a reload) and the form offers them again after the reload. This part is in the
// first load: an old tab cannot load a chunk of its build once the new service worker dropped it.

export type DraftFields = Record<string, string>;

export interface DraftBackup {
  key: string;
  fields: DraftFields;
  /** Field name → its label in the form, to show the text where the form cannot be seen. */
  labels: Record<string, string>;
}

export const draftStoragePrefix = 'pantau-draft:';
export const liveDrafts = new Map<string, Omit<DraftBackup, 'key'>>();

/** Copies every registered draft to sessionStorage and returns them (to show beside the notice). */
export function storeDraftBackups(): DraftBackup[] {
  const drafts = [...liveDrafts].map(([key, draft]) => ({ key, ...draft }));
  for (const draft of drafts) {
    try {
      sessionStorage.setItem(draftStoragePrefix + draft.key, JSON.stringify(draft.fields));
    } catch {
      // full or disabled: the text stays on screen in the notice
    }
  }
  return drafts;
}
