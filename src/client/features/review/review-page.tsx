// /review — the evaluator's work: the queue of submitted entries of the tenant by unit and quarter
// (decided one by one, or all of a unit's quarter at once), and the entries already decided, with
// undo while their quarter's window is open. Filtered by unit and quarter (kept in the address).
// From local data, offline too; the decisions queue and the server checks them (an entry the unit
// changed meanwhile comes back as stale).
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useSearchParams } from 'react-router';
import { periodOf } from '../../../domain/period';
import { listDecided, listReviewQueue } from '../../db/workflow-queries';
import { useActiveSession } from '../../session/session-context';
import { useTenantTimeZone } from '../../session/tenant-clock';
import { Loading } from '../../ui/loading';
import { QuarterWindows } from './quarter-windows';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { reviewMessages } from './messages';
import { DecidedList } from './decided-list';
import { ReviewFilterBar } from './review-filter-bar';
import { filterOptions, matches, readFilter, writeFilter, type Placed, type ReviewFilter } from './review-filter';
import { ReviewGroupSection } from './review-group';
import './review.css';
import { canReview } from '../../../domain/permissions';

const placedOf = (orgUnit: { id: string; name: string } | undefined, year: number, quarter: Placed['quarter'], orgUnitId: string): Placed =>
  ({ orgUnitId, unitName: orgUnit?.name ?? '?', year, quarter });

export function ReviewPage() {
  const t = useFeatureMessages(reviewMessages);
  const { db, actor, info } = useActiveSession();
  const timeZone = useTenantTimeZone();
  const [params, setParams] = useSearchParams();
  const [message, setMessage] = useState<string | null>(null);
  const formula = info.tenant.settings.lowerIsBetterFormula;
  const groups = useLiveQuery(() => listReviewQueue(db, formula), [db, formula]);
  const decided = useLiveQuery(() => listDecided(db, new Date()), [db]);
  if (!canReview(actor, { tenantId: actor.tenantId, orgUnitId: null }).allowed) return <p className="notice">{t('review.onlyEvaluators')}</p>;
  if (groups === undefined || decided === undefined) return <Loading />;

  const filter = readFilter(params);
  const change = (next: ReviewFilter) => { setMessage(null); setParams(writeFilter(next), { replace: true }); };
  const waitingPlaced = groups.map((g) => ({ group: g, placed: placedOf(g.orgUnit, g.year, g.quarter, g.items[0]?.realisation.orgUnitId ?? '') }));
  const decidedPlaced = decided.map((d) => ({ item: d, placed: placedOf(d.orgUnit, d.realisation.year, d.realisation.quarter, d.realisation.orgUnitId) }));
  const options = filterOptions([...waitingPlaced.map((w) => w.placed), ...decidedPlaced.map((d) => d.placed)]);
  const shownGroups = waitingPlaced.filter((w) => matches(filter, w.placed)).map((w) => w.group);
  const shownDecided = decidedPlaced.filter((d) => matches(filter, d.placed)).map((d) => d.item);
  const allWaiting = groups.reduce((n, g) => n + g.items.length, 0);
  const waiting = shownGroups.reduce((n, g) => n + g.items.length, 0);
  const viewLink = (view: ReviewFilter['view']) => ({ search: `?${writeFilter({ ...filter, view }).toString()}` });

  return (
    <section aria-labelledby="review-title" className="review">
      <h1 id="review-title">{t('review.title')}</h1>
      <p role="status">{allWaiting === 0 ? t('review.none') : t('review.count', { count: allWaiting })}</p>
      {message && <p className="notice" role="status">{message}</p>}
      <ReviewFilterBar filter={filter} options={options} onChange={change} />
      <nav aria-label={t('view.label')} className="review-views">
        <Link to={viewLink('waiting')} aria-current={filter.view === 'waiting' ? 'page' : undefined} onClick={() => setMessage(null)}>
          {t('view.waiting', { count: waiting })}
        </Link>
        <Link to={viewLink('decided')} aria-current={filter.view === 'decided' ? 'page' : undefined} onClick={() => setMessage(null)}>
          {t('view.decided', { count: shownDecided.length })}
        </Link>
      </nav>
      {filter.view === 'decided' ? (
        <section aria-labelledby="review-decided-title">
          <h2 id="review-decided-title">{t('decided.title')}</h2>
          <DecidedList items={shownDecided} />
        </section>
      ) : (
        <>
          <QuarterWindows year={periodOf(new Date(), timeZone).year} />
          {allWaiting > 0 && waiting === 0 && <p>{t('filter.noMatch')}</p>}
          {shownGroups.map((group) => (
            <ReviewGroupSection key={`${group.orgUnit?.id ?? 'x'}-${group.year}-${group.quarter}`} group={group} onVerifiedAll={setMessage} />
          ))}
        </>
      )}
    </section>
  );
}
