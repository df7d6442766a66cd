// The indicator an indicator supports (cascading): the pemda's IKU for a JPT's or a camat's PK, the
// higher PK's indicator for an administrator's or a pengawas's, from what the device holds, so it
// works offline. A search box narrows the list on a tablet; the choice is a plain select grouped by
// sasaran, which every screen reader and keyboard knows. The server checks the choice again.
import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { parentKindsOf } from '../../../../domain/alignment';
import { listSupportCandidates } from '../../../db/cascade-queries';
import { getAgreement } from '../../../db/queries';
import { useFeatureMessages } from '../../../i18n/feature-messages';
import { useActiveSession } from '../../../session/session-context';
import { editorMessages } from './editor-messages';

export function SupportPicker(props: { agreementId: string; value: string; onChange: (supportsId: string) => void }) {
  const t = useFeatureMessages(editorMessages);
  const { db } = useActiveSession();
  const [search, setSearch] = useState('');
  const ids = { select: useId(), search: useId(), hint: useId() };
  const found = useLiveQuery(async () => {
    const agreement = await getAgreement(db, props.agreementId);
    return agreement ? { agreement, candidates: await listSupportCandidates(db, agreement) } : null;
  }, [db, props.agreementId]);
  if (!found || parentKindsOf(found.agreement.kind).length === 0) return null;
  const toPemda = parentKindsOf(found.agreement.kind).includes('pemda');
  const level = toPemda ? 'pemda' : 'unit';
  const needle = search.trim().toLocaleLowerCase('id-ID');
  const shown = found.candidates.filter((c) =>
    c.indicator.id === props.value || needle === '' || `${c.goal} ${c.indicator.name} ${c.unitName}`.toLocaleLowerCase('id-ID').includes(needle));
  const groups = [...new Set(shown.map((c) => c.goal))];
  const missing = props.value !== '' && !found.candidates.some((c) => c.indicator.id === props.value);
  return (
    <fieldset className="support-picker">
      <legend>{t('indicator.supports')}</legend>
      <p className="field__hint" id={ids.hint}>{t(`indicator.supportsHint.${level}`)}</p>
      {found.candidates.length === 0 ? (
        <p className="notice" role="status">{t(`indicator.supportsEmpty.${level}`, { year: found.agreement.year })}</p>
      ) : (
        <div className="field">
          <label htmlFor={ids.search}>{t('indicator.supportsSearch')}</label>
          <input id={ids.search} type="search" value={search} onChange={(e) => setSearch(e.target.value)} autoComplete="off" />
        </div>
      )}
      <div className="field">
        <label htmlFor={ids.select}>{t('indicator.supports')}</label>
        <select id={ids.select} value={props.value} aria-describedby={ids.hint} onChange={(e) => props.onChange(e.target.value)}>
          <option value="">{t('indicator.supportsNone')}</option>
          {missing && <option value={props.value}>{t('indicator.supportsMissing')}</option>}
          {groups.map((goal) => (
            <optgroup key={goal} label={goal}>
              {shown.filter((c) => c.goal === goal).map((c) => (
                <option key={c.indicator.id} value={c.indicator.id}>{toPemda ? c.indicator.name : `${c.indicator.name} (${c.unitName})`}</option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
