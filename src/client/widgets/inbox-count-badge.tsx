// The number of open conflicts and refusals, next to the inbox link; nothing when there are none.
import { useLiveQuery } from 'dexie-react-hooks';
import { countInbox } from '../db/inbox-counts';
import { useI18n } from '../i18n/i18n-context';
import { useActiveSession } from '../session/session-context';

export function InboxCountBadge() {
  const { t } = useI18n();
  const { db } = useActiveSession();
  const count = useLiveQuery(() => countInbox(db), [db]);
  if (!count) return null;
  return (
    <span className="count-badge" aria-label={t('conflicts.navCount', { count })}>
      {count}
    </span>
  );
}
