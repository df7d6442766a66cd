// Texts of the realisation screen that are not in the shared catalogue (i18n/feature-messages.ts).
import { defineMessages } from '../../i18n/feature-messages';

export const realisationMessages = defineMessages({
  id: {
    draftRestored: 'Isian yang belum disimpan sebelum halaman dimuat ulang dipulihkan. Periksa, lalu tekan Simpan.',
    saveAfterReload: 'Aplikasi diperbarui di tab lain: isian ini belum tersimpan. Muat ulang halaman; isian muncul lagi untuk disimpan.',
  },
  en: {
    draftRestored: 'Unsaved entries from before the page was reloaded were restored. Check them, then press Save.',
    saveAfterReload: 'The app was updated in another tab: this entry is not saved yet. Reload the page; the entry comes back to be saved.',
  },
});
