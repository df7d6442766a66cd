// Texts of the signed-scan section (loaded with the PK screens).
import { defineMessages } from '../../../i18n/feature-messages';

export const scanMessages = defineMessages({
  id: {
    'scan.title': 'Pindaian halaman bertanda tangan',
    'scan.none': 'Belum ada pindaian. Setelah PK dicetak dan ditandatangani, unggah pindaiannya sebagai bukti.',
    'scan.present': 'Pindaian tersimpan ({size}).',
    'scan.open': 'Buka pindaian',
    'scan.choose': 'Unggah pindaian (PDF, JPG atau PNG)',
    'scan.replace': 'Ganti pindaian',
    'scan.remove': 'Hapus pindaian',
    'scan.saved': 'Pindaian disimpan di perangkat dan akan dikirim saat tersambung.',
    'scan.removed': 'Pindaian dihapus.',
    'scan.wrongType': 'Berkas ini bukan PDF, JPG atau PNG.',
    'scan.tooLarge': 'Berkas terlalu besar (maksimal {max}).',
    'scan.failed': 'Pindaian gagal disimpan: {reason}',
    'scan.notOnDevice': 'Pindaian hanya ada di server; buka saat tersambung.',
  },
  en: {
    'scan.title': 'Scan of the signed page',
    'scan.none': 'No scan yet. Once the PK is printed and signed, upload its scan as proof.',
    'scan.present': 'Scan stored ({size}).',
    'scan.open': 'Open the scan',
    'scan.choose': 'Upload a scan (PDF, JPG or PNG)',
    'scan.replace': 'Replace the scan',
    'scan.remove': 'Remove the scan',
    'scan.saved': 'The scan is saved on this device and will be sent when online.',
    'scan.removed': 'Scan removed.',
    'scan.wrongType': 'This file is not a PDF, JPG or PNG.',
    'scan.tooLarge': 'The file is too large (at most {max}).',
    'scan.failed': 'The scan could not be saved: {reason}',
    'scan.notOnDevice': 'The scan is only on the server; open it when online.',
  },
});
