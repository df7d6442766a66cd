// Documents from the pemda dashboard: the recap for leaders (PDF/XLSX) of the units shown, and an
// evaluator's quarterly evaluation form of one unit. Generators load with import() only on click.
import { useState } from 'react';
import type { Quarter } from '../../../domain/period';
import { calendarDateIn, tenantTimeZone } from '../../../domain/tenant-clock';
import type { DashboardUnit } from '../../db/dashboard-queries';
import { getEvaluationDocumentData } from '../../db/document-queries';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { useI18n } from '../../i18n/i18n-context';
import { quarterParam } from '../../i18n/quarter-label';
import { useActiveSession } from '../../session/session-context';
import { DocumentButton, DocumentDataMissing } from '../../ui/document-button';
import { documentMessages } from '../../ui/document-messages';
import { TextField } from '../../ui/text-field';
import { canReview } from '../../../domain/permissions';

type Format = 'pdf' | 'xlsx';

export function RecapDownloads(props: { units: DashboardUnit[]; year: number; upTo: Quarter; verifiedOnly: boolean }) {
  const t = useFeatureMessages(documentMessages);
  const { language } = useI18n();
  const { info } = useActiveSession();
  const make = (format: Format) => async (onProgress: (f: number) => void) => {
    const { makeRecapDocument } = await import('../../documents/make');
    const units = props.units.map((u) => ({
      name: u.name,
      average: u.score.average,
      category: u.score.category,
      absorption: u.absorption,
      indicatorCount: u.indicatorCount,
      notComputable: u.score.notComputable,
      unverified: u.unverified,
    }));
    return makeRecapDocument(format, {
      tenantName: info.tenant.name, year: props.year, upTo: props.upTo, cap: info.tenant.settings.achievementCap, units, verifiedOnly: props.verifiedOnly,
      // The document is dated with the pemda's today, not the device's.
      date: calendarDateIn(new Date(), tenantTimeZone(info.tenant.settings)),
    }, info.tenant.logo, onProgress);
  };
  return (
    <section aria-labelledby="recap-downloads-title">
      <h2 id="recap-downloads-title">{t('recap.title')}</h2>
      <p className="field__hint">{t('recap.hint', { q: quarterParam(props.upTo, language) })}</p>
      <div className="actions">
        <DocumentButton label={t('recap.pdf')} make={make('pdf')} />
        <DocumentButton label={t('recap.xlsx')} make={make('xlsx')} />
      </div>
    </section>
  );
}

export function EvaluationDownloads(props: { units: DashboardUnit[]; year: number; upTo: Quarter }) {
  const t = useFeatureMessages(documentMessages);
  const { language } = useI18n();
  const { db, info, actor } = useActiveSession();
  const [unitId, setUnitId] = useState('');
  // An evaluator signs "Dievaluasi" themselves: their name and position are the starting point.
  const isEvaluator = canReview(actor, { tenantId: actor.tenantId, orgUnitId: null }).allowed;
  const [name, setName] = useState(isEvaluator ? info.user.name : '');
  const [position, setPosition] = useState(isEvaluator ? info.user.position : '');
  const selected = props.units.find((u) => u.orgUnit.id === unitId) ?? props.units[0];
  const make = (format: Format) => async (onProgress: (f: number) => void) => {
    if (!selected) throw new DocumentDataMissing();
    const data = await getEvaluationDocumentData(db, selected.orgUnit.id, props.year);
    if (!data) throw new DocumentDataMissing();
    const { makeEvaluationDocument } = await import('../../documents/make');
    const evaluatedBy = name.trim() === '' && position.trim() === '' ? null : { name: name.trim(), position: position.trim(), nip: isEvaluator && name.trim() === info.user.name ? info.user.nip : null };
    return makeEvaluationDocument(format, data, {
      year: props.year, upTo: props.upTo, tenantName: info.tenant.name, settings: info.tenant.settings, evaluatedBy, place: null, date: calendarDateIn(new Date(), tenantTimeZone(info.tenant.settings)),
    }, info.tenant.logo, onProgress);
  };
  if (props.units.length === 0) return null;
  return (
    <section aria-labelledby="evaluation-downloads-title">
      <h2 id="evaluation-downloads-title">{t('evaluation.title')}</h2>
      <p className="field__hint">{t('evaluation.hint', { q: quarterParam(props.upTo, language) })}</p>
      <div className="filters">
        <div className="field">
          <label htmlFor="evaluation-unit">{t('evaluation.unit')}</label>
          <select id="evaluation-unit" value={selected?.orgUnit.id ?? ''} onChange={(e) => setUnitId(e.target.value)}>
            {props.units.map((u) => <option key={u.orgUnit.id} value={u.orgUnit.id}>{u.name}</option>)}
          </select>
        </div>
        <TextField label={t('evaluation.evaluatorName')} value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
        <TextField label={t('evaluation.evaluatorPosition')} value={position} onChange={(e) => setPosition(e.target.value)} maxLength={200} />
      </div>
      <div className="actions">
        <DocumentButton label={t('evaluation.pdf')} make={make('pdf')} />
        <DocumentButton label={t('evaluation.xlsx')} make={make('xlsx')} />
      </div>
    </section>
  );
}
