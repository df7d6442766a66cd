// /lke and /lke/:orgUnitId — the SAKIP evaluation (LKE) of a year. A unit's operator and head see
// their own unit's sheet; the evaluator, the leader and the admin first see every unit's progress
// and open one. From the device's data, offline.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useParams, useSearchParams } from 'react-router';
import { lkeYearOf } from '../../../domain/lke-evaluation';
import { lkePredikat, roundLkeScore } from '../../../domain/lke-score';
import { formatNumber } from '../../../domain/number-format';
import { hasTenantWideScope } from '../../../domain/permissions';
import { periodOf } from '../../../domain/period';
import { getLkeView, listLkeProgress } from '../../db/lke-queries';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { displayLocale } from '../../i18n/i18n-provider';
import { useActiveSession } from '../../session/session-context';
import { useTenantTimeZone } from '../../session/tenant-clock';
import { Loading } from '../../ui/loading';
import { LkeRecapDownloads } from './lke-recap-downloads';
import { LkeSheet } from './lke-sheet';
import { LkeRecommendations } from './lke-recommendations';
import { lkeMessages } from './messages';
import './lke.css';

function YearSelect(props: { year: number; years: number[]; onChange: (year: number) => void; label: string }) {
  return (
    <div className="field">
      <label htmlFor="lke-year">{props.label}</label>
      <select id="lke-year" value={props.year} onChange={(e) => props.onChange(Number(e.target.value))}>
        {props.years.map((y) => <option key={y} value={y}>{y}</option>)}
      </select>
    </div>
  );
}

function UnitList(props: { year: number }) {
  const t = useFeatureMessages(lkeMessages);
  const { db } = useActiveSession();
  const progress = useLiveQuery(() => listLkeProgress(db, props.year), [db, props.year]);
  if (progress === undefined) return <Loading />;
  return (
    <>
    <div className="table-scroll">
      <table className="data-table">
        <caption>{t('lke.unitsCaption')}</caption>
        <thead>
          <tr><th scope="col">{t('lke.col.unit')}</th><th scope="col" className="num">{t('lke.col.self')}</th><th scope="col" className="num">{t('lke.col.reviewed')}</th><th scope="col">{t('lke.col.result')}</th></tr>
        </thead>
        <tbody>
          {progress.map((p) => {
            const score = p.evaluation?.status === 'final' ? p.evaluation.score : null;
            return (
              <tr key={p.orgUnit.id}>
                <th scope="row"><Link to={`/lke/${p.orgUnit.id}?year=${props.year}`} aria-label={t('lke.openUnit', { unit: p.orgUnit.name })}>{p.orgUnit.name}</Link></th>
                <td className="num">{t('lke.progress', { n: p.answered, total: p.criteria })}</td>
                <td className="num">{t('lke.progress', { n: p.reviewed, total: p.criteria })}</td>
                <td>{score === null ? t('lke.open') : `${formatNumber(roundLkeScore(score), displayLocale, 2)} (${lkePredikat(score).code})`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
    <LkeRecapDownloads year={props.year} />
    </>
  );
}

function UnitSheet(props: { orgUnitId: string; year: number }) {
  const t = useFeatureMessages(lkeMessages);
  const { db } = useActiveSession();
  const view = useLiveQuery(() => getLkeView(db, props.orgUnitId, props.year), [db, props.orgUnitId, props.year]);
  if (view === undefined) return <Loading />;
  return (
    <>
      <h2 className="lke-unit-title">{t('lke.title', { unit: view.orgUnit?.name ?? '', year: props.year })}</h2>
      <LkeSheet view={view} />
      <LkeRecommendations orgUnitId={props.orgUnitId} year={props.year} />
    </>
  );
}

export function LkePage() {
  const t = useFeatureMessages(lkeMessages);
  const { actor } = useActiveSession();
  const today = periodOf(new Date(), useTenantTimeZone());
  const params = useParams();
  const [search] = useSearchParams();
  const fromUrl = Number(search.get('year'));
  const [year, setYear] = useState(() => (Number.isInteger(fromUrl) && fromUrl > 2000 ? fromUrl : lkeYearOf(today)));
  const wide = hasTenantWideScope(actor);
  const orgUnitId = wide ? params.orgUnitId : actor.orgUnitId;
  const years = [today.year, today.year - 1, today.year - 2];
  return (
    <section aria-labelledby="lke-title" className="lke-page">
      <h1 id="lke-title">{t('lke.listTitle', { year })}</h1>
      <p className="field__hint">{t('lke.intro')}</p>
      <YearSelect year={year} years={years} onChange={setYear} label={t('lke.year')} />
      {wide && orgUnitId && <p><Link to={`/lke?year=${year}`}>{t('lke.back')}</Link></p>}
      {orgUnitId ? <UnitSheet orgUnitId={orgUnitId} year={year} /> : <UnitList year={year} />}
    </section>
  );
}
