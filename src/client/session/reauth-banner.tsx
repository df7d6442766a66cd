// A 401 during sync: ask for the password again, same user, keep everything, then sync.
import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { login } from '../sync/auth-api';
import { useConnectionStatus } from '../sync/sync-context';
import { TextField } from '../ui/text-field';
import { describeLoginError } from './describe-login-error';
import { useActiveSession, useSession } from './session-context';

export function ReauthBanner() {
  const { phase } = useConnectionStatus();
  if (phase !== 'sessionExpired') return null;
  return <ReauthForm />;
}

function ReauthForm() {
  const { t } = useI18n();
  const { renew } = useSession();
  const { info } = useActiveSession();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await renew(await login(info.user.username, password));
      setPassword('');
    } catch (failure) {
      setError(describeLoginError(failure, t, 'reauth.networkError'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="banner banner--warning" role="region" aria-labelledby="reauth-title">
      <h2 id="reauth-title">{t('reauth.title')}</h2>
      <p>{t('error.session_expired')}</p>
      <form onSubmit={submit} className="reauth-form">
        <p>{t('reauth.signedInAs', { username: info.user.username })}</p>
        <input type="hidden" name="username" autoComplete="username" value={info.user.username} />
        <TextField
          label={t('login.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={error}
        />
        <button type="submit" className="button button--primary" disabled={busy || !password}>
          {t('reauth.submit')}
        </button>
      </form>
    </section>
  );
}
