// The PK of one unit for one year, live from the device's database.
import { needsParent } from '../../../../domain/alignment';
import { Suspense, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getAgreementView, getEntrySyncStates, listProgramRealisations } from '../../../db/queries';
import { primedAgreementView } from '../../../db/first-screen';
import { periodOf } from '../../../../domain/period';
import { useTenantTimeZone } from '../../../session/tenant-clock';
import { canEditAgreement } from '../../../../domain/permissions';
import { useI18n } from '../../../i18n/i18n-context';
import { useActiveSession } from '../../../session/session-context';
import { Loading } from '../../../ui/loading';
import { useOfflineReadiness } from '../../../pwa/offline-readiness';
import { AgreementHeader } from './agreement-header';
import { GoalTable } from './goal-table';
import { ProgramTable } from './program-table';
import { toDateQuarter } from './to-date-quarter';
import { onDemand } from '../../../ui/on-demand';

// The PK's actions (create, edit, sign, revise, compare, documents) load on demand: not in the first load.
const AgreementActions = onDemand(() => import('../versions/agreement-actions').then((m) => m.AgreementActions));
// "What to do now" and the first download's progress load on demand as well.
const ToDoNow = onDemand(() => import('../home/to-do-now').then((m) => m.ToDoNow));
const DownloadProgress = onDemand(() => import('../../../pwa/offline-banner').then((m) => m.DownloadProgress));
// So does the unit's summary (its scores and early warnings): inside the PK's one boundary, it
// shows with the PK and moves nothing.
const UnitSummary = onDemand(() => import('./unit-summary').then((m) => m.UnitSummary));

/**
 * No PK on the device. Before the first sync has brought the unit's data that means "not here yet",
 * not "none". Only this part follows the sync's progress: the whole PK re-rendered at every step of
 * every sync while it did (issue 14, total blocking time on a phone).
 */
function NoAgreement(props: { year: number; actions: ReactNode }) {
  const { t } = useI18n();
  const readiness = useOfflineReadiness();
  if (!readiness.ready) return <p className="notice" role="status"><Suspense fallback={null}><DownloadProgress percent={readiness.percent} /></Suspense></p>;
  return (
    <>
      <p className="notice">{t('pk.none', { year: props.year })}</p>
      <Suspense fallback={null}>{props.actions}</Suspense>
    </>
  );
}

/** `below`: what the screen shows under the PK; it waits for the PK so that the PK never pushes it down. */
export function AgreementPanel(props: { orgUnitId: string; year: number; readOnly: boolean; now?: Date; below?: ReactNode }) {
  const { db, actor } = useActiveSession();
  const timeZone = useTenantTimeZone();
  const { orgUnitId, year } = props;
  const view = useLiveQuery(() => getAgreementView(db, orgUnitId, year), [db, orgUnitId, year], primedAgreementView(db, orgUnitId, year));
  const syncStates = useLiveQuery(() => getEntrySyncStates(db), [db]);
  const programIds = view ? view.programs.map((p) => p.id).join(',') : '';
  const programRealisations = useLiveQuery(() => listProgramRealisations(db, programIds === '' ? [] : programIds.split(',')), [db, programIds]);

  if (view === undefined) return <Loading />;
  const actions = <AgreementActions orgUnitId={orgUnitId} year={year} mayEdit={canEditAgreement(actor, { tenantId: actor.tenantId, orgUnitId }).allowed} />;
  if (view === null) return <NoAgreement year={year} actions={actions} />;

  const now = props.now ?? new Date();
  const toDate = toDateQuarter(view.goals, year, now, timeZone);
  const current = periodOf(now, timeZone);
  // Budget entries go to the quarter the year is in; a past year's to its last quarter.
  const entryQuarter = year < current.year ? 4 : year > current.year ? 1 : current.quarter;
  // One boundary for the PK and its parts loaded on demand (what to do now, the actions and their
  // first data): the PK shows when all are there. Each used to come a moment later and push the
  // PK down (layout shift 0.2–0.4 on a phone).
  return (
    <Suspense fallback={<Loading />}>
      <article className="pk">
        <AgreementHeader agreement={view.agreement} unitName={view.orgUnit?.name ?? ''} readOnly={props.readOnly} />
        {!props.readOnly && year === current.year && <ToDoNow view={view} quarter={entryQuarter} />}
        {actions}
        <UnitSummary view={view} toDate={toDate} now={now} />
        {view.goals.map((goal, index) => (
          <GoalTable
            key={goal.goal.id}
            goal={goal}
            number={index + 1}
            toDate={toDate}
            syncStates={syncStates ?? new Map()}
            needsLink={needsParent({ agreementKind: view.agreement.kind })}
            pemda={view.agreement.kind === 'pemda'}
          />
        ))}
        <ProgramTable programs={view.programs} quarter={entryQuarter} realisations={programRealisations ?? new Map()} />
      </article>
      {props.below}
    </Suspense>
  );
}
