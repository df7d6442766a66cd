// The banner under the header after the first sign-in: the download's progress, then "Siap dipakai
// tanpa internet" with the install offer, once, until acknowledged (offline-readiness.ts decides).
import { useState } from 'react';
import { useFeatureMessages } from '../i18n/feature-messages';
import { useActiveSession } from '../session/session-context';
import { InstallOffer } from './install-offer';
import { useOfflineReadiness } from './offline-readiness';
import { pwaMessages } from './pwa-messages';

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
