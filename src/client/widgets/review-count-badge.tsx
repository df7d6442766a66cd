// The number of entries waiting for the evaluator, next to "Verifikasi"; nothing when none. Loaded
// on demand for evaluators only (app-layout.tsx), with its own words: a tiny live count
// (db/review-count.ts), never the queue's reads (first-load budget).
import { useLiveQuery } from 'dexie-react-hooks';
import { countReviewQueue } from '../db/review-count';
import { defineMessages, useFeatureMessages } from '../i18n/feature-messages';
import { useActiveSession } from '../session/session-context';

const messages = defineMessages({
  id: { 'review.navCount': { other: '{count} menunggu verifikasi' } },
  en: { 'review.navCount': { one: '{count} waiting for review', other: '{count} waiting for review' } },
});

export function ReviewCountBadge() {
  const t = useFeatureMessages(messages);
  const { db } = useActiveSession();
  const count = useLiveQuery(() => countReviewQueue(db), [db]);
  if (!count) return null;
  return (
    <span className="count-badge" aria-label={t('review.navCount', { count })}>
      {count}
    </span>
  );
}
