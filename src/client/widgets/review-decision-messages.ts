// Texts of the evaluator's decision on an entry (verify, return with a note, undo), shared by the
// review queue and the entry page; a feature-scoped catalogue loaded with those screens.
import { defineMessages } from '../i18n/feature-messages';

export const reviewDecisionMessages = defineMessages({
  id: {
    'decision.note': 'Catatan verifikator (wajib bila dikembalikan)',
    'decision.noteRequired': 'Tulis catatan: mengapa isian dikembalikan.',
    'decision.verify': 'Verifikasi',
    'decision.return': 'Kembalikan',
    'decision.verifyNamed': 'Verifikasi: {indicator}',
    'decision.returnNamed': 'Kembalikan: {indicator}',
    'decision.notPossible': 'Isian ini sudah berubah status; sinkronkan lalu periksa lagi.',
    'decision.failed': 'Keputusan tidak dapat disimpan. Coba lagi.',
    'decision.storageFull': 'Penyimpanan perangkat penuh; keputusan belum disimpan. Kosongkan ruang, lalu coba lagi.',
    'decision.undo': 'Batalkan keputusan',
    'decision.undoNamed': 'Batalkan keputusan: {indicator}',
    'decision.undoHint': 'Isian kembali menunggu verifikasi. Bisa selama jadwal input triwulan ini masih dibuka.',
    'decision.final': 'Jadwal input triwulan ini sudah dikunci: keputusan tidak dapat dibatalkan lagi.',
  },
  en: {
    'decision.note': 'Reviewer’s note (required to return)',
    'decision.noteRequired': 'Write a note: why the entry is returned.',
    'decision.verify': 'Verify',
    'decision.return': 'Return',
    'decision.verifyNamed': 'Verify: {indicator}',
    'decision.returnNamed': 'Return: {indicator}',
    'decision.notPossible': 'This entry’s status has changed; sync and check again.',
    'decision.failed': 'The decision could not be saved. Try again.',
    'decision.storageFull': 'Device storage is full; the decision was not saved. Free some space, then try again.',
    'decision.undo': 'Undo decision',
    'decision.undoNamed': 'Undo decision: {indicator}',
    'decision.undoHint': 'The entry waits for review again. Possible while this quarter’s input schedule is open.',
    'decision.final': 'This quarter’s input schedule is locked: the decision can no longer be undone.',
  },
});
