// One submitted entry in the evaluator's queue: the value against its target, the capaian of the
// quarter and to date, what the unit wrote, its evidence at a glance, and the decision (verify, or
// return with a required note; widgets/review-decision-form.tsx, shared with the entry page).
import { Link } from 'react-router';
import { quarterAchievement, yearToDateAchievement } from '../../../domain/achievement';
import { quarterRoman } from '../../../domain/period';
import type { ReviewItem } from '../../db/workflow-queries';
import { useI18n } from '../../i18n/i18n-context';
import { useActiveSession } from '../../session/session-context';
import { AchievementSummary } from '../../ui/achievement-summary';
import { formatRealisationWithUnit, formatTargetWithUnit } from '../../ui/indicator-format-unit';
import { quarterValuesOf } from '../../../domain/quarter-values';
import { ReviewDecisionForm } from '../../widgets/review-decision-form';
import { reviewMessages } from './messages';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { EvidenceThumbnails } from './evidence-thumbnails';
import { entryFlags } from './entry-flags';
import { plausibilityText, valueFormat } from '../../ui/plausibility-note';
import { plausibilityMessages } from '../../ui/plausibility-messages';
import './review.css';

export function ReviewCard(props: { item: ReviewItem }) {
  const i18n = useI18n();
  const t = useFeatureMessages(reviewMessages);
  const tp = useFeatureMessages(plausibilityMessages);
  const { info } = useActiveSession();
  const { realisation, indicator, realisations } = props.item;
  const settings = info.tenant.settings;
  const q = quarterRoman[realisation.quarter];
  const target = indicator.quarterTargets[realisation.quarter - 1] ?? null;
  const values = quarterValuesOf(realisations);
  const achievement = quarterAchievement(indicator, values, realisation.quarter, settings.lowerIsBetterFormula);
  const toDate = yearToDateAchievement(indicator, values, realisation.quarter, settings.lowerIsBetterFormula);
  const titleId = `review-${realisation.id}`;
  const flags = entryFlags(props.item, settings).map((w) => plausibilityText(tp, w, realisation.value ?? 0, valueFormat(i18n.formatNumber, indicator.unit)));

  const narrative = [
    ['realisation.drivers', realisation.drivers],
    ['realisation.obstacles', realisation.obstacles],
    ['realisation.followUp', realisation.followUp],
  ] as const;

  return (
    <article className="card review-card" aria-labelledby={titleId}>
      <h3 id={titleId}>{indicator.name}</h3>
      {flags.length > 0 && (
        <div className="notice review-card__flag">
          <p><strong>{t('review.flagged')}</strong></p>
          <ul>{flags.map((text) => <li key={text}>{text}</li>)}</ul>
        </div>
      )}
      <dl className="review-card__facts">
        <div><dt>{t('review.value', { q })}</dt><dd>{formatRealisationWithUnit(indicator, realisation.value, i18n)}</dd></div>
        <div><dt>{t('review.target', { q })}</dt><dd>{formatTargetWithUnit(indicator, target, i18n)}</dd></div>
        <div><dt>{t('realisation.quarterAchievement', { q })}</dt><dd><AchievementSummary achievement={achievement} bands={settings.categoryBands} /></dd></div>
        <div><dt>{t('review.toDate', { q })}</dt><dd><AchievementSummary achievement={toDate} bands={settings.categoryBands} /></dd></div>
      </dl>
      <dl>
        {narrative.map(([key, text]) => (
          <div key={key}><dt>{t(key)}</dt><dd>{text.trim() === '' ? t('review.empty') : text}</dd></div>
        ))}
      </dl>
      <EvidenceThumbnails realisationId={realisation.id} />
      {realisation.reviewNote && <p className="notice">{t('review.previousNote', { note: realisation.reviewNote })}</p>}
      <Link to={`/indicators/${indicator.id}/quarters/${realisation.quarter}`} state={{ from: '/review' }}>{t('review.open')}</Link>
      <ReviewDecisionForm realisation={realisation} indicatorName={indicator.name} />
    </article>
  );
}
