// Where this entry stands with the server, and why it was refused if it was.
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { getEntrySyncStates, getRejection } from '../../db/queries';
import { useActiveSession } from '../../session/session-context';
import { EntrySyncBadge } from '../../widgets/entry-sync-badge';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { realisationMessages } from './messages';

export function EntrySyncStatus(props: { recordId: string }) {
  const t = useFeatureMessages(realisationMessages);
  const { db } = useActiveSession();
  const { recordId } = props;
  const state = useLiveQuery(async () => (await getEntrySyncStates(db)).get(recordId) ?? 'synced', [db, recordId]);
  const rejection = useLiveQuery(
    async () => (state === 'refused' ? ((await getRejection(db, recordId)) ?? null) : null),
    [db, recordId, state],
  );
  if (state === undefined) return null;
  return (
    <div className="entry-sync" role="status">
      <span>{t('realisation.syncState')}</span> <EntrySyncBadge state={state} />
      {rejection && <p className="field__error">{t('entry.refusedReason', { reason: rejection.message })}</p>}
      {(state === 'conflict' || state === 'refused') && <Link to="/conflicts">{t('conflicts.openInbox')}</Link>}
    </div>
  );
}
