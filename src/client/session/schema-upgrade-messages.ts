// The notices of a schema upgrade by another tab (schema-upgrade-notice.tsx). In the first load on
// purpose: an old tab cannot fetch a lazy chunk of its build once the new service worker dropped it.
import { defineMessages } from '../i18n/feature-messages';

export const schemaUpgradeMessages = defineMessages({
  id: {
    replaced: 'Aplikasi diperbarui di tab lain. Muat ulang halaman ini; data Anda aman.',
    replacedUnsaved: 'Isian yang belum disimpan ada di bawah ini dan muncul lagi di formulir setelah dimuat ulang; lalu tekan Simpan.',
    blocked: 'Versi baru menunggu tab lain yang masih membuka versi lama. Tutup atau muat ulang tab itu; halaman ini lalu terbuka sendiri. Data Anda aman.',
    reload: 'Muat ulang',
  },
  en: {
    replaced: 'The app was updated in another tab. Reload this page; your data is safe.',
    replacedUnsaved: 'Unsaved entries stay below and come back in the form after the reload; then press Save.',
    blocked: 'The new version waits for another tab still running the old one. Close or reload that tab; this page then opens by itself. Your data is safe.',
    reload: 'Reload',
  },
});
