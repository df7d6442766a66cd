import { quarters, quarterRoman, type Quarter } from '../../../domain/period';
import type { GoalView } from '../../db/queries';
import type { EntrySyncState } from '../../db/database';
import { useI18n } from '../../i18n/i18n-context';
import { IndicatorRow } from './indicator-row';

export function GoalTable(props: {
  goal: GoalView;
  number: number;
  toDate: Quarter;
  syncStates: ReadonlyMap<string, EntrySyncState>;
}) {
  const { t } = useI18n();
  const { goal } = props;
  const caption = t('pk.goalCaption', { n: props.number, name: goal.goal.name });
  return (
    <section className="goal">
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table className="data-table pk-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {t('pk.col.no')}
              </th>
              <th scope="col" rowSpan={2} className="sticky-col">
                {t('pk.col.indicator')}
              </th>
              <th scope="col" rowSpan={2}>
                {t('pk.col.unit')}
              </th>
              <th scope="col" rowSpan={2}>
                {t('pk.col.annualTarget')}
              </th>
              <th scope="colgroup" colSpan={4} className="group">
                {t('pk.col.quarterTargets')}
              </th>
              <th scope="colgroup" colSpan={4} className="group">
                {t('pk.col.quarterRealisations')}
              </th>
              <th scope="col" rowSpan={2}>
                {t('pk.col.achievementToDate', { q: quarterRoman[props.toDate] })}
              </th>
            </tr>
            <tr className="subhead">
              {quarters.map((q) => (
                <th scope="col" key={`t${q}`}>
                  <QuarterHeading label={t('pk.col.quarterTarget', { q: quarterRoman[q] })} quarter={q} />
                </th>
              ))}
              {quarters.map((q) => (
                <th scope="col" key={`r${q}`}>
                  <QuarterHeading label={t('pk.col.quarterRealisation', { q: quarterRoman[q] })} quarter={q} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {goal.indicators.length === 0 ? (
              <tr>
                <td colSpan={13}>{t('pk.noIndicators')}</td>
              </tr>
            ) : (
              goal.indicators.map((view, index) => (
                <IndicatorRow
                  key={view.indicator.id}
                  view={view}
                  number={`${props.number}.${index + 1}`}
                  toDate={props.toDate}
                  syncStates={props.syncStates}
                />
              ))
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Shows "TW I" under its group heading; screen readers hear the full "Target TW I". */
function QuarterHeading(props: { label: string; quarter: Quarter }) {
  const { t } = useI18n();
  return (
    <>
      <span aria-hidden="true">{t('pk.col.quarter', { q: quarterRoman[props.quarter] })}</span>
      <span className="visually-hidden">{props.label}</span>
    </>
  );
}
