// Texts of the home screen's "what to do now" (loaded with it), with plural forms (English says
// "1 indicator", "2 indicators").
import { defineMessages } from '../../../i18n/feature-messages';

export const homeMessages = defineMessages({
  id: {
    'todo.title': 'Yang perlu dikerjakan sekarang',
    'todo.empty': { other: 'TW {q}: {count} indikator belum diisi' },
    'todo.fill': 'Isi',
    'todo.fillNamed': 'Isi sekarang TW {q}: {indicator}',
    'todo.returned': { other: '{count} isian dikembalikan verifikator' },
    'todo.fix': 'Perbaiki',
    'todo.fixNamed': 'Perbaiki sekarang TW {q}: {indicator}',
    'todo.note': 'Catatan verifikator: {note}',
    'todo.conflicts': { other: '{count} konflik atau penolakan perlu ditinjau' },
    'todo.openConflicts': 'Buka konflik & penolakan',
    'todo.nothing': 'Tidak ada yang perlu dikerjakan sekarang: semua indikator TW {q} sudah diisi.',
    'todo.quarterEntry': 'TW {q}',
    'todo.reply': 'Tetap, dengan balasan',
    'todo.replyNamed': 'Ajukan lagi tanpa perubahan, dengan balasan, TW {q}: {indicator}',
  },
  en: {
    'todo.title': 'What to do now',
    'todo.empty': { one: 'Q{q}: 1 indicator not filled yet', other: 'Q{q}: {count} indicators not filled yet' },
    'todo.fill': 'Fill in',
    'todo.fillNamed': 'Fill in now, Q{q}: {indicator}',
    'todo.returned': { one: '1 entry returned by the reviewer', other: '{count} entries returned by the reviewer' },
    'todo.fix': 'Fix',
    'todo.fixNamed': 'Fix now, Q{q}: {indicator}',
    'todo.note': "Reviewer's note: {note}",
    'todo.conflicts': { one: '1 conflict or refusal to look at', other: '{count} conflicts or refusals to look at' },
    'todo.openConflicts': 'Open conflicts & refusals',
    'todo.nothing': 'Nothing to do right now: every indicator of Q{q} is filled in.',
    'todo.quarterEntry': 'Q{q}',
    'todo.reply': 'Keep, with a reply',
    'todo.replyNamed': 'Submit again unchanged, with a reply, Q{q}: {indicator}',
  },
});
