// Texts of the dashboard charts (loaded with the dashboard, not in the first load).
import { defineMessages } from '../../../i18n/feature-messages';

export const chartMessages = defineMessages({
  id: {
    'chart.unavailable': 'Grafik tidak dapat ditampilkan di perangkat ini; angkanya ada di tabel.',
    'chart.ranking.label': 'Grafik batang: rata-rata capaian {count} unit kerja s.d. TW {q}, dari yang tertinggi. Angka lengkap di tabel peringkat.',
    'chart.ranking.axis': 'Rata-rata capaian (%)',
    'chart.absorption.title': 'Serapan anggaran dan capaian kinerja',
    'chart.absorption.label': 'Grafik sebar: serapan anggaran (sumbu mendatar) terhadap rata-rata capaian (sumbu tegak) per unit kerja s.d. TW {q}. Angka lengkap di tabel peringkat.',
    'chart.absorption.x': 'Serapan anggaran (%)',
    'chart.absorption.y': 'Rata-rata capaian (%)',
    'chart.absorption.hint': 'Unit di kanan bawah menyerap anggaran tanpa capaian yang sepadan; di kiri atas capaian tinggi dengan serapan rendah.',
    'chart.absorption.none': 'Belum ada unit dengan realisasi anggaran dan capaian sekaligus.',
    'chart.trend.label': 'Grafik garis: rata-rata capaian seluruh unit yang ditampilkan s.d. TW I sampai TW IV. Angka per unit di tabel tren.',
    'chart.trend.series': 'Rata-rata unit kerja',
    'chart.point': '{unit}: serapan {absorption}, capaian {average}',
    'chart.quarter': 's.d. TW {q}',
  },
  en: {
    'chart.unavailable': 'The chart cannot be shown on this device; the figures are in the table.',
    'chart.ranking.label': 'Bar chart: average achievement of {count} units up to Q{q}, highest first. Full figures in the ranking table.',
    'chart.ranking.axis': 'Average achievement (%)',
    'chart.absorption.title': 'Budget absorption and performance',
    'chart.absorption.label': 'Scatter chart: budget absorption (horizontal) against average achievement (vertical) per unit up to Q{q}. Full figures in the ranking table.',
    'chart.absorption.x': 'Budget absorption (%)',
    'chart.absorption.y': 'Average achievement (%)',
    'chart.absorption.hint': 'Units at the bottom right spend without matching results; top left: high achievement with low spending.',
    'chart.absorption.none': 'No unit has both budget realisation and achievement yet.',
    'chart.trend.label': 'Line chart: average achievement of all units shown, up to Q1 to Q4. Per-unit figures in the trend table.',
    'chart.trend.series': 'Average of units',
    'chart.point': '{unit}: absorption {absorption}, achievement {average}',
    'chart.quarter': 'to Q{q}',
  },
});
