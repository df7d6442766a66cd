// One user's sessions and devices; the admin ends one (a lost tablet) without touching the others.
// Each is named as people know it: the device's name (settings), its browser and system in words,
// and when it was last seen on the pemda's clock.
import { useCallback, useState } from 'react';
import type { SessionListing } from '../../../api/admin';
import { adminApi } from './api';
import { defaultDeviceName } from '../../db/device-name';
import { useAdminError } from './use-admin-error';
import { useLoaded } from './use-loaded';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { adminMessages } from './messages';
import { useI18n } from '../../i18n/i18n-context';

export function UserSessions(props: { userId: string }) {
  const t = useFeatureMessages(adminMessages);
  const describe = useAdminError();
  const { formatDate } = useI18n(); // in the pemda's zone (session/tenant-clock.tsx)
  const load = useCallback(() => adminApi.listSessions(props.userId), [props.userId]);
  const { data, error, reload } = useLoaded(load);
  const [problem, setProblem] = useState<string | null>(null);
  if (error) return <p role="alert">{describe(error)}</p>;
  if (!data) return <p>{t('app.loading')}</p>;
  const active = data.filter((s) => s.active);
  if (active.length === 0) return <p>{t('admin.sessions.none')}</p>;
  const label = (s: SessionListing) => {
    // The browser and system in words ("Chrome · Android"), as the device names itself by default.
    const system = (s.userAgent ? defaultDeviceName(s.userAgent) : null) ?? t('admin.sessions.unknownBrowser');
    // A device the user never named sends its browser and system as its name: said once.
    const named = s.deviceName && s.deviceName !== system ? s.deviceName : null;
    return { name: named ?? (s.deviceId ? t('admin.sessions.unnamed') : t('admin.sessions.notSynced')), system };
  };
  const revoke = (s: SessionListing) => void adminApi.revokeSession(props.userId, s.id).then(() => { setProblem(null); reload(); }, (reason: unknown) => setProblem(describe(reason)));
  return (
    <>
      {problem && <p role="alert" className="field__error">{problem}</p>}
      <ul className="session-list">
        {active.map((s) => {
          const { name, system } = label(s);
          return (
            <li key={s.id}>
              <strong>{name}</strong> · {system}
              <br />
              {t('admin.sessions.since', { signedIn: formatDate(s.createdAt), lastSeen: formatDate(s.lastSeenAt) })}{' '}
              <button type="button" className="button" aria-label={`${t('admin.sessions.revoke')}: ${name}, ${system}`} onClick={() => revoke(s)}>{t('admin.sessions.revoke')}</button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
