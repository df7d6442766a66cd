// First login needs the network; afterwards the app starts offline from the remembered account.
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';
import { describeLoginError } from '../../session/describe-login-error';
import { login } from '../../sync/auth-api';
import { TextField } from '../../ui/text-field';

export function LoginPage() {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError(t('login.required'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const info = await login(username.trim(), password);
      await signIn(info);
    } catch (failure) {
      setError(describeLoginError(failure, t, 'login.networkError'));
      setBusy(false);
    }
  }

  return (
    <main id="main" className="login">
      <form className="card login__card" onSubmit={submit} noValidate>
        <h1>{t('app.name')}</h1>
        <h2>{t('login.title')}</h2>
        <p className="muted">{t('login.intro')}</p>
        <TextField
          label={t('login.username')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          required
        />
        <TextField
          label={t('login.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </main>
  );
}
