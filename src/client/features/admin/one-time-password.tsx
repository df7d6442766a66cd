// A one-time password, shown once: the admin reads it out or writes it down for the user.
import { useI18n } from '../../i18n/i18n-context';

export function OneTimePassword(props: { username: string; password: string; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="notice">
      <p>{t('admin.users.oneTimeIntro', { username: props.username })}</p>
      <p><code data-testid="one-time-password">{props.password}</code></p>
      <p>{t('admin.users.oneTimeOnce')}</p>
      <button type="button" className="button" onClick={props.onClose}>{t('admin.users.oneTimeDone')}</button>
    </div>
  );
}
