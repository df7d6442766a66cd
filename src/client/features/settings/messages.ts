// Texts of the settings screens: they load with those screens, not in the app's first load
// (feature-messages.ts); t() falls back to the main catalogue for shared words.
import { defineMessages } from '../../i18n/feature-messages';

export const settingsMessages = defineMessages({
  id: {
    "settings.title": "Pengaturan",
    "settings.language": "Bahasa",
    "settings.language.id": "Bahasa Indonesia",
    "settings.language.en": "English",
    "settings.storage": "Penyimpanan perangkat",
    "settings.storageUsage": "Terpakai {used} dari {quota}",
    "settings.storageUnknown": "Peramban tidak melaporkan pemakaian penyimpanan.",
    "settings.persistent": "Penyimpanan permanen: ya (peramban tidak menghapus data secara otomatis).",
    "settings.notPersistent": "Penyimpanan permanen: tidak (peramban dapat menghapus data bila ruang sempit).",
    "settings.megabytes": "{value} MB",
    "settings.account": "Akun",
    "settings.signedInAs": "Masuk sebagai {name} ({username}), {role}, {unit}",
    "settings.logout": "Keluar",
    "settings.logoutPending": {"other": "{count} data belum tersinkron; data tetap tersimpan di perangkat ini dan akan dikirim saat Anda masuk lagi."},
    "settings.logoutConfirm": "Tetap keluar",
    "settings.logoutCancel": "Batal",
  },
  en: {
    "settings.title": "Settings",
    "settings.language": "Language",
    "settings.language.id": "Bahasa Indonesia",
    "settings.language.en": "English",
    "settings.storage": "Device storage",
    "settings.storageUsage": "{used} used of {quota}",
    "settings.storageUnknown": "The browser does not report storage usage.",
    "settings.persistent": "Persistent storage: yes (the browser will not clear the data by itself).",
    "settings.notPersistent": "Persistent storage: no (the browser may clear data when space runs low).",
    "settings.megabytes": "{value} MB",
    "settings.account": "Account",
    "settings.signedInAs": "Logged in as {name} ({username}), {role}, {unit}",
    "settings.logout": "Log out",
    "settings.logoutPending": {"one": "{count} entry is not synced yet; it stays on this device and will be sent when you log in again.", "other": "{count} entries are not synced yet; they stay on this device and will be sent when you log in again."},
    "settings.logoutConfirm": "Log out anyway",
    "settings.logoutCancel": "Cancel",
  },
});
