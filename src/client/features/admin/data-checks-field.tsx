// The checks at entry (Admin → Pengaturan pemda; domain/data-checks.ts): the thresholds of "far from
// the target" (typed the Indonesian way), the band below which a capaian must be explained, and
// per check whether it is off, shown, asked before saving or refused.
import type { CategoryBand } from '../../../domain/tenant';
import { dataCheckKinds, dataCheckSeverities, severitiesOf, type DataCheckKind, type DataCheckSeverity } from '../../../domain/data-checks';
import { useI18n } from '../../i18n/i18n-context';
import { categoryLabel } from '../../ui/category-label';
import { TextField } from '../../ui/text-field';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { adminMessages } from './messages';

/** The checks as the form holds them: the thresholds as typed. */
export interface DataChecksDraft {
  farAbove: string;
  farBelow: string;
  explainBelowCategory: string;
  severity: Record<DataCheckKind, DataCheckSeverity>;
}

const kindKey = {
  separatorSlip: 'admin.checks.separatorSlip',
  percentOutOfRange: 'admin.checks.percentOutOfRange',
  notWholeCount: 'admin.checks.notWholeCount',
  outOfBounds: 'admin.checks.outOfBounds',
  farFromTarget: 'admin.checks.farFromTarget',
  peerOutlier: 'admin.checks.peerOutlier',
  historyOutlier: 'admin.checks.historyOutlier',
  explanationMissing: 'admin.checks.explanationMissing',
  evidenceMissing: 'admin.checks.evidenceMissing',
} as const satisfies Record<DataCheckKind, string>;

const severityKey = {
  off: 'admin.checks.off', note: 'admin.checks.note', ask: 'admin.checks.ask', refuse: 'admin.checks.refuse',
} as const satisfies Record<DataCheckSeverity, string>;

const isSeverity = (value: string): value is DataCheckSeverity => (dataCheckSeverities as readonly string[]).includes(value);

export function DataChecksField(props: { bands: readonly CategoryBand[]; value: DataChecksDraft; error: string | null; onChange: (value: DataChecksDraft) => void }) {
  const t = useFeatureMessages(adminMessages);
  const { language } = useI18n();
  const { value, onChange } = props;
  return (
    <fieldset className="field data-checks">
      <legend>{t('admin.checks.title')}</legend>
      <p className="field__hint">{t('admin.checks.hint')}</p>
      <TextField label={t('admin.checks.farAbove')} inputMode="decimal" value={value.farAbove} onChange={(e) => onChange({ ...value, farAbove: e.target.value })} />
      <TextField label={t('admin.checks.farBelow')} inputMode="decimal" value={value.farBelow} onChange={(e) => onChange({ ...value, farBelow: e.target.value })} />
      <div className="field">
        <label htmlFor="checks-explain">{t('admin.checks.explainBelow')}</label>
        <select id="checks-explain" value={value.explainBelowCategory} onChange={(e) => onChange({ ...value, explainBelowCategory: e.target.value })}>
          {props.bands.map((b) => <option key={b.key} value={b.key}>{categoryLabel(b, language)}</option>)}
        </select>
      </div>
      {dataCheckKinds.map((kind) => (
        <div className="field" key={kind}>
          <label htmlFor={`checks-${kind}`}>{t(kindKey[kind])}</label>
          <select id={`checks-${kind}`} value={value.severity[kind]}
            onChange={(e) => { const chosen = e.target.value; if (isSeverity(chosen)) onChange({ ...value, severity: { ...value.severity, [kind]: chosen } }); }}>
            {severitiesOf(kind).map((s) => <option key={s} value={s}>{t(severityKey[s])}</option>)}
          </select>
        </div>
      ))}
      {props.error && <p role="alert" className="field__error">{props.error}</p>}
    </fieldset>
  );
}
