// The unit summary's counts with plural forms (English: "1 indicator", "2 indicators"); the summary
// is on the first screen, so these few words are in the first load.
import { defineMessages } from '../../../i18n/feature-messages';

export const summaryMessages = defineMessages({
  id: {
    'summary.atRiskCount': { other: 'Peringatan dini: {count} indikator diproyeksikan di bawah ambang pada akhir tahun.' },
    'summary.missingCount': { other: 'TW {q}: {count} indikator belum diisi.' },
  },
  en: {
    'summary.atRiskCount': { one: 'Early warning: 1 indicator is projected to end the year below the threshold.', other: 'Early warning: {count} indicators are projected to end the year below the threshold.' },
    'summary.missingCount': { one: 'Q{q}: 1 indicator not filled yet.', other: 'Q{q}: {count} indicators not filled yet.' },
  },
});
