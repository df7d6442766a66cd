// The PK of one unit for one year, live from the device's database.
import { useLiveQuery } from 'dexie-react-hooks';
import { getAgreementView, getEntrySyncStates } from '../../db/queries';
import { useI18n } from '../../i18n/i18n-context';
import { useActiveSession } from '../../session/session-context';
import { Loading } from '../../ui/loading';
import { AgreementHeader } from './agreement-header';
import { GoalTable } from './goal-table';
import { ProgramTable } from './program-table';
import { toDateQuarter } from './to-date-quarter';
import { UnitSummary } from './unit-summary';

export function AgreementPanel(props: { orgUnitId: string; year: number; readOnly: boolean; now?: Date }) {
  const { t } = useI18n();
  const { db } = useActiveSession();
  const { orgUnitId, year } = props;
  const view = useLiveQuery(() => getAgreementView(db, orgUnitId, year), [db, orgUnitId, year]);
  const syncStates = useLiveQuery(() => getEntrySyncStates(db), [db]);

  if (view === undefined) return <Loading />;
  if (view === null) return <p className="notice">{t('pk.none', { year })}</p>;

  const now = props.now ?? new Date();
  const toDate = toDateQuarter(view.goals, year, now);
  return (
    <article className="pk">
      <AgreementHeader agreement={view.agreement} unitName={view.orgUnit?.name ?? ''} readOnly={props.readOnly} />
      <UnitSummary view={view} toDate={toDate} now={now} />
      {view.goals.map((goal, index) => (
        <GoalTable
          key={goal.goal.id}
          goal={goal}
          number={index + 1}
          toDate={toDate}
          syncStates={syncStates ?? new Map()}
        />
      ))}
      <ProgramTable programs={view.programs} />
    </article>
  );
}
