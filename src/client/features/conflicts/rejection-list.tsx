// "Ditolak": every refusal with the server's reason and the refused values (kept on the device),
// a link to the entry to correct and resend, and "Buang" to let the refusal go.
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { dismissRejection } from '../../db/inbox';
import { listRejectionViews, type RejectionView } from '../../db/inbox-queries';
import { useI18n } from '../../i18n/i18n-context';
import { entryNamed } from './entry-named';
import { useActiveSession } from '../../session/session-context';
import { hasTenantWideScope } from '../../../domain/permissions';
import { fieldLabel, valueText } from './field-text';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { conflictMessages } from './messages';

const identityFields = new Set(['indicatorId', 'quarter']);

function RejectionItem(props: { view: RejectionView }) {
  const { formatDate, formatNumber, language } = useI18n();
  const t = useFeatureMessages(conflictMessages);
  const { db, engine, actor } = useActiveSession();
  const { rejection, context } = props.view;
  const { lke } = context;
  const title = lke
    ? t(lke.criterionId ? 'conflicts.lkeCriterion' : 'conflicts.lkeUnit', { year: lke.year, unit: context.orgUnitName ?? '', criterion: lke.criterionId ?? '' })
    : context.indicatorName
      ? t('conflicts.entry', entryNamed(context.indicatorName, context.quarter, context.year, language))
      : t('conflicts.unknownEntry');
  // The unit's own LKE opens at /lke; the pemda's roles open a unit's.
  const lkeLink = lke && `${hasTenantWideScope(actor) ? `/lke/${lke.orgUnitId}` : '/lke'}?year=${lke.year}`;
  const fields = Object.entries(rejection.fields).filter(([field]) => !identityFields.has(field));

  async function dismiss() {
    await dismissRejection(db, rejection.mutationId);
    engine.notifyLocalChange();
  }

  return (
    <li className="card rejection-item">
      <h3>{title}</h3>
      <p>
        <span className="sync-badge sync-badge--refused">{t('entry.refused')}</span>{' '}
        {t('conflicts.refusedAt', { time: formatDate(rejection.rejectedAt) })}
      </p>
      <p className="field__error">{t('conflicts.refusedReason', { reason: rejection.message || t(`rejection.${rejection.code}`) })}</p>
      {fields.length > 0 && (
        <>
          <p>{t('conflicts.refusedValues')}</p>
          <dl className="rejection-values">
            {fields.map(([field, value]) => (
              <div key={field}>
                <dt>{fieldLabel(t, field)}</dt>
                <dd>{valueText(t, formatNumber, value)}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <div className="button-row">
        {context.indicatorId && context.quarter !== null && (
          <Link to={`/indicators/${context.indicatorId}/quarters/${context.quarter}`}>{t('conflicts.editEntry')}</Link>
        )}
        {lkeLink && <Link to={lkeLink}>{t('conflicts.openLke')}</Link>}
        <button type="button" className="button button--small" onClick={() => void dismiss()} aria-describedby={`dismiss-${rejection.mutationId}`}>
          {t('conflicts.dismiss')}
        </button>
      </div>
      <p id={`dismiss-${rejection.mutationId}`} className="field__hint">
        {t('conflicts.dismissHint')}
      </p>
    </li>
  );
}

export function RejectionList() {
  const t = useFeatureMessages(conflictMessages);
  const { db } = useActiveSession();
  const views = useLiveQuery(() => listRejectionViews(db), [db]);
  return (
    <section aria-labelledby="refused-title">
      <h2 id="refused-title">{t('conflicts.refusedTitle')}</h2>
      {views && views.length === 0 && <p>{t('conflicts.noRefusals')}</p>}
      {views && views.length > 0 && (
        <ul className="plain-list">
          {views.map((view) => (
            <RejectionItem key={view.rejection.mutationId} view={view} />
          ))}
        </ul>
      )}
    </section>
  );
}
