// Every form's values, kept on the device as the user types: written to IndexedDB
// (db/form-drafts.ts) half a second after the last change (and at once when the form closes or the
// page is hidden), offered again when the form opens (after leaving it, a reload, a crash or a
// newer build), removed when saved or given up. While the values differ from the saved ones the
// form counts as unsaved: leaving it asks first (unsaved-edits.tsx, leave-guard.tsx).
// One form = one key (form and record, e.g. `realisation:<indicatorId>:<quarter>`); remount the
// form (React `key`) for another record. Never put a password in a draft.
import { useCallback, useEffect, useRef, useState } from 'react';
import { readFormDraft, removeFormDraft, removeFormDraftValues, writeFormDraft } from '../db/form-drafts';
import { useActiveSession } from './session-context';
import { useTrackForm } from './unsaved-edits';
import { clearDraftBackup, readDraftBackup, useDraftBackup, writeDraftBackup } from './use-draft-backup';

/** How long after the last change the draft is written (design.md: "a second or less"). */
export const draftSaveDelayMs = 500;

export interface RestoredDraft {
  /** When the draft was last written; null for one kept in this tab across a forced reload. */
  savedAt: string | null;
  /** The saved record changed since the draft began (another device, a sync): check before saving. */
  baseChanged: boolean;
}

export interface FormDraftOptions<T> {
  key: string;
  /** The saved values (what "unchanged" means); read when the form mounts. */
  initial: T;
  /** False for a read-only form: nothing kept, restored or asked. */
  enabled?: boolean;
  /** Field → label, for showing the text where the form cannot be seen (session/draft-backup.ts). */
  labels?: Record<string, string>;
}

export interface FormDraft<T> {
  values: T;
  setValues(next: T | ((current: T) => T)): void;
  /** The values differ from the saved ones. */
  dirty: boolean;
  /** The same, read at the moment of the call (a navigation or a "cancel" asks it). */
  isDirty(): boolean;
  restored: RestoredDraft | null;
  /** Back to the saved values; the kept draft is removed. */
  discard(): void;
  /** After a successful save: the draft is removed and the form is clean at once (`now`: the values saved). */
  saved(now?: T): void;
  /**
   * After a save that took a moment (a field saved on leaving it): `sent` is what was saved. What
   * the user typed since stays on screen and in the draft; a form still showing `sent` is clean.
   */
  savedUpTo(sent: T): void;
  /** The name of the draft (for files kept with it, see db/form-drafts.ts). */
  key: string;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The kept values as far as they fit today's form: a field of another type (a later build changed
 * the form) takes the saved value, a field the form no longer has is dropped.
 */
export function mergeDraft<T>(initial: T, kept: unknown): T {
  if (isPlainObject(initial)) {
    if (!isPlainObject(kept)) return initial;
    const merged: Record<string, unknown> = { ...initial };
    for (const [field, value] of Object.entries(initial)) {
      const candidate = kept[field];
      if (field in kept && typeof candidate === typeof value && Array.isArray(candidate) === Array.isArray(value)) merged[field] = candidate;
    }
    return merged as T;
  }
  return typeof kept === typeof initial && Array.isArray(kept) === Array.isArray(initial) ? (kept as T) : initial;
}

function stringFields(values: unknown): Record<string, string> {
  if (!isPlainObject(values)) return typeof values === 'string' ? { value: values } : {};
  return Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

export function useFormDraft<T>(options: FormDraftOptions<T>): FormDraft<T> {
  const { actor } = useActiveSession();
  const userId = actor.id;
  const { key } = options;
  const enabled = options.enabled ?? true;
  const backupKey = `${userId}:${key}`;
  // First: text kept in this tab when a newer build took the database away (draft-backup.ts).
  const [start] = useState(() => {
    const kept = enabled ? readDraftBackup(backupKey) : null;
    if (!kept) return { values: options.initial, restored: null };
    const values = isPlainObject(options.initial) ? mergeDraft(options.initial, { ...options.initial, ...kept }) : mergeDraft(options.initial, kept.value);
    return { values, restored: same(values, options.initial) ? null : { savedAt: null, baseChanged: false } };
  });
  const [base, setBase] = useState<T>(options.initial);
  const [values, setValuesState] = useState<T>(start.values);
  const [restored, setRestored] = useState<RestoredDraft | null>(start.restored);
  const [ready, setReady] = useState(!enabled);
  // Read synchronously when a navigation starts, and by the writer: always the latest.
  const valuesRef = useRef(start.values);
  const baseRef = useRef(options.initial);
  // Text kept in this tab is the newest there is: the device's older draft must not replace it.
  const touched = useRef(start.restored !== null);
  const stored = useRef(false);
  const pending = useRef(false);

  const isDirty = useCallback(() => enabled && !same(valuesRef.current, baseRef.current), [enabled]);

  const persist = useCallback(async () => {
    pending.current = false;
    try {
      if (isDirty()) {
        stored.current = true;
        await writeFormDraft(userId, { key, values: valuesRef.current, base: baseRef.current, savedAt: new Date().toISOString() });
        clearDraftBackup(backupKey); // the device holds it now; an older copy in the tab must not come back
      } else if (stored.current) {
        stored.current = false;
        await removeFormDraftValues(userId, key);
      }
    } catch {
      // Full or unavailable: the text stays on screen, and leaving still asks first.
    }
  }, [isDirty, userId, key, backupKey]);

  // Offer the kept draft, unless the user has typed already (then what is typed wins).
  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    readFormDraft(userId, key).then(
      (row) => {
        if (cancelled) return;
        if (row) stored.current = true;
        if (row && !touched.current) {
          const kept = mergeDraft(baseRef.current, row.values);
          if (!same(kept, baseRef.current)) {
            valuesRef.current = kept;
            setValuesState(kept);
            setRestored({ savedAt: row.savedAt, baseChanged: !same(row.base, baseRef.current) });
          }
        }
        setReady(true);
      },
      () => {
        if (!cancelled) setReady(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [enabled, userId, key]);

  // Written half a second after the last change.
  useEffect(() => {
    if (!enabled || !ready) return;
    if (!stored.current && same(values, base)) return;
    pending.current = true;
    const timer = setTimeout(() => void persist(), draftSaveDelayMs);
    return () => clearTimeout(timer);
  }, [enabled, ready, values, base, persist]);

  // ... and at once when the form closes or the page is hidden (switching apps, closing the tab).
  useEffect(() => {
    const flush = () => {
      if (!pending.current) return;
      // A reload within half a second of the last key can tear the page down before IndexedDB
      // commits: a synchronous copy in this tab first (read back when the form opens).
      if (isDirty()) writeDraftBackup(backupKey, stringFields(valuesRef.current));
      void persist();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [persist, isDirty, backupKey]);

  const setValues = useCallback((next: T | ((current: T) => T)) => {
    const value = typeof next === 'function' ? (next as (current: T) => T)(valuesRef.current) : next;
    touched.current = true;
    valuesRef.current = value;
    setValuesState(value);
  }, []);

  const forget = useCallback(() => {
    pending.current = false;
    stored.current = false;
    clearDraftBackup(backupKey);
    void removeFormDraft(userId, key).catch(() => undefined);
  }, [backupKey, userId, key]);

  const discard = useCallback(() => {
    forget();
    valuesRef.current = baseRef.current;
    setValuesState(baseRef.current);
    setRestored(null);
  }, [forget]);

  const saved = useCallback((now?: T) => {
    const savedValues = now ?? valuesRef.current;
    forget();
    baseRef.current = savedValues;
    valuesRef.current = savedValues;
    setBase(savedValues);
    setValuesState(savedValues);
    setRestored(null);
  }, [forget]);

  const savedUpTo = useCallback((sent: T) => {
    if (same(valuesRef.current, sent)) return saved(sent);
    baseRef.current = sent;
    setBase(sent);
  }, [saved]);

  const dirty = enabled && !same(values, base);
  useTrackForm({ isDirty, discard }, dirty);
  useDraftBackup(backupKey, stringFields(values), dirty, options.labels ?? {});
  // Typed back to the saved values: nothing restored to speak of.
  return { values, setValues, dirty, isDirty, restored: dirty ? restored : null, discard, saved, savedUpTo, key };
}
