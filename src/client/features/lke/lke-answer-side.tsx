// One side of a criterion: the unit's penilaian mandiri or the evaluator's review, each an answer
// on the criterion's scale and a note. The answer is saved on the device as it is chosen, the note
// when the field is left; both sync like every other entry. Read-only when the side is not the
// user's or the LKE is final.
import { useId, useState } from 'react';
import { lkeAnswerCredit } from '../../../domain/lke-score';
import { lkeScaleAnswers, type LkeAnswer, type LkeAnswerScale } from '../../../domain/lke-template';
import { maxLkeNote, type LkeResponse, type LkeSide } from '../../../domain/lke-response';
import type { FeatureT } from '../../i18n/feature-messages';
import type { lkeMessages } from './messages';

type T = FeatureT<keyof typeof lkeMessages.id>;

/**
 * The note's own save keeps the answer as stored when it runs, not the one this screen last read:
 * an answer chosen a moment before the note field is left may not have come back to the screen yet.
 */
export const keepStoredAnswer = (stored: LkeAnswer | null): LkeAnswer | null => stored;

export const answerLabel = (t: T, answer: LkeAnswer): string =>
  answer === 'ya' || answer === 'tidak' ? t(`lke.answer.${answer}`) : `${answer} (${lkeAnswerCredit[answer]}%)`;

export interface AnswerSideProps {
  t: T;
  side: LkeSide;
  scale: LkeAnswerScale;
  row: LkeResponse | null;
  editable: boolean;
  /** `answer` may be "whatever is stored when the save runs" (keepStoredAnswer). */
  onSave: (answer: LkeAnswer | null | typeof keepStoredAnswer, note: string) => Promise<void>;
  /** The evaluator's shortcut: the unit's answer, when it has one. */
  agreeWith?: LkeAnswer | null;
}

export function AnswerSide(props: AnswerSideProps) {
  const { t, row } = props;
  const id = useId();
  const [note, setNote] = useState(row?.note ?? '');
  const [editingNote, setEditingNote] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // A newer note from another device shows, unless the user is typing in this one (adjusted while
  // rendering, React's pattern for state that follows a prop).
  const [seenNote, setSeenNote] = useState(row?.note ?? '');
  if (!editingNote && (row?.note ?? '') !== seenNote) {
    setSeenNote(row?.note ?? '');
    setNote(row?.note ?? '');
  }
  const answer = row?.answer ?? null;
  const save = (nextAnswer: LkeAnswer | null | typeof keepStoredAnswer, nextNote: string) =>
    props.onSave(nextAnswer, nextNote).then(() => setFailure(null), (error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  const title = props.side === 'self' ? t('lke.self') : t('lke.review');

  if (!props.editable) {
    return (
      <div className={`lke-side lke-side--${props.side}`}>
        <p><strong>{title}:</strong> {answer === null ? t('lke.noAnswer') : answerLabel(t, answer)}</p>
        {row?.note ? <p className="lke-note">{row.note}</p> : null}
      </div>
    );
  }
  return (
    <fieldset className={`lke-side lke-side--${props.side}`}>
      <legend>{title}</legend>
      <div className="field">
        <label htmlFor={`${id}-answer`}>{t('lke.answer')}</label>
        <select id={`${id}-answer`} value={answer ?? ''} onChange={(e) => void save(e.target.value === '' ? null : (e.target.value as LkeAnswer), note)}>
          <option value="">{t('lke.noAnswer')}</option>
          {lkeScaleAnswers[props.scale].map((a) => <option key={a} value={a}>{answerLabel(t, a)}</option>)}
        </select>
      </div>
      {props.agreeWith != null && props.agreeWith !== answer && (
        <button type="button" className="button" onClick={() => void save(props.agreeWith ?? null, note)}>{t('lke.agree')}</button>
      )}
      <div className="field">
        <label htmlFor={`${id}-note`}>{props.side === 'self' ? t('lke.note.self') : t('lke.note.review')}</label>
        <textarea id={`${id}-note`} rows={2} maxLength={maxLkeNote} value={note}
          onFocus={() => setEditingNote(true)}
          onChange={(e) => setNote(e.target.value)}
          onBlur={() => { setEditingNote(false); if (note !== (row?.note ?? '')) void save(keepStoredAnswer, note); }} />
      </div>
      {failure && <p className="field__error" role="alert">{t('lke.saveFailed', { reason: failure })}</p>}
    </fieldset>
  );
}
