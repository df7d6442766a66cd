// Texts of the home screen's card on the LKE recommendations' follow-up (loaded with the card, not
// in the first load), with plural forms (English says "1 recommendation", "2 recommendations").
import { defineMessages } from '../../../i18n/feature-messages';

export const lkeFollowUpMessages = defineMessages({
  id: {
    'lkeFollowUp.title': 'Tindak lanjut rekomendasi LKE',
    'lkeFollowUp.counts': { other: '{count} rekomendasi: {belum} belum, {proses} proses, {selesai} selesai' },
    'lkeFollowUp.open': 'Belum selesai',
    'lkeFollowUp.allDone': 'Semua rekomendasi sudah selesai ditindaklanjuti.',
    'lkeFollowUp.of': 'LKE {year}',
    'lkeFollowUp.status.belum': 'Belum',
    'lkeFollowUp.status.proses': 'Proses',
    'lkeFollowUp.followUp': 'Tindak lanjuti',
    'lkeFollowUp.followUpNamed': 'Tindak lanjuti rekomendasi LKE {year}: {text}',
  },
  en: {
    'lkeFollowUp.title': 'Follow-up of the LKE recommendations',
    'lkeFollowUp.counts': {
      one: '1 recommendation: {belum} not started, {proses} in progress, {selesai} done',
      other: '{count} recommendations: {belum} not started, {proses} in progress, {selesai} done',
    },
    'lkeFollowUp.open': 'Not done yet',
    'lkeFollowUp.allDone': 'Every recommendation has been followed up.',
    'lkeFollowUp.of': 'LKE {year}',
    'lkeFollowUp.status.belum': 'Not started',
    'lkeFollowUp.status.proses': 'In progress',
    'lkeFollowUp.followUp': 'Follow up',
    'lkeFollowUp.followUpNamed': 'Follow up the LKE {year} recommendation: {text}',
  },
});
