// The LKE template of one year: which template the year uses (the pemda's own, and when it was
// saved, or the default), starting again from last year's or the default, and the editor. The
// draft is kept on the device until saved (session/use-form-draft.ts).
import { useState } from 'react';
import { lkeTemplateOf } from '../../../domain/lke-template';
import { lkeTemplateCopiedFrom, lkeTemplateFor, type LkeTemplateContent, type LkeTemplateRecord } from '../../../domain/lke-template-record';
import { useI18n } from '../../i18n/i18n-context';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { DraftNotice } from '../../session/draft-notice';
import { useFormDraft } from '../../session/use-form-draft';
import { ConfirmBox } from '../../ui/confirm-box';
import { adminApi } from './api';
import { LkeTemplateEditor } from './lke-template-editor';
import { draftOfLkeTemplate } from './lke-template-draft';
import { useAdminError } from './use-admin-error';
import { useEditorSave } from './use-editor-save';
import { adminMessages } from './messages';

type Source = 'previous' | 'default';

export function LkeTemplateYear(props: { year: number; stored: LkeTemplateRecord | undefined; previous: LkeTemplateRecord | undefined; onSaved: () => void }) {
  const t = useFeatureMessages(adminMessages);
  const { formatDate } = useI18n();
  const describe = useAdminError();
  const { year, stored } = props;
  const previousYear = year - 1;
  const [initial] = useState(() => draftOfLkeTemplate(lkeTemplateFor(stored, year)));
  const form = useFormDraft({ key: `admin:lke-template:${year}`, initial });
  const [asking, setAsking] = useState<Source | null>(null);
  const editor = useEditorSave();
  const { saving, message, setMessage, notice, setNotice } = editor;

  function replace(source: Source) {
    setAsking(null);
    const template = source === 'previous' ? lkeTemplateCopiedFrom(props.previous, year) : lkeTemplateOf(year);
    form.setValues(draftOfLkeTemplate(template));
    setMessage(null);
    setNotice(source === 'previous' ? t('admin.lke.replacedPrevious', { year, previous: previousYear }) : t('admin.lke.replacedDefault', { year }));
  }
  const ask = (source: Source) => (form.isDirty() ? setAsking(source) : replace(source));

  function save(content: LkeTemplateContent) {
    const sent = form.values; // what was checked and sent; anything typed while it travels stays unsaved
    return editor.save(async () => {
      await adminApi.putLkeTemplate(year, content);
      form.savedUpTo(sent);
      props.onSaved();
      return t('admin.lke.saved', { year });
    }, describe);
  }

  return (
    <div className="lke-template">
      <p>
        {stored
          ? t('admin.lke.usesOwn', { year, time: formatDate(stored.updatedAt, { dateStyle: 'medium', timeStyle: 'short' }) })
          : t('admin.lke.usesDefault', { year })}
      </p>
      <p className="notice">{t('admin.lke.changeNote')} {t('admin.lke.lockNote')}</p>
      <div className="actions">
        <button type="button" className="button" onClick={() => ask('previous')}>{t('admin.lke.copyPrevious', { year: previousYear })}</button>
        <button type="button" className="button" onClick={() => ask('default')}>{t('admin.lke.useDefault')}</button>
      </div>
      {asking && (
        <ConfirmBox title={t('admin.lke.replaceConfirmTitle')}
          consequence={asking === 'previous' ? t('admin.lke.replaceFromPrevious', { year, previous: previousYear }) : t('admin.lke.replaceFromDefault', { year })}
          confirmLabel={t('admin.lke.replaceYes')} cancelLabel={t('admin.lke.cancel')}
          onConfirm={() => replace(asking)} onCancel={() => setAsking(null)} />
      )}
      <DraftNotice draft={form} />
      {notice && <p role="status">{notice}</p>}
      <LkeTemplateEditor form={form} year={year} saving={saving} status={message} onSave={(content) => void save(content)} />
    </div>
  );
}
