// Logging out forgets who is current on this device; the user's database and outbox stay. Before
// logging out with unsent entries, or without signal, it says what that means: the entries wait
// on the device, and only users with a password verifier here can sign in again offline.
import { useState } from 'react';
import { useActiveSession, useSession } from '../../session/session-context';
import { listOfflineSignIns } from '../../session/offline-sign-in';
import { useConnectionStatus } from '../../sync/sync-context';
import { countPending } from '../../db/queries';
import { isolated } from '../../ui/bidi';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { settingsMessages } from './messages';

type OfflineSignIn = Awaited<ReturnType<typeof listOfflineSignIns>>[number];

interface LogoutWarning {
  pending: number;
  /** Without signal: who can sign in again offline; null when online. */
  offline: OfflineSignIn[] | null;
}

export function LogoutSection() {
  const t = useFeatureMessages(settingsMessages);
  const { signOut } = useSession();
  const { info, db } = useActiveSession();
  const { online } = useConnectionStatus();
  // Counted at the click, not from a live query that may not have answered yet.
  const [warning, setWarning] = useState<LogoutWarning | null>(null);

  const logOut = () => void signOut();
  async function requestLogout() {
    const pending = await countPending(db);
    const offline = online ? null : await listOfflineSignIns().catch(() => []);
    if (pending === 0 && offline === null) logOut();
    else setWarning({ pending, offline });
  }
  const canComeBack = warning?.offline?.some((u) => u.userId === info.user.id) ?? true;
  return (
    <section className="card" aria-labelledby="account-title">
      <h2 id="account-title">{t('settings.account')}</h2>
      <p>
        {t('settings.signedInAs', {
          name: info.user.name,
          username: info.user.username,
          role: t(`role.${info.user.role}`),
          unit: info.orgUnit.name,
        })}
      </p>
      {warning !== null ? (
        <div role="alertdialog" aria-labelledby="logout-warning" className="notice">
          <div id="logout-warning">
            {warning.pending > 0 && <p>{t('settings.logoutPending', { count: warning.pending })}</p>}
            {warning.offline !== null && (
              <>
                <p>
                  <strong>{t('settings.logoutOfflineTitle')}</strong>{' '}
                  {warning.offline.length > 0 ? t('settings.logoutOfflineWho') : t('settings.logoutOfflineNobody')}
                </p>
                {warning.offline.length > 0 && (
                  <ul aria-label={t('settings.logoutOfflineWho')}>
                    {warning.offline.map((user) => (
                      <li key={user.userId}>{t('settings.logoutOfflineUser', { name: isolated(user.name), username: isolated(user.username) })}</li>
                    ))}
                  </ul>
                )}
                <p>
                  {!canComeBack && `${t('settings.logoutOfflineNotYou')} `}
                  {t('settings.logoutOfflineOthers')}
                </p>
              </>
            )}
          </div>
          <div className="actions">
            <button type="button" className="button button--danger" onClick={logOut}>
              {t('settings.logoutConfirm')}
            </button>
            <button type="button" className="button" onClick={() => setWarning(null)}>
              {t('settings.logoutCancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => void requestLogout()}>
          {t('settings.logout')}
        </button>
      )}
    </section>
  );
}
