// A unit's LKE of a year: the score, then each component's sub-components and criteria with the
// unit's answer and the evaluator's beside it. The unit edits its side, the evaluator the review
// (with "agree" per criterion and for all unreviewed at once) and finalises or reopens; everything
// is saved on the device first and syncs like the quarter's entries. Under the unit's side, its
// bukti dukung (files) for that criterion.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { LkeSide } from '../../../domain/lke-response';
import { suggestLkeAnswers } from '../../../domain/lke-suggestions';
import { canAnswerLke, canReview } from '../../../domain/permissions';
import { LkeWriteError, saveLkeResponses, setLkeEvaluationStatus, type LkeResponseInput } from '../../db/lke-repository';
import type { LkeView } from '../../db/lke-queries';
import { listLkeEvidenceViews, type LkeEvidenceView } from '../../db/lke-evidence-repository';
import { getLkeFacts } from '../../db/lke-facts';
import { StorageFullError } from '../../db/storage-errors';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { useActiveSession } from '../../session/session-context';
import { ConfirmBox } from '../../ui/confirm-box';
import { AnswerSide } from './lke-answer-side';
import { LkeEvidenceList } from './lke-evidence';
import { LkeScorePanel } from './lke-score-panel';
import { LkeSuggestion } from './lke-suggestion';
import { lkeMessages } from './messages';

type Asking = null | 'agreeAll' | 'finalise' | 'reopen';
const noFiles: readonly LkeEvidenceView[] = [];

export function LkeSheet(props: { view: LkeView }) {
  const t = useFeatureMessages(lkeMessages);
  const { db, actor } = useActiveSession();
  const { view } = props;
  const [asking, setAsking] = useState<Asking>(null);
  const orgUnitId = view.orgUnit?.id ?? '';
  const unit = { tenantId: actor.tenantId, orgUnitId };
  const final = view.evaluation?.status === 'final';
  const mayAnswer = canAnswerLke(actor, unit).allowed && !final;
  const isEvaluator = canReview(actor, unit).allowed;
  const mayReview = isEvaluator && !final;
  const unitName = view.orgUnit?.name ?? '';
  // Suggestions only for whoever answers the unit's side: no one else may take them.
  const settings = useActiveSession().info.tenant.settings;
  const facts = useLiveQuery(() => (mayAnswer ? getLkeFacts(db, orgUnitId, view.year, settings, new Date()) : null), [db, orgUnitId, view.year, mayAnswer, settings]);
  const suggestions = useMemo(() => (facts ? suggestLkeAnswers(view.template, facts) : {}), [facts, view.template]);
  const files = useLiveQuery(() => listLkeEvidenceViews(db, orgUnitId, view.year), [db, orgUnitId, view.year]);

  const write = async (inputs: LkeResponseInput[]) => {
    try {
      await saveLkeResponses(db, actor, inputs);
    } catch (error) {
      if (error instanceof LkeWriteError) throw new Error(t(`lke.error.${error.problem}`), { cause: error });
      if (error instanceof StorageFullError) throw new Error(t('lke.error.storageFull'), { cause: error });
      throw error;
    }
  };
  const save = (criterionId: string, side: LkeSide) => (answer: LkeResponseInput['answer'], note: LkeResponseInput['note']) =>
    write([{ orgUnitId, year: view.year, criterionId, side, answer, note }]);
  const toAgree = [...view.answers].filter(([, s]) => s.self?.answer != null && s.review?.answer == null);
  const [bulkFailure, setBulkFailure] = useState<string | null>(null);
  const agreeAll = async () => {
    setAsking(null);
    const inputs = toAgree.map(([criterionId, sides]) => ({ orgUnitId, year: view.year, criterionId, side: 'review' as const, answer: sides.self?.answer ?? null, note: sides.review?.note ?? '' }));
    await write(inputs).then(() => setBulkFailure(null), (error: unknown) => setBulkFailure(error instanceof Error ? error.message : String(error)));
  };
  const setStatus = async (status: 'open' | 'final') => {
    setAsking(null);
    await setLkeEvaluationStatus(db, actor, { orgUnitId, year: view.year, status });
  };

  return (
    <>
      <LkeScorePanel t={t} view={view} />
      {final ? <p className="notice" role="status">{t('lke.final')}</p> : !mayAnswer && !mayReview && <p className="field__hint">{t('lke.readOnly')}</p>}
      {mayAnswer && <p className="field__hint">{t('lke.evidence.hint')}</p>}
      {isEvaluator && (
        <div className="actions">
          {mayReview && toAgree.length > 0 && <button type="button" className="button" onClick={() => setAsking('agreeAll')}>{t('lke.agreeAll', { n: toAgree.length })}</button>}
          {mayReview && <button type="button" className="button button--primary" disabled={view.unreviewed.length > 0} aria-describedby={view.unreviewed.length > 0 ? 'lke-finalise-hint' : undefined} onClick={() => setAsking('finalise')}>{t('lke.finalise')}</button>}
          {final && <button type="button" className="button" onClick={() => setAsking('reopen')}>{t('lke.reopen')}</button>}
          {mayReview && view.unreviewed.length > 0 && <p id="lke-finalise-hint" className="field__hint">{t('lke.finaliseBlocked')}</p>}
        </div>
      )}
      {bulkFailure && <p className="field__error" role="alert">{t('lke.saveFailed', { reason: bulkFailure })}</p>}
      {asking === 'agreeAll' && <ConfirmBox title={t('lke.agreeAll', { n: toAgree.length })} consequence={t('lke.agreeAllConfirm', { n: toAgree.length })} confirmLabel={t('lke.yes')} cancelLabel={t('lke.cancel')} onConfirm={() => void agreeAll()} onCancel={() => setAsking(null)} />}
      {asking === 'finalise' && <ConfirmBox title={t('lke.finalise')} consequence={t('lke.finaliseConfirm', { unit: unitName, year: view.year })} confirmLabel={t('lke.yes')} cancelLabel={t('lke.cancel')} onConfirm={() => void setStatus('final')} onCancel={() => setAsking(null)} />}
      {asking === 'reopen' && <ConfirmBox title={t('lke.reopen')} consequence={t('lke.reopenConfirm', { unit: unitName, year: view.year })} confirmLabel={t('lke.yes')} cancelLabel={t('lke.cancel')} onConfirm={() => void setStatus('open')} onCancel={() => setAsking(null)} />}

      {view.template.components.map((component) => (
        <section key={component.id} aria-labelledby={`lke-${component.id}`} className="lke-component">
          <h2 id={`lke-${component.id}`}>{component.title} ({component.weight})</h2>
          {component.subComponents.map((sub) => (
            <section key={sub.id} aria-labelledby={`lke-${sub.id}`}>
              <h3 id={`lke-${sub.id}`}>{sub.title}</h3>
              <ol className="lke-criteria">
                {sub.criteria.map((criterion) => {
                  const sides = view.answers.get(criterion.id) ?? { self: null, review: null };
                  const differs = sides.review?.answer != null && sides.self?.answer != null && sides.review.answer !== sides.self.answer;
                  return (
                    <li key={criterion.id} className="lke-criterion" aria-label={t('lke.criterion', { id: criterion.id })}>
                      <p className="lke-criterion__text">{criterion.text}</p>
                      <div className="lke-criterion__sides">
                        <AnswerSide t={t} side="self" scale={criterion.scale} row={sides.self} editable={mayAnswer} onSave={save(criterion.id, 'self')} />
                        <AnswerSide t={t} side="review" scale={criterion.scale} row={sides.review} editable={mayReview} onSave={save(criterion.id, 'review')} agreeWith={sides.self?.answer ?? null} />
                        {mayAnswer && <LkeSuggestion t={t} suggestion={suggestions[criterion.id]} row={sides.self} onUse={save(criterion.id, 'self')} />}
                        <LkeEvidenceList t={t} orgUnitId={orgUnitId} year={view.year} criterionId={criterion.id} files={files?.get(criterion.id) ?? noFiles} editable={mayAnswer} />
                      </div>
                      {differs && <p className="field__warning">{t('lke.differs')}</p>}
                    </li>
                  );
                })}
              </ol>
            </section>
          ))}
        </section>
      ))}
    </>
  );
}
