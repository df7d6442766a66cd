// The password form of the re-login banner (reauth-banner.tsx decides when it shows).
import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { login } from '../sync/auth-api';
import { HttpError } from '../sync/http-client';
import { TextField } from '../ui/text-field';
import { describeLoginError } from './describe-login-error';
import { useActiveSession, useSession } from './session-context';

export function ReauthForm() {
  const { t } = useI18n();
  const { renew, renewal, forgetOfflineSignIn } = useSession();
  const { info } = useActiveSession();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await renew(await login(info.user.username, password), password);
      setPassword('');
    } catch (failure) {
      if (failure instanceof HttpError && failure.code === 'account_inactive') await forgetOfflineSignIn(info.user.username);
      setError(describeLoginError(failure, t, 'reauth.networkError'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="banner banner--warning" role="region" aria-labelledby="reauth-title">
      <h2 id="reauth-title">{t('reauth.title')}</h2>
      {renewal.status !== 'refused' ? (
        <p>{t('error.session_expired')}</p>
      ) : renewal.code === 'account_inactive' ? (
        <p>{t('error.account_inactive')} {t('reauth.keptOnDevice')}</p>
      ) : (
        <p>{t('reauth.passwordChanged')}</p>
      )}
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
