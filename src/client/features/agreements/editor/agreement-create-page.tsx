// /units/:orgUnitId/agreements/new?year= — a new PK for a unit and year: its level, parties and
// optional number, or "Salin dari tahun lalu" when the unit's PK of the year before is on the device.
import { useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { defaultAgreementKind } from '../../../../domain/agreement-kind-default';
import { canEditAgreement } from '../../../../domain/permissions';
import { periodOf } from '../../../../domain/period';
import { useTenantTimeZone } from '../../../session/tenant-clock';
import { copyFromYear, createAgreement } from '../../../db/agreement-repository';
import { getPkInForce } from '../../../db/agreement-queries';
import { useFeatureMessages } from '../../../i18n/feature-messages';
import { useActiveSession } from '../../../session/session-context';
import { Loading } from '../../../ui/loading';
import { NotFound } from '../../../ui/not-found';
import { editorMessages } from './editor-messages';
import { PartiesFields, partiesErrors, partiesValue, type PartiesDraft } from './parties-fields';
import { errorMessage } from './pk-issues';
import { SelectField } from './select-field';
import { DraftNotice } from '../../../session/draft-notice';
import { useFormDraft } from '../../../session/use-form-draft';
import './editor.css';
import { getOrgUnit } from '../../../db/queries';

interface NewAgreementDraft { year: number; parties: PartiesDraft; kindChosen: boolean }

export function AgreementCreatePage() {
  const t = useFeatureMessages(editorMessages);
  const { db, actor, info } = useActiveSession();
  const navigate = useNavigate();
  const { orgUnitId = '' } = useParams();
  const [search] = useSearchParams();
  const thisYear = periodOf(new Date(), useTenantTimeZone()).year;
  // What is typed stays on the device as a draft (use-form-draft.ts); leaving asks first.
  const form = useFormDraft<NewAgreementDraft>({
    key: `agreement-new:${orgUnitId}`,
    initial: {
      year: Number(search.get('year')) || thisYear,
      parties: {
        kind: 'jpt', number: '', firstName: '', firstPosition: '', firstRank: '', firstNip: '',
        secondName: info.tenant.regionalHeadName, secondPosition: info.tenant.regionalHeadTitle,
      },
      // The level follows the unit's type (a kecamatan → camat) until the user picks one.
      kindChosen: false,
    },
  });
  const { year, parties: draft, kindChosen } = form.values;
  const setYear = (next: number) => form.setValues((v) => ({ ...v, year: next }));
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const found = useLiveQuery(async () => ({
    unit: (await getOrgUnit(db, orgUnitId)) ?? null,
    existing: await getPkInForce(db, orgUnitId, year),
    lastYear: await getPkInForce(db, orgUnitId, year - 1),
  }), [db, orgUnitId, year]);

  if (found === undefined) return <Loading />;
  if (!found.unit) return <NotFound />;
  const allowed = canEditAgreement(actor, { tenantId: found.unit.tenantId, orgUnitId }).allowed;
  const shown: PartiesDraft = kindChosen ? draft : { ...draft, kind: defaultAgreementKind(found.unit.type) };

  async function create(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (Object.keys(partiesErrors(shown)).length > 0) return;
    try {
      const agreement = await createAgreement(db, actor, { orgUnitId, year, ...partiesValue(shown) });
      form.saved();
      void navigate(`/agreements/${agreement.id}/edit`);
    } catch (error) {
      setFailure(errorMessage(t, error));
    }
  }

  async function copy() {
    try {
      const agreement = await copyFromYear(db, actor, orgUnitId, year);
      form.discard(); // the copy replaces whatever was typed here
      void navigate(`/agreements/${agreement.id}/edit`);
    } catch (error) {
      setFailure(errorMessage(t, error));
    }
  }

  return (
    <section className="pk-editor">
      <p>
        <Link to={`/units/${orgUnitId}`} className="back-link">{t('editor.back')}</Link>
      </p>
      <h1>
        {t('create.title')}
        <span className="pk-header__unit">{t('create.unit', { unit: found.unit.name })}</span>
      </h1>
      {!allowed && <p className="notice">{t('error.forbidden')}</p>}
      <SelectField label={t('create.year')} value={String(year)} onChange={(e) => setYear(Number(e.target.value))}
        options={[thisYear - 1, thisYear, thisYear + 1].map((y) => ({ value: String(y), label: String(y) }))} />
      {found.existing ? (
        <div className="notice">
          <p>{t('create.exists', { year })}</p>
          <Link to={`/agreements/${found.existing.id}`}>{t('create.openExisting', { year })}</Link>
        </div>
      ) : (
        <fieldset className="plain-fieldset" disabled={!allowed}>
          {found.lastYear && (
            <div className="card">
              <h2>{t('create.copyTitle')}</h2>
              <p>{t('create.copyHint', { year: year - 1, target: year })}</p>
              <button type="button" className="button button--primary" onClick={() => void copy()}>{t('create.copy')}</button>
            </div>
          )}
          <form className="card" onSubmit={(e) => void create(e)} noValidate>
            {found.lastYear && <p>{t('create.orNew')}</p>}
            <DraftNotice draft={form} />
            <PartiesFields draft={shown} onChange={(next) => form.setValues((v) => ({ ...v, parties: next, kindChosen: v.kindChosen || next.kind !== shown.kind }))} showRequired={tried} />
            <div className="actions">
              <button type="submit" className="button button--primary">{t('create.submit')}</button>
            </div>
          </form>
        </fieldset>
      )}
      {failure && <p className="form-error" role="alert">{failure}</p>}
    </section>
  );
}
