// A sasaran of a draft PK: its name (saved when the field is left), its indicators with their sync
// state and issues, reorder and delete, and the form to add or change an indicator.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Goal } from '../../../../domain/agreement';
import type { Indicator } from '../../../../domain/indicator';
import type { PkIssue } from '../../../../domain/agreement-validation';
import { quarterRoman } from '../../../../domain/period';
import type { EntrySyncState } from '../../../db/database';
import { deleteGoal, deleteIndicator, moveGoal, moveIndicator, saveGoal } from '../../../db/agreement-parts-repository';
import { useFeatureMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/i18n-context';
import { useActiveSession } from '../../../session/session-context';
import { listFormDraftKeys } from '../../../db/form-drafts';
import { DraftNotice } from '../../../session/draft-notice';
import { useFormDraft } from '../../../session/use-form-draft';
import { EntrySyncBadge } from '../../../widgets/entry-sync-badge';
import { formatTarget } from '../../../ui/indicator-format';
import { formatTargetWithUnit } from '../../../ui/indicator-format-unit';
import { TextField } from '../../../ui/text-field';
import { editorMessages } from './editor-messages';
import { IndicatorForm, indicatorDraftPrefix } from './indicator-form';
import { errorMessage, issueMessage, issuesAt } from './pk-issues';
import type { TujuanChoice } from '../../../db/plan-queries';
import { TujuanField } from './tujuan-field';

export function GoalEditor(props: {
  goal: Goal;
  number: number;
  indicators: readonly Indicator[];
  issues: readonly PkIssue[];
  syncStates: ReadonlyMap<string, EntrySyncState>;
  realised: ReadonlyMap<string, Set<number>>;
  /** The pemda's PK: the RPJMD tujuan a sasaran daerah may serve (empty: no plan on the device); null for any other PK. */
  tujuan?: readonly TujuanChoice[] | null;
}) {
  const t = useFeatureMessages(editorMessages);
  const i18n = useI18n();
  const { db, actor } = useActiveSession();
  const { goal, number } = props;
  // The name is saved when the field is left; until then it is kept as a draft like every form's.
  const nameForm = useFormDraft({ key: `goal:${goal.id}`, initial: goal.name });
  const name = nameForm.values;
  // undefined: not chosen yet, so an indicator form with a kept draft opens again by itself.
  const [chosen, setEditing] = useState<string | 'new' | null | undefined>(undefined);
  const draftKeys = useLiveQuery(() => listFormDraftKeys(actor.id, indicatorDraftPrefix(goal.id)), [actor.id, goal.id]);
  const withDraft = draftKeys?.map((key) => key.slice(indicatorDraftPrefix(goal.id).length)).find((id) => id === 'new' || props.indicators.some((i) => i.id === id));
  const editing = chosen === undefined ? (withDraft ?? null) : chosen;
  const [failure, setFailure] = useState<string | null>(null);
  const run = (write: () => Promise<unknown>) => {
    setFailure(null);
    write().catch((error: unknown) => setFailure(errorMessage(t, error)));
  };
  const rename = () => {
    if (name.trim() === goal.name) return nameForm.discard();
    if (name.trim() === '') return setFailure(t('input.required'));
    run(() => saveGoal(db, actor, { id: goal.id, agreementId: goal.agreementId, name }).then(() => nameForm.saved()));
  };
  const goalIssue = issuesAt(props.issues, goal.id)[0];

  return (
    <section className="goal-editor card" aria-label={t('goal.name', { n: number })}>
      <div className="goal-editor__head">
        <TextField label={t('goal.name', { n: number })} value={name} onChange={(e) => nameForm.setValues(e.target.value)} onBlur={rename} maxLength={500} />
        <EntrySyncBadge state={props.syncStates.get(goal.id) ?? 'synced'} />
        <div className="button-row">
          <button type="button" className="button button--small" aria-label={t('goal.up', { n: number })} onClick={() => run(() => moveGoal(db, actor, goal.id, 'up'))}>{t('move.up')}</button>
          <button type="button" className="button button--small" aria-label={t('goal.down', { n: number })} onClick={() => run(() => moveGoal(db, actor, goal.id, 'down'))}>{t('move.down')}</button>
          <button type="button" className="button button--small" aria-label={t('goal.delete', { n: number })}
            onClick={() => window.confirm(t('goal.deleteConfirm')) && run(() => deleteGoal(db, actor, goal.id))}>{t('delete')}</button>
        </div>
      </div>
      {props.tujuan && <TujuanField goal={goal} number={number} choices={props.tujuan} onChange={(tujuanId) => run(() => saveGoal(db, actor, { id: goal.id, agreementId: goal.agreementId, name: goal.name, tujuanId }))} />}
      <DraftNotice draft={nameForm} />
      {goalIssue && <p className="field__warning">{issueMessage(t, goalIssue)}</p>}
      <ol className="indicator-list">
        {props.indicators.map((indicator, index) => (
          <li key={indicator.id} className="indicator-card">
            {editing === indicator.id ? (
              <>
                {/* Its number stays above the open form: without it the form read as the one above's. */}
                <div className="indicator-card__head"><strong>{t('indicator.legend', { n: `${number}.${index + 1}` })}: {indicator.name}</strong></div>
                <IndicatorForm agreementId={goal.agreementId} goalId={goal.id} indicator={indicator} realised={props.realised.get(indicator.id)} onDone={() => setEditing(null)} />
              </>
            ) : (
              <>
                <div className="indicator-card__head">
                  <strong>{t('indicator.legend', { n: `${number}.${index + 1}` })}: {indicator.name}</strong>
                  <EntrySyncBadge state={props.syncStates.get(indicator.id) ?? 'synced'} />
                </div>
                <p className="muted">
                  {t('indicator.summary', {
                    target: formatTargetWithUnit(indicator, indicator.annualTarget, i18n),
                    quarters: indicator.quarterTargets.map((q, i) => `${quarterRoman[(i + 1) as 1]}: ${formatTarget(indicator, q, i18n)}`).join(' · '),
                  })}
                </p>
                {issuesAt(props.issues, indicator.id).map((issue) => (
                  <p key={`${issue.code}-${issue.field ?? ''}`} className={issue.severity === 'error' ? 'field__error' : 'field__warning'}>{issueMessage(t, issue)}</p>
                ))}
                <div className="button-row">
                  <button type="button" className="button button--small" aria-label={t('indicator.edit', { name: indicator.name })} onClick={() => setEditing(indicator.id)}>{t('edit')}</button>
                  <button type="button" className="button button--small" aria-label={t('indicator.up', { name: indicator.name })} onClick={() => run(() => moveIndicator(db, actor, indicator.id, 'up'))}>{t('move.up')}</button>
                  <button type="button" className="button button--small" aria-label={t('indicator.down', { name: indicator.name })} onClick={() => run(() => moveIndicator(db, actor, indicator.id, 'down'))}>{t('move.down')}</button>
                  <button type="button" className="button button--small" aria-label={t('indicator.delete', { name: indicator.name })}
                    onClick={() => window.confirm(t('indicator.deleteConfirm')) && run(() => deleteIndicator(db, actor, indicator.id))}>{t('delete')}</button>
                </div>
              </>
            )}
          </li>
        ))}
      </ol>
      {editing === 'new' ? (
        <IndicatorForm agreementId={goal.agreementId} goalId={goal.id} indicator={null} realised={undefined} onDone={() => setEditing(null)} />
      ) : (
        <button type="button" className="button" onClick={() => setEditing('new')}>{t('goal.addIndicator', { n: number })}</button>
      )}
      {failure && <p className="form-error" role="alert">{failure}</p>}
    </section>
  );
}
