// The unit's quarterly evaluation form (PDF/XLSX) beside its submission: the head prints what was
// reported for the quarter, signs "Disusun", and Bappeda signs "Dievaluasi" by hand.
import { quarterRoman, type Quarter } from '../../../domain/period';
import { calendarDateIn, tenantTimeZone } from '../../../domain/tenant-clock';
import { getEvaluationDocumentData } from '../../db/document-queries';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { useActiveSession } from '../../session/session-context';
import { DocumentButton, DocumentDataMissing } from '../../ui/document-button';
import { documentMessages } from '../../ui/document-messages';

export function EvaluationDownloads(props: { year: number; quarter: Quarter }) {
  const t = useFeatureMessages(documentMessages);
  const { db, actor, info } = useActiveSession();
  const make = (format: 'pdf' | 'xlsx') => async (onProgress: (f: number) => void) => {
    const data = await getEvaluationDocumentData(db, actor.orgUnitId, props.year);
    if (!data) throw new DocumentDataMissing();
    const { makeEvaluationDocument } = await import('../../documents/make');
    return makeEvaluationDocument(format, data, {
      year: props.year, upTo: props.quarter, tenantName: info.tenant.name, settings: info.tenant.settings, evaluatedBy: null, place: null,
      // Dated with the pemda's today, not the device's.
      date: calendarDateIn(new Date(), tenantTimeZone(info.tenant.settings)),
    }, info.tenant.logo, onProgress);
  };
  return (
    <section aria-labelledby="submission-evaluation-title">
      <h2 id="submission-evaluation-title">{t('evaluation.title')}</h2>
      <p className="field__hint">{t('evaluation.hint', { q: quarterRoman[props.quarter] })}</p>
      <div className="actions">
        <DocumentButton label={t('evaluation.pdf')} make={make('pdf')} />
        <DocumentButton label={t('evaluation.xlsx')} make={make('xlsx')} />
      </div>
    </section>
  );
}
