// The install offer: the browser's prompt behind a button where it exists (Android), short
// instructions on iOS, a plain statement once installed. Used in the readiness banner and settings.
import { useSyncExternalStore } from 'react';
import { useFeatureMessages } from '../i18n/feature-messages';
import { installPrompt, notifyInstallChange } from './install-prompt';
import { pwaMessages } from './pwa-messages';

export type InstallState = 'installed' | 'available' | 'ios' | 'unavailable';

function isStandalone(): boolean {
  const nav = globalThis.navigator as (Navigator & { standalone?: boolean }) | undefined;
  return nav?.standalone === true || (typeof window !== 'undefined' && window.matchMedia?.('(display-mode: standalone)').matches === true);
}

/** iPhone, iPod and iPad (iPadOS reports itself as a Mac with touch). */
export function isIos(userAgent: string, maxTouchPoints: number): boolean {
  return /iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
}

function currentInstallState(): InstallState {
  if (installPrompt.installed || isStandalone()) return 'installed';
  if (installPrompt.deferred) return 'available';
  const nav = globalThis.navigator;
  return nav && isIos(nav.userAgent, nav.maxTouchPoints ?? 0) ? 'ios' : 'unavailable';
}

function useInstallState(): InstallState {
  return useSyncExternalStore((onChange) => {
    installPrompt.listeners.add(onChange);
    return () => installPrompt.listeners.delete(onChange);
  }, currentInstallState, () => 'unavailable' as const);
}

/** Shows the browser's install dialog (once per offer); true when the user accepted. */
async function promptInstall(): Promise<boolean> {
  const event = installPrompt.deferred;
  if (!event) return false;
  installPrompt.deferred = null;
  notifyInstallChange();
  await event.prompt();
  return (await event.userChoice).outcome === 'accepted';
}

export function InstallOffer(props: { showStatus: boolean }) {
  const t = useFeatureMessages(pwaMessages);
  const state = useInstallState();
  if (state === 'installed') return props.showStatus ? <p>{t('install.installed')}</p> : null;
  if (state === 'ios') return <p>{t('install.ios')}</p>;
  if (state === 'unavailable') return props.showStatus ? <p className="field__hint">{t('install.unavailable')}</p> : null;
  return (
    <>
      <p>{t('install.offer')}</p>
      <button type="button" className="button button--primary" onClick={() => void promptInstall()}>{t('install.button')}</button>
    </>
  );
}

/** The settings card: whether the app is installed, and how to install it. */
export function InstallSection() {
  const t = useFeatureMessages(pwaMessages);
  return (
    <section className="card" aria-labelledby="install-title">
      <h2 id="install-title">{t('install.title')}</h2>
      <InstallOffer showStatus />
    </section>
  );
}
