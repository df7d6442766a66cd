// Served over plain http:// from another machine (http://10.x:8080), the browser withholds the
// service worker, crypto.randomUUID and crypto.subtle: the app could not keep anything offline and
// would fail silently. Say so, and what the pemda's IT staff must do, instead of starting.
import { useI18n } from '../i18n/i18n-context';

/** False only where the browser says so (http:// to another host); localhost counts as secure. */
export const isInsecureContext = (): boolean => window.isSecureContext === false;

export function InsecureContextNotice() {
  const { t } = useI18n();
  return (
    <main className="load-failed">
      <h1>{t('insecure.title')}</h1>
      <p role="alert">{t('insecure.body', { address: window.location.origin })}</p>
      <p>{t('insecure.fix')}</p>
    </main>
  );
}
