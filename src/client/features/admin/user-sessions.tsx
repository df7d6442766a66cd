// One user's sessions and devices; the admin ends one (a lost tablet) without touching the others.
import { useCallback } from 'react';
import type { SessionListing } from '../../../api/admin';
import { adminApi } from './api';
import { useAdminError } from './use-admin-error';
import { useLoaded } from './use-loaded';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { adminMessages } from './messages';
import { useI18n } from '../../i18n/i18n-context';

/** The device's name (two tablets of one user told apart) with the end of its id, or the id alone. */
function deviceLabel(s: SessionListing): string | null {
  if (!s.deviceId) return null;
  return s.deviceName ? `${s.deviceName} (…${s.deviceId.slice(-6)})` : s.deviceId;
}

export function UserSessions(props: { userId: string }) {
  const t = useFeatureMessages(adminMessages);
  const describe = useAdminError();
  const { formatDate } = useI18n(); // in the pemda's zone (session/tenant-clock.tsx)
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
          {t('admin.sessions.row', { device: deviceLabel(s) ?? t('admin.sessions.noDevice'), agent: s.userAgent ?? '', lastSeen: formatDate(s.lastSeenAt) })}{' '}
          <button type="button" className="button" onClick={() => void adminApi.revokeSession(props.userId, s.id).then(reload)}>{t('admin.sessions.revoke')}</button>
        </li>
      ))}
    </ul>
  );
}
