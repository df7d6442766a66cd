// The evaluator's decision on the entry page: verify or return (note required) while the entry is
// submitted, undo while it is verified or returned and its quarter's window is open — the same
// components and rules as the review queue (widgets/review-decision-form.tsx, widgets/review-undo-button.tsx).
import { availableActions } from '../../../domain/realisation-workflow';
import type { Realisation } from '../../../domain/realisation';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { useActiveSession } from '../../session/session-context';
import { ReviewDecisionForm } from '../../widgets/review-decision-form';
import { ReviewUndoButton } from '../../widgets/review-undo-button';
import { realisationMessages } from './messages';

export function EntryReview(props: { realisation: Realisation; indicatorName: string; locked: boolean }) {
  const t = useFeatureMessages(realisationMessages);
  const { actor } = useActiveSession();
  const actions = availableActions(actor, props.realisation);
  const canDecide = actions.includes('verify');
  if (!canDecide && !actions.includes('undo')) return null;
  return (
    <section className="card entry-review" aria-labelledby="entry-review-title">
      <h2 id="entry-review-title">{t('entryReview.title')}</h2>
      {canDecide
        ? <ReviewDecisionForm realisation={props.realisation} indicatorName={props.indicatorName} />
        : <ReviewUndoButton realisation={props.realisation} indicatorName={props.indicatorName} locked={props.locked} />}
    </section>
  );
}
