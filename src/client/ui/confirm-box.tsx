// Asking before an action that cannot be undone: what will happen, then "yes" or "no". Inline
// (not a modal) so it works the same on a phone, under a screen reader and in print; focus moves
// to the question so a keyboard or screen-reader user hears it at once.
import { useEffect, useId, useRef } from 'react';

export interface ConfirmBoxProps {
  title: string;
  /** The consequence, in a sentence: what changes and what can no longer be done. */
  consequence: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmBox(props: ConfirmBoxProps) {
  const titleId = useId();
  const bodyId = useId();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => { box.current?.focus(); }, []);
  return (
    <div ref={box} tabIndex={-1} className="confirm-box" role="alertdialog" aria-labelledby={titleId} aria-describedby={bodyId}
      onKeyDown={(e) => { if (e.key === 'Escape') props.onCancel(); }}>
      <p id={titleId}><strong>{props.title}</strong></p>
      <p id={bodyId}>{props.consequence}</p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={props.onConfirm}>{props.confirmLabel}</button>
        <button type="button" className="button" onClick={props.onCancel}>{props.cancelLabel}</button>
      </div>
    </div>
  );
}
