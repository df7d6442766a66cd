// The evaluator's decision on one submitted entry: verify, or return with a note (required). Used
// in the review queue's cards and on the entry page. The note is kept on the device as it is typed
// (use-form-draft.ts) under one key per entry, so a note begun in the queue is there on the page.
import { useState, type FormEvent } from 'react';
import type { Realisation } from '../../domain/realisation';
import { reviewEntry, WorkflowStepError } from '../db/workflow-repository';
import { StorageFullError } from '../db/storage-errors';
import { useFeatureMessages } from '../i18n/feature-messages';
import { useActiveSession } from '../session/session-context';
import { DraftNotice } from '../session/draft-notice';
import { useFormDraft } from '../session/use-form-draft';
import { TextareaField } from '../ui/textarea-field';
import { reviewDecisionMessages } from './review-decision-messages';

export const reviewNoteDraftKey = (realisationId: string) => `review-note:${realisationId}`;

export function ReviewDecisionForm(props: { realisation: Realisation; indicatorName: string; onDecided?(decision: 'verify' | 'return'): void }) {
  const t = useFeatureMessages(reviewDecisionMessages);
  const { db, actor } = useActiveSession();
  const { realisation, indicatorName } = props;
  const form = useFormDraft({ key: reviewNoteDraftKey(realisation.id), initial: '' });
  const note = form.values;
  const [error, setError] = useState<string | null>(null);

  async function decide(decision: 'verify' | 'return', event?: FormEvent) {
    event?.preventDefault();
    if (decision === 'return' && note.trim() === '') return setError(t('decision.noteRequired'));
    try {
      await reviewEntry(db, actor, realisation.id, decision, note);
      form.saved('');
      props.onDecided?.(decision);
    } catch (failure) {
      setError(failure instanceof StorageFullError ? t('decision.storageFull') : failure instanceof WorkflowStepError ? t('decision.notPossible') : t('decision.failed'));
    }
  }

  return (
    <form className="review-decision" onSubmit={(e) => void decide('return', e)} noValidate>
      <DraftNotice draft={form} />
      <TextareaField label={t('decision.note')} value={note} maxLength={4000} onChange={(e) => { form.setValues(e.target.value); setError(null); }} error={error} />
      <div className="actions">
        <button type="button" className="button button--primary" aria-label={t('decision.verifyNamed', { indicator: indicatorName })} onClick={() => void decide('verify')}>
          {t('decision.verify')}
        </button>
        <button type="submit" className="button" aria-label={t('decision.returnNamed', { indicator: indicatorName })}>
          {t('decision.return')}
        </button>
      </div>
    </form>
  );
}
