// The home screen's card on the unit's LKE recommendations (last year's and this year's): how many
// stand at each follow-up status, and the ones not done yet, each opening the LKE screen of its
// year, where the unit keeps the follow-up. Nothing at all when there is no recommendation.
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { getLkeFollowUp } from '../../../db/lke-follow-up-queries';
import { useFeatureMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/i18n-context';
import { useActiveSession } from '../../../session/session-context';
import { lkeFollowUpMessages } from './lke-follow-up-messages';

const briefLength = 120;
/** The start of a long recommendation: the card lists them briefly, the LKE screen in full. */
const brief = (text: string): string => (text.length <= briefLength ? text : `${text.slice(0, briefLength - 1).trimEnd()}…`);

export function LkeFollowUpCard(props: { orgUnitId: string; year: number }) {
  const t = useFeatureMessages(lkeFollowUpMessages);
  const { formatNumber } = useI18n();
  const { db } = useActiveSession();
  const followUp = useLiveQuery(() => getLkeFollowUp(db, props.orgUnitId, props.year), [db, props.orgUnitId, props.year]);
  if (!followUp) return null;
  const { counts } = followUp;
  return (
    <section className="card lke-follow-up" aria-labelledby="lke-follow-up-title">
      <h2 id="lke-follow-up-title">{t('lkeFollowUp.title')}</h2>
      <p>
        {t('lkeFollowUp.counts', {
          count: followUp.total, belum: formatNumber(counts.belum, 0), proses: formatNumber(counts.proses, 0), selesai: formatNumber(counts.selesai, 0),
        })}
      </p>
      {followUp.open.length === 0 ? <p>{t('lkeFollowUp.allDone')}</p> : (
        <>
          <h3>{t('lkeFollowUp.open')}</h3>
          <ul className="to-do__list">
            {followUp.open.map((row) => (
              <li key={row.id}>
                <span className="to-do__name">{t('lkeFollowUp.of', { year: row.year })} · {brief(row.text)}</span>
                <span className="to-do__note">{t(`lkeFollowUp.status.${row.followUp}`)}</span>
                <Link className="button" to={`/lke?year=${row.year}`} aria-label={t('lkeFollowUp.followUpNamed', { year: row.year, text: brief(row.text) })}>
                  {t('lkeFollowUp.followUp')}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
