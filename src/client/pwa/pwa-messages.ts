// Texts of the app-level notices about working offline and installing (readiness banner, install
// offer): they load with the banner, after the first render.
import { defineMessages } from '../i18n/feature-messages';

export const pwaMessages = defineMessages({
  id: {
    'offline.preparing': 'Menyiapkan pemakaian tanpa internet. Tetap tersambung sampai selesai.',
    'offline.downloading': 'Mengunduh data…',
    'offline.downloadingPercent': 'Mengunduh data… {percent}%',
    'offline.ready': 'Siap dipakai tanpa internet: aplikasi dan data unit Anda sudah tersimpan di perangkat ini.',
    'offline.readyOk': 'Mengerti',
    'install.title': 'Pasang aplikasi',
    'install.offer': 'Pasang Pantau Kinerja di layar utama agar terbuka seperti aplikasi, juga tanpa sinyal.',
    'install.button': 'Pasang aplikasi',
    'install.later': 'Nanti',
    'install.ios': 'Di iPhone/iPad: ketuk tombol Bagikan (kotak dengan panah ke atas) di Safari, lalu pilih "Tambah ke Layar Utama".',
    'install.installed': 'Aplikasi sudah terpasang di perangkat ini.',
    'install.unavailable': 'Peramban ini belum menawarkan pemasangan. Di Android, buka menu Chrome (⋮) lalu pilih "Instal aplikasi" atau "Tambahkan ke layar utama".',
  },
  en: {
    'offline.preparing': 'Getting ready to work without internet. Stay connected until it is done.',
    'offline.downloading': 'Downloading data…',
    'offline.downloadingPercent': 'Downloading data… {percent}%',
    'offline.ready': "Ready to use without internet: the app and your unit's data are stored on this device.",
    'offline.readyOk': 'Got it',
    'install.title': 'Install the app',
    'install.offer': 'Install Pantau Kinerja on the home screen so it opens like an app, also without signal.',
    'install.button': 'Install the app',
    'install.later': 'Later',
    'install.ios': 'On iPhone/iPad: tap the Share button (a square with an arrow) in Safari, then choose "Add to Home Screen".',
    'install.installed': 'The app is installed on this device.',
    'install.unavailable': 'This browser does not offer installing yet. On Android, open the Chrome menu (⋮) and choose "Install app" or "Add to Home screen".',
  },
});
