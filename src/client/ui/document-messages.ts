// Text of the document buttons (print, export, download) on every screen that offers one; a
// feature-scoped catalogue (feature-messages.ts), loaded with those screens, not the first load.
import { defineMessages } from '../i18n/feature-messages';

export const documentMessages = defineMessages({
  id: {
    'doc.preparing': 'Menyiapkan dokumen… {percent}%',
    'doc.progressLabel': 'Kemajuan pembuatan dokumen',
    'doc.done': 'Dokumen {file} sudah diunduh.',
    'doc.failed': 'Dokumen gagal dibuat: {reason}. Coba lagi; bila tetap gagal, buka aplikasi sekali saat online agar huruf dokumen tersimpan di perangkat.',
    'doc.failedNoData': 'Data untuk dokumen ini belum ada di perangkat.',
    'doc.fontMissing': 'huruf dokumen belum tersimpan di perangkat',
    'doc.unknownError': 'kesalahan tak terduga',
    'pk.printPdf': 'Cetak PDF',
    'pk.exportXlsx': 'Ekspor XLSX',
    'pk.actions': 'Dokumen Perjanjian Kinerja',
    'recap.title': 'Rekap untuk pimpinan',
    'recap.pdf': 'Unduh rekap (PDF)',
    'recap.xlsx': 'Unduh rekap (XLSX)',
    'recap.hint': 'Semua perangkat daerah yang tampil di atas, dengan rata-rata capaian, predikat, serapan anggaran dan peringkat s.d. TW {q}.',
    'evaluation.title': 'Formulir evaluasi triwulan',
    'evaluation.hint': 'Formulir evaluasi (gaya Permendagri 86/2017) s.d. TW {q}: target dan realisasi TW I–IV, capaian, predikat, faktor pendorong, penghambat dan tindak lanjut.',
    'evaluation.unit': 'Perangkat daerah',
    'evaluation.evaluatorName': 'Nama evaluator (Bappeda), boleh kosong',
    'evaluation.evaluatorPosition': 'Jabatan evaluator, boleh kosong',
    'evaluation.pdf': 'Unduh formulir evaluasi (PDF)',
    'evaluation.xlsx': 'Unduh formulir evaluasi (XLSX)',
  },
  en: {
    'doc.preparing': 'Preparing the document… {percent}%',
    'doc.progressLabel': 'Document generation progress',
    'doc.done': 'The document {file} has been downloaded.',
    'doc.failed': 'The document could not be made: {reason}. Try again; if it keeps failing, open the app once while online so the document font is stored on this device.',
    'doc.failedNoData': 'The data for this document is not on this device yet.',
    'doc.fontMissing': 'the document font is not stored on this device yet',
    'doc.unknownError': 'unexpected error',
    'pk.printPdf': 'Print PDF',
    'pk.exportXlsx': 'Export XLSX',
    'pk.actions': 'Performance agreement documents',
    'recap.title': 'Recap for leaders',
    'recap.pdf': 'Download recap (PDF)',
    'recap.xlsx': 'Download recap (XLSX)',
    'recap.hint': 'Every unit shown above, with average achievement, category, budget absorption and rank up to Q{q}.',
    'evaluation.title': 'Quarterly evaluation form',
    'evaluation.hint': 'Evaluation form (Permendagri 86/2017 style) up to Q{q}: targets and realisations Q1–Q4, achievement, category, drivers, obstacles and follow-up.',
    'evaluation.unit': 'Unit',
    'evaluation.evaluatorName': 'Evaluator name (Bappeda), optional',
    'evaluation.evaluatorPosition': 'Evaluator position, optional',
    'evaluation.pdf': 'Download evaluation form (PDF)',
    'evaluation.xlsx': 'Download evaluation form (XLSX)',
  },
});

export type DocumentMessageKey = keyof typeof documentMessages.id;
