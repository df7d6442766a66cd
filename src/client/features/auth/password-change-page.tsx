// After an admin created or reset the account, the user must choose their own password before
// anything else (session info `mustChangePassword`). Needs the network, like the first login.
import { useState, type FormEvent } from 'react';
import { apiRoutes } from '../../../api/routes';
import { checkPasswordPolicy, minPasswordLength } from '../../../domain/password-policy';
import { useI18n } from '../../i18n/i18n-context';
import { useActiveSession, useSession } from '../../session/session-context';
import { HttpError, send } from '../../sync/http-client';
import { TextField } from '../../ui/text-field';

/** `forced`: the whole screen until changed (one-time password); otherwise a page under Settings. */
export function PasswordChangePage(props: { forced?: boolean } = {}) {
  const forced = props.forced ?? true;
  const { t } = useI18n();
  const { renew, signOut } = useSession();
  const { info } = useActiveSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = checkPasswordPolicy(next, { username: info.user.username, tenantName: info.tenant.name });
    if (problem) return setError(t(`admin.password.${problem}`, { min: minPasswordLength }));
    if (next !== repeat) return setError(t('admin.password.mismatch'));
    setBusy(true);
    try {
      await send(undefined, 'POST', apiRoutes.password, { currentPassword: current, newPassword: next });
      await renew({ ...info, mustChangePassword: false }, next); // the new password's verifier replaces the old one
      setError(null);
      setDone(true);
      setBusy(false);
      setCurrent('');
      setNext('');
      setRepeat('');
    } catch (failure) {
      const details = failure instanceof HttpError ? (failure.details as { reason?: string; problem?: string } | undefined) : undefined;
      const reason = details?.reason;
      // The server checks a far longer list of common passwords than the client can carry.
      const weak = details?.problem === 'common' ? t('admin.password.common') : t('admin.reason.weak_password');
      setError(reason === 'wrong_password' ? t('admin.reason.wrong_password') : reason === 'weak_password' ? weak : failure instanceof HttpError ? failure.message : t('admin.offline'));
      setBusy(false);
    }
  }

  const form = (
    <form className="card login__card" onSubmit={(e) => void submit(e)} noValidate>
      <h1>{t('admin.password.title')}</h1>
      <p>{forced ? t('admin.password.intro', { min: minPasswordLength }) : t('admin.password.voluntary', { min: minPasswordLength })}</p>
      {done && <p role="status">{t('admin.password.changed')}</p>}
      <TextField label={t('admin.password.current')} type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />
      <TextField label={t('admin.password.new')} type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} />
      <TextField label={t('admin.password.repeat')} type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} error={error} />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>{t('admin.password.submit')}</button>
        {forced && <button type="button" className="button" onClick={() => void signOut()}>{t('admin.password.logout')}</button>}
      </div>
    </form>
  );
  return forced ? <main id="main" className="login">{form}</main> : form;
}
