// One indicator of a draft PK as a form: every attribute of domain.md ("Indicators"), targets
// typed the Indonesian way by target type, checked as the user types (validatePk plus what the
// text itself gets wrong). In a revision, changing a quarter target that already has a realisation
// under the previous version asks first (targetChangesOverRealised).
import { useState, type FormEvent } from 'react';
import type { Indicator, TargetValue } from '../../../../domain/indicator';
import { aggregationSchema, polaritySchema, targetTypeSchema } from '../../../../domain/indicator';
import { validatePk } from '../../../../domain/agreement-validation';
import { targetChangesOverRealised } from '../../../../domain/agreement-revision';
import { quarterTargetsFromAnnual } from '../../../../domain/quarter-targets';
import { quarterRoman, type Quarter } from '../../../../domain/period';
import { parseIndonesianNumber } from '../../../../domain/number-format';
import { saveIndicator, type IndicatorInput } from '../../../db/agreement-parts-repository';
import { useFeatureMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/i18n-context';
import { useActiveSession } from '../../../session/session-context';
import { useRequestLeave } from '../../../session/unsaved-edits';
import { DraftNotice } from '../../../session/draft-notice';
import { useFormDraft } from '../../../session/use-form-draft';
import { TextField } from '../../../ui/text-field';
import { TextareaField } from '../../../ui/textarea-field';
import { editorMessages } from './editor-messages';
import { errorMessage, issueMessage, issuesAt } from './pk-issues';
import { SelectField } from './select-field';
import { SupportPicker } from './support-picker';
import { TargetInput } from './target-input';
import {
  emptyTarget, parseScaleLevels, parseTarget, scaleLevelsToText, targetToText, type TargetParse, type TargetText,
} from './target-text';

type Quarters = [TargetText, TargetText, TargetText, TargetText];

interface Draft {
  name: string;
  unit: string;
  polarity: Indicator['polarity'];
  aggregation: Indicator['aggregation'];
  targetType: Indicator['targetType'];
  formula: '' | 'A' | 'B';
  scale: string;
  annual: TargetText;
  quarters: Quarters;
  definition: string;
  dataSource: string;
  responsible: string;
  /** The indicator it supports, '' for none; absent in a draft kept by an older build (then kept as saved). */
  supportsId?: string;
  /** The plausible bounds of a realisation as typed ('' = none) and bukti dukung wajib; absent in older drafts. */
  minValue?: string;
  maxValue?: string;
  evidenceRequired?: boolean;
}

const blank: Draft = {
  name: '', unit: '', polarity: 'higher', aggregation: 'sum', targetType: 'number', formula: '', scale: '',
  annual: emptyTarget, quarters: [emptyTarget, emptyTarget, emptyTarget, emptyTarget], definition: '', dataSource: '', responsible: '',
  supportsId: '', minValue: '', maxValue: '', evidenceRequired: false,
};

const boundText = (bound: number | null, formatNumber: (n: number, digits?: number) => string): string =>
  bound === null ? '' : formatNumber(bound, 4);

function draftOf(indicator: Indicator | null, formatNumber: (n: number, digits?: number) => string): Draft {
  if (!indicator) return blank;
  return {
    name: indicator.name, unit: indicator.unit, polarity: indicator.polarity, aggregation: indicator.aggregation,
    targetType: indicator.targetType, formula: indicator.lowerIsBetterFormula ?? '', scale: scaleLevelsToText(indicator.scaleLevels, formatNumber),
    annual: targetToText(indicator.annualTarget, formatNumber),
    quarters: indicator.quarterTargets.map((q) => targetToText(q, formatNumber)) as Quarters,
    definition: indicator.definition, dataSource: indicator.dataSource, responsible: indicator.responsible,
    supportsId: indicator.supportsId ?? '',
    // Rows pulled before these fields existed lack them.
    minValue: boundText(indicator.minValue ?? null, formatNumber),
    maxValue: boundText(indicator.maxValue ?? null, formatNumber),
    evidenceRequired: indicator.evidenceRequired ?? false,
  };
}

/** A draft per indicator, and one for a new indicator of each goal (goal-editor.tsx opens the form that has one). */
export const indicatorDraftPrefix = (goalId: string) => `indicator:${goalId}:`;
export const indicatorDraftKey = (goalId: string, indicatorId: string | null) => indicatorDraftPrefix(goalId) + (indicatorId ?? 'new');

const valueOf = (parse: TargetParse): TargetValue | null => (parse.ok ? parse.value : null);
/** A bound as typed: '' is none, else a number written the Indonesian way (NaN: not a number). */
const boundOf = (typed: string | undefined, saved: number | null): number | null =>
  typed === undefined ? saved : parseIndonesianNumber(typed);
const quarters: readonly Quarter[] = [1, 2, 3, 4];

export function IndicatorForm(props: {
  agreementId: string;
  goalId: string;
  /** null: a new indicator at the end of the goal. */
  indicator: Indicator | null;
  /** Quarters the indicator this one continues already has realisations for (revisions only). */
  realised: ReadonlySet<number> | undefined;
  onDone: () => void;
}) {
  const t = useFeatureMessages(editorMessages);
  const { formatNumber } = useI18n();
  const { db, actor } = useActiveSession();
  const [initial] = useState<Draft>(() => draftOf(props.indicator, formatNumber));
  // Kept on the device as it is typed, until saved or given up (session/use-form-draft.ts).
  const form = useFormDraft<Draft>({ key: indicatorDraftKey(props.goalId, props.indicator?.id ?? null), initial });
  const draft = form.values;
  const setDraft = form.setValues;
  const requestLeave = useRequestLeave();
  const [tried, setTried] = useState(false);
  const [asking, setAsking] = useState<number[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const annual = parseTarget(draft.targetType, draft.annual);
  const quarterParses = draft.quarters.map((q) => parseTarget(draft.targetType, q));
  const scaleLevels = draft.targetType === 'scale' ? parseScaleLevels(draft.scale) : [];
  const minValue = boundOf(draft.minValue, props.indicator?.minValue ?? null);
  const maxValue = boundOf(draft.maxValue, props.indicator?.maxValue ?? null);
  const boundsNumeric = draft.targetType !== 'text' && draft.targetType !== 'scale';
  const input: IndicatorInput = {
    ...(props.indicator ? { id: props.indicator.id } : {}),
    agreementId: props.agreementId, goalId: props.goalId, name: draft.name, unit: draft.unit.trim(), polarity: draft.polarity,
    aggregation: draft.aggregation, targetType: draft.targetType, annualTarget: valueOf(annual),
    quarterTargets: quarterParses.map(valueOf) as IndicatorInput['quarterTargets'],
    lowerIsBetterFormula: draft.polarity === 'lower' && draft.formula !== '' ? draft.formula : null,
    scaleLevels: scaleLevels ?? [], definition: draft.definition, dataSource: draft.dataSource, responsible: draft.responsible,
    ...(draft.supportsId === undefined ? {} : { supportsId: draft.supportsId === '' ? null : draft.supportsId }),
    // Text and scale indicators have their own closed set of values: no numeric bounds.
    minValue: boundsNumeric && minValue !== null && !Number.isNaN(minValue) ? minValue : null,
    maxValue: boundsNumeric && maxValue !== null && !Number.isNaN(maxValue) ? maxValue : null,
    evidenceRequired: draft.evidenceRequired ?? props.indicator?.evidenceRequired ?? false,
  };
  // The same rules as before signing, on what is typed now.
  const candidate: Indicator = {
    ...input, id: 'draft', tenantId: '', orgUnitId: '', rev: 0, updatedAt: '', updatedBy: null, deviceId: null, deleted: false,
    agreementId: props.agreementId, order: 0, previousId: null, supportsId: input.supportsId ?? null,
    minValue: input.minValue ?? null, maxValue: input.maxValue ?? null, evidenceRequired: input.evidenceRequired ?? false,
  };
  const issues = validatePk({
    agreement: { id: props.agreementId, firstParty: { name: 'x', position: 'x', rank: '', nip: null }, secondParty: { name: 'x', position: 'x' } },
    goals: [], indicators: [candidate], programs: [],
  }).filter((i) => i.entity === 'indicator');
  const issueAt = (field: string) => {
    const found = issuesAt(issues, 'draft', field)[0];
    return found ? issueMessage(t, found) : null;
  };
  const parseError = (parse: TargetParse) => (parse.ok ? null : t(`input.${parse.error}`));
  const nameError = draft.name.trim() === '' && tried ? t('input.required') : null;
  const scaleError = scaleLevels === null ? t('input.scaleInvalid') : issueAt('scaleLevels');
  const sumWarning = issueAt('quarterTargets');
  const boundError = (bound: number | null) => (boundsNumeric && bound !== null && Number.isNaN(bound) ? t('input.notNumber') : null);
  const minError = boundError(minValue);
  const maxError = boundError(maxValue) ?? issueAt('maxValue');
  const hasInputErrors = draft.name.trim() === '' || !annual.ok || quarterParses.some((q) => !q.ok) || scaleLevels === null
    || minError !== null || boundError(maxValue) !== null;
  const set = <K extends keyof Draft>(field: K, value: Draft[K]) => setDraft((d) => ({ ...d, [field]: value }));

  function fill() {
    if (!annual.ok) return;
    const filled = quarterTargetsFromAnnual({ aggregation: draft.aggregation, annualTarget: annual.value });
    set('quarters', filled.map((q) => targetToText(q, formatNumber)) as Quarters);
  }

  async function save() {
    try {
      await saveIndicator(db, actor, input);
      form.saved();
      props.onDone();
    } catch (error) {
      setFailure(errorMessage(t, error));
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    setFailure(null);
    if (hasInputErrors) return;
    const saved = props.indicator;
    const touched = saved && props.realised ? targetChangesOverRealised(saved, input, props.realised) : [];
    if (touched.length > 0) setAsking(touched);
    else void save();
  }

  return (
    <form className="indicator-form" onSubmit={submit} noValidate aria-label={props.indicator ? t('indicator.edit', { name: props.indicator.name }) : t('indicator.new')}>
      <DraftNotice draft={form} />
      <TextField label={t('indicator.name')} value={draft.name} onChange={(e) => set('name', e.target.value)} error={nameError} maxLength={500} />
      <div className="field-grid">
        <TextField label={t('indicator.unit')} value={draft.unit} onChange={(e) => set('unit', e.target.value)} error={issueAt('unit')} maxLength={60} />
        <SelectField label={t('indicator.targetType')} value={draft.targetType} onChange={(e) => set('targetType', e.target.value as Draft['targetType'])}
          options={targetTypeSchema.options.map((v) => ({ value: v, label: t(`indicator.targetType.${v}`) }))} />
        <SelectField label={t('indicator.aggregation')} value={draft.aggregation} onChange={(e) => set('aggregation', e.target.value as Draft['aggregation'])}
          options={aggregationSchema.options.map((v) => ({ value: v, label: t(`indicator.aggregation.${v}`) }))} />
        <SelectField label={t('indicator.polarity')} value={draft.polarity} onChange={(e) => set('polarity', e.target.value as Draft['polarity'])}
          options={polaritySchema.options.map((v) => ({ value: v, label: t(`indicator.polarity.${v}`) }))} />
        {draft.polarity === 'lower' && (
          <SelectField label={t('indicator.formula')} value={draft.formula} onChange={(e) => set('formula', e.target.value as Draft['formula'])}
            options={[{ value: '', label: t('indicator.formula.tenant') }, { value: 'A', label: t('indicator.formula.A') }, { value: 'B', label: t('indicator.formula.B') }]} />
        )}
      </div>
      {draft.targetType === 'scale' && (
        <TextField label={t('indicator.scaleLevels')} hint={t('indicator.scaleLevelsHint')} value={draft.scale} onChange={(e) => set('scale', e.target.value)} error={scaleError} />
      )}
      <TargetInput label={t('indicator.annual')} type={draft.targetType} levels={scaleLevels ?? []} text={draft.annual}
        onChange={(text) => set('annual', text)} error={parseError(annual) ?? issueAt('annualTarget')} />
      <div className="button-row">
        <button type="button" className="button" onClick={fill} disabled={!annual.ok || annual.value === null}>{t('indicator.fill')}</button>
      </div>
      <p className="field__hint">{t('indicator.fillHint')}</p>
      <div className="target-grid" role="group" aria-label={t('field.quarterTargets')}>
        {quarters.map((q, i) => (
          <TargetInput key={q} label={t('indicator.quarter', { q: quarterRoman[q] })} type={draft.targetType} levels={scaleLevels ?? []}
            text={draft.quarters[i] as TargetText} error={parseError(quarterParses[i] as TargetParse)}
            onChange={(text) => set('quarters', draft.quarters.map((old, j) => (j === i ? text : old)) as Quarters)} />
        ))}
      </div>
      {sumWarning && <p className="field__warning" role="status">{sumWarning}</p>}
      <TextareaField label={t('indicator.definition')} value={draft.definition} onChange={(e) => set('definition', e.target.value)} maxLength={2000} />
      <div className="field-grid">
        <TextField label={t('indicator.dataSource')} value={draft.dataSource} onChange={(e) => set('dataSource', e.target.value)} maxLength={500} />
        <TextField label={t('indicator.responsible')} value={draft.responsible} onChange={(e) => set('responsible', e.target.value)} maxLength={200} />
      </div>
      <fieldset className="choice-group">
        <legend>{t('indicator.checks')}</legend>
        <p className="field__hint">{t('indicator.checksHint')}</p>
        {boundsNumeric && (
          <div className="field-grid">
            <TextField label={t('indicator.minValue')} inputMode="decimal" value={draft.minValue ?? ''} onChange={(e) => set('minValue', e.target.value)} error={minError} />
            <TextField label={t('indicator.maxValue')} inputMode="decimal" value={draft.maxValue ?? ''} onChange={(e) => set('maxValue', e.target.value)} error={maxError} />
          </div>
        )}
        <label className="choice">
          <input type="checkbox" checked={input.evidenceRequired ?? false} onChange={(e) => set('evidenceRequired', e.target.checked)} />
          {t('indicator.evidenceRequired')}
        </label>
      </fieldset>
      <SupportPicker agreementId={props.agreementId} value={draft.supportsId ?? props.indicator?.supportsId ?? ''} onChange={(id) => set('supportsId', id)} />
      {tried && hasInputErrors && <p className="form-error" role="alert">{t('indicator.fixBeforeSave')}</p>}
      {failure && <p className="form-error" role="alert">{failure}</p>}
      {asking ? (
        <div className="confirm-box" role="alertdialog" aria-label={t('revision.confirmTitle')}>
          <p>{t('revision.confirm', { quarters: asking.map((q) => `TW ${quarterRoman[q as Quarter]}`).join(', ') })}</p>
          <div className="button-row">
            <button type="button" className="button button--primary" onClick={() => { setAsking(null); void save(); }}>{t('revision.confirmYes')}</button>
            <button type="button" className="button" onClick={() => setAsking(null)}>{t('revision.confirmNo')}</button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          <button type="submit" className="button button--primary">{t('indicator.save')}</button>
          <button type="button" className="button" onClick={() => requestLeave(props.onDone, form)}>{t('indicator.cancel')}</button>
        </div>
      )}
    </form>
  );
}
