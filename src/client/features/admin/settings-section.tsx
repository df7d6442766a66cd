// Tenant settings: logo, name and regional head, formula A/B, cap, band set, early-warning category,
// time zone, the pohon kinerja's roll-up and the PK print's "Mendukung" column.
import { DraftNotice } from '../../session/draft-notice';
import { useFormDraft } from '../../session/use-form-draft';
import { useState, type FormEvent } from 'react';
import { checkBandThresholds, type BandThresholdIssue } from '../../../domain/band-thresholds';
import { formatNumber, parseIndonesianNumber } from '../../../domain/number-format';
import { useSyncEngine } from '../../sync/sync-context';
import { useI18n } from '../../i18n/i18n-context';
import { categoryLabel } from '../../ui/category-label';
import { BandThresholdsField } from './band-thresholds-field';
import type { BandSet, TenantSettingsResponse } from '../../../api/admin';
import { TextField } from '../../ui/text-field';
import { adminApi } from './api';
import { useAdminError } from './use-admin-error';
import { useLoaded } from './use-loaded';
import { LogoField } from './logo-field';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { adminMessages, zoneAbbreviationKey } from './messages';
import { isTenantTimeZone, tenantTimeZones } from '../../../domain/tenant-clock';
import { dataChecksSchema, defaultDataChecks, type DataChecks } from '../../../domain/data-checks';
import { DataChecksField, type DataChecksDraft } from './data-checks-field';
import { PkPrintSupportsField } from './pk-print-field';

/** The bounds as typed (id-ID: "90,5"), top first. */
const typedBounds = (settings: TenantSettingsResponse): string[] =>
  (settings.categoryBands ?? []).slice(0, -1).map((b) => formatNumber(b.min, 'id-ID', 2));

function checksDraft(settings: TenantSettingsResponse): DataChecksDraft {
  const checks = settings.dataChecks ?? defaultDataChecks;
  const bands = settings.categoryBands ?? [];
  // A band key that is not (or no longer) one of the tenant's: early warning's band, as the rule reads it.
  const explain = bands.some((b) => b.key === checks.explainBelowCategory) ? checks.explainBelowCategory : settings.warningBelowCategory;
  return {
    farAbove: formatNumber(checks.farAbovePercent, 'id-ID', 2), farBelow: formatNumber(checks.farBelowPercent, 'id-ID', 2),
    explainBelowCategory: explain ?? settings.warningBelowCategory, severity: { ...checks.severity },
  };
}

/** The checks as the server takes them, or null when a threshold is not a number in its range. */
function parsedChecks(draft: DataChecksDraft): DataChecks | null {
  const parsed = dataChecksSchema.safeParse({
    farAbovePercent: parseIndonesianNumber(draft.farAbove) ?? Number.NaN, farBelowPercent: parseIndonesianNumber(draft.farBelow) ?? Number.NaN,
    explainBelowCategory: draft.explainBelowCategory, severity: draft.severity,
  });
  return parsed.success ? parsed.data : null;
}

function SettingsForm(props: { initial: TenantSettingsResponse; onSaved: (message: string) => void }) {
  const t = useFeatureMessages(adminMessages);
  const { language } = useI18n();
  const describe = useAdminError();
  const engine = useSyncEngine();
  // Kept on the device as it is typed, until saved (session/use-form-draft.ts).
  const [initial] = useState(() => ({ ...props.initial, thresholds: typedBounds(props.initial), checks: checksDraft(props.initial) }));
  const form = useFormDraft({ key: 'admin:settings', initial });
  const values = form.values;
  const setValues = form.setValues;
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const bandSetChanged = values.bandSet !== props.initial.bandSet;
  const thresholdsChanged = !bandSetChanged && values.thresholds.join('|') !== initial.thresholds.join('|');
  const bounds = values.thresholds.map((v) => parseIndonesianNumber(v) ?? Number.NaN);
  const issues: BandThresholdIssue[] = thresholdsChanged ? checkBandThresholds(bounds) : [];
  // Older drafts on the device (kept before the checks existed) have none: the stored ones then.
  const checksValue = values.checks ?? initial.checks;
  const checks = parsedChecks(checksValue);
  const [showChecksError, setShowChecksError] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (issues.length > 0) { setProblem(t('admin.settings.thresholdsInvalid')); return; }
    if (!checks) { setShowChecksError(true); setProblem(t('admin.checks.invalid')); return; }
    setSaving(true);
    try {
      await adminApi.updateSettings({
        name: values.name, regionalHeadName: values.regionalHeadName, regionalHeadTitle: values.regionalHeadTitle,
        lowerIsBetterFormula: values.lowerIsBetterFormula, achievementCap: values.achievementCap, timeZone: values.timeZone,
        cascadeRollUp: values.cascadeRollUp ?? 'average',
        pkPrintSupports: values.pkPrintSupports === true,
        // Switching band sets changes the band keys: the checks keep early warning's band then.
        dataChecks: bandSetChanged ? { ...checks, explainBelowCategory: undefined } : checks,
        ...(values.bandSet ? { bandSet: values.bandSet } : {}),
        ...(!bandSetChanged ? { warningBelowCategory: values.warningBelowCategory } : {}),
        ...(thresholdsChanged ? { bandThresholds: bounds } : {}),
      });
      form.saved();
      setProblem(null);
      // The section reloads (a new form); the message lives there, so it stays on screen.
      props.onSaved(t('admin.settings.saved'));
      // This device's own screens take the new settings with the next pull: run it now.
      void engine.syncNow();
    } catch (reason) { setProblem(describe(reason)); } finally { setSaving(false); }
  }
  return (
    <form className="card" onSubmit={(e) => void submit(e)}>
      <DraftNotice draft={form} />
      <TextField label={t('admin.settings.name')} value={values.name} onChange={(e) => setValues({ ...values, name: e.target.value })} required />
      <TextField label={t('admin.settings.headName')} value={values.regionalHeadName} onChange={(e) => setValues({ ...values, regionalHeadName: e.target.value })} />
      <TextField label={t('admin.settings.headTitle')} value={values.regionalHeadTitle} onChange={(e) => setValues({ ...values, regionalHeadTitle: e.target.value })} />
      <div className="field">
        <label htmlFor="set-formula">{t('admin.settings.formula')}</label>
        <select id="set-formula" value={values.lowerIsBetterFormula} onChange={(e) => setValues({ ...values, lowerIsBetterFormula: e.target.value === 'B' ? 'B' : 'A' })}>
          <option value="A">{t('admin.settings.formulaA')}</option>
          <option value="B">{t('admin.settings.formulaB')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="set-cap">{t('admin.settings.cap')}</label>
        <select id="set-cap" value={String(values.achievementCap)} onChange={(e) => setValues({ ...values, achievementCap: e.target.value === '100' ? 100 : e.target.value === '120' ? 120 : null })}>
          <option value="null">{t('admin.settings.capNone')}</option>
          <option value="100">100%</option>
          <option value="120">120%</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="set-bands">{t('admin.settings.bands')}</label>
        <select id="set-bands" value={values.bandSet ?? ''} onChange={(e) => setValues({ ...values, bandSet: e.target.value as BandSet })}>
          {values.bandSet === null && <option value="">{t('admin.settings.bandsCustom')}</option>}
          <option value="permendagri86">{t('admin.settings.bandsPermendagri')}</option>
          <option value="dashboard">{t('admin.settings.bandsDashboard')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="set-warning">{t('admin.settings.warning')}</label>
        <select id="set-warning" value={values.warningBelowCategory} disabled={values.bandSet !== props.initial.bandSet}
          onChange={(e) => setValues({ ...values, warningBelowCategory: e.target.value })}>
          {(props.initial.categoryBands ?? props.initial.categoryKeys.map((key) => ({ key, label: key }))).map((b) => (
            <option key={b.key} value={b.key}>{categoryLabel(b, language)}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="set-rollup">{t('admin.settings.rollUp')}</label>
        <select id="set-rollup" value={values.cascadeRollUp ?? 'average'} aria-describedby="set-rollup-hint"
          onChange={(e) => setValues({ ...values, cascadeRollUp: e.target.value === 'lowest' ? 'lowest' : 'average' })}>
          <option value="average">{t('admin.settings.rollUpAverage')}</option>
          <option value="lowest">{t('admin.settings.rollUpLowest')}</option>
        </select>
        <p id="set-rollup-hint" className="field__hint">{t('admin.settings.rollUpHint')}</p>
      </div>
      <PkPrintSupportsField checked={values.pkPrintSupports === true} onChange={(checked) => setValues({ ...values, pkPrintSupports: checked })} />
      <div className="field">
        <label htmlFor="set-zone">{t('admin.settings.timeZone')}</label>
        <select id="set-zone" value={values.timeZone} aria-describedby="set-zone-hint"
          onChange={(e) => { const zone = e.target.value; if (isTenantTimeZone(zone)) setValues({ ...values, timeZone: zone }); }}>
          {tenantTimeZones.map((zone) => <option key={zone} value={zone}>{t('admin.settings.timeZoneOption', { abbreviation: t(zoneAbbreviationKey[zone]), zone })}</option>)}
        </select>
        <p id="set-zone-hint" className="field__hint">{t('admin.settings.timeZoneHint')}</p>
      </div>
      {props.initial.categoryBands && (
        <BandThresholdsField bands={props.initial.categoryBands} values={values.thresholds} issues={issues} disabled={bandSetChanged}
          onChange={(thresholds) => setValues({ ...values, thresholds })} />
      )}
      {props.initial.categoryBands && (
        <DataChecksField bands={props.initial.categoryBands} value={checksValue} error={showChecksError && !checks ? t('admin.checks.invalid') : null}
          onChange={(next) => setValues({ ...values, checks: next })} />
      )}
      {problem && <p role="alert" className="field__error">{problem}</p>}
      <button type="submit" className="button button--primary" disabled={saving}>{t('admin.save')}</button>
    </form>
  );
}

export function SettingsSection() {
  const t = useFeatureMessages(adminMessages);
  const describe = useAdminError();
  const { data, error, reload } = useLoaded(adminApi.getSettings);
  const [saved, setSaved] = useState<string | null>(null);
  if (error) return <p role="alert">{describe(error)}</p>;
  if (!data) return <p>{t('app.loading')}</p>;
  return (
    <section aria-labelledby="admin-settings">
      <h2 id="admin-settings">{t('admin.tab.settings')}</h2>
      <div className="card"><LogoField logo={data.logo} onSaved={reload} /></div>
      <SettingsForm key={JSON.stringify(data)} initial={data} onSaved={(message) => { setSaved(message); reload(); }} />
      <p role="status">{saved}</p>
    </section>
  );
}
