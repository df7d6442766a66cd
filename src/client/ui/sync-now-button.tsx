// "Sinkronkan sekarang". Without signal a press cannot send anything, and a request that fails
// unseen looks like a button that does nothing: it says why instead, and that nothing is lost
// (the data waits on the device and goes by itself once connected). Back online, the note goes.
import { useId, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';

export function SyncNowButton(props: { online: boolean; syncing: boolean; onSync: () => void }) {
  const { online, syncing, onSync } = props;
  const { t } = useI18n();
  const noteId = useId();
  const [pressedOffline, setPressedOffline] = useState(false);
  // Back online: the note is over (set while rendering, React's way to adjust state to a prop).
  if (online && pressedOffline) setPressedOffline(false);
  const showNote = pressedOffline && !online;

  function press() {
    if (online) onSync();
    else setPressedOffline(true);
  }

  return (
    <>
      <button type="button" className="button button--small" onClick={press} disabled={syncing} aria-describedby={showNote ? noteId : undefined}>
        {t('sync.now')}
      </button>
      {/* The live region is there before the note, so that screen readers announce it. */}
      <div role="status" className="sync-indicator__note">
        {showNote && (
          <p id={noteId} className="notice">
            {t('sync.nowOffline')}
          </p>
        )}
      </div>
    </>
  );
}
