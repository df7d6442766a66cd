// Under one tujuan of the plan being edited: its sasaran daerah (plan-sasaran-editor.tsx) and
// "Tambah sasaran daerah ke tujuan 1.2".
import { useFeatureMessages } from '../../i18n/feature-messages';
import type { PlanEdit } from './plan-draft';
import { draftSasaranOf, sasaranBounds, sasaranEdits, type PlanSasaranDraft } from './plan-sasaran-draft';
import { PlanSasaranEditor } from './plan-sasaran-editor';
import { adminMessages } from './messages';

export function PlanTujuanSasaran(props: {
  tujuanId: string;
  /** The tujuan's place: "1.2". */
  number: string;
  /** Every sasaran of the plan (the limit counts them all). */
  sasaran: readonly PlanSasaranDraft[];
  years: readonly number[];
  onEdit: PlanEdit;
}) {
  const t = useFeatureMessages(adminMessages);
  const { tujuanId, number: n, onEdit } = props;
  const own = draftSasaranOf(props.sasaran, tujuanId);
  const full = props.sasaran.length >= sasaranBounds.sasaran;
  return (
    <div className="plan-tujuan__sasaran">
      {own.length === 0 ? <p className="field__hint">{t('admin.plan.noSasaran')}</p> : (
        <ol className="plan-sasaran-list" aria-label={t('admin.plan.sasaranOf', { n })}>
          {own.map((s, i) => (
            <PlanSasaranEditor key={s.id} sasaran={s} number={`${n}.${i + 1}`} index={i} count={own.length} years={props.years} onEdit={onEdit} />
          ))}
        </ol>
      )}
      <div className="button-row">
        <button type="button" className="button" disabled={full} onClick={() => onEdit((d) => sasaranEdits.addSasaran(d, tujuanId))}>
          {t('admin.plan.addSasaran', { n })}
        </button>
        {full && <p className="field__hint">{t('admin.plan.limitSasaran', { max: sasaranBounds.sasaran })}</p>}
      </div>
    </div>
  );
}
