// One submitted entry in the evaluator's queue: the value against its target, the capaian, what
// the unit wrote, and the decision (verify, or return with a required note).
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { quarterAchievement } from '../../../domain/achievement';
import { quarterRoman } from '../../../domain/period';
import { reviewEntry, WorkflowStepError } from '../../db/workflow-repository';
import { StorageFullError } from '../../db/storage-errors';
import type { ReviewItem } from '../../db/workflow-queries';
import { useI18n } from '../../i18n/i18n-context';
import { useActiveSession } from '../../session/session-context';
import { DraftNotice } from '../../session/draft-notice';
import { useFormDraft } from '../../session/use-form-draft';
import { AchievementSummary } from '../../ui/achievement-summary';
import { formatRealisationWithUnit, formatTargetWithUnit } from '../../ui/indicator-format-unit';
import { quarterValuesOf } from '../../../domain/quarter-values';
import { TextareaField } from '../../ui/textarea-field';
import { reviewMessages } from './messages';
import { useFeatureMessages } from '../../i18n/feature-messages';
import './review.css';

export function ReviewCard(props: { item: ReviewItem }) {
  const i18n = useI18n();
  const t = useFeatureMessages(reviewMessages);
  const { db, actor, info } = useActiveSession();
  const { realisation, indicator, realisations } = props.item;
  // The note is kept on the device as it is typed, until the decision is saved (use-form-draft.ts).
  const form = useFormDraft({ key: `review-note:${props.item.realisation.id}`, initial: '' });
  const note = form.values;
  const [error, setError] = useState<string | null>(null);
  const settings = info.tenant.settings;
  const q = quarterRoman[realisation.quarter];
  const target = indicator.quarterTargets[realisation.quarter - 1] ?? null;
  const achievement = quarterAchievement(indicator, quarterValuesOf(realisations), realisation.quarter, settings.lowerIsBetterFormula);
  const titleId = `review-${realisation.id}`;

  async function decide(decision: 'verify' | 'return', event?: FormEvent) {
    event?.preventDefault();
    if (decision === 'return' && note.trim() === '') return setError(t('review.noteRequired'));
    try {
      await reviewEntry(db, actor, realisation.id, decision, note);
      form.saved('');
    } catch (failure) {
      setError(failure instanceof StorageFullError ? t('conflicts.storageFull') : failure instanceof WorkflowStepError ? t('review.notPossible') : t('review.failed'));
    }
  }

  const narrative = [
    ['realisation.drivers', realisation.drivers],
    ['realisation.obstacles', realisation.obstacles],
    ['realisation.followUp', realisation.followUp],
  ] as const;

  return (
    <article className="card review-card" aria-labelledby={titleId}>
      <h3 id={titleId}>{indicator.name}</h3>
      <dl className="review-card__facts">
        <div><dt>{t('review.value', { q })}</dt><dd>{formatRealisationWithUnit(indicator, realisation.value, i18n)}</dd></div>
        <div><dt>{t('review.target', { q })}</dt><dd>{formatTargetWithUnit(indicator, target, i18n)}</dd></div>
        <div><dt>{t('realisation.quarterAchievement', { q })}</dt><dd><AchievementSummary achievement={achievement} bands={settings.categoryBands} /></dd></div>
      </dl>
      <dl>
        {narrative.map(([key, text]) => (
          <div key={key}><dt>{t(key)}</dt><dd>{text.trim() === '' ? t('review.empty') : text}</dd></div>
        ))}
      </dl>
      {realisation.reviewNote && <p className="notice">{t('review.previousNote', { note: realisation.reviewNote })}</p>}
      <Link to={`/indicators/${indicator.id}/quarters/${realisation.quarter}`} state={{ from: '/review' }}>{t('review.open')}</Link>
      <form onSubmit={(e) => void decide('return', e)} noValidate>
        <DraftNotice draft={form} />
        <TextareaField label={t('review.note')} value={note} maxLength={4000} onChange={(e) => { form.setValues(e.target.value); setError(null); }} error={error} />
        <div className="actions">
          <button type="button" className="button button--primary" aria-label={t('review.verifyNamed', { indicator: indicator.name })} onClick={() => void decide('verify')}>
            {t('review.verify')}
          </button>
          <button type="submit" className="button" aria-label={t('review.returnNamed', { indicator: indicator.name })}>
            {t('review.return')}
          </button>
        </div>
      </form>
    </article>
  );
}
