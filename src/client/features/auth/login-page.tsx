// First login needs the network; afterwards the app starts offline from the remembered account,
// and a user who has signed in on this device can sign in again without signal (checked against
// the device's verifier by the session: session/offline-sign-in.ts).
import { useState, type FormEvent } from 'react';
import { useI18n, type I18n } from '../../i18n/i18n-context';
import { useSession, type OfflineSignInResult } from '../../session/session-context';
import { describeLoginError } from '../../session/describe-login-error';
import { login } from '../../sync/auth-api';
import { HttpError, NetworkError } from '../../sync/http-client';
import { TextField } from '../../ui/text-field';

/** A wait in words: seconds under two minutes, else whole minutes (rounded up). */
function describeWait(ms: number, t: I18n['t']): string {
  const seconds = Math.ceil(ms / 1000);
  return seconds < 120 ? t('login.waitSeconds', { count: seconds }) : t('login.waitMinutes', { count: Math.ceil(seconds / 60) });
}

function describeOfflineRefusal(result: Exclude<OfflineSignInResult, { kind: 'signedIn' }>, t: I18n['t']): string {
  switch (result.kind) {
    case 'unknown':
      return t('login.networkError');
    case 'wait':
      return t('login.offlineWait', { wait: describeWait(result.waitMs, t) });
    case 'wrong':
      return result.waitMs > 0
        ? t('login.offlineWrongWait', { wait: describeWait(result.waitMs, t) })
        : t('login.offlineWrong', { count: result.remaining });
  }
}

export function LoginPage() {
  const { t } = useI18n();
  const { signIn, signInOffline, forgetOfflineSignIn } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<false | 'online' | 'offline'>(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError(t('login.required'));
      return;
    }
    setBusy('online');
    setError(null);
    try {
      const info = await login(username.trim(), password);
      await signIn(info, password);
    } catch (failure) {
      if (failure instanceof NetworkError) return submitOffline();
      // Only the right password learns this (server): the device stops accepting it offline too.
      if (failure instanceof HttpError && failure.code === 'account_inactive') await forgetOfflineSignIn(username);
      setError(describeLoginError(failure, t, 'login.networkError'));
      setBusy(false);
    }
  }

  async function submitOffline() {
    setBusy('offline');
    try {
      const result = await signInOffline(username, password);
      if (result.kind === 'signedIn') return;
      setError(describeOfflineRefusal(result, t));
    } catch (failure) {
      setError(describeLoginError(failure, t, 'login.networkError'));
    }
    setBusy(false);
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
        {busy === 'offline' && <p role="status">{t('login.offlineChecking')}</p>}
        <button type="submit" className="button button--primary" disabled={busy !== false}>
          {busy ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </main>
  );
}
