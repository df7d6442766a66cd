// One user's sessions and devices; the admin ends one (a lost tablet) without touching the others.
import { useCallback } from 'react';
import { adminApi } from './api';
import { useAdminError } from './use-admin-error';
import { useLoaded } from './use-loaded';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { adminMessages } from './messages';

export function UserSessions(props: { userId: string }) {
  const t = useFeatureMessages(adminMessages);
  const describe = useAdminError();
  const load = useCallback(() => adminApi.listSessions(props.userId), [props.userId]);
  const { data, error, reload } = useLoaded(load);
  if (error) return <p role="alert">{describe(error)}</p>;
  if (!data) return <p>{t('app.loading')}</p>;
  const active = data.filter((s) => s.active);
  if (active.length === 0) return <p>{t('admin.sessions.none')}</p>;
  return (
    <ul>
      {active.map((s) => (
        <li key={s.id}>
          {t('admin.sessions.row', { device: s.deviceId ?? t('admin.sessions.noDevice'), agent: s.userAgent ?? '', lastSeen: new Date(s.lastSeenAt).toLocaleString('id-ID') })}{' '}
          <button type="button" className="button" onClick={() => void adminApi.revokeSession(props.userId, s.id).then(reload)}>{t('admin.sessions.revoke')}</button>
        </li>
      ))}
    </ul>
  );
}
