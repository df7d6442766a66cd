// /submit — the head submits the unit's quarter. The checklist comes first: what is missing
// blocks, entries without any narrative are flagged; a confirmation says what submitting locks.
// Works offline: the submission queues like any edit and the server checks it when it arrives.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { periodOf, quarters, quarterRoman, type Quarter } from '../../../domain/period';
import { canSubmitForUnit } from '../../../domain/permissions';
import { quarterChecklist, type ChecklistState } from '../../../domain/quarter-checklist';
import { quarterToOpen } from '../../../domain/quarter-to-open';
import { dataChecksOf, evidenceSeverityFor } from '../../../domain/data-checks';
import { submitEntries } from '../../db/workflow-repository';
import { StorageFullError } from '../../db/storage-errors';
import { getSubmissionView } from '../../db/workflow-queries';
import { useI18n } from '../../i18n/i18n-context';
import { useActiveSession } from '../../session/session-context';
import { useTenantTimeZone } from '../../session/tenant-clock';
import { formatRealisationWithUnit } from '../../ui/indicator-format-unit';
import { Loading } from '../../ui/loading';
import { RealisationStatusMark } from '../../ui/realisation-status-mark';
import { EvaluationDownloads } from './evaluation-downloads';
import { LkjipSection } from '../../widgets/lkjip-section';
import { ReturnedReply } from './returned-reply';
import { submissionMessages } from './messages';
import { useFeatureMessages } from '../../i18n/feature-messages';
import type { FeatureKey } from '../../i18n/feature-messages';
import './submission.css';

const stateKeys: Record<ChecklistState, FeatureKey<typeof submissionMessages>> = {
  missingValue: 'submission.state.missingValue',
  missingNarrative: 'submission.state.missingNarrative',
  missingEvidence: 'submission.state.missingEvidence',
  ready: 'submission.state.ready',
  notDue: 'submission.state.notDue',
  locked: 'submission.state.locked',
  returned: 'submission.state.returned',
};

export function SubmissionPage() {
  const i18n = useI18n();
  const t = useFeatureMessages(submissionMessages);
  const { db, actor, info } = useActiveSession();
  const now = periodOf(new Date(), useTenantTimeZone());
  // Until the head picks one, the earliest quarter with entries still to submit (quarter-to-open.ts).
  const [chosen, setQuarter] = useState<Quarter | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const view = useLiveQuery(() => getSubmissionView(db, actor.orgUnitId, now.year, now.quarter), [db, actor.orgUnitId, now.year, now.quarter]);

  if (!canSubmitForUnit(actor, { tenantId: actor.tenantId, orgUnitId: actor.orgUnitId }).allowed) {
    return <p className="notice">{t('submission.onlyHeads')}</p>;
  }
  if (view === undefined) return <Loading />;
  if (view === null) return <p className="notice">{t('pk.none', { year: now.year })}</p>;

  // Bukti dukung as the pemda asks for it (off, shown, or refused at submission, by the server too).
  const evidenceRule = dataChecksOf(info.tenant.settings).severity.evidenceMissing;
  const entryOf = (of: Quarter) => (id: string) => {
    const row = view.indicators.find((v) => v.indicator.id === id)?.realisations[of - 1] ?? null;
    return row && { ...row, hasEvidence: view.evidenced.has(row.id) };
  };
  const checklistOf = (of: Quarter) => quarterChecklist(view.indicators.map((v) => v.indicator), of, entryOf(of), evidenceRule);
  const quarter = chosen ?? quarterToOpen(now.quarter, (of) => checklistOf(of).items.map((i) => i.state));
  const q = quarterRoman[quarter];
  const checklist = checklistOf(quarter);
  const missing = checklist.items.filter((i) => i.state === 'missingValue').length;
  // Those that block: the pemda refuses entries without bukti dukung, or the PK does for that indicator.
  const refusedWithout = new Set(view.indicators.filter((v) => evidenceSeverityFor(v.indicator, evidenceRule) === 'refuse').map((v) => v.indicator.id));
  const withoutEvidence = checklist.items.filter((i) => i.state === 'missingEvidence' && refusedWithout.has(i.indicatorId)).length;
  const count = checklist.submittable.length;
  const returned = checklist.items.filter((i) => i.state === 'returned').length;
  // Submittable without drivers, obstacles and follow-up: said, so that "siap diajukan" does not
  // contradict the amber cards above it.
  const unexplained = checklist.items.filter((i) => i.state === 'missingNarrative' && i.realisationId !== null).length;
  // Nothing left to submit in this quarter: no disabled "Ajukan 0 isian" to puzzle over.
  const allSubmitted = checklist.items.some((i) => i.state === 'locked') && checklist.items.every((i) => i.state === 'locked' || i.state === 'notDue');

  async function submit() {
    setConfirming(false);
    setQuarter(quarter); // stay on the quarter just submitted, with its message
    try {
      const submitted = await submitEntries(db, actor, checklist.submittable);
      // Online, the sync starts within seconds (sync/scheduler.ts): "when online" read as a fault.
      setMessage(t(navigator.onLine ? 'submission.doneOnline' : 'submission.done', { count: submitted, q }));
    } catch (error) {
      setMessage(error instanceof StorageFullError ? t('conflicts.storageFull') : t('submission.failed'));
    }
  }

  return (
    <section aria-labelledby="submission-title">
      <h1 id="submission-title">{t('submission.title', { q, year: now.year })}</h1>
      <p>{t('submission.intro')}</p>
      <div className="field">
        <label htmlFor="submission-quarter">{t('submission.quarter')}</label>
        <select id="submission-quarter" value={quarter} onChange={(e) => { setQuarter(Number(e.target.value) as Quarter); setMessage(null); }}>
          {quarters.map((value) => <option key={value} value={value}>{t('pk.col.quarter', { q: quarterRoman[value] })}</option>)}
        </select>
      </div>
      <ul className="checklist" aria-label={t('submission.checklist', { q })}>
        {checklist.items.map((item) => {
          const indicatorView = view.indicators.find((v) => v.indicator.id === item.indicatorId);
          if (!indicatorView) return null;
          const { indicator } = indicatorView;
          const realisation = indicatorView.realisations[quarter - 1] ?? null;
          const value = realisation?.value ?? null;
          return (
            <li key={item.indicatorId} className={`checklist__item checklist__item--${item.state}`}>
              <span className="checklist__name">{indicator.name}</span>
              <span>
                {formatRealisationWithUnit(indicator, value, i18n)}{' '}
                {realisation && !realisation.deleted && <RealisationStatusMark status={realisation.status} />}
              </span>
              <span className="checklist__state">{t(stateKeys[item.state])}</span>
              {item.state === 'returned' && realisation && <ReturnedReply realisation={realisation} indicatorName={indicator.name} q={q} />}
              {item.state !== 'locked' && (
                <Link className="button button--small" to={`/indicators/${indicator.id}/quarters/${quarter}`} state={{ from: '/submit' }}
                  aria-label={t(value === null ? 'submission.fillNamed' : 'submission.editNamed', { indicator: indicator.name })}>
                  {t(value === null ? 'submission.fill' : 'submission.edit')}
                </Link>
              )}
            </li>
          );
        })}
      </ul>
      <p role="status">{t('submission.summary', { ready: count, missing })}</p>
      {unexplained > 0 && <p className="notice">{t('submission.unexplained', { count: unexplained })}</p>}
      {returned > 0 && <p className="notice">{t('submission.returnedCount', { count: returned })}</p>}
      {missing > 0 && <p className="notice">{t('submission.blocked', { count: missing })}</p>}
      {withoutEvidence > 0 && <p className="notice">{t('submission.evidenceRequired', { count: withoutEvidence })}</p>}
      {message && <p className="notice" role="status">{message}</p>}
      {confirming ? (
        <div className="card" role="alertdialog" aria-labelledby="submission-confirm">
          <p id="submission-confirm">{t('submission.confirm', { count, q })}</p>
          <div className="actions">
            <button type="button" className="button button--primary" onClick={() => void submit()}>{t('submission.confirmYes')}</button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>{t('submission.confirmNo')}</button>
          </div>
        </div>
      ) : allSubmitted ? (
        <p>{t('submission.allSubmitted', { q })}</p>
      ) : (
        <div className="actions">
          <button type="button" className="button button--primary" disabled={count === 0 || !checklist.complete} onClick={() => setConfirming(true)}>
            {t('submission.submit', { count, q })}
          </button>
        </div>
      )}
      <EvaluationDownloads year={now.year} quarter={quarter} />
      <LkjipSection units={[{ id: actor.orgUnitId, name: '' }]} />
    </section>
  );
}
