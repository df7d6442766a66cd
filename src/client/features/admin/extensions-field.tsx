// Deadline extensions of one quarter for single units (a unit that asked for more time): the unit
// enters until its own end, even when the quarter is locked for the others. Typed on the pemda's
// clock like the deadline; saved with the window (Simpan).
import { useState } from 'react';
import type { OrgUnit } from '../../../domain/org-unit';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { adminMessages } from './messages';

/** An extension as typed: the unit and the wall time on the pemda's clock (datetime-local). */
export interface TypedExtension { orgUnitId: string; until: string }

export function ExtensionsField(props: { id: string; units: OrgUnit[]; extensions: TypedExtension[]; zone: string; onChange: (next: TypedExtension[]) => void }) {
  const t = useFeatureMessages(adminMessages);
  const [unit, setUnit] = useState('');
  const [until, setUntil] = useState('');
  const names = new Map(props.units.map((u) => [u.id, `${u.code} — ${u.name}`]));
  const choosable = props.units.filter((u) => u.active && !props.extensions.some((e) => e.orgUnitId === u.id));
  const add = () => {
    if (unit === '' || until === '') return;
    props.onChange([...props.extensions, { orgUnitId: unit, until }]);
    setUnit('');
    setUntil('');
  };
  return (
    <fieldset className="field">
      <legend>{t('admin.windows.extensions')}</legend>
      <p className="field__hint">{t('admin.windows.extensionsHint', { zone: props.zone })}</p>
      {props.extensions.length > 0 && (
        <ul>
          {props.extensions.map((e) => (
            <li key={e.orgUnitId}>
              {t('admin.windows.extensionRow', { unit: names.get(e.orgUnitId) ?? '', until: e.until.replace('T', ' ') })}{' '}
              <button type="button" className="button" aria-label={t('admin.windows.extensionRemoveNamed', { unit: names.get(e.orgUnitId) ?? '' })}
                onClick={() => props.onChange(props.extensions.filter((x) => x.orgUnitId !== e.orgUnitId))}>{t('admin.windows.extensionRemove')}</button>
            </li>
          ))}
        </ul>
      )}
      <div className="filters">
        <div className="field">
          <label htmlFor={`${props.id}-ext-unit`}>{t('admin.windows.extensionUnit')}</label>
          <select id={`${props.id}-ext-unit`} value={unit} onChange={(e) => setUnit(e.target.value)}>
            <option value="">{t('admin.windows.extensionChoose')}</option>
            {choosable.map((u) => <option key={u.id} value={u.id}>{u.code} — {u.name}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${props.id}-ext-until`}>{t('admin.windows.extensionUntil', { zone: props.zone })}</label>
          <input id={`${props.id}-ext-until`} type="datetime-local" value={until} onChange={(e) => setUntil(e.target.value)} />
        </div>
      </div>
      <button type="button" className="button" onClick={add} disabled={unit === '' || until === ''}>{t('admin.windows.extensionAdd')}</button>
    </fieldset>
  );
}
