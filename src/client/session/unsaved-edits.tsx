// Which forms hold edits not yet saved: leaving one asks first (leave-guard.tsx for a link, the back
// button or a form's own "back"; the browser's beforeunload for a reload or closing the tab), and
// the update prompt must not reload over them. A form's dirtiness is read synchronously when a
// navigation starts: a form that has just saved (use-form-draft.ts `saved()`) is clean at once,
// so its own "done" navigation does not ask.
import { createContext, useCallback, useContext, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';

export interface TrackedForm {
  isDirty(): boolean;
  /** Gives up the form's unsaved edits (the leave prompt's "discard"). */
  discard?(): void;
}

/** A navigation held until the user answers the leave prompt. */
export interface LeaveRequest {
  proceed(): void;
  /** Closing one form within a screen: only its edits count, and "discard" gives up only them. */
  only?: TrackedForm;
  /** Held from the browser's history (back/forward): "stay" puts the address back. */
  stay?(): void;
}

interface UnsavedEdits {
  hasUnsavedEdits: boolean;
  /** A form is on screen (the leave guard loads then, before anything is typed). */
  hasForms: boolean;
  track(formId: string, form: TrackedForm): () => void;
  /** Re-reads the forms' dirtiness (a form calls it when it changes). */
  refresh(): void;
  isAnyDirty(): boolean;
  discardAll(): void;
  /** Runs `proceed` now when no form is dirty, else asks first (the prompt shows `pending`). */
  requestLeave(request: LeaveRequest): void;
  pending: LeaveRequest | null;
  answer(choice: 'stay' | 'leave' | 'discard'): void;
  /** The prompt's "leave" lets the navigation it started through the guard. */
  passNext: { current: number };
}

const UnsavedEditsContext = createContext<UnsavedEdits | null>(null);

export function UnsavedEditsProvider(props: { children: ReactNode }) {
  const forms = useRef(new Map<string, TrackedForm>());
  const passNext = useRef(0);
  const [hasUnsavedEdits, setHasUnsavedEdits] = useState(false);
  const [hasForms, setHasForms] = useState(false);
  const [pending, setPending] = useState<LeaveRequest | null>(null);
  const isAnyDirty = useCallback(() => [...forms.current.values()].some((form) => form.isDirty()), []);
  const refresh = useCallback(() => {
    setHasUnsavedEdits(isAnyDirty());
    setHasForms(forms.current.size > 0);
  }, [isAnyDirty]);
  const track = useCallback((formId: string, form: TrackedForm) => {
    forms.current.set(formId, form);
    refresh();
    return () => {
      if (forms.current.get(formId) === form) forms.current.delete(formId);
      refresh();
    };
  }, [refresh]);
  const discardAll = useCallback(() => {
    for (const form of forms.current.values()) if (form.isDirty()) form.discard?.();
    refresh();
  }, [refresh]);
  const requestLeave = useCallback((request: LeaveRequest) => {
    if (request.only ? request.only.isDirty() : isAnyDirty()) setPending(request);
    else request.proceed();
  }, [isAnyDirty]);
  const answer = useCallback((choice: 'stay' | 'leave' | 'discard') => {
    setPending((request) => {
      if (!request) return null;
      // After the state update: the answer runs once, also under StrictMode's double updater call.
      queueMicrotask(() => {
        if (choice === 'stay') return request.stay?.();
        if (choice === 'discard' && request.only) request.only.discard?.();
        else if (choice === 'discard') discardAll();
        passNext.current = Date.now() + 1000;
        request.proceed();
      });
      return null;
    });
  }, [discardAll]);
  useEffect(() => {
    if (!hasUnsavedEdits) return;
    // Closing the tab or reloading over a half-typed entry asks first (the draft is on the device).
    const warn = (event: BeforeUnloadEvent) => {
      if (isAnyDirty()) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [hasUnsavedEdits, isAnyDirty]);
  const value = useMemo(
    () => ({ hasUnsavedEdits, hasForms, track, refresh, isAnyDirty, discardAll, requestLeave, pending, answer, passNext }),
    [hasUnsavedEdits, hasForms, track, refresh, isAnyDirty, discardAll, requestLeave, pending, answer],
  );
  return <UnsavedEditsContext.Provider value={value}>{props.children}</UnsavedEditsContext.Provider>;
}

/** Registers a form for the whole of its life; works (and does nothing) without a provider. */
export function useTrackForm(form: TrackedForm, dirty: boolean): void {
  const context = useContext(UnsavedEditsContext);
  const formId = useId();
  const latest = useRef(form);
  useLayoutEffect(() => {
    latest.current = form;
  });
  const track = context?.track;
  const refresh = context?.refresh;
  useEffect(() => {
    if (!track) return;
    return track(formId, { isDirty: () => latest.current.isDirty(), discard: () => latest.current.discard?.() });
  }, [track, formId]);
  useEffect(() => refresh?.(), [refresh, dirty]);
}

/** A form reports whether it is dirty (without a draft: use-form-draft.ts keeps one). */
export function useReportUnsavedEdits(dirty: boolean): void {
  const current = useRef(dirty);
  useLayoutEffect(() => {
    current.current = dirty;
  });
  useTrackForm({ isDirty: () => current.current }, dirty);
}

export function useHasUnsavedEdits(): boolean {
  return useContext(UnsavedEditsContext)?.hasUnsavedEdits ?? false;
}

/** The leave prompt's side (leave-guard.tsx), and a form's own "back" or "cancel". */
export function useUnsavedEdits(): UnsavedEdits | null {
  return useContext(UnsavedEditsContext);
}

/**
 * A form's "back" or "cancel": asks first when a form holds unsaved edits (`only`: just this one,
 * for closing one form of several on a screen), then runs `leave`.
 */
export function useRequestLeave(): (leave: () => void, only?: TrackedForm) => void {
  const context = useContext(UnsavedEditsContext);
  const requestLeave = context?.requestLeave;
  return useCallback(
    (leave: () => void, only?: TrackedForm) => (requestLeave ? requestLeave({ proceed: leave, ...(only ? { only } : {}) }) : leave()),
    [requestLeave],
  );
}
