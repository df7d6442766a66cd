// A suggested answer for the unit's side of one criterion, drawn from the app's own data
// (domain/lke-suggestions.ts): the answer and its evidence in words, and "Pakai saran". Nothing is
// saved until the person presses it; an answered criterion keeps its answer until then.
import { useState } from 'react';
import { maxLkeNote, type LkeResponse } from '../../../domain/lke-response';
import type { LkeSuggestion as Suggestion } from '../../../domain/lke-suggestions';
import type { LkeAnswer } from '../../../domain/lke-template';
import type { FeatureT } from '../../i18n/feature-messages';
import { answerLabel } from './lke-answer-side';
import type { lkeMessages } from './messages';

type T = FeatureT<keyof typeof lkeMessages.id>;

/**
 * The note after taking a suggestion. What the unit already wrote stays, with the evidence after
 * it: pressing the button must not erase an explanation typed by hand. When both do not fit the
 * note's limit, the unit's own text wins.
 */
export function noteWithSuggestion(current: string, evidence: string): string {
  if (current.trim() === '') return evidence;
  if (current.includes(evidence)) return current;
  const joined = `${current.trimEnd()}\n\n${evidence}`;
  return joined.length <= maxLkeNote ? joined : current;
}

/** Nothing for a criterion the app has no suggestion for. */
export function LkeSuggestion(props: { t: T; suggestion: Suggestion | undefined; row: LkeResponse | null; onUse: (answer: LkeAnswer, note: (stored: string) => string) => Promise<void> }) {
  const { t, suggestion, row } = props;
  const [failure, setFailure] = useState<string | null>(null);
  if (!suggestion) return null;
  const current = row?.note ?? '';
  const used = row?.answer === suggestion.answer && current.includes(suggestion.evidence);
  const use = () =>
    // Composed with the note as stored when the save runs (lke-repository.ts): the note field's own
    // save on leaving it comes first, so text just typed is kept.
    props.onUse(suggestion.answer, (stored) => noteWithSuggestion(stored, suggestion.evidence))
      .then(() => setFailure(null), (error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  return (
    <div className="lke-side lke-side--suggestion">
      <p><strong>{t('lke.suggestion.title', { answer: answerLabel(t, suggestion.answer) })}</strong></p>
      <p className="lke-note">{suggestion.evidence}</p>
      {used ? <p className="field__hint">{t('lke.suggestion.used')}</p> : (
        <>
          <p className="field__hint">{t('lke.suggestion.hint')}</p>
          <button type="button" className="button" onClick={() => void use()}>{t('lke.suggestion.use')}</button>
        </>
      )}
      {failure && <p className="field__error" role="alert">{t('lke.saveFailed', { reason: failure })}</p>}
    </div>
  );
}
