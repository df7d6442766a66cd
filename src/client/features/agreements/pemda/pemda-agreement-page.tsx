// /pemda-pk/:year — the gubernur's or bupati's own PK with its IKU figures by quarter, for every
// device of the tenant (the pemda's PK and those figures are pulled tenant-wide). Who keeps the
// plan (domain/permissions.ts canEditPlan: the admin, a Bappeda planner) enters an IKU's figure
// from its cell, offline like any entry; everyone else reads it. The PK document itself (sign,
// revise, print) stays on its version page.
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useParams } from 'react-router';
import { canEditPlan } from '../../../../domain/permissions';
import { getPemdaAgreementView } from '../../../db/cascade-queries';
import { getEntrySyncStates } from '../../../db/queries';
import { useFeatureMessages } from '../../../i18n/feature-messages';
import { useTenantTimeZone } from '../../../session/tenant-clock';
import { useActiveSession } from '../../../session/session-context';
import { Loading } from '../../../ui/loading';
import { NotFound } from '../../../ui/not-found';
import { AgreementHeader } from '../view/agreement-header';
import { GoalTable } from '../view/goal-table';
import { pemdaPkMessages } from './pemda-pk-messages';
import { toDateQuarter } from '../view/to-date-quarter';

export function PemdaAgreementPage() {
  const t = useFeatureMessages(pemdaPkMessages);
  const { db, actor } = useActiveSession();
  const timeZone = useTenantTimeZone();
  const year = Number(useParams().year);
  const valid = Number.isInteger(year) && year >= 2000 && year <= 2100;
  const view = useLiveQuery(() => (valid ? getPemdaAgreementView(db, year) : null), [db, year, valid]);
  const syncStates = useLiveQuery(() => getEntrySyncStates(db), [db]);
  if (!valid) return <NotFound />;
  if (view === undefined) return <Loading />;
  if (view === null) return <p className="notice" role="status">{t('pemdaPk.none', { year })}</p>;
  const toDate = toDateQuarter(view.goals, year, new Date(), timeZone);
  return (
    <article className="pk">
      <p><Link to="/cascade" className="back-link">{t('pemdaPk.back')}</Link></p>
      {/* Read-only for all but the planner and the admin, who enter Bappeda's IKU figures here. */}
      <AgreementHeader agreement={view.agreement} unitName={t('pemdaPk.unit')} readOnly={!canEditPlan(actor, actor.tenantId).allowed} />
      <p className="field__hint">{t('pemdaPk.intro')}</p>
      <p><Link to={`/agreements/${view.agreement.id}`}>{t('pemdaPk.document')}</Link></p>
      {view.goals.map((goal, index) => (
        <GoalTable key={goal.goal.id} goal={goal} number={index + 1} toDate={toDate} syncStates={syncStates ?? new Map()} needsLink={false} pemda />
      ))}
    </article>
  );
}
