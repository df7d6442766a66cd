// The jadwal input of the year beside the review queue: an evaluator sees which quarters the
// units can still fix (a returned entry in a locked quarter cannot be corrected until the admin
// reopens it).
import { useLiveQuery } from 'dexie-react-hooks';
import { isQuarterLocked } from '../../../domain/period-lock';
import { quarterRoman, quarters } from '../../../domain/period';
import { listPeriodWindows } from '../../db/period-window-queries';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { useI18n } from '../../i18n/i18n-context';
import { useActiveSession } from '../../session/session-context';
import { reviewMessages } from './messages';

export function QuarterWindows(props: { year: number }) {
  const t = useFeatureMessages(reviewMessages);
  const { formatDate } = useI18n();
  const { db } = useActiveSession();
  const windows = useLiveQuery(() => listPeriodWindows(db, props.year), [db, props.year]);
  if (windows === undefined) return null;
  const now = new Date();
  const stateOf = (q: number): string => {
    const window = windows.find((w) => w.quarter === q);
    if (isQuarterLocked(window, now)) return t('windows.locked');
    if (window?.lockAt) return t('windows.openUntil', { date: formatDate(window.lockAt, { dateStyle: 'long', timeStyle: 'short' }) });
    return t('windows.open');
  };
  return (
    <section aria-labelledby="review-windows-title" className="quarter-windows">
      <h2 id="review-windows-title">{t('windows.title', { year: props.year })}</h2>
      <ul>
        {quarters.map((q) => <li key={q}>{t('windows.quarter', { q: quarterRoman[q], state: stateOf(q) })}</li>)}
      </ul>
      <p className="field__hint">{t('windows.hint')}</p>
    </section>
  );
}
