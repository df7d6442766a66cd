// The number of entries waiting for the evaluator, next to "Verifikasi"; nothing when none. A tiny
// live count (db/review-count.ts): the queue itself loads with its screen.
import { useLiveQuery } from 'dexie-react-hooks';
import { countReviewQueue } from '../db/review-count';
import { useI18n } from '../i18n/i18n-context';
import { useActiveSession } from '../session/session-context';

export function ReviewCountBadge() {
  const { t } = useI18n();
  const { db } = useActiveSession();
  const count = useLiveQuery(() => countReviewQueue(db), [db]);
  if (!count) return null;
  return (
    <span className="count-badge" aria-label={t('review.navCount', { count })}>
      {count}
    </span>
  );
}
