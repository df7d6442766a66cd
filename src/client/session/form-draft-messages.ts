// Texts of the drafts every form keeps (use-form-draft.ts, draft-notice.tsx) and of the prompt
// before leaving a form with unsaved edits (leave-guard.tsx). Loaded with the signed-in app.
import { defineMessages } from '../i18n/feature-messages';

export const formDraftMessages = defineMessages({
  id: {
    restored: 'Isian yang belum disimpan ({time}) dipulihkan dari perangkat ini. Periksa, lalu simpan.',
    restoredNoTime: 'Isian yang belum disimpan dipulihkan dari perangkat ini. Periksa, lalu simpan.',
    restoredBaseChanged: 'Data tersimpan sudah berubah sejak isian ini diketik; periksa sebelum menyimpan.',
    discard: 'Buang isian yang dipulihkan',
    leaveTitle: 'Tinggalkan formulir?',
    leaveBody: 'Ada isian yang belum disimpan. Isian itu tetap ada di perangkat ini dan muncul lagi saat formulir dibuka, tetapi belum tersimpan dan belum dikirim.',
    stay: 'Tetap di sini',
    leave: 'Tinggalkan',
    discardAndLeave: 'Buang isian dan tinggalkan',
  },
  en: {
    restored: 'Unsaved entries ({time}) were restored from this device. Check them, then save.',
    restoredNoTime: 'Unsaved entries were restored from this device. Check them, then save.',
    restoredBaseChanged: 'The saved data changed after this was typed; check before saving.',
    discard: 'Discard the restored entries',
    leaveTitle: 'Leave the form?',
    leaveBody: 'Some entries are not saved. They stay on this device and come back when the form is opened, but they are not saved or sent yet.',
    stay: 'Stay here',
    leave: 'Leave',
    discardAndLeave: 'Discard and leave',
  },
});
