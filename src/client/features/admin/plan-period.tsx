// One RPJMD plan open for editing (a saved one, or a new one): its draft kept on the device until
// saved (session/use-form-draft.ts), the import from Excel into that draft (asked first over
// unsaved changes; nothing is saved by it), and Simpan, whose refusal is said in words.
import { useState } from 'react';
import type { RpjmdPlan, RpjmdPlanContent } from '../../../domain/rpjmd-plan';
import { rpjmdPlanFromSheet } from '../../../domain/rpjmd-plan-import';
import type { PlanSheet } from '../../../domain/rpjmd-plan-sheet';
import { defaultPeriod } from '../../../domain/rpjmd-plan-template';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { DraftNotice } from '../../session/draft-notice';
import { useFormDraft } from '../../session/use-form-draft';
import { ConfirmBox } from '../../ui/confirm-box';
import { adminApi } from './api';
import { draftOfPlan, yearOfTyped, type PlanDraft } from './plan-draft';
import { PlanEditor } from './plan-editor';
import { PlanImport } from './plan-import';
import { periodText } from './plan-problems';
import { usePlanRefusal } from './plan-refusal';
import { useEditorSave } from './use-editor-save';
import { adminMessages } from './messages';

const newPlanDraft = (start: number): PlanDraft => {
  const period = defaultPeriod(start);
  return { periodStart: String(period.periodStart), periodEnd: String(period.periodEnd), visi: '', misi: [], sasaran: [] };
};

/** A sheet read into the plan's content; `withSasaran`: the file had the sheet of sasaran daerah. */
interface ImportedPlan { content: RpjmdPlanContent; withSasaran: boolean }

export function PlanPeriod(props: {
  /** The saved plan; undefined for a new one. */
  stored: RpjmdPlan | undefined;
  /** Every plan of the pemda (a period must not overlap another's). */
  plans: readonly RpjmdPlan[];
  /** A new plan's first year. */
  nextStart: number;
  /** "Rencana … disimpan.", after the last save. */
  savedNotice: string | null;
  onSaved: (plan: RpjmdPlan) => void;
}) {
  const t = useFeatureMessages(adminMessages);
  const refusal = usePlanRefusal();
  const { stored, plans } = props;
  const [initial] = useState(() => (stored ? draftOfPlan(stored) : newPlanDraft(props.nextStart)));
  const form = useFormDraft({ key: stored ? `admin:rpjmd-plan:${stored.periodStart}` : 'admin:rpjmd-plan:new', initial });
  const editor = useEditorSave();
  const { saving, message, setMessage, notice, setNotice } = editor;
  const [pending, setPending] = useState<ImportedPlan | null>(null);

  function load({ content, withSasaran }: ImportedPlan) {
    setPending(null);
    form.setValues(draftOfPlan(content));
    setMessage(null);
    const counts = { misi: content.misi.length, tujuan: content.misi.reduce((n, m) => n + m.tujuan.length, 0) };
    setNotice(withSasaran
      ? t('admin.plan.import.loadedSasaran', { ...counts, sasaran: content.sasaran.length, iku: content.sasaran.reduce((n, s) => n + s.iku.length, 0) })
      : t('admin.plan.import.loaded', counts));
  }

  /** A sheet read without row errors: into the draft, or why not (another plan's period). */
  function imported(sheet: PlanSheet): string | null {
    if (stored && sheet.periodStart !== stored.periodStart) {
      return t('admin.plan.import.otherPlan', { start: sheet.periodStart, period: periodText(stored.periodStart, stored.periodEnd) });
    }
    const existing = stored ? undefined : plans.find((p) => p.periodStart === sheet.periodStart);
    if (existing) return t('admin.plan.import.planExists', { start: sheet.periodStart, period: periodText(existing.periodStart, existing.periodEnd) });
    const read: ImportedPlan = { content: rpjmdPlanFromSheet(sheet, stored ?? null, () => crypto.randomUUID()), withSasaran: sheet.sasaran !== undefined };
    if (form.isDirty()) setPending(read);
    else load(read);
    return null;
  }

  function save(content: RpjmdPlanContent) {
    const sent = form.values; // what was checked and sent; anything typed while it travels stays unsaved
    return editor.save(async () => {
      const plan = await adminApi.putRpjmdPlan(content.periodStart, { periodEnd: content.periodEnd, visi: content.visi, misi: content.misi, sasaran: content.sasaran });
      if (stored) form.savedUpTo(sent);
      else form.saved(sent); // the saved plan opens in its own editor
      props.onSaved(plan);
      return null; // the section says "Rencana … disimpan." (savedNotice)
    }, (reason) => refusal(reason, sent));
  }

  const start = yearOfTyped(form.values.periodStart);
  const end = yearOfTyped(form.values.periodEnd);
  const templatePeriod = stored ?? (start !== null && end !== null ? { periodStart: start, periodEnd: end } : defaultPeriod(props.nextStart));
  return (
    <div className="plan-period">
      <PlanImport stored={stored ?? null} period={templatePeriod} onRead={imported} notice={notice} />
      {pending && (
        <ConfirmBox title={t('admin.plan.import.replaceTitle')} consequence={t('admin.plan.import.replaceConsequence')}
          confirmLabel={t('admin.plan.import.replaceYes')} cancelLabel={t('admin.plan.cancel')}
          onConfirm={() => load(pending)} onCancel={() => setPending(null)} />
      )}
      <DraftNotice draft={form} />
      <PlanEditor form={form} stored={stored} plans={plans} saving={saving} status={message ?? props.savedNotice} onSave={(content) => void save(content)} />
    </div>
  );
}
