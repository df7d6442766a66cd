// One IKU of a sasaran daerah in the plan being edited, numbered by its place ("IKU 1.2.1.1"): its
// name, satuan and polaritas, a target for each year of the period and the end-of-period target,
// typed the Indonesian way ("74,5"). The year fields wrap on a narrow screen; each one's name says
// the year and the IKU ("Target 2026 — Angka usia harapan hidup") to a screen reader.
import { memo, useId } from 'react';
import { parseIndonesianNumber } from '../../../domain/number-format';
import { polaritySchema } from '../../../domain/indicator';
import { useFeatureMessages } from '../../i18n/feature-messages';
import type { NumberedPlanRow } from './plan-draft';
import { ikuLabel, sasaranEdits, type PlanIkuDraft } from './plan-sasaran-draft';
import { PlanRowActions } from './plan-row-actions';
import { PlanTextField } from './plan-text-field';
import { adminMessages } from './messages';

const notANumber = (typed: string): true | undefined => (Number.isNaN(parseIndonesianNumber(typed)) ? true : undefined);

export const PlanIkuEditor = memo(function PlanIkuEditor(props: NumberedPlanRow & { iku: PlanIkuDraft; sasaranId: string }) {
  const t = useFeatureMessages(adminMessages);
  const id = useId();
  const { iku, sasaranId, number: n, onEdit } = props;
  const name = ikuLabel(iku, n);
  const set = (change: Parameters<typeof sasaranEdits.setIku>[3]) => onEdit((d) => sasaranEdits.setIku(d, sasaranId, iku.id, change));
  const typed = Object.values(iku.targets).some((v) => v.trim() !== '') || iku.endTarget.trim() !== '';
  return (
    <li className="plan-iku">
      <h6 className="plan-iku__title">{t('admin.plan.iku', { n })}</h6>
      <PlanTextField label={t('admin.plan.ikuName', { n })} value={iku.name} onChange={(name) => set({ name })} />
      <div className="plan-iku__meta">
        <div className="field">
          <label htmlFor={`${id}-satuan`}>{t('admin.plan.ikuSatuan', { n })}</label>
          <input id={`${id}-satuan`} autoComplete="off" size={12} value={iku.satuan} onChange={(e) => set({ satuan: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-polarity`}>{t('admin.plan.ikuPolarity', { n })}</label>
          <select id={`${id}-polarity`} value={iku.polarity} onChange={(e) => set({ polarity: polaritySchema.catch('higher').parse(e.target.value) })}>
            <option value="higher">{t('admin.plan.polarityHigher')}</option>
            <option value="lower">{t('admin.plan.polarityLower')}</option>
          </select>
        </div>
      </div>
      <fieldset className="plan-iku__targets">
        <legend>{t('admin.plan.targetsOf', { n })}</legend>
        {props.years.length === 0 ? <p className="field__hint">{t('admin.plan.targetsWaitPeriod')}</p> : (
          <div className="plan-iku__years">
            {props.years.map((year) => {
              const value = iku.targets[String(year)] ?? '';
              return (
                <div className="field plan-iku__target" key={year}>
                  <label htmlFor={`${id}-${year}`}>{t('admin.plan.targetYear', { year })}</label>
                  <input id={`${id}-${year}`} inputMode="decimal" autoComplete="off" value={value} aria-invalid={notANumber(value)}
                    aria-label={t('admin.plan.targetYearOf', { year, name })}
                    onChange={(e) => { const text = e.target.value; onEdit((d) => sasaranEdits.setIkuTarget(d, sasaranId, iku.id, year, text)); }} />
                </div>
              );
            })}
          </div>
        )}
        <div className="field plan-iku__target plan-iku__end">
          <label htmlFor={`${id}-end`}>{t('admin.plan.targetEnd')}</label>
          <input id={`${id}-end`} inputMode="decimal" autoComplete="off" value={iku.endTarget} aria-invalid={notANumber(iku.endTarget)}
            aria-label={t('admin.plan.targetEndOf', { name })} onChange={(e) => set({ endTarget: e.target.value })} />
        </div>
        <p className="field__hint">{t('admin.plan.targetsHint')}</p>
      </fieldset>
      <PlanRowActions what={t('admin.plan.whatIku', { n })} index={props.index} count={props.count}
        onRemove={() => onEdit((d) => sasaranEdits.removeIku(d, sasaranId, iku.id))} askFirst={iku.name.trim() !== '' || typed}
        confirmTitle={t('admin.plan.removeIkuTitle', { n })} consequence={t('admin.plan.removeIkuConsequence')} />
    </li>
  );
});
