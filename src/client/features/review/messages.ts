// Texts of the review screens that load with them (feature-messages.ts).
import { defineMessages } from '../../i18n/feature-messages';

export const reviewMessages = defineMessages({
  id: {
    'windows.title': 'Jadwal input {year}',
    'windows.quarter': 'TW {q}: {state}',
    'windows.open': 'dibuka',
    'windows.openUntil': 'dibuka sampai {date}',
    'windows.locked': 'dikunci — unit tidak dapat memperbaiki isian yang dikembalikan sampai admin membukanya lagi',
    'windows.hint': 'Jadwal input diatur oleh admin SAKIP pemda.',
  },
  en: {
    'windows.title': 'Input schedule {year}',
    'windows.quarter': 'Quarter {q}: {state}',
    'windows.open': 'open',
    'windows.openUntil': 'open until {date}',
    'windows.locked': 'locked — units cannot fix returned entries until the admin reopens it',
    'windows.hint': 'The input schedule is set by the pemda’s SAKIP admin.',
  },
});
