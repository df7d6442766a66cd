// Words of the pemda's PK page (pemda-agreement-page.tsx); they load with it, not in the first load.
import { defineMessages } from '../../../i18n/feature-messages';

export const pemdaPkMessages = defineMessages({
  id: {
    'pemdaPk.back': 'Kembali ke pohon kinerja',
    'pemdaPk.unit': 'Pemerintah daerah',
    'pemdaPk.none': 'Belum ada PK kepala daerah tahun {year} di perangkat ini.',
    'pemdaPk.intro': 'Realisasi IKU kepala daerah diukur langsung dan diisi oleh Bappeda (pemegang hak perencana) atau admin; IKU yang belum diukur menampilkan capaian dari perangkat daerah pendukungnya di pohon kinerja.',
    'pemdaPk.document': 'Dokumen PK (tanda tangan, perubahan, cetak)',
  },
  en: {
    'pemdaPk.back': 'Back to the pohon kinerja',
    'pemdaPk.unit': 'Regional government',
    'pemdaPk.none': "No regional head's PK for {year} on this device yet.",
    'pemdaPk.intro': "The regional head's IKU are measured directly and entered by Bappeda (holders of the planner right) or the admin; an IKU not measured yet shows its supporting units' achievement on the pohon kinerja.",
    'pemdaPk.document': 'The PK document (sign, revise, print)',
  },
});
