// Tenant-wide roles: every unit of the pemda, searchable by name and filtered by type.
import { useState } from 'react';
import { Link } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { orgUnitTypes, type OrgUnitType } from '../../../domain/org-unit-type';
import { listOrgUnits } from '../../db/queries';
import { primedUnits } from '../../db/first-screen';
import { useI18n } from '../../i18n/i18n-context';
import { useActiveSession } from '../../session/session-context';
import { Loading } from '../../ui/loading';
import { TextField } from '../../ui/text-field';

export function UnitsPage() {
  const { t } = useI18n();
  const { db } = useActiveSession();
  const units = useLiveQuery(() => listOrgUnits(db), [db], primedUnits(db));
  const [query, setQuery] = useState('');
  const [type, setType] = useState<OrgUnitType | ''>('');

  const needle = query.trim().toLocaleLowerCase('id');
  const shown = (units ?? []).filter(
    (u) => (type === '' || u.type === type) && (needle === '' || u.name.toLocaleLowerCase('id').includes(needle)),
  );

  return (
    <section>
      <h1>{t('units.title')}</h1>
      <div className="filters">
        <TextField label={t('units.search')} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        <div className="field">
          <label htmlFor="unit-type">{t('units.type')}</label>
          <select id="unit-type" value={type} onChange={(e) => setType(e.target.value as OrgUnitType | '')}>
            <option value="">{t('units.allTypes')}</option>
            {orgUnitTypes.map((option) => (
              <option key={option} value={option}>
                {t(`units.type.${option}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {units === undefined ? (
        <Loading />
      ) : (
        <>
          <p role="status">{t('units.count', { count: shown.length })}</p>
          {shown.length === 0 ? (
            <p className="muted">{t('units.none')}</p>
          ) : (
            <ul className="unit-list">
              {shown.map((unit) => (
                <li key={unit.id}>
                  <Link to={`/units/${unit.id}`}>
                    <span>{unit.name}</span> <span className="muted">{t(`units.type.${unit.type}`)}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
