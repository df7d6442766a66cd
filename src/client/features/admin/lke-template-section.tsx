// Admin → Template LKE: the pemda's LKE template (lembar kerja evaluasi SAKIP) per year, copied
// from last year's or the default (PermenPANRB 88/2021) and adapted; the server refuses a template
// that does not score out of 100, and any change once a unit's LKE of that year is final.
import { useCallback, useState } from 'react';
import { periodOf } from '../../../domain/period';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { useTenantTimeZone } from '../../session/tenant-clock';
import { adminApi } from './api';
import { LkeTemplateYear } from './lke-template-year';
import { useAdminError } from './use-admin-error';
import { useLoaded } from './use-loaded';
import { adminMessages } from './messages';
import './admin.css';

export function LkeTemplateSection() {
  const t = useFeatureMessages(adminMessages);
  const describe = useAdminError();
  const timeZone = useTenantTimeZone();
  const thisYear = periodOf(new Date(), timeZone).year;
  const [chosenYear, setYear] = useState<number | null>(null);
  const load = useCallback(() => adminApi.listLkeTemplates(), []);
  const { data: templates, error, reload } = useLoaded(load);
  if (error) return <p role="alert">{describe(error)}</p>;
  if (!templates) return <p>{t('app.loading')}</p>;
  const year = chosenYear ?? thisYear;
  const storedOf = (y: number) => templates.find((r) => r.year === y && !r.deleted);
  return (
    <section aria-labelledby="admin-lke-template">
      <h2 id="admin-lke-template">{t('admin.tab.lkeTemplate')}</h2>
      <p>{t('admin.lke.intro')}</p>
      <div className="field">
        <label htmlFor="lke-template-year">{t('admin.lke.year')}</label>
        <select id="lke-template-year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {[thisYear - 1, thisYear, thisYear + 1].map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </div>
      <LkeTemplateYear key={year} year={year} stored={storedOf(year)} previous={storedOf(year - 1)} onSaved={reload} />
    </section>
  );
}
