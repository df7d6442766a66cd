// Token layanan: read-only tokens for other systems (e-SAKIP, SIPD, dashboards) to read this
// pemda's PK and realisation exports. The token is shown once, right after it is made; the server
// keeps only its hash. Each creation, revocation and burst of use is in the audit log.
import { useCallback, useState, type FormEvent } from 'react';
import type { ServiceToken, ServiceTokenCreated } from '../../../api/integration';
import { integrationRoutes } from '../../../api/integration';
import { HttpError } from '../../sync/http-client';
import { DraftNotice } from '../../session/draft-notice';
import { useFormDraft } from '../../session/use-form-draft';
import { adminApi, refusalReason } from './api';
import { useAdminError } from './use-admin-error';
import { useLoaded } from './use-loaded';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { adminMessages } from './messages';

const when = (iso: string): string => new Date(iso).toLocaleString('id-ID', { dateStyle: 'medium', timeStyle: 'short' });

function TokenRow(props: { token: ServiceToken; onRevoked: () => void }) {
  const t = useFeatureMessages(adminMessages);
  const describe = useAdminError();
  const [error, setError] = useState<string | null>(null);
  const { token } = props;
  const state = token.revokedAt ? t('admin.tokens.stateRevoked') : token.active ? null : t('admin.tokens.stateExpired');
  return (
    <li className="card">
      <p>
        <strong><bdi>{token.name}</bdi></strong>{state && <> · {state}</>}
        <br />
        {t('admin.tokens.created', { time: when(token.createdAt), by: token.createdBy ?? '—' })}
        {token.expiresAt && <> · {t('admin.tokens.expiresAt', { time: when(token.expiresAt) })}</>}
        <br />
        {token.lastUsedAt ? t('admin.tokens.lastUsed', { time: when(token.lastUsedAt) }) : t('admin.tokens.neverUsed')}
      </p>
      {error && <p role="alert">{error}</p>}
      {token.active && (
        <button type="button" className="button" onClick={() => void adminApi.revokeServiceToken(token.id).then(props.onRevoked, (reason: unknown) => setError(describe(reason)))}>
          {t('admin.tokens.revoke')}
        </button>
      )}
    </li>
  );
}

export function TokensSection() {
  const t = useFeatureMessages(adminMessages);
  const describe = useAdminError();
  const load = useCallback(() => adminApi.listServiceTokens(), []);
  const { data, error, reload } = useLoaded(load);
  const [initial] = useState({ name: '', expiresOn: '' });
  const form = useFormDraft({ key: 'admin:service-token', initial });
  const [created, setCreated] = useState<ServiceTokenCreated | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { name, expiresOn } = form.values;
    // The last minute of the chosen day on this device's clock.
    const expiresAt = expiresOn === '' ? null : new Date(`${expiresOn}T23:59:59`).toISOString();
    try {
      setCreated(await adminApi.createServiceToken({ name, expiresAt }));
      form.saved(initial);
      setMessage(null);
      reload();
    } catch (reason) {
      const expired = reason instanceof HttpError && refusalReason(reason.details) === 'expiry_past';
      setMessage(expired ? t('admin.tokens.expiryPast') : describe(reason));
    }
  }

  return (
    <section aria-labelledby="tokens-title">
      <h2 id="tokens-title">{t('admin.tab.tokens')}</h2>
      <p>{t('admin.tokens.intro')}</p>
      <p><a href={integrationRoutes.openapi} target="_blank" rel="noreferrer" className="button">{t('admin.tokens.docs')}</a></p>
      {created && (
        <div role="alert" className="notice">
          <p>{t('admin.tokens.createdIntro', { name: created.serviceToken.name })}</p>
          <p><code data-testid="service-token">{created.token}</code></p>
          <p>{t('admin.tokens.once')}</p>
          <button type="button" className="button" onClick={() => setCreated(null)}>{t('admin.tokens.done')}</button>
        </div>
      )}
      <form className="card" onSubmit={(e) => void submit(e)} aria-labelledby="token-new-title">
        <h3 id="token-new-title">{t('admin.tokens.new')}</h3>
        <DraftNotice draft={form} />
        <div className="field">
          <label htmlFor="token-name">{t('admin.tokens.name')}</label>
          <input id="token-name" required maxLength={100} value={form.values.name} onChange={(e) => { const name = e.target.value; form.setValues((v) => ({ ...v, name })); }} />
        </div>
        <div className="field">
          <label htmlFor="token-expires">{t('admin.tokens.expires')}</label>
          <input id="token-expires" type="date" value={form.values.expiresOn} onChange={(e) => { const expiresOn = e.target.value; form.setValues((v) => ({ ...v, expiresOn })); }} />
        </div>
        {message && <p role="alert">{message}</p>}
        <button type="submit" className="button button--primary">{t('admin.tokens.create')}</button>
      </form>
      {error ? <p role="alert">{describe(error)}</p> : !data ? <p>{t('app.loading')}</p> : data.length === 0 ? <p>{t('admin.tokens.none')}</p> : (
        <ul className="plain-list">
          {data.map((token) => <TokenRow key={token.id} token={token} onRevoked={reload} />)}
        </ul>
      )}
    </section>
  );
}
