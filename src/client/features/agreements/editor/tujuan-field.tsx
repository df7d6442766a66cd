// The RPJMD tujuan a sasaran daerah of the pemda's PK serves (domain/rpjmd-plan.ts): chosen from
// the plan the device holds, saved as it is chosen, offline like the rest of the PK editor. The
// pohon kinerja hangs the sasaran under it; unchosen, the sasaran stands beside the visi.
import { useId } from 'react';
import type { Goal } from '../../../../domain/agreement';
import type { TujuanChoice } from '../../../db/plan-queries';
import { useFeatureMessages } from '../../../i18n/feature-messages';
import { editorMessages } from './editor-messages';

export function TujuanField(props: { goal: Goal; number: number; choices: readonly TujuanChoice[]; onChange: (tujuanId: string | null) => void }) {
  const t = useFeatureMessages(editorMessages);
  const id = useId();
  const current = props.goal.tujuanId ?? '';
  const known = current === '' || props.choices.some((c) => c.id === current);
  if (props.choices.length === 0) return <p className="field__hint">{t('goal.tujuanNoPlan')}</p>;
  return (
    <div className="field">
      <label htmlFor={id}>{t('goal.tujuan', { n: props.number })}</label>
      <select id={id} value={current} onChange={(e) => props.onChange(e.target.value === '' ? null : e.target.value)}>
        <option value="">{t('goal.tujuanNone')}</option>
        {!known && <option value={current}>{t('goal.tujuanGone')}</option>}
        {props.choices.map((c) => (
          <option key={c.id} value={c.id}>{t('goal.tujuanChoice', { misi: c.misiNumber, tujuan: `${c.misiNumber}.${c.tujuanNumber}`, text: c.tujuan })}</option>
        ))}
      </select>
    </div>
  );
}
