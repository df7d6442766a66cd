// Logging out forgets who is current on this device; the user's database and outbox stay.
import { useState } from 'react';
import { useActiveSession, useSession } from '../../session/session-context';
import { countPending } from '../../db/queries';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { settingsMessages } from './messages';

export function LogoutSection() {
  const t = useFeatureMessages(settingsMessages);
  const { signOut } = useSession();
  const { info, db } = useActiveSession();
  // Counted at the click, not from a live query that may not have answered yet.
  const [pendingCount, setPendingCount] = useState<number | null>(null);

  const logOut = () => void signOut();
  async function requestLogout() {
    const pending = await countPending(db);
    if (pending === 0) logOut();
    else setPendingCount(pending);
  }
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
      {pendingCount !== null ? (
        <div role="alertdialog" aria-labelledby="logout-warning" className="notice">
          <p id="logout-warning">{t('settings.logoutPending', { count: pendingCount })}</p>
          <div className="actions">
            <button type="button" className="button button--danger" onClick={logOut}>
              {t('settings.logoutConfirm')}
            </button>
            <button type="button" className="button" onClick={() => setPendingCount(null)}>
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
