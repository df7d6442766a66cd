// One misi of the plan being edited, numbered by its place ("Misi 2"): its text, its tujuan
// ("Tujuan 2.1", each with its text and the plan's sasaran daerah under it), adding, moving and
// removing them (removing asks first: a tujuan a sasaran daerah still serves makes the server
// refuse the save; the plan's own sasaran under a removed tujuan go with it).
import { memo } from 'react';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { planBounds, planEdits, type PlanEdit, type PlanMisiDraft } from './plan-draft';
import { PlanRowActions } from './plan-row-actions';
import { draftSasaranOf, type PlanSasaranDraft } from './plan-sasaran-draft';
import { PlanTextField } from './plan-text-field';
import { PlanTujuanSasaran } from './plan-tujuan-sasaran';
import { adminMessages } from './messages';

export const PlanMisiEditor = memo(function PlanMisiEditor(props: {
  misi: PlanMisiDraft;
  index: number;
  /** How many misi the plan has (the last cannot move down). */
  count: number;
  /** The plan's sasaran daerah (each tujuan shows its own). */
  sasaran: readonly PlanSasaranDraft[];
  /** The period's years, for the IKU's targets. */
  years: readonly number[];
  onEdit: PlanEdit;
}) {
  const t = useFeatureMessages(adminMessages);
  const { misi, index, onEdit } = props;
  const n = String(index + 1);
  const full = misi.tujuan.length >= planBounds.tujuanPerMisi;
  return (
    <li className="plan-misi">
      <fieldset className="card plan-misi__card">
        <legend>{t('admin.plan.misi', { n })}</legend>
        <PlanTextField label={t('admin.plan.misiText', { n })} value={misi.text}
          onChange={(text) => onEdit((d) => planEdits.setMisiText(d, misi.id, text))} />
        <PlanRowActions what={t('admin.plan.whatMisi', { n })} index={index} count={props.count}
          onMove={(by) => onEdit((d) => planEdits.moveMisi(d, misi.id, by))} onRemove={() => onEdit((d) => planEdits.removeMisi(d, misi.id))}
          askFirst={misi.text.trim() !== '' || misi.tujuan.length > 0}
          confirmTitle={t('admin.plan.removeMisiTitle', { n })} consequence={misi.tujuan.length === 0 ? t('admin.plan.removeMisiAlone') : t('admin.plan.removeMisiConsequence', { count: misi.tujuan.length })} />
        {misi.tujuan.length === 0 ? <p className="field__hint">{t('admin.plan.noTujuan')}</p> : (
          <ol className="plan-tujuan-list" aria-label={t('admin.plan.tujuanOf', { n })}>
            {misi.tujuan.map((tujuan, ti) => {
              const tn = `${n}.${ti + 1}`;
              const serving = draftSasaranOf(props.sasaran, tujuan.id).length;
              return (
                <li key={tujuan.id} className="plan-tujuan">
                  <PlanTextField label={t('admin.plan.tujuanText', { n: tn })} value={tujuan.text}
                    onChange={(text) => onEdit((d) => planEdits.setTujuanText(d, misi.id, tujuan.id, text))} />
                  <PlanRowActions what={t('admin.plan.whatTujuan', { n: tn })} index={ti} count={misi.tujuan.length}
                    onMove={(by) => onEdit((d) => planEdits.moveTujuan(d, misi.id, tujuan.id, by))}
                    onRemove={() => onEdit((d) => planEdits.removeTujuan(d, misi.id, tujuan.id))}
                    askFirst={tujuan.text.trim() !== '' || serving > 0}
                    confirmTitle={t('admin.plan.removeTujuanTitle', { n: tn })}
                    consequence={serving === 0 ? t('admin.plan.removeTujuanConsequence') : t('admin.plan.removeTujuanWithSasaran', { count: serving })} />
                  <PlanTujuanSasaran tujuanId={tujuan.id} number={tn} sasaran={props.sasaran} years={props.years} onEdit={onEdit} />
                </li>
              );
            })}
          </ol>
        )}
        <div className="button-row">
          <button type="button" className="button" disabled={full} onClick={() => onEdit((d) => planEdits.addTujuan(d, misi.id))}>
            {t('admin.plan.addTujuan', { n })}
          </button>
          {full && <p className="field__hint">{t('admin.plan.limitTujuan', { max: planBounds.tujuanPerMisi })}</p>}
        </div>
      </fieldset>
    </li>
  );
});
