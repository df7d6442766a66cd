// Words of the PK actions on the unit page (loaded with them, on demand).
import { defineMessages } from '../../i18n/feature-messages';

export const actionMessages = defineMessages({
  id: {
    'actions.label': 'Tindakan PK',
    'actions.create': 'Buat PK',
    'actions.createYear': 'Buat PK {year}',
    'actions.openYear': 'PK {year}',
    'actions.editDraft': 'Ubah draf',
    'actions.sign': 'Tanda tangani',
    'actions.revise': 'Buat PK perubahan',
    'actions.compare': 'Bandingkan versi',
    'actions.versions': 'Riwayat versi',
    'actions.printPdf': 'Cetak PDF',
    'actions.exportXlsx': 'Ekspor XLSX',
    'actions.importExcel': 'Impor dari Excel',
    'actions.draftRevision': 'Draf PK perubahan {n} sedang disusun; PK yang ditandatangani tetap berlaku sampai draf ditandatangani.',
    'actions.failed': 'PK perubahan tidak dapat dibuat. Coba lagi.',
    'actions.failedExists': 'PK ini sudah memiliki versi yang lebih baru.',
  },
  en: {
    'actions.label': 'PK actions',
    'actions.create': 'Create PK',
    'actions.createYear': 'Create the {year} PK',
    'actions.openYear': 'PK {year}',
    'actions.editDraft': 'Edit draft',
    'actions.sign': 'Sign',
    'actions.revise': 'Create a revision',
    'actions.compare': 'Compare versions',
    'actions.versions': 'Version history',
    'actions.printPdf': 'Print PDF',
    'actions.exportXlsx': 'Export XLSX',
    'actions.importExcel': 'Import from Excel',
    'actions.draftRevision': 'Draft revision {n} is being prepared; the signed PK applies until the draft is signed.',
    'actions.failed': 'The revision could not be created. Try again.',
    'actions.failedExists': 'This PK already has a newer version.',
  },
});
