// "Batalkan keputusan": the evaluator takes a verification or a return back (the entry waits for
// review again). Offered only while the quarter's window is open; the server checks it again.
import { useState } from 'react';
import type { Realisation } from '../../domain/realisation';
import { undoDecision, WorkflowStepError } from '../db/workflow-repository';
import { StorageFullError } from '../db/storage-errors';
import { useFeatureMessages } from '../i18n/feature-messages';
import { useActiveSession } from '../session/session-context';
import { reviewDecisionMessages } from './review-decision-messages';

export function ReviewUndoButton(props: { realisation: Realisation; indicatorName: string; locked: boolean }) {
  const t = useFeatureMessages(reviewDecisionMessages);
  const { db, actor } = useActiveSession();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (props.locked) return <p className="field__hint">{t('decision.final')}</p>;

  async function undo() {
    setBusy(true);
    setError(null);
    try {
      await undoDecision(db, actor, props.realisation.id);
    } catch (failure) {
      setError(failure instanceof StorageFullError ? t('decision.storageFull') : failure instanceof WorkflowStepError ? t('decision.notPossible') : t('decision.failed'));
      setBusy(false);
    }
  }

  return (
    <div className="review-undo">
      <button type="button" className="button" disabled={busy} aria-label={t('decision.undoNamed', { indicator: props.indicatorName })} onClick={() => void undo()}>
        {t('decision.undo')}
      </button>
      <p className="field__hint">{t('decision.undoHint')}</p>
      {error && <p className="form-error" role="alert">{error}</p>}
    </div>
  );
}
