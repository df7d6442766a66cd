/*
 * Leaving a form with unsaved edits asks first (unsaved-edits.tsx knows which forms are dirty).
 * The app uses the declarative router (BrowserRouter; the data router and its useBlocker cost
 * ~15 kB of the first-load budget, docs/performance.md), so the navigations are held here:
 * - a tap on a link inside the app (header, "back" links): a click listener on the document, in
 *   the capture phase, prevents the default before react-router's <Link> sees the click (a Link
 *   does not navigate when the default was prevented); "leave" then navigates to its address;
 * - the browser's back and forward buttons: a capture listener on `popstate` runs before the
 *   router's own and stops it, puts the address back (history.go by the entries' `idx`), and
 *   "leave" goes there again;
 * - a form's own "back" or "cancel" asks through useRequestLeave().
 * A reload or closing the tab is the browser's own question (beforeunload, unsaved-edits.tsx).
 * Whatever the answer, the typed text is still on the device as a draft (use-form-draft.ts),
 * unless the user chose to discard it.
 */
import { useEffect, useId, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useFeatureMessages } from '../i18n/feature-messages';
import { formDraftMessages } from './form-draft-messages';
import { useUnsavedEdits } from './unsaved-edits';

function historyIndex(): number | null {
  const idx = (window.history.state as { idx?: unknown } | null)?.idx;
  return typeof idx === 'number' ? idx : null;
}

/** The in-app address a click on this link goes to, or null when the click is not ours to hold. */
function heldLinkTarget(event: MouseEvent): string | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return null;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('download')) return null;
  if (link.target && link.target !== '_self') return null;
  const url = new URL(link.href, window.location.href);
  if (url.origin !== window.location.origin || url.pathname.startsWith('/api/')) return null;
  return url.pathname + url.search + url.hash;
}

export function LeaveGuard() {
  const edits = useUnsavedEdits();
  const navigate = useNavigate();
  const location = useLocation();
  const here = location.pathname + location.search;
  const current = useRef({ here, idx: historyIndex() });
  useEffect(() => {
    current.current = { here, idx: historyIndex() };
  }, [here]);

  useEffect(() => {
    if (!edits) return;
    const { isAnyDirty, requestLeave, passNext } = edits;
    const passing = () => passNext.current > Date.now();

    const onClick = (event: MouseEvent) => {
      const target = heldLinkTarget(event);
      if (target === null || passing() || !isAnyDirty()) return;
      const next = new URL(target, window.location.origin);
      if (next.pathname + next.search === current.current.here) return; // the same screen (an anchor)
      event.preventDefault();
      requestLeave({ proceed: () => void navigate(target) });
    };

    let restoring = false;
    const onPopState = (event: PopStateEvent) => {
      if (restoring) {
        // Our own step back to where the user was: the router never saw the first move either.
        restoring = false;
        event.stopImmediatePropagation();
        return;
      }
      if (passing() || !isAnyDirty()) return;
      const from = current.current.idx;
      const to = historyIndex();
      if (from === null || to === null || from === to) return;
      event.stopImmediatePropagation();
      restoring = true;
      window.history.go(from - to);
      requestLeave({ proceed: () => window.history.go(to - from) });
    };

    document.addEventListener('click', onClick, true);
    window.addEventListener('popstate', onPopState, true);
    return () => {
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('popstate', onPopState, true);
    };
  }, [edits, navigate]);

  return edits?.pending ? <LeavePrompt onAnswer={edits.answer} /> : null;
}

function LeavePrompt(props: { onAnswer(choice: 'stay' | 'leave' | 'discard'): void }) {
  const t = useFeatureMessages(formDraftMessages);
  const titleId = useId();
  const bodyId = useId();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, []);
  return (
    <div ref={box} tabIndex={-1} className="toast confirm-box leave-prompt" role="alertdialog" aria-modal="false"
      aria-labelledby={titleId} aria-describedby={bodyId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onAnswer('stay');
      }}>
      <p id={titleId}><strong>{t('leaveTitle')}</strong></p>
      <p id={bodyId}>{t('leaveBody')}</p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => props.onAnswer('stay')}>{t('stay')}</button>
        <button type="button" className="button" onClick={() => props.onAnswer('leave')}>{t('leave')}</button>
        <button type="button" className="button button--danger" onClick={() => props.onAnswer('discard')}>{t('discardAndLeave')}</button>
      </div>
    </div>
  );
}
