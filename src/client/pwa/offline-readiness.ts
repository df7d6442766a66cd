// "Siap dipakai tanpa internet": after the first sign-in the app says when the user may leave
// signal — the app's files are precached (the service worker is active) and the unit's data has
// been pulled once (a completed sync) — and until then shows how far the download is, instead of
// an empty screen that looks like "no PK". The hook is in the first load; the words and the
// banner (offline-banner.tsx) load after the first render.
import { useEffect, useState } from 'react';
import { useConnectionStatus } from '../sync/sync-context';

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
