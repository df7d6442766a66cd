// Signing a draft PK: date (today by default) and place. The button stays disabled while the PK
// has errors, with the list of what is missing; warnings are shown but do not block.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocation } from 'react-router';
import type { Agreement } from '../../../../domain/agreement';
import type { PkContent } from '../../../../domain/agreement-revision';
import { blocksSigning, type PkIssue } from '../../../../domain/agreement-validation';
import { signAgreement } from '../../../db/agreement-repository';
import { useFeatureMessages } from '../../../i18n/feature-messages';
import { useActiveSession } from '../../../session/session-context';
import { useTenantTimeZone } from '../../../session/tenant-clock';
import { calendarDateIn } from '../../../../domain/tenant-clock';
import { ConfirmBox } from '../../../ui/confirm-box';
import { TextField } from '../../../ui/text-field';
import { editorMessages } from './editor-messages';
import { errorMessage, issueSentence } from './pk-issues';

export function SignSection(props: { agreement: Agreement; content: PkContent; issues: readonly PkIssue[]; defaultPlace: string; onSigned: () => void }) {
  const t = useFeatureMessages(editorMessages);
  const { db, actor } = useActiveSession();
  // Today in the pemda's zone: a PK signed in Samarinda at 00:30 WITA on 1 April is dated 1 April,
  // whatever zone the tablet is set to.
  const timeZone = useTenantTimeZone();
  const [signedOn, setSignedOn] = useState(() => calendarDateIn(new Date(), timeZone));
  const [signedPlace, setSignedPlace] = useState(props.defaultPlace);
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const errors = props.issues.filter((i) => i.severity === 'error');
  const warnings = props.issues.filter((i) => i.severity === 'warning');
  const blocked = blocksSigning(props.issues);
  const location = useLocation();
  const section = useRef<HTMLElement>(null);
  // "Tanda tangani" on the unit page links here (#tanda-tangan): bring the section into view.
  useEffect(() => {
    if (location.hash === '#tanda-tangan') section.current?.scrollIntoView?.({ block: 'start' });
  }, [location.hash]);

  function ask(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (blocked || signedPlace.trim() === '' || signedOn === '') return;
    // Signing makes the PK read-only for good: say so and ask first.
    setConfirming(true);
  }

  async function sign() {
    setConfirming(false);
    try {
      await signAgreement(db, actor, props.agreement.id, { signedOn, signedPlace });
      props.onSigned();
    } catch (error) {
      setFailure(errorMessage(t, error));
    }
  }

  return (
    <section ref={section} id="tanda-tangan" className="card sign-section" aria-labelledby="sign-title">
      <h2 id="sign-title">{t('sign.title')}</h2>
      {blocked ? (
        <div role="status">
          <p>{t('sign.blocked')}</p>
          <ul className="issue-list">
            {errors.map((issue, i) => <li key={i}>{issueSentence(t, issue, props.content)}</li>)}
          </ul>
        </div>
      ) : (
        <p role="status">{t('sign.ready')}</p>
      )}
      {warnings.length > 0 && (
        <>
          <p>{t('sign.warnings')}</p>
          <ul className="issue-list issue-list--warning">
            {warnings.map((issue, i) => <li key={i}>{issueSentence(t, issue, props.content)}</li>)}
          </ul>
        </>
      )}
      <form onSubmit={ask} noValidate className="field-grid">
        <TextField label={t('sign.date')} type="date" value={signedOn} onChange={(e) => setSignedOn(e.target.value)}
          error={tried && signedOn === '' ? t('sign.dateRequired') : null} />
        <TextField label={t('sign.place')} value={signedPlace} onChange={(e) => setSignedPlace(e.target.value)} maxLength={120}
          error={tried && signedPlace.trim() === '' ? t('sign.placeRequired') : null} />
        {confirming ? (
          <ConfirmBox title={t('sign.confirmTitle')} consequence={t('sign.confirm')} confirmLabel={t('sign.confirmYes')}
            cancelLabel={t('sign.confirmNo')} onConfirm={() => void sign()} onCancel={() => setConfirming(false)} />
        ) : (
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={blocked}>{t('sign.submit')}</button>
          </div>
        )}
      </form>
      {failure && <p className="form-error" role="alert">{failure}</p>}
    </section>
  );
}
