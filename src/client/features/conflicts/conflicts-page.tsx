// The conflict inbox (/conflicts): open conflicts to choose on, entries the evaluator returned (with
// the note), refusals to fix or let go, and the export of everything not yet on the server.
import { useLiveQuery } from 'dexie-react-hooks';
import { listConflictViews } from '../../db/inbox-queries';
import { getMeta } from '../../db/meta';
import { useActiveSession } from '../../session/session-context';
import { ExportUnsyncedButton } from '../../widgets/export-unsynced-button';
import { Loading } from '../../ui/loading';
import { ConflictCard } from './conflict-card';
import { RejectionList } from './rejection-list';
import { ReturnedList } from './returned-list';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { conflictMessages } from './messages';

export function ConflictsPage() {
  const t = useFeatureMessages(conflictMessages);
  const { db } = useActiveSession();
  const conflicts = useLiveQuery(() => listConflictViews(db), [db]);
  // Which side is this device's (the choices are named from its point of view); null before it ever pushed.
  const deviceId = useLiveQuery(async () => (await getMeta<string>(db, 'deviceId')) ?? null, [db]);
  if (!conflicts || deviceId === undefined) return <Loading />;
  return (
    <section className="conflicts-page">
      <h1>{t('conflicts.title')}</h1>
      <p>{t('conflicts.intro')}</p>
      <section aria-labelledby="conflicts-open-title">
        <h2 id="conflicts-open-title">{t('conflicts.openTitle')}</h2>
        {conflicts.length === 0 && <p>{t('conflicts.none')}</p>}
        {conflicts.map((view) => (
          <ConflictCard key={view.conflict.id} view={view} deviceId={deviceId} />
        ))}
      </section>
      <ReturnedList />
      <RejectionList />
      <section className="card">
        <ExportUnsyncedButton />
      </section>
    </section>
  );
}
