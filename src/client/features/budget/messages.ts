// Texts of the budget screens: they load with those screens, not in the app's first load
// (feature-messages.ts); t() falls back to the main catalogue for shared words.
import { defineMessages } from '../../i18n/feature-messages';

export const budgetMessages = defineMessages({
  id: {
    "budget.realised": "Realisasi anggaran kumulatif s.d. TW {q} (Rp)",
    "budget.realisedHint": "Jumlah yang sudah dibelanjakan sejak awal tahun. Pagu: {budget}.",
    "budget.absorption": "Serapan anggaran: {percent} dari pagu",
    "budget.absorptionNone": "Serapan anggaran dihitung setelah realisasi diisi.",
    "budget.progress": "Realisasi fisik s.d. TW {q} (%)",
    "budget.progressHint": "Persentase pekerjaan fisik yang sudah selesai, 0 sampai 100.",
    "budget.budgetInvalid": "Isi dalam rupiah utuh tanpa desimal, misalnya 1.250.000.000.",
    "budget.progressInvalid": "Isi persentase 0 sampai 100, misalnya 45,5.",
    "budget.programMissing": "Program ini tidak ada di perangkat. Sinkronkan lalu coba lagi.",
    "budget.notFound": "Program tidak ditemukan di perangkat ini.",
    "budget.back": "Kembali",
  },
  en: {
    "budget.realised": "Cumulative budget realised up to Q{q} (Rp)",
    "budget.realisedHint": "What has been spent since the start of the year. Budget: {budget}.",
    "budget.absorption": "Budget absorption: {percent} of the budget",
    "budget.absorptionNone": "Absorption is computed once the realisation is filled.",
    "budget.progress": "Physical progress up to Q{q} (%)",
    "budget.progressHint": "The share of the physical work done, 0 to 100.",
    "budget.budgetInvalid": "Enter whole Rupiah without decimals, e.g. 1.250.000.000.",
    "budget.progressInvalid": "Enter a percentage from 0 to 100, e.g. 45,5.",
    "budget.programMissing": "This program is not on the device. Sync and try again.",
    "budget.notFound": "The program was not found on this device.",
    "budget.back": "Back",
  },
});
