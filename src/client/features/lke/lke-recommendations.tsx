// The recommendations of a unit's LKE and their follow-up: the evaluator adds and removes them
// (also after the LKE is final: recommendations come with the result); the unit's operator and
// head keep each one's tindak lanjut through the next year. Saved on the device, synced.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { lkeFollowUpStatuses, type LkeFollowUpStatus, type LkeRecommendation } from '../../../domain/lke-recommendation';
import { canAnswerLke, canReview } from '../../../domain/permissions';
import {
  addLkeRecommendation, followUpLkeRecommendation, LkeRecommendationError, listLkeRecommendations, removeLkeRecommendation,
} from '../../db/lke-recommendation-repository';
import { StorageFullError } from '../../db/storage-errors';
import { useFeatureMessages, type FeatureT } from '../../i18n/feature-messages';
import { useActiveSession } from '../../session/session-context';
import { ConfirmBox } from '../../ui/confirm-box';
import { TextareaField } from '../../ui/textarea-field';
import { lkeMessages } from './messages';

type T = FeatureT<keyof typeof lkeMessages.id>;

const describe = (t: T, error: unknown): string =>
  error instanceof LkeRecommendationError ? t(`lke.rec.error.${error.problem}`) : error instanceof StorageFullError ? t('lke.error.storageFull') : String(error);

function FollowUpForm(props: { t: T; row: LkeRecommendation }) {
  const { t, row } = props;
  const { db, actor } = useActiveSession();
  const [status, setStatus] = useState<LkeFollowUpStatus>(row.followUp);
  const [note, setNote] = useState(row.followUpNote);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const save = () => followUpLkeRecommendation(db, actor, row.id, { followUp: status, followUpNote: note })
    .then(() => setMessage({ error: false, text: t('lke.rec.saved') }), (error: unknown) => setMessage({ error: true, text: describe(t, error) }));
  return (
    <div className="lke-follow-up">
      <div className="field">
        <label htmlFor={`follow-up-${row.id}`}>{t('lke.rec.status')}</label>
        <select id={`follow-up-${row.id}`} value={status} onChange={(e) => setStatus(e.target.value as LkeFollowUpStatus)}>
          {lkeFollowUpStatuses.map((s) => <option key={s} value={s}>{t(`lke.rec.status.${s}`)}</option>)}
        </select>
      </div>
      <TextareaField label={t('lke.rec.note')} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
      <button type="button" className="button" onClick={() => void save()}>{t('lke.rec.save')}</button>
      {message && <p role={message.error ? 'alert' : 'status'} className={message.error ? 'field__error' : 'field__hint'}>{message.text}</p>}
    </div>
  );
}

export function LkeRecommendations(props: { orgUnitId: string; year: number }) {
  const t = useFeatureMessages(lkeMessages);
  const { db, actor } = useActiveSession();
  const rows = useLiveQuery(() => listLkeRecommendations(db, props.orgUnitId, props.year), [db, props.orgUnitId, props.year]);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<LkeRecommendation | null>(null);
  const unit = { tenantId: actor.tenantId, orgUnitId: props.orgUnitId };
  const isEvaluator = canReview(actor, unit).allowed;
  const mayFollowUp = canAnswerLke(actor, unit).allowed;
  if (rows === undefined) return null;
  const count = (s: LkeFollowUpStatus) => rows.filter((r) => r.followUp === s).length;
  const add = () => addLkeRecommendation(db, actor, { ...props, text }).then(() => { setText(''); setError(null); }, (e: unknown) => setError(describe(t, e)));
  return (
    <section aria-labelledby="lke-rec-title" className="lke-recommendations">
      <h2 id="lke-rec-title">{t('lke.rec.title')}</h2>
      {rows.length === 0 ? <p className="field__hint">{t('lke.rec.none')}</p> : <p>{t('lke.rec.summary', { selesai: count('selesai'), proses: count('proses'), belum: count('belum') })}</p>}
      <ol>
        {rows.map((row) => (
          <li key={row.id} className="lke-recommendation">
            <p className="lke-recommendation__text">{row.text}</p>
            {mayFollowUp ? <FollowUpForm key={`${row.id}:${row.rev}`} t={t} row={row} /> : (
              <p><strong>{t('lke.rec.status')}:</strong> {t(`lke.rec.status.${row.followUp}`)}{row.followUpNote ? ` — ${row.followUpNote}` : ''}</p>
            )}
            {isEvaluator && <button type="button" className="button" onClick={() => setRemoving(row)}>{t('lke.rec.remove')}</button>}
          </li>
        ))}
      </ol>
      {removing && (
        <ConfirmBox title={t('lke.rec.remove')} consequence={t('lke.rec.removeConfirm', { text: removing.text })} confirmLabel={t('lke.yes')} cancelLabel={t('lke.cancel')}
          onConfirm={() => { const id = removing.id; setRemoving(null); void removeLkeRecommendation(db, actor, id).catch((e: unknown) => setError(describe(t, e))); }}
          onCancel={() => setRemoving(null)} />
      )}
      {isEvaluator && (
        <div>
          <TextareaField label={t('lke.rec.new')} value={text} maxLength={2000} onChange={(e) => setText(e.target.value)} error={error} />
          <button type="button" className="button" onClick={() => void add()}>{t('lke.rec.add')}</button>
        </div>
      )}
    </section>
  );
}
