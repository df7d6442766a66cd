// One sasaran daerah of the plan being edited, under its tujuan and numbered by its place there
// ("Sasaran daerah 1.2.1"): its text, its IKU (plan-iku-editor.tsx), adding them and removing
// (asked first when anything is in it).
import { memo } from 'react';
import { useFeatureMessages } from '../../i18n/feature-messages';
import type { NumberedPlanRow } from './plan-draft';
import { PlanIkuEditor } from './plan-iku-editor';
import { sasaranBounds, sasaranEdits, type PlanSasaranDraft } from './plan-sasaran-draft';
import { PlanRowActions } from './plan-row-actions';
import { PlanTextField } from './plan-text-field';
import { adminMessages } from './messages';

export const PlanSasaranEditor = memo(function PlanSasaranEditor(props: NumberedPlanRow & { sasaran: PlanSasaranDraft }) {
  const t = useFeatureMessages(adminMessages);
  const { sasaran, number: n, onEdit } = props;
  const full = sasaran.iku.length >= sasaranBounds.ikuPerSasaran;
  return (
    <li className="plan-sasaran">
      <h5 className="plan-sasaran__title">{t('admin.plan.sasaran', { n })}</h5>
      <PlanTextField label={t('admin.plan.sasaranText', { n })} value={sasaran.text}
        onChange={(text) => onEdit((d) => sasaranEdits.setSasaranText(d, sasaran.id, text))} />
      <PlanRowActions what={t('admin.plan.whatSasaran', { n })} index={props.index} count={props.count}
        onRemove={() => onEdit((d) => sasaranEdits.removeSasaran(d, sasaran.id))} askFirst={sasaran.text.trim() !== '' || sasaran.iku.length > 0}
        confirmTitle={t('admin.plan.removeSasaranTitle', { n })} consequence={t('admin.plan.removeSasaranConsequence', { count: sasaran.iku.length })} />
      {sasaran.iku.length === 0 ? <p className="field__hint">{t('admin.plan.noIku')}</p> : (
        <ol className="plan-iku-list" aria-label={t('admin.plan.ikuOf', { n })}>
          {sasaran.iku.map((iku, i) => (
            <PlanIkuEditor key={iku.id} iku={iku} sasaranId={sasaran.id} number={`${n}.${i + 1}`} index={i} count={sasaran.iku.length}
              years={props.years} onEdit={onEdit} />
          ))}
        </ol>
      )}
      <div className="button-row">
        <button type="button" className="button" disabled={full} onClick={() => onEdit((d) => sasaranEdits.addIku(d, sasaran.id))}>
          {t('admin.plan.addIku', { n })}
        </button>
        {full && <p className="field__hint">{t('admin.plan.limitIku', { max: sasaranBounds.ikuPerSasaran })}</p>}
      </div>
    </li>
  );
});
