// /review — the evaluator's queue: every submitted entry of the tenant, by unit and quarter,
// decided one by one. From local data, offline too; the decisions queue and the server checks
// them (an entry the unit changed meanwhile comes back as stale).
import { useLiveQuery } from 'dexie-react-hooks';
import { periodOf, quarterRoman } from '../../../domain/period';
import { listReviewQueue } from '../../db/workflow-queries';
import { useActiveSession } from '../../session/session-context';
import { useTenantTimeZone } from '../../session/tenant-clock';
import { Loading } from '../../ui/loading';
import { ReviewCard } from './review-card';
import { QuarterWindows } from './quarter-windows';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { reviewMessages } from './messages';

export function ReviewPage() {
  const t = useFeatureMessages(reviewMessages);
  const { db, actor } = useActiveSession();
  const timeZone = useTenantTimeZone();
  const groups = useLiveQuery(() => listReviewQueue(db), [db]);
  if (actor.role !== 'evaluator') return <p className="notice">{t('review.onlyEvaluators')}</p>;
  if (groups === undefined) return <Loading />;
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  return (
    <section aria-labelledby="review-title">
      <h1 id="review-title">{t('review.title')}</h1>
      <p role="status">{total === 0 ? t('review.none') : t('review.count', { count: total })}</p>
      <QuarterWindows year={periodOf(new Date(), timeZone).year} />
      {groups.map((group) => {
        const id = `review-group-${group.orgUnit?.id ?? 'x'}-${group.year}-${group.quarter}`;
        return (
          <section key={id} aria-labelledby={id}>
            <h2 id={id}>{t('review.group', { unit: group.orgUnit?.name ?? '?', q: quarterRoman[group.quarter], year: group.year })}</h2>
            {group.items.map((item) => <ReviewCard key={item.realisation.id} item={item} />)}
          </section>
        );
      })}
    </section>
  );
}
