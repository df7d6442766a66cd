// /agreements/:agreementId/compare/:otherId — what changed between two versions of a unit's PK
// (diffPk), side by side: the part, its value before and after. The lower version is "before".
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useParams } from 'react-router';
import { diffPk, type PkChange } from '../../../../domain/agreement-revision';
import { formatRupiah } from '../../../../domain/number-format';
import { quarterRoman, type Quarter } from '../../../../domain/period';
import { loadPkContent } from '../../../db/agreement-queries';
import { useFeatureMessages, type FeatureT } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/i18n-context';
import { displayLocale } from '../../../i18n/i18n-provider';
import { useActiveSession } from '../../../session/session-context';
import { Loading } from '../../../ui/loading';
import { editorMessages, type EditorKey } from '../editor/editor-messages';
import { fieldLabel } from '../editor/pk-issues';
import { useVersionName } from './agreement-version-page';
import '../editor/editor.css';

type T = FeatureT<EditorKey>;

function formatValue(t: T, formatNumber: (n: number, digits?: number) => string, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'budget' && typeof value === 'number') return formatRupiah(value, displayLocale);
  if (Array.isArray(value)) {
    return value.map((v, i) => `${quarterRoman[(i + 1) as Quarter]}: ${formatValue(t, formatNumber, '', v)}`).join(' · ');
  }
  if (typeof value === 'number') return formatNumber(value, 10);
  if (typeof value === 'object' && 'min' in value && 'max' in value) {
    const { min, max } = value as { min: number; max: number };
    return `${formatNumber(min, 10)}–${formatNumber(max, 10)}`;
  }
  if (typeof value === 'string' && ['polarity', 'aggregation', 'targetType'].includes(field)) {
    const key = `indicator.${field}.${value}`;
    return key in editorMessages.id ? t(key as EditorKey) : value;
  }
  return String(value);
}

function describe(t: T, change: PkChange): string {
  switch (change.kind) {
    case 'party':
      return t('change.party', { field: fieldLabel(t, change.field) });
    case 'goalAdded':
    case 'goalRemoved':
    case 'indicatorAdded':
    case 'indicatorRemoved':
      return t(`change.${change.kind}`, { name: change.name });
    case 'goalRenamed':
      return t('change.goalRenamed');
    case 'indicatorChanged':
      return t('change.indicatorChanged', { name: change.name, field: fieldLabel(t, change.field) });
    case 'programAdded':
    case 'programRemoved':
      return t(`change.${change.kind}`, { code: change.code, name: change.name });
    case 'programChanged':
      return t('change.programChanged', { code: change.code, name: change.name, field: fieldLabel(t, change.field) });
  }
}

function sides(change: PkChange): { field: string; before: unknown; after: unknown } {
  switch (change.kind) {
    case 'party':
    case 'indicatorChanged':
    case 'programChanged':
      return { field: change.field, before: change.before, after: change.after };
    case 'goalRenamed':
      return { field: 'name', before: change.before, after: change.after };
    case 'goalAdded':
    case 'indicatorAdded':
      return { field: 'name', before: null, after: change.name };
    case 'goalRemoved':
    case 'indicatorRemoved':
      return { field: 'name', before: change.name, after: null };
    case 'programAdded':
      return { field: 'name', before: null, after: `${change.code} ${change.name}`.trim() };
    case 'programRemoved':
      return { field: 'name', before: `${change.code} ${change.name}`.trim(), after: null };
  }
}

export function AgreementComparePage() {
  const t = useFeatureMessages(editorMessages);
  const { formatNumber } = useI18n();
  const versionName = useVersionName();
  const { db } = useActiveSession();
  const { agreementId = '', otherId = '' } = useParams();
  const pair = useLiveQuery(async () => {
    const [a, b] = await Promise.all([loadPkContent(db, agreementId), loadPkContent(db, otherId)]);
    return a && b ? (a.agreement.version <= b.agreement.version ? [a, b] as const : [b, a] as const) : null;
  }, [db, agreementId, otherId]);
  if (pair === undefined) return <Loading />;
  if (pair === null) return <p className="notice">{t('notFound')}</p>;
  const [before, after] = pair;
  if (before.agreement.orgUnitId !== after.agreement.orgUnitId || before.agreement.year !== after.agreement.year) {
    return <p className="notice">{t('compare.otherUnit')}</p>;
  }
  const changes = diffPk(before, after);
  const beforeName = versionName(before.agreement);
  const afterName = versionName(after.agreement);
  return (
    <section className="pk-editor pk-compare">
      <p>
        <Link to={`/agreements/${after.agreement.id}`} className="back-link">{t('editor.view')}</Link>
      </p>
      <h1>{t('compare.title', { year: after.agreement.year })}</h1>
      <div className="compare-heads">
        <Link to={`/agreements/${before.agreement.id}`}>{t('compare.before', { version: beforeName })}</Link>
        <Link to={`/agreements/${after.agreement.id}`}>{t('compare.after', { version: afterName })}</Link>
      </div>
      {changes.length === 0 ? <p className="notice">{t('compare.none')}</p> : (
        <div className="table-scroll" role="region" aria-label={t('compare.caption', { before: beforeName, after: afterName })} tabIndex={0}>
          <table className="data-table diff-table">
            <caption>{t('compare.caption', { before: beforeName, after: afterName })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('compare.col.what')}</th>
                <th scope="col">{t('compare.col.before')}</th>
                <th scope="col">{t('compare.col.after')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change, i) => {
                const { field, before: was, after: now } = sides(change);
                return (
                  <tr key={i} className={`diff diff--${change.kind}`}>
                    <th scope="row">{describe(t, change)}</th>
                    <td className="diff__before">{formatValue(t, formatNumber, field, was)}</td>
                    <td className="diff__after">{formatValue(t, formatNumber, field, now)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
