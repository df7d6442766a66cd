import { quarters, quarterRoman, type Quarter } from '../../../../domain/period';
import type { GoalView } from '../../../db/queries';
import type { EntrySyncState } from '../../../db/database';
import { useI18n } from '../../../i18n/i18n-context';
import { IndicatorRow } from './indicator-row';

export function GoalTable(props: {
  goal: GoalView;
  number: number;
  toDate: Quarter;
  syncStates: ReadonlyMap<string, EntrySyncState>;
  /** The PK's indicators should each support a higher one (all but the pemda's own). */
  needsLink: boolean;
  /** The pemda's own PK: its IKU figures are entered by who keeps the plan. */
  pemda: boolean;
}) {
  const { t } = useI18n();
  const { goal } = props;
  const caption = t('pk.goalCaption', { n: props.number, name: goal.goal.name });
  return (
    <section className="goal">
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table className="data-table pk-table">
          <caption>
            {caption}
            <span className="caption-hint">{t('pk.cellHint')}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('pk.col.no')}</th>
              <th scope="col" className="sticky-col">
                {t('pk.col.indicator')}
              </th>
              <th scope="col" className="num">
                {t('pk.col.annualTarget')}
              </th>
              {quarters.map((q) => (
                <th scope="col" key={q} className="num">
                  <QuarterHeading label={t('pk.col.quarterCell', { q: quarterRoman[q] })} quarter={q} />
                </th>
              ))}
              <th scope="col">{t('pk.col.achievementToDate', { q: quarterRoman[props.toDate] })}</th>
            </tr>
          </thead>
          <tbody>
            {goal.indicators.length === 0 ? (
              <tr>
                <td colSpan={8}>{t('pk.noIndicators')}</td>
              </tr>
            ) : (
              goal.indicators.map((view, index) => (
                <IndicatorRow
                  key={view.indicator.id}
                  view={view}
                  number={`${props.number}.${index + 1}`}
                  toDate={props.toDate}
                  syncStates={props.syncStates}
                  unaligned={props.needsLink && !view.indicator.supportsId}
                  pemda={props.pemda}
                />
              ))
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Shows "TW I"; screen readers hear "Realisasi dan target TW I". */
function QuarterHeading(props: { label: string; quarter: Quarter }) {
  const { t } = useI18n();
  return (
    <>
      <span aria-hidden="true">{t('pk.col.quarter', { q: quarterRoman[props.quarter] })}</span>
      <span className="visually-hidden">{props.label}</span>
    </>
  );
}
