// A one-time password, shown once: the admin reads it out or writes it down for the user.
import { useFeatureMessages } from '../../i18n/feature-messages';
import { adminMessages } from './messages';

export function OneTimePassword(props: { username: string; password: string; onClose: () => void }) {
  const t = useFeatureMessages(adminMessages);
  return (
    <div role="alert" className="notice">
      <p>{t('admin.users.oneTimeIntro', { username: props.username })}</p>
      <p><code data-testid="one-time-password">{props.password}</code></p>
      <p>{t('admin.users.oneTimeOnce')}</p>
      <button type="button" className="button" onClick={props.onClose}>{t('admin.users.oneTimeDone')}</button>
    </div>
  );
}
