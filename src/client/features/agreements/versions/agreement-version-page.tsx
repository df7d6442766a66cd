// /agreements/:agreementId — any version of a PK, superseded ones too, read-only: its identity,
// signature, the attachment tables (sasaran/indikator/target/satuan with TW I–IV, each indicator's
// "Mendukung" line; program/anggaran with TOTAL), and the list of the unit's versions of that year
// with the actions on them.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useNavigate, useParams } from 'react-router';
import type { Agreement } from '../../../../domain/agreement';
import { pkInForce } from '../../../../domain/agreement-in-force';
import { formatRupiah } from '../../../../domain/number-format';
import { quarterRoman, type Quarter } from '../../../../domain/period';
import { canEditAgreement } from '../../../../domain/permissions';
import { orderProgramTree, programBudgetTotal } from '../../../../domain/program-tree';
import { listUnitYearVersions, loadPkContent } from '../../../db/agreement-queries';
import { startRevision } from '../../../db/agreement-repository';
import { useFeatureMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/i18n-context';
import { displayLocale } from '../../../i18n/i18n-provider';
import { useActiveSession } from '../../../session/session-context';
import { Loading } from '../../../ui/loading';
import { formatTarget } from '../../../ui/indicator-format';
import { AgreementHeader } from '../view/agreement-header';
import { editorMessages } from '../editor/editor-messages';
import { PkDocumentActions } from './pk-document-actions';
import { PkRejections } from '../editor/pk-rejections';
import { SignedScanSection } from './signed-scan-section';
import { SupportLine } from '../view/support-line';
import { errorMessage } from '../editor/pk-issues';
import { ConfirmBox } from '../../../ui/confirm-box';
import '../editor/editor.css';
import { getOrgUnit } from '../../../db/queries';
import { BudgetTable } from '../../../ui/budget-table';
import { ProgramCode } from '../../../ui/program-code';

const quarters: readonly Quarter[] = [1, 2, 3, 4];

export function useVersionName() {
  const i18n = useI18n();
  return (agreement: Pick<Agreement, 'version'>) =>
    agreement.version === 0 ? i18n.t('pk.versionOriginal') : i18n.t('pk.versionRevision', { n: agreement.version });
}

export function AgreementVersionPage() {
  const t = useFeatureMessages(editorMessages);
  const i18n = useI18n();
  const versionName = useVersionName();
  const { db, actor } = useActiveSession();
  const navigate = useNavigate();
  const { agreementId = '' } = useParams();
  const [failure, setFailure] = useState<string | null>(null);
  const [confirmingRevision, setConfirmingRevision] = useState(false);
  const data = useLiveQuery(async () => {
    const content = await loadPkContent(db, agreementId);
    if (!content) return null;
    const { orgUnitId, year } = content.agreement;
    return { content, unit: await getOrgUnit(db, orgUnitId), versions: await listUnitYearVersions(db, orgUnitId, year) };
  }, [db, agreementId]);
  if (data === undefined) return <Loading />;
  if (data === null) return <p className="notice">{t('notFound')}</p>;
  const { content, versions } = data;
  const { agreement } = content;
  const mayEdit = canEditAgreement(actor, agreement).allowed;
  const inForce = pkInForce(versions);
  const newest = versions[versions.length - 1];
  const previous = [...versions].reverse().find((v) => v.version < agreement.version);

  return (
    <section className="pk-editor pk-version">
      <p>
        <Link to={`/units/${agreement.orgUnitId}`} className="back-link">{t('editor.back')}</Link>
      </p>
      <AgreementHeader agreement={agreement} unitName={data.unit?.name ?? ''} readOnly={agreement.status !== 'draft'} />
      {agreement.signedOn && (
        <p>{t('version.signedOn', { place: agreement.signedPlace ?? '', date: i18n.formatDate(agreement.signedOn, { dateStyle: 'long', timeZone: 'UTC' }) })}</p>
      )}
      <PkRejections agreementId={agreement.id} />
      <div className="button-row">
        {mayEdit && agreement.status === 'draft' && <Link className="button button--primary" to={`/agreements/${agreement.id}/edit`}>{t('version.edit')}</Link>}
        {mayEdit && agreement.status === 'signed' && newest?.id === agreement.id && (
          <button type="button" className="button" onClick={() => setConfirmingRevision(true)}>
            {t('version.revise')}
          </button>
        )}
        {previous && (
          <Link className="button" to={`/agreements/${previous.id}/compare/${agreement.id}`}>{t('version.compare', { version: versionName(previous) })}</Link>
        )}
      </div>
      {confirmingRevision && (
        <ConfirmBox title={t('version.reviseConfirmTitle')} consequence={t('version.reviseConfirm')} confirmLabel={t('version.reviseConfirmYes')}
          cancelLabel={t('version.reviseConfirmNo')} onCancel={() => setConfirmingRevision(false)}
          onConfirm={() => {
            setConfirmingRevision(false);
            setFailure(null);
            startRevision(db, actor, agreement.id)
              .then((r) => navigate(`/agreements/${r.id}/edit`))
              .catch((error: unknown) => setFailure(errorMessage(t, error)));
          }} />
      )}
      {failure && <p className="form-error" role="alert">{failure}</p>}
      <PkDocumentActions agreement={agreement} canImport={mayEdit} />
      <SignedScanSection agreement={agreement} mayEdit={mayEdit} />

      <div className="table-scroll" role="region" aria-label={t('editor.goals')} tabIndex={0}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{i18n.t('pk.col.no')}</th>
              <th scope="col">{i18n.t('pk.col.indicator')}</th>
              <th scope="col">{t('version.col.target')}</th>
              <th scope="col">{t('version.col.unit')}</th>
              {quarters.map((q) => <th key={q} scope="col">{i18n.t('pk.col.quarter', { q: quarterRoman[q] })}</th>)}
            </tr>
          </thead>
          {content.goals.map((goal, g) => (
            <tbody key={goal.id}>
              <tr className="goal-row">
                <th scope="rowgroup" colSpan={8}>{t('version.goalsCaption', { n: g + 1, name: goal.name })}</th>
              </tr>
              {content.indicators.filter((i) => i.goalId === goal.id).map((indicator, i) => (
                <tr key={indicator.id}>
                  <td>{`${g + 1}.${i + 1}`}</td>
                  <th scope="row">
                    {indicator.name}
                    {indicator.supportsId && <SupportLine supportsId={indicator.supportsId} />}
                  </th>
                  <td>{formatTarget(indicator, indicator.annualTarget, i18n)}</td>
                  <td>{indicator.unit}</td>
                  {indicator.quarterTargets.map((q, k) => <td key={k}>{formatTarget(indicator, q, i18n)}</td>)}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
      <BudgetTable label={t('budget.title')} heads={{ code: t('budget.code'), name: t('budget.name'), budget: t('budget.budget') }}
        totalLabel={t('budget.total')} total={programBudgetTotal(content.programs)}>
        {orderProgramTree(content.programs).map(({ program }) => (
          <tr key={program.id} className={`program program--${program.level}`}>
            <td className="code"><ProgramCode code={program.code} /></td>
            <th scope="row" className={`indent indent--${program.level}`}>{program.name}</th>
            <td className="num">{formatRupiah(program.budget, displayLocale)}</td>
          </tr>
        ))}
      </BudgetTable>

      <h2>{t('version.list')}</h2>
      <ul className="plain-list version-list">
        {versions.map((v) => (
          <li key={v.id}>
            {v.id === agreement.id ? (
              <strong aria-current="page">{t('version.open', { version: versionName(v), status: i18n.t(`pk.status.${v.status}`) })}</strong>
            ) : (
              <Link to={`/agreements/${v.id}`}>{t('version.open', { version: versionName(v), status: i18n.t(`pk.status.${v.status}`) })}</Link>
            )}
            {v.id === inForce?.id && ` ${t('version.current')}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
