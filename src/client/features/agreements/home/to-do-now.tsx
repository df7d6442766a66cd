// The home screen's first card on a tablet: what to do now, before the PK table — entries the
// evaluator returned (first, with the note; for the operator and the head alike, the head also
// offered to send one back unchanged with a reply), conflicts or refusals waiting, and this
// quarter's empty entries.
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useLocation } from 'react-router';
import { canEditRealisation, canSubmitForUnit } from '../../../../domain/permissions';
import { quarterRoman, type Quarter } from '../../../../domain/period';
import { quarterChecklist } from '../../../../domain/quarter-checklist';
import { countUserInbox } from '../../../db/inbox-counts';
import type { AgreementView } from '../../../db/queries';
import { useFeatureMessages } from '../../../i18n/feature-messages';
import { useActiveSession } from '../../../session/session-context';
import { RealisationStatusMark } from '../../../ui/realisation-status-mark';
import { homeMessages } from './home-messages';

export function ToDoNow(props: { view: AgreementView; quarter: Quarter }) {
  const t = useFeatureMessages(homeMessages);
  const { db, actor } = useActiveSession();
  const location = useLocation();
  const inbox = useLiveQuery(() => countUserInbox(db, actor), [db, actor], { conflicts: 0, refusals: 0 });
  const indicators = props.view.goals.flatMap((g) => g.indicators);
  const { agreement } = props.view;
  if (!canEditRealisation(actor, { tenantId: agreement.tenantId, orgUnitId: agreement.orgUnitId, status: 'draft' }).allowed) return null;
  const q = quarterRoman[props.quarter];
  const checklist = quarterChecklist(indicators.map((v) => v.indicator), props.quarter,
    (id) => indicators.find((v) => v.indicator.id === id)?.realisations[props.quarter - 1] ?? null);
  const empty = checklist.items.filter((i) => i.state === 'missingValue')
    .flatMap((i) => indicators.filter((v) => v.indicator.id === i.indicatorId));
  const returned = indicators.flatMap((v) => v.realisations.flatMap((r) => (r && !r.deleted && r.status === 'returned' ? [{ indicator: v.indicator, realisation: r }] : [])));
  const waiting = inbox.conflicts + inbox.refusals;
  const maySubmit = canSubmitForUnit(actor, { tenantId: agreement.tenantId, orgUnitId: agreement.orgUnitId }).allowed;
  const from = { from: location.pathname };

  return (
    <section className="card to-do" aria-labelledby="to-do-title">
      <h2 id="to-do-title">{t('todo.title')}</h2>
      {returned.length > 0 && (
        <>
          <h3>{t('todo.returned', { count: returned.length })}</h3>
          <ul className="to-do__list">
            {returned.map(({ indicator, realisation }) => (
              <li key={realisation.id}>
                <span className="to-do__name">{t('todo.quarterEntry', { q: quarterRoman[realisation.quarter] })} · {indicator.name}</span>
                <RealisationStatusMark status={realisation.status} />
                {realisation.reviewNote && <span className="to-do__note">{t('todo.note', { note: realisation.reviewNote })}</span>}
                <span className="to-do__actions">
                  <Link className="button" to={`/indicators/${indicator.id}/quarters/${realisation.quarter}`} state={from}
                    aria-label={t('todo.fixNamed', { q: quarterRoman[realisation.quarter], indicator: indicator.name })}>{t('todo.fix')}</Link>
                  {/* The head may also send it back unchanged, with a reply (submission page). */}
                  {maySubmit && (
                    <Link className="button" to="/submit" state={from}
                      aria-label={t('todo.replyNamed', { q: quarterRoman[realisation.quarter], indicator: indicator.name })}>{t('todo.reply')}</Link>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {waiting > 0 && (
        <p className="to-do__line">
          <strong>{t('todo.conflicts', { count: waiting })}</strong>{' '}
          <Link className="button" to="/conflicts">{t('todo.openConflicts')}</Link>
        </p>
      )}
      {empty.length > 0 ? (
        <>
          <h3>{t('todo.empty', { count: empty.length, q })}</h3>
          <ul className="to-do__list">
            {empty.map(({ indicator }) => (
              <li key={indicator.id}>
                <span className="to-do__name">{indicator.name}</span>
                <Link className="button" to={`/indicators/${indicator.id}/quarters/${props.quarter}`} state={from}
                  aria-label={t('todo.fillNamed', { q, indicator: indicator.name })}>{t('todo.fill')}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        waiting === 0 && returned.length === 0 && <p>{t('todo.nothing', { q })}</p>
      )}
    </section>
  );
}
