import type { Agreement } from '../../../../domain/agreement';
import { useI18n } from '../../../i18n/i18n-context';

export function AgreementHeader(props: { agreement: Agreement; unitName: string; readOnly: boolean }) {
  const { t } = useI18n();
  const { agreement } = props;
  const version = agreement.version === 0 ? t('pk.versionOriginal') : t('pk.versionRevision', { n: agreement.version });
  return (
    <header className="pk-header">
      <h1>
        {t('pk.title', { year: agreement.year })}
        <span className="pk-header__unit">{props.unitName}</span>
      </h1>
      <dl className="pk-header__facts">
        <div>
          <dt>{t('pk.version')}</dt>
          <dd>{version}</dd>
        </div>
        <div>
          <dt>{t('pk.statusLabel')}</dt>
          <dd>{t(`pk.status.${agreement.status}`)}</dd>
        </div>
        <div>
          <dt>{t('pk.firstParty')}</dt>
          <dd>
            {agreement.firstParty.name}
            <br />
            {agreement.firstParty.position}
            {agreement.firstParty.rank && `, ${agreement.firstParty.rank}`}
            {agreement.firstParty.nip && (
              <>
                <br />
                {t('pk.nip', { nip: agreement.firstParty.nip })}
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('pk.secondParty')}</dt>
          <dd>
            {agreement.secondParty.name}
            <br />
            {agreement.secondParty.position}
          </dd>
        </div>
      </dl>
      {props.readOnly && <p className="muted">{t('pk.readOnly')}</p>}
    </header>
  );
}
