// Whether the PK print's attachment names what each indicator supports (tenant setting
// pkPrintSupports, off by default). Its words live here, beside it, not in messages.ts.
import { defineMessages, useFeatureMessages } from '../../i18n/feature-messages';

const pkPrintMessages = defineMessages({
  id: {
    'pkPrint.supports': 'Cetak kolom “Mendukung (IKU/indikator atasan)” di lampiran PK',
    'pkPrint.supportsHint': 'PDF dan XLSX PK memuat, untuk setiap indikator, IKU kepala daerah atau indikator PK atasan yang didukungnya.',
  },
  en: {
    'pkPrint.supports': 'Print a “Supports (IKU/higher indicator)” column in the PK attachment',
    'pkPrint.supportsHint': 'The PK’s PDF and XLSX show, for each indicator, the regional head’s IKU or the higher PK’s indicator it supports.',
  },
});

export function PkPrintSupportsField(props: { checked: boolean; onChange: (checked: boolean) => void }) {
  const t = useFeatureMessages(pkPrintMessages);
  return (
    <div className="field">
      <label className="choice">
        <input type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} aria-describedby="set-pk-print-hint" />
        {t('pkPrint.supports')}
      </label>
      <p id="set-pk-print-hint" className="field__hint">{t('pkPrint.supportsHint')}</p>
    </div>
  );
}
