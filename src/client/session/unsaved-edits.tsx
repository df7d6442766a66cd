// Which forms hold edits not yet saved: the update prompt must not reload over them.
import { createContext, useCallback, useContext, useEffect, useId, useMemo, useState, type ReactNode } from 'react';

interface UnsavedEdits {
  hasUnsavedEdits: boolean;
  mark(formId: string, dirty: boolean): void;
}

const UnsavedEditsContext = createContext<UnsavedEdits | null>(null);

export function UnsavedEditsProvider(props: { children: ReactNode }) {
  const [dirtyForms, setDirtyForms] = useState<ReadonlySet<string>>(new Set());
  const mark = useCallback((formId: string, dirty: boolean) => {
    setDirtyForms((prev) => {
      if (prev.has(formId) === dirty) return prev;
      const next = new Set(prev);
      if (dirty) next.add(formId);
      else next.delete(formId);
      return next;
    });
  }, []);
  const hasUnsavedEdits = dirtyForms.size > 0;
  useEffect(() => {
    if (!hasUnsavedEdits) return;
    // Closing the tab over a half-typed entry asks first; saved work is already on the device.
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [hasUnsavedEdits]);
  const value = useMemo(() => ({ hasUnsavedEdits, mark }), [hasUnsavedEdits, mark]);
  return <UnsavedEditsContext.Provider value={value}>{props.children}</UnsavedEditsContext.Provider>;
}

/** A form reports whether it is dirty; works (and does nothing) without a provider. */
export function useReportUnsavedEdits(dirty: boolean): void {
  const context = useContext(UnsavedEditsContext);
  const formId = useId();
  const mark = context?.mark;
  useEffect(() => {
    if (!mark) return;
    mark(formId, dirty);
    return () => mark(formId, false);
  }, [mark, formId, dirty]);
}

export function useHasUnsavedEdits(): boolean {
  return useContext(UnsavedEditsContext)?.hasUnsavedEdits ?? false;
}
