// Under the /lke unit list (tenant-wide roles): the pemda recap of the year's LKE, PDF to print and
// XLSX to sort. The device's data is read when a button is pressed, not with the list, and the
// generators load with import() on click.
import { calendarDateIn } from '../../../domain/tenant-clock';
import { getLkeRecapData } from '../../db/lke-recap-queries';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { useActiveSession } from '../../session/session-context';
import { useTenantTimeZone } from '../../session/tenant-clock';
import { DocumentButton } from '../../ui/document-button';
import { lkeMessages } from './messages';

export function LkeRecapDownloads(props: { year: number }) {
  const t = useFeatureMessages(lkeMessages);
  const { db, info } = useActiveSession();
  const timeZone = useTenantTimeZone();
  const make = (format: 'pdf' | 'xlsx') => async (onProgress: (fraction: number) => void) => {
    const [{ makeLkeRecapDocument }, data] = await Promise.all([import('../../documents/make'), getLkeRecapData(db, props.year)]);
    return makeLkeRecapDocument(format, {
      ...data, tenantName: info.tenant.name,
      // Dated with the pemda's today, not the device's.
      date: calendarDateIn(new Date(), timeZone),
    }, info.tenant.logo, onProgress);
  };
  return (
    <section aria-labelledby="lke-recap-title">
      <h2 id="lke-recap-title">{t('lke.recap.title')}</h2>
      <p className="field__hint">{t('lke.recap.hint', { year: props.year })}</p>
      <div className="actions">
        <DocumentButton label={t('lke.recap.pdf')} make={make('pdf')} />
        <DocumentButton label={t('lke.recap.xlsx')} make={make('xlsx')} />
      </div>
    </section>
  );
}
