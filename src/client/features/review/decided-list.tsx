// "Sudah diputuskan": entries the evaluators verified or returned, the latest decision first, each
// with "Batalkan keputusan" while its quarter's window is open (widgets/review-undo-button.tsx; the
// server checks the window again). Long lists are cut to the latest; the filter narrows them.
import { Link } from 'react-router';
import { quarterRoman } from '../../../domain/period';
import type { DecidedItem } from '../../db/workflow-queries';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { RealisationStatusMark } from '../../ui/realisation-status-mark';
import { ReviewUndoButton } from '../../widgets/review-undo-button';
import { reviewMessages } from './messages';

const shownAtMost = 50;

export function DecidedList(props: { items: readonly DecidedItem[] }) {
  const t = useFeatureMessages(reviewMessages);
  const { items } = props;
  if (items.length === 0) return <p>{t('decided.none')}</p>;
  const shown = items.slice(0, shownAtMost);
  return (
    <>
      <p className="field__hint">{t('decided.hint')}</p>
      {items.length > shownAtMost && <p className="notice">{t('decided.more', { shown: shownAtMost, count: items.length })}</p>}
      <ul className="plain-list decided-list">
        {shown.map(({ realisation, indicator, orgUnit, locked }) => {
          const titleId = `decided-${realisation.id}`;
          return (
            <li key={realisation.id}>
              <article className="card decided-card" aria-labelledby={titleId}>
                <h3 id={titleId}>{indicator.name}</h3>
                <p>
                  {t('decided.place', { unit: orgUnit?.name ?? '?', q: quarterRoman[realisation.quarter], year: realisation.year })}{' '}
                  <RealisationStatusMark status={realisation.status} />
                </p>
                {realisation.reviewNote && <p>{t('decided.note', { note: realisation.reviewNote })}</p>}
                <Link to={`/indicators/${indicator.id}/quarters/${realisation.quarter}`} state={{ from: '/review' }}>{t('review.open')}</Link>
                <ReviewUndoButton realisation={realisation} indicatorName={indicator.name} locked={locked} />
              </article>
            </li>
          );
        })}
      </ul>
    </>
  );
}
