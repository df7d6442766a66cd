// The pemda's logo for reports: a preview of the stored one, upload (png, jpeg, webp, at most
// 256 kB; the server checks the bytes) and remove.
import { useState, type ChangeEvent } from 'react';
import { apiRoutes } from '../../../api/routes';
import { maxTenantLogoBytes, type TenantLogo } from '../../../domain/tenant';
import { useI18n } from '../../i18n/i18n-context';
import { adminApi } from './api';
import { useAdminError } from './use-admin-error';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { adminMessages } from './messages';

export function LogoField(props: { logo: TenantLogo | null; onSaved: () => void }) {
  const { formatNumber } = useI18n();
  const t = useFeatureMessages(adminMessages);
  const describe = useAdminError();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(work: () => Promise<unknown>, done: string) {
    setBusy(true);
    try {
      await work();
      setMessage(done);
      props.onSaved();
    } catch (reason) { setMessage(describe(reason)); }
    setBusy(false);
  }

  function pick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > maxTenantLogoBytes) {
      setMessage(t('admin.logo.tooLarge', { kb: formatNumber(Math.round(maxTenantLogoBytes / 1024)) }));
      return;
    }
    void run(() => adminApi.uploadLogo(file), t('admin.logo.saved'));
  }

  return (
    <fieldset className="plain-fieldset field" disabled={busy}>
      <legend>{t('admin.logo.title')}</legend>
      {props.logo
        // The sha256 in the URL makes a new logo show at once instead of the cached one.
        ? <img className="tenant-logo" src={`${apiRoutes.tenantLogo}?v=${props.logo.sha256}`} alt={t('admin.logo.alt')} />
        : <p className="field__hint">{t('admin.logo.none')}</p>}
      <div className="actions">
        <label className="button evidence__pick">
          {props.logo ? t('admin.logo.replace') : t('admin.logo.add')}
          <input type="file" accept="image/png,image/jpeg,image/webp" className="visually-hidden" onChange={pick} />
        </label>
        {props.logo && (
          <button type="button" className="button" onClick={() => void run(() => adminApi.removeLogo(), t('admin.logo.removed'))}>
            {t('admin.logo.remove')}
          </button>
        )}
      </div>
      <p className="field__hint">{t('admin.logo.hint', { kb: formatNumber(Math.round(maxTenantLogoBytes / 1024)) })}</p>
      {message && <p role="status">{message}</p>}
    </fieldset>
  );
}
