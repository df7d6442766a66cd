// The PK import template, made on the device (issue 4, "Import"): sheets "Indikator" and
// "Anggaran" with the headers domain/pk-import-columns.ts reads, an example row in each, and
// "Petunjuk" listing the allowed values (and what to write under "Mendukung"). Loaded on demand (write-excel-file is large).
import writeXlsxFile, { type Cell, type Row } from 'write-excel-file/universal';
import {
  aggregationWords, budgetColumns, builtInScales, indicatorColumns, levelWords, pkImportDefaults, pkImportLimits, pkImportSheetNames,
  polarityWords, targetTypeWords, yesNoWords,
} from '../../domain/pk-import-columns';
import { formatNumber } from '../../domain/number-format';

const header = (value: string): Cell => ({ value, fontWeight: 'bold', backgroundColor: '#E6EEF0', wrap: true, alignVertical: 'top' });
const text = (value: string): Cell => ({ value, type: String, wrap: true, alignVertical: 'top' });
const number = (value: number, format?: string): Cell => ({ value, type: Number, ...(format ? { format } : {}) });
const cell = (value: string | number): Cell => (typeof value === 'number' ? number(value) : text(value));
const first = (words: readonly string[]): string => words[0] ?? '';
const listOf = (words: Record<string, readonly string[]>): string => Object.values(words).map((w) => first(w).replace('rata rata', 'rata-rata').replace('sub kegiatan', 'sub-kegiatan')).join(', ');

export const pkImportExample = {
  indicator: {
    no: 1, goal: 'Meningkatnya derajat kesehatan masyarakat', name: 'Persentase puskesmas terakreditasi', unit: '%', polarity: 'naik',
    aggregation: 'nilai akhir', targetType: 'persen', annualTarget: 90, q1: 75, q2: 80, q3: 85, q4: 90, scale: '',
    definition: 'Jumlah puskesmas terakreditasi dibagi jumlah seluruh puskesmas × 100', dataSource: 'Bidang Pelayanan Kesehatan',
    responsible: 'Kepala Bidang Pelayanan Kesehatan', minValue: 0, maxValue: 100, evidenceRequired: 'ya',
    supports: 'Usia Harapan Hidup',
  },
  budget: [
    { no: 1, code: '1.02.02', name: 'Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat', level: 'program', budget: 1_500_000_000 },
    { no: 2, code: '1.02.02.2.01', name: 'Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota', level: 'kegiatan', budget: 1_500_000_000 },
  ],
} as const;

const instructionLines = (): [string, string][] => {
  const scales = builtInScales.map((s) => `${s.name}: ${s.levels.map((l) => `${l.label}=${l.score}`).join('; ')}`).join(' — ');
  const max = formatNumber(pkImportLimits.maxRowsPerSheet);
  return [
    ['Cara mengisi', `Isi lembar "${pkImportSheetNames.indicators}" (satu baris per indikator) dan lembar "${pkImportSheetNames.budget}" (satu baris per program, kegiatan, atau sub-kegiatan). Ganti atau hapus baris contoh. Jangan ubah baris judul kolom.`],
    ['Yang terjadi saat impor', 'Pratinjau ditampilkan dulu. Tidak ada yang disimpan bila masih ada baris yang salah. Impor mengganti seluruh sasaran, indikator, dan anggaran draf PK. PK yang sudah ditandatangani tidak dapat diimpor: buat PK perubahan lebih dulu.'],
    ['Batas', `Paling banyak ${max} baris per lembar, berkas paling besar ${formatNumber(pkImportLimits.maxFileBytes / 1024 / 1024)} MB.`],
    ['Sasaran', 'Baris dengan Sasaran yang sama menjadi satu sasaran, berurutan seperti di berkas. Sasaran kosong (mis. sel yang digabung) mengikuti baris di atasnya.'],
    ['Satuan', 'Wajib, kecuali untuk jenis target teks.'],
    ['Polaritas', `${listOf(polarityWords)}. naik = semakin tinggi semakin baik; turun = semakin rendah semakin baik. Kosong = ${first(polarityWords[pkImportDefaults.polarity])}.`],
    ['Agregasi', `${listOf(aggregationWords)}. Kosong = ${first(aggregationWords[pkImportDefaults.aggregation])}. Untuk kumulatif, jumlah TW I–IV sebaiknya sama dengan target tahunan.`],
    ['Jenis Target', `${listOf(targetTypeWords)}. Kosong = ${first(targetTypeWords[pkImportDefaults.targetType])}.`],
    ['Angka', 'Tulis cara Indonesia: 1.234,5 atau 93,75% atau Rp 1.500.000. Untuk persen, tulis 0–100 (90 berarti 90%); jangan memakai format sel Persen Excel, yang menyimpan 90% sebagai 0,9.'],
    ['Rentang', 'Tulis batas bawah dan atas: 80–90, 80-90, atau 80 s.d. 90.'],
    ['Skala', `Target ditulis sebagai predikat (mis. BB) atau skornya. Tulis tingkatannya di kolom Skala Predikat, mis. "WTP=4; WDP=3; TW=2; TMP=1". Bila kosong, dipakai daftar baku yang memuat predikat target: ${scales}.`],
    ['Teks', 'Target berupa pernyataan yang akan dicapai, mis. "Perda ditetapkan". Satuan dan target boleh kosong.'],
    ['TW I–IV', 'Target triwulan; boleh kosong (mis. indikator semesteran).'],
    ['Batas Bawah/Atas Nilai', 'Boleh kosong. Nilai realisasi yang masuk akal untuk indikator angka, persen, atau rentang (mis. IKM 25–100). Realisasi di luar batas ditanyakan atau ditolak saat diisi, sesuai aturan pemeriksaan data pemda.'],
    ['Bukti Dukung Wajib', `${listOf(yesNoWords)}. Kosong = tidak. Bila ya, realisasi indikator ini hanya dapat diajukan dengan bukti dukung.`],
    ['Mendukung', 'Boleh kosong. Nama IKU kepala daerah yang didukung indikator ini (PK kepala OPD/JPT atau camat), atau nama indikator PK atasan (PK administrator atau pengawas), persis seperti tertulis di PK itu; huruf besar/kecil dan spasi tidak berpengaruh. PK itu harus sudah ada di perangkat ini. Kosong = belum selaras; dapat dipilih kemudian di editor PK.'],
    ['Tingkat', `${listOf(levelWords)}. Kegiatan masuk ke program di atasnya, sub-kegiatan ke kegiatan di atasnya; bila kodenya berawalan kode program/kegiatan lain (1.02.02 → 1.02.02.2.01), ia masuk ke sana. Tingkat kosong dibaca dari kode: 3 bagian program, 5 kegiatan, 6 atau lebih sub-kegiatan.`],
    ['Kode', 'Kode nomenklatur Kepmendagri 050-5889/2021; tidak boleh ganda.'],
    ['Anggaran (Rp)', 'Rupiah utuh tanpa desimal. Setiap baris tanpa rincian wajib lebih dari 0. Anggaran program atau kegiatan boleh kosong: dihitung dari jumlah rinciannya; bila diisi harus sama dengan jumlah itu.'],
    ['CSV', `Boleh juga berkas CSV (koma atau titik koma). Satu berkas: baris indikator dengan judul kolom yang sama, lalu baris "[${pkImportSheetNames.budget}]" dan tabel anggaran dengan judul kolomnya. Atau dua berkas CSV: satu indikator, satu anggaran. Simpan sebagai "CSV UTF-8".`],
  ];
};

export interface TemplateSheet {
  sheet: string;
  data: Row[];
  columns: { width: number }[];
  stickyRowsCount?: number;
}

/** The three sheets as data, for writing here or (in tests) with write-excel-file/node. */
export function pkImportTemplateSheets(): TemplateSheet[] {
  const example = pkImportExample.indicator;
  return [
    {
      sheet: pkImportSheetNames.indicators,
      stickyRowsCount: 1,
      data: [
        indicatorColumns.map((c) => header(c.label)),
        indicatorColumns.map((c) => cell(example[c.key])),
      ],
      columns: indicatorColumns.map((c) => ({ width: ({ no: 5, goal: 32, name: 40, definition: 40, dataSource: 24, responsible: 24, supports: 32 } as Record<string, number>)[c.key] ?? 13 })),
    },
    {
      sheet: pkImportSheetNames.budget,
      stickyRowsCount: 1,
      data: [
        budgetColumns.map((c) => header(c.label)),
        ...pkImportExample.budget.map((line) => budgetColumns.map((c) => (c.key === 'budget' ? number(line.budget, '#,##0') : cell(line[c.key])))),
      ],
      columns: [{ width: 5 }, { width: 20 }, { width: 60 }, { width: 16 }, { width: 20 }],
    },
    {
      sheet: pkImportSheetNames.instructions,
      data: [[header('Kolom / hal'), header('Petunjuk')], ...instructionLines().map(([a, b]) => [text(a), text(b)])],
      columns: [{ width: 22 }, { width: 110 }],
    },
  ];
}

export const pkImportTemplateFileName = 'Template-Impor-PK.xlsx';

export function generatePkImportTemplate(): Promise<Blob> {
  return writeXlsxFile(pkImportTemplateSheets()).toBlob();
}
