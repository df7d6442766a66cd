// "Siap dipakai tanpa internet": after the first sign-in the app says when the user may leave
// signal — the app's files are precached (the service worker is active) and the unit's data has
// been pulled once (a completed sync) — and until then shows how far the download is, instead of
// an empty screen that looks like "no PK".
import { useEffect, useState } from 'react';
import { useFeatureMessages } from '../i18n/feature-messages';
import { useActiveSession } from '../session/session-context';
import { useConnectionStatus } from '../sync/sync-context';
import { InstallOffer } from './install-offer';
import { pwaMessages } from './pwa-messages';

type AppFiles = 'pending' | 'ready' | 'unsupported';

/** Precached once a service worker is active; a browser without service workers never will be. */
function useAppFiles(): AppFiles {
  const container = globalThis.navigator?.serviceWorker;
  const [state, setState] = useState<AppFiles>(container ? (container.controller ? 'ready' : 'pending') : 'unsupported');
  useEffect(() => {
    if (!container || state !== 'pending') return;
    let live = true;
    void container.ready.then(() => { if (live) setState('ready'); });
    return () => { live = false; };
  }, [container, state]);
  return state;
}

export type OfflineReadiness =
  | { ready: false; percent: number | null }
  | { ready: true };

/** Whether the device holds what it needs to work offline, or how far the first download is. */
export function useOfflineReadiness(): OfflineReadiness {
  const files = useAppFiles();
  const status = useConnectionStatus();
  const hasData = status.lastSyncAt !== null;
  if (hasData && files !== 'pending') return { ready: true };
  const share = hasData ? 1 : status.progress?.pullShare;
  if (share === undefined) return { ready: false, percent: null };
  // The last percent waits for the app's files as well.
  return { ready: false, percent: Math.min(files === 'pending' ? 99 : 100, Math.floor(share * 100)) };
}

export function DownloadProgress(props: { percent: number | null }) {
  const t = useFeatureMessages(pwaMessages);
  return (
    <>
      <span className="spinner" aria-hidden="true" />{' '}
      {props.percent === null ? t('offline.downloading') : t('offline.downloadingPercent', { percent: props.percent })}
      {props.percent !== null && <progress className="offline-progress" max={100} value={props.percent} aria-hidden="true" />}
    </>
  );
}

const acknowledgedKey = (userId: string) => `pantau-kinerja.offline-ready.${userId}`;

function wasAcknowledged(userId: string): boolean {
  try {
    return globalThis.localStorage?.getItem(acknowledgedKey(userId)) !== null;
  } catch {
    return false;
  }
}

/** The banner under the header: progress while preparing, then "ready" once, until acknowledged. */
export function OfflineReadinessBanner() {
  const t = useFeatureMessages(pwaMessages);
  const { info } = useActiveSession();
  const userId = info.user.id;
  const readiness = useOfflineReadiness();
  const [acknowledged, setAcknowledged] = useState(() => wasAcknowledged(userId));
  if (acknowledged) return null;
  if (!readiness.ready) {
    return (
      <div className="offline-readiness" role="status">
        <p>{t('offline.preparing')}</p>
        <p><DownloadProgress percent={readiness.percent} /></p>
      </div>
    );
  }
  // A device that was ready before this build is told once as well.
  function acknowledge() {
    try {
      localStorage.setItem(acknowledgedKey(userId), new Date().toISOString());
    } catch {
      // not kept: the notice comes back next start, harmless
    }
    setAcknowledged(true);
  }
  return (
    <div className="offline-readiness offline-readiness--ready" role="status">
      <p>{t('offline.ready')}</p>
      <InstallOffer showStatus={false} />
      <button type="button" className="button" onClick={acknowledge}>{t('offline.readyOk')}</button>
    </div>
  );
}
