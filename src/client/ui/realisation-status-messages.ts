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
    // Where a long status word may break in a narrow cell (a quarter's cell on a 768 px tablet is
    // ~74 px, "Terverifikasi" ~85 px): at a syllable, with a hyphen, not anywhere. Space-separated,
    // "|" marks the break; each word without its "|" is one of the words above.
    'status.breaks': 'Terveri|fikasi Dikem|balikan',
  },
  en: {
    'status.draft': 'Draft',
    'status.submitted': 'Submitted',
    'status.verified': 'Verified',
    'status.returned': 'Returned',
    'status.prefix': 'Status:',
    'status.breaks': '',
  },
});

export const statusKey = (status: RealisationStatus) => `status.${status}` as const;

/** A status word in the pieces it may break between (`breaks` as in 'status.breaks'); whole when it has no break. */
export function syllablePieces(word: string, breaks: string): string[] {
  const marked = breaks.split(' ').find((candidate) => candidate.replaceAll('|', '') === word);
  return marked ? marked.split('|') : [word];
}

/** The status in words, for documents and any text outside React. */
export function realisationStatusLabel(status: RealisationStatus, language: Language): string {
  const message = realisationStatusMessages[language][statusKey(status)];
  return typeof message === 'string' ? message : message.other;
}
