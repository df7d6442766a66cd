// The install offer: the browser's prompt behind a button where it exists (Android), short
// instructions on iOS, a plain statement once installed. Used in the readiness banner and settings.
import { useFeatureMessages } from '../i18n/feature-messages';
import { promptInstall, useInstallState } from './install-prompt';
import { pwaMessages } from './pwa-messages';

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
