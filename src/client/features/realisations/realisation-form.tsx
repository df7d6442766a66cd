// Entering one quarter's realisation. What is typed stays in the form until it is saved, also when
// saving fails, and on the device as a draft (session/use-form-draft.ts) until saved or given up;
// the achievement preview follows every keystroke. Files picked before the entry's first save wait
// with the draft and are attached with the save, in its transaction (evidence-section.tsx).
import { useRef, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Indicator } from '../../../domain/indicator';
import type { Quarter } from '../../../domain/period';
import { checkRealisationValue, type Realisation } from '../../../domain/realisation';
import type { QuarterValues } from '../../../domain/achievement';
import { RealisationValueError, StorageFullError, saveRealisation } from '../../db/realisation-repository';
import { useI18n } from '../../i18n/i18n-context';
import { useActiveSession } from '../../session/session-context';
import { useRequestLeave, useTrackForm } from '../../session/unsaved-edits';
import { useDatabaseStatus } from '../../session/database-status';
import { useFormDraft } from '../../session/use-form-draft';
import { DraftNotice } from '../../session/draft-notice';
import { listDraftFiles } from '../../db/form-drafts';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { realisationMessages } from './messages';
import { TextareaField } from '../../ui/textarea-field';
import { AchievementPreview } from './achievement-preview';
import { parseValue, valueToText } from './parse-value';
import { valueProblemKeys, type ValueProblem } from './value-error';
import { ValueInput } from './value-input';
import { asksBeforeSaving, checkOf, checkPlausibility, refusesSaving } from '../../../domain/plausibility';
import { PlausibilityNote, plausibilityText, valueFormat } from '../../ui/plausibility-note';
import { plausibilityMessages } from '../../ui/plausibility-messages';

/** The draft's name; evidence-section.tsx keeps files picked before the first save under it. */
export const realisationDraftKey = (indicatorId: string, quarter: Quarter) => `realisation:${indicatorId}:${quarter}`;

interface Draft {
  value: string;
  drivers: string;
  obstacles: string;
  followUp: string;
}

function problemOf(indicator: Indicator, text: string): ValueProblem | null {
  const value = parseValue(indicator, text);
  if (value !== null && Number.isNaN(value)) return 'notANumber';
  return checkRealisationValue(indicator, value);
}

export function RealisationForm(props: {
  indicator: Indicator;
  quarter: Quarter;
  existing: Realisation | null;
  otherValues: QuarterValues;
  /** The unit's values of this indicator in the years before (domain/history-outlier.ts). */
  earlierYears: readonly number[];
  editable: boolean;
  onDone(): void;
}) {
  const i18n = useI18n();
  const t = useFeatureMessages(realisationMessages);
  const tp = useFeatureMessages(plausibilityMessages);
  const { db, actor, engine, info } = useActiveSession();
  const { indicator, quarter, existing } = props;
  const [initial] = useState<Draft>(() => ({
    value: valueToText(indicator, existing?.value ?? null, i18n.formatNumber),
    drivers: existing?.drivers ?? '',
    obstacles: existing?.obstacles ?? '',
    followUp: existing?.followUp ?? '',
  }));
  const form = useFormDraft<Draft>({
    key: realisationDraftKey(indicator.id, quarter),
    initial,
    enabled: props.editable,
    labels: {
      value: t('realisation.value', { unit: indicator.unit }),
      drivers: t('realisation.drivers'),
      obstacles: t('realisation.obstacles'),
      followUp: t('realisation.followUp'),
    },
  });
  const draft = form.values;
  const databaseReplaced = useDatabaseStatus() === 'replaced';
  const [showValueError, setShowValueError] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // The value text the user confirmed as right despite its warnings; asking: the question is open.
  const [confirmed, setConfirmed] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  // After a save the pemda refuses: what still stands in the way, live as the user fixes it.
  const [showRefusals, setShowRefusals] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const dirty = form.dirty;
  // Files picked before the first save are unsaved edits too (kept with the draft until then).
  const pendingFiles = useLiveQuery(() => (props.editable ? listDraftFiles(actor.id, form.key) : []), [props.editable, actor.id, form.key]) ?? [];
  const filesWaiting = pendingFiles.length > 0 && !saving;
  useTrackForm({ isDirty: () => filesWaiting, discard: form.discard }, filesWaiting);
  const requestLeave = useRequestLeave();
  const done = () => props.onDone();

  const problem = problemOf(indicator, draft.value);
  const valueError = showValueError && problem ? t(valueProblemKeys[problem]) : null;
  const parsed = problem ? null : parseValue(indicator, draft.value);
  const values = [...props.otherValues] as [number | null, number | null, number | null, number | null];
  values[quarter - 1] = parsed;
  const settings = info.tenant.settings;
  const found = parsed === null ? [] : checkPlausibility(indicator, values, quarter, settings, draft, { earlierYears: props.earlierYears });
  const say = (w: (typeof found)[number]) => plausibilityText(tp, w, parsed ?? 0, valueFormat(i18n.formatNumber, indicator.unit));
  const warnings = found.map(say);
  const questions = found.filter((w) => asksBeforeSaving(w, settings)).map(say);
  const refusals = found.filter((w) => refusesSaving(w, settings)).map(say);

  const update = (field: keyof Draft) => (text: string) => form.setValues((d) => ({ ...d, [field]: text }));
  // The value comes first in the form. Simpan sits far below it on a tablet, so a refused value
  // takes the focus (and the view) there: the error beside it was shown out of sight.
  const focusValue = () => formRef.current?.querySelector<HTMLElement>('input:not([type=radio]), select, input')?.focus();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    if (problem) {
      setShowValueError(true);
      focusValue();
      return;
    }
    // The pemda refuses these (its server would too): nothing to confirm, only to fix.
    if (refusals.length > 0) {
      setShowRefusals(true);
      return;
    }
    if (questions.length > 0 && confirmed !== draft.value) {
      setAsking(true);
      return;
    }
    await save();
  }

  async function save() {
    setAsking(false);
    setSaving(true);
    try {
      await saveRealisation(db, actor, {
        indicatorId: indicator.id,
        quarter,
        value: parsed,
        drivers: draft.drivers,
        obstacles: draft.obstacles,
        followUp: draft.followUp,
        evidence: await listDraftFiles(actor.id, form.key),
        // Saving with questions open means the user confirmed them (now, or for this same value before).
        confirmedChecks: [...new Set(found.filter((w) => asksBeforeSaving(w, settings)).map(checkOf))],
      });
      form.saved();
      engine.notifyLocalChange();
      done();
    } catch (error) {
      setSaving(false);
      if (error instanceof RealisationValueError) {
        setShowValueError(true);
        setFormError(t(valueProblemKeys[error.problem]));
      } else if (error instanceof StorageFullError) {
        setFormError(t('realisation.storageFull'));
      } else {
        setFormError(t('realisation.saveFailed', { reason: error instanceof Error ? error.message : String(error) }));
      }
    }
  }

  return (
    <form className="realisation-form" onSubmit={submit} noValidate ref={formRef}>
      <DraftNotice draft={form} />
      <fieldset disabled={!props.editable || saving} className="plain-fieldset">
        <ValueInput
          indicator={indicator}
          value={draft.value}
          onChange={update('value')}
          error={valueError}
          disabled={!props.editable}
        />
        {props.editable && <PlausibilityNote id="value-plausibility" texts={warnings} />}
        <AchievementPreview indicator={indicator} values={values} quarter={quarter} live={props.editable} />
        <TextareaField
          label={t('realisation.drivers')}
          value={draft.drivers}
          onChange={(e) => update('drivers')(e.target.value)}
        />
        <TextareaField
          label={t('realisation.obstacles')}
          value={draft.obstacles}
          onChange={(e) => update('obstacles')(e.target.value)}
        />
        <TextareaField
          label={t('realisation.followUp')}
          value={draft.followUp}
          onChange={(e) => update('followUp')(e.target.value)}
        />
      </fieldset>
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      {showRefusals && refusals.length > 0 && <p className="form-error" role="alert">{[tp('plausibility.refused'), ...refusals].join(' ')}</p>}
      {databaseReplaced && dirty && <p className="notice">{t('saveAfterReload')}</p>}
      {asking && questions.length > 0 && (
        <div className="confirm-box" role="alertdialog" aria-label={tp('plausibility.ask')}>
          <p><strong>{tp('plausibility.ask')}</strong></p>
          <ul>{questions.map((text) => <li key={text}>{text}</li>)}</ul>
          <div className="button-row">
            <button type="button" className="button button--primary" onClick={() => { setConfirmed(draft.value); void save(); }}>{tp('plausibility.confirm')}</button>
            <button type="button" className="button" onClick={() => { setAsking(false); focusValue(); }}>{tp('plausibility.fix')}</button>
          </div>
        </div>
      )}
      <div className="actions">
        {props.editable && (
          <button type="submit" className="button button--primary" disabled={saving || databaseReplaced}>
            {saving ? t('realisation.saving') : t('realisation.save')}
          </button>
        )}
        {/* Read-only (another role, or a locked status): nothing to cancel, only a way back. */}
        <button type="button" className="button" onClick={() => requestLeave(done)}>
          {props.editable ? t('realisation.cancel') : t('realisation.back')}
        </button>
      </div>
    </form>
  );
}
