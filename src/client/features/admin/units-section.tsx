// The unit tree: add, rename, move, deactivate (never delete: a unit's data stays).
import { DraftNotice } from '../../session/draft-notice';
import { useFormDraft } from '../../session/use-form-draft';
import { useRef, useState, type FormEvent } from 'react';
import type { OrgUnit } from '../../../domain/org-unit';
import { orgUnitTypes } from '../../../domain/org-unit-type';
import { ConfirmBox } from '../../ui/confirm-box';
import { TextField } from '../../ui/text-field';
import { adminApi } from './api';
import { useAdminError } from './use-admin-error';
import { useLoaded } from './use-loaded';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { adminMessages } from './messages';

/** Parents first, each with its depth in the tree. */
function treeOrder(units: OrgUnit[]): Array<{ unit: OrgUnit; depth: number }> {
  const children = new Map<string | null, OrgUnit[]>();
  for (const unit of units) children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit]);
  const ids = new Set(units.map((u) => u.id));
  const out: Array<{ unit: OrgUnit; depth: number }> = [];
  const walk = (parent: string | null, depth: number) => {
    for (const unit of children.get(parent) ?? []) { out.push({ unit, depth }); walk(unit.id, depth + 1); }
  };
  walk(null, 0);
  for (const unit of units) if (unit.parentId !== null && !ids.has(unit.parentId)) { out.push({ unit, depth: 0 }); walk(unit.id, 1); }
  return out;
}

function UnitForm(props: { units: OrgUnit[]; unit?: OrgUnit; onDone: (saved: OrgUnit) => void }) {
  const t = useFeatureMessages(adminMessages);
  const describe = useAdminError();
  // Kept on the device as it is typed, until saved (session/use-form-draft.ts).
  const [initial] = useState(() => ({
    code: props.unit?.code ?? '', name: props.unit?.name ?? '', type: props.unit?.type ?? ('opd' as OrgUnit['type']), parentId: props.unit?.parentId ?? '',
  }));
  const form = useFormDraft({ key: `admin:unit:${props.unit?.id ?? 'new'}`, initial });
  const { code, name, type, parentId } = form.values;
  const set = (field: keyof typeof initial) => (value: string) => form.setValues((v) => ({ ...v, [field]: value }));
  const setCode = set('code');
  const setName = set('name');
  const setType = set('type');
  const setParentId = set('parentId');
  const [error, setError] = useState<string | null>(null);
  // Simpan pressed twice (or Enter held) while the first request runs sends it once.
  const busy = useRef(false);
  const [saving, setSaving] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy.current) return;
    busy.current = true;
    setSaving(true);
    try {
      const parent = parentId === '' ? null : parentId;
      const saved = props.unit
        ? await adminApi.updateOrgUnit(props.unit.id, { code, name, parentId: parent })
        : await adminApi.createOrgUnit({ code, name, type, parentId: parent });
      // A new unit's form starts empty again (it kept the values, and Simpan made a second unit).
      form.saved(props.unit ? undefined : { ...initial, type, parentId });
      setError(null);
      props.onDone(saved);
    } catch (reason) { setError(describe(reason)); } finally { busy.current = false; setSaving(false); }
  }
  return (
    <form onSubmit={(e) => void submit(e)} className="card" aria-label={props.unit ? t('admin.units.edit') : t('admin.units.add')}>
      <DraftNotice draft={form} />
      <TextField label={t('admin.units.code')} value={code} onChange={(e) => setCode(e.target.value)} required maxLength={40} />
      <TextField label={t('admin.units.name')} value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
      {!props.unit && (
        <div className="field">
          <label htmlFor="unit-type">{t('admin.units.type')}</label>
          <select id="unit-type" value={type} onChange={(e) => setType(e.target.value)}>
            {orgUnitTypes.map((ty) => <option key={ty} value={ty}>{ty}</option>)}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`unit-parent-${props.unit?.id ?? 'new'}`}>{t('admin.units.parent')}</label>
        <select id={`unit-parent-${props.unit?.id ?? 'new'}`} value={parentId} onChange={(e) => setParentId(e.target.value)}>
          <option value="">{t('admin.units.noParent')}</option>
          {props.units.filter((u) => u.id !== props.unit?.id).map((u) => <option key={u.id} value={u.id}>{u.code} — {u.name}</option>)}
        </select>
      </div>
      {error && <p role="alert" className="field__error">{error}</p>}
      <button type="submit" className="button button--primary" disabled={saving}>{t('admin.save')}</button>
    </form>
  );
}

export function UnitsSection() {
  const t = useFeatureMessages(adminMessages);
  const describe = useAdminError();
  const { data, error, reload } = useLoaded(adminApi.listOrgUnits);
  const [editing, setEditing] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // Deactivating a unit is asked first (ConfirmBox); activating again is not.
  const [asking, setAsking] = useState<OrgUnit | null>(null);
  if (error) return <p role="alert">{describe(error)}</p>;
  if (!data) return <p>{t('app.loading')}</p>;
  const toggle = async (unit: OrgUnit) => {
    try {
      await adminApi.updateOrgUnit(unit.id, { active: !unit.active });
      setProblem(null);
      setDone(t(unit.active ? 'admin.units.deactivated' : 'admin.units.activated', { name: unit.name }));
      reload();
    } catch (reason) { setProblem(describe(reason)); setDone(null); }
  };
  const saved = (unit: OrgUnit) => { setDone(t('admin.units.saved', { code: unit.code, name: unit.name })); setProblem(null); setEditing(null); reload(); };
  return (
    <section aria-labelledby="admin-units">
      <h2 id="admin-units">{t('admin.tab.units')}</h2>
      {problem && <p role="alert" className="field__error">{problem}</p>}
      <p role="status">{done}</p>
      <ul className="admin-tree">
        {treeOrder(data).map(({ unit, depth }) => (
          <li key={unit.id} data-depth={depth}>
            <span>{'— '.repeat(depth)}{unit.code} · {unit.name} {!unit.active && `(${t('admin.inactive')})`}</span>{' '}
            <button type="button" className="button" onClick={() => setEditing(editing === unit.id ? null : unit.id)}>{t('admin.units.edit')}</button>{' '}
            <button type="button" className="button" aria-label={`${unit.active ? t('admin.deactivate') : t('admin.activate')} ${unit.code} ${unit.name}`}
              onClick={() => (unit.active ? setAsking(unit) : void toggle(unit))}>{unit.active ? t('admin.deactivate') : t('admin.activate')}</button>
            {asking?.id === unit.id && (
              <ConfirmBox title={t('admin.units.deactivateConfirmTitle', { name: unit.name })} consequence={t('admin.units.deactivateConfirm')}
                confirmLabel={t('admin.users.deactivateConfirmYes')} cancelLabel={t('admin.users.confirmNo')}
                onCancel={() => setAsking(null)} onConfirm={() => { setAsking(null); void toggle(unit); }} />
            )}
            {editing === unit.id && <UnitForm units={data} unit={unit} onDone={saved} />}
          </li>
        ))}
      </ul>
      <h3>{t('admin.units.add')}</h3>
      <UnitForm units={data} onDone={saved} />
    </section>
  );
}
