// The names of a realisation's workflow status (draft, submitted, verified, returned), in one
// catalogue for every place that shows one: the status mark on screens (realisation-status-mark.tsx,
// through useFeatureMessages) and the documents (PDF/XLSX, through realisationStatusLabel — the
// documents are Indonesian, so they pass 'id'). Screens that have their own catalogue keep theirs
// for their sentences; the status words come from here so they never drift apart.
import type { Language } from '../../api/error-codes';
import type { RealisationStatus } from '../../domain/realisation-status';
import { defineMessages } from '../i18n/feature-messages';

export const realisationStatusMessages = defineMessages({
  id: {
    'status.draft': 'Draf',
    'status.submitted': 'Diajukan',
    'status.verified': 'Terverifikasi',
    'status.returned': 'Dikembalikan',
    'status.prefix': 'Status:',
  },
  en: {
    'status.draft': 'Draft',
    'status.submitted': 'Submitted',
    'status.verified': 'Verified',
    'status.returned': 'Returned',
    'status.prefix': 'Status:',
  },
});

export const statusKey = (status: RealisationStatus) => `status.${status}` as const;

/** The status in words, for documents and any text outside React. */
export function realisationStatusLabel(status: RealisationStatus, language: Language): string {
  const message = realisationStatusMessages[language][statusKey(status)];
  return typeof message === 'string' ? message : message.other;
}
