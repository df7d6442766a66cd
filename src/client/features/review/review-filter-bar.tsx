// The unit and quarter pickers above the review lists; choices that have something to show.
import { quarterRoman } from '../../../domain/period';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { reviewMessages } from './messages';
import { periodKey, type FilterOptions, type ReviewFilter } from './review-filter';

export function ReviewFilterBar(props: { filter: ReviewFilter; options: FilterOptions; onChange(next: ReviewFilter): void }) {
  const t = useFeatureMessages(reviewMessages);
  const { filter, options } = props;
  const selectedPeriod = filter.period ? periodKey(filter.period.year, filter.period.quarter) : '';
  // A choice from the address that has nothing to show stays selectable (and visibly chosen).
  const periods = filter.period && !options.periods.some((p) => periodKey(p.year, p.quarter) === selectedPeriod)
    ? [filter.period, ...options.periods] : options.periods;
  const units = filter.unitId && !options.units.some((u) => u.id === filter.unitId) ? [{ id: filter.unitId, name: '?' }, ...options.units] : options.units;
  return (
    <div className="review-filter" role="group" aria-labelledby="review-filter-title">
      <p id="review-filter-title" className="review-filter__title">{t('filter.title')}</p>
      <div className="field">
        <label htmlFor="review-filter-unit">{t('filter.unit')}</label>
        <select id="review-filter-unit" value={filter.unitId ?? ''} onChange={(e) => props.onChange({ ...filter, unitId: e.target.value || null })}>
          <option value="">{t('filter.allUnits')}</option>
          {units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="review-filter-period">{t('filter.period')}</label>
        <select id="review-filter-period" value={selectedPeriod} onChange={(e) => {
          const [year, quarter] = e.target.value.split('-').map(Number);
          const period = periods.find((p) => p.year === year && p.quarter === quarter) ?? null;
          props.onChange({ ...filter, period });
        }}>
          <option value="">{t('filter.allPeriods')}</option>
          {periods.map((p) => <option key={periodKey(p.year, p.quarter)} value={periodKey(p.year, p.quarter)}>{t('filter.periodOption', { q: quarterRoman[p.quarter], year: p.year })}</option>)}
        </select>
      </div>
      {(filter.unitId || filter.period) && (
        <button type="button" className="button" onClick={() => props.onChange({ ...filter, unitId: null, period: null })}>{t('filter.clear')}</button>
      )}
    </div>
  );
}
