// A returned entry on the submission page: the evaluator's note, and — instead of "ready" — the two
// ways back (resubmission.ts): change the entry (the "Ubah" link beside it), or confirm it unchanged
// with a reply that says why, which goes into the entry's history. Submitting locks the entry, so
// it asks first (ConfirmBox).
import { useId, useState } from 'react';
import type { Realisation } from '../../../domain/realisation';
import { maxReplyLength } from '../../../domain/resubmission';
import { resubmitWithReply } from '../../db/workflow-repository';
import { StorageFullError } from '../../db/storage-errors';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { useActiveSession } from '../../session/session-context';
import { ConfirmBox } from '../../ui/confirm-box';
import { TextareaField } from '../../ui/textarea-field';
import { submissionMessages } from './messages';

export function ReturnedReply(props: { realisation: Realisation; indicatorName: string; q: string }) {
  const t = useFeatureMessages(submissionMessages);
  const { db, actor } = useActiveSession();
  const [open, setOpen] = useState(false);
  const [reply, setReply] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const formId = useId();
  const named = { indicator: props.indicatorName, q: props.q };

  async function send() {
    setConfirming(false);
    try {
      await resubmitWithReply(db, actor, props.realisation.id, reply);
      setMessage(t('submission.reply.done', named));
    } catch (failure) {
      setMessage(failure instanceof StorageFullError ? t('conflicts.storageFull') : t('submission.failed'));
    }
  }

  function ask() {
    if (reply.trim() === '') {
      setError(t('submission.reply.required'));
      return;
    }
    setError(null);
    setConfirming(true);
  }

  return (
    <div className="checklist__returned">
      {props.realisation.reviewNote && <p className="checklist__note">{t('submission.reviewNote', { note: props.realisation.reviewNote })}</p>}
      <p className="checklist__hint">{t('submission.reply.hint')}</p>
      {message && <p role="status">{message}</p>}
      {!open ? (
        <button type="button" className="button" aria-expanded={false} aria-controls={formId} onClick={() => setOpen(true)}
          aria-label={t('submission.reply.openNamed', named)}>
          {t('submission.reply.open')}
        </button>
      ) : (
        <div id={formId}>
          <TextareaField label={t('submission.reply.label', named)} value={reply} maxLength={maxReplyLength} error={error}
            onChange={(e) => setReply(e.target.value)} />
          {confirming ? (
            <ConfirmBox title={t('submission.reply.confirmTitle', named)} consequence={t('submission.reply.confirmBody')}
              confirmLabel={t('submission.reply.confirmYes')} cancelLabel={t('submission.confirmNo')}
              onConfirm={() => void send()} onCancel={() => setConfirming(false)} />
          ) : (
            <div className="button-row">
              <button type="button" className="button button--primary" onClick={ask}>{t('submission.reply.send')}</button>
              <button type="button" className="button" onClick={() => { setOpen(false); setError(null); }}>{t('submission.confirmNo')}</button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
