// The service OPD of the demo province: their PK content (see demo-content.ts for the shape).
import type { IndicatorSpec, PersonSpec, ProgramSpec, RegionContext, UnitSpec } from './demo-content';

type Four<T> = [T, T, T, T];
const same = <T,>(t: T): Four<T> => [t, t, t, t];

function line(code: string, name: string, kegiatan: [string, string, [string, number][]][]): ProgramSpec {
  return {
    code,
    name,
    children: kegiatan.map(([kCode, kName, subs]) => ({
      code: `${code}.${kCode}`,
      name: kName,
      children: subs.map(([subName, budget], i) => ({
        code: `${code}.${kCode}.${String(i + 1).padStart(4, '0')}`,
        name: subName,
        budget,
      })),
    })),
  };
}

function support(ctx: RegionContext, urusan: string, budget: number): ProgramSpec {
  return line(`${urusan}.01`, `PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH ${ctx.level}`, [
    ['1.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', [
      ['Penyusunan Dokumen Perencanaan Perangkat Daerah', Math.round(budget * 0.35)],
      ['Evaluasi Kinerja Perangkat Daerah', Math.round(budget * 0.65)],
    ]],
  ]);
}

const ind = (spec: IndicatorSpec): IndicatorSpec => spec;

export interface OpdPeople {
  head: PersonSpec;
  operator: PersonSpec;
}

export function dishubUnit(ctx: RegionContext, p: OpdPeople): UnitSpec {
  return {
    slug: 'dishub', code: '2.15.0.00.0.00.01.0000', name: 'Dinas Perhubungan', type: 'opd', headLogin: 'kadis', ...p, reports: true,
    goals: [
      { name: 'Meningkatnya kinerja pelayanan transportasi', indicators: [
        ind({ name: 'Jumlah penumpang angkutan penyeberangan antarkabupaten/kota', unit: 'orang', polarity: 'higher', aggregation: 'sum', targetType: 'number',
          annual: 820_000, quarters: [180_000, 210_000, 195_000, 235_000], realised: [172_450, 226_310, 201_870, null],
          definition: 'Penumpang yang diangkut kapal penyeberangan pada lintasan yang menjadi kewenangan provinsi.', dataSource: 'Laporan operator pelabuhan penyeberangan', responsible: 'Kepala Bidang Pelayaran',
          notes: { drivers: 'Lonjakan penumpang pada libur sekolah dan penambahan jadwal trip.', obstacles: 'Satu kapal menjalani docking selama dua minggu.', followUp: 'Menyusun jadwal docking bergilir di luar musim ramai.' } }),
        ind({ name: 'Persentase kendaraan angkutan umum yang laik jalan hasil uji berkala', unit: '%', polarity: 'higher', aggregation: 'flat', targetType: 'percent',
          annual: 85, quarters: same(85), realised: [81.2, 84.7, 86.1, null],
          definition: 'Kendaraan lulus uji berkala dibagi kendaraan yang diuji × 100.', dataSource: 'UPTD Pengujian Kendaraan Bermotor', responsible: 'Kepala Bidang Lalu Lintas dan Angkutan Jalan' }),
        ind({ name: 'Load factor kapal penyeberangan', unit: '%', polarity: 'higher', aggregation: 'average', targetType: 'range',
          annual: { min: 60, max: 80 }, quarters: same({ min: 60, max: 80 }), realised: [57.3, 74.2, 83.5, null],
          definition: 'Penumpang terangkut dibagi kapasitas kursi tersedia × 100; ideal 60–80%.', dataSource: 'Laporan operator pelabuhan penyeberangan', responsible: 'Kepala Bidang Pelayaran' }),
      ] },
      { name: 'Meningkatnya keselamatan lalu lintas di jalan provinsi', indicators: [
        ind({ name: 'Jumlah kecelakaan lalu lintas di jalan provinsi', unit: 'kejadian', polarity: 'lower', aggregation: 'sum', targetType: 'number',
          annual: 240, quarters: same(60), realised: [71, 58, 63, null],
          definition: 'Kejadian kecelakaan yang tercatat pada ruas jalan provinsi.', dataSource: 'Ditlantas Polda Kalimantan Timur', responsible: 'Kepala Bidang Lalu Lintas dan Angkutan Jalan',
          notes: { drivers: 'Penambahan rambu dan marka di titik rawan kecelakaan.', obstacles: 'Volume angkutan batu bara dan kendaraan berat masih tinggi.', followUp: 'Operasi bersama pengawasan kendaraan ODOL dengan kepolisian.' } }),
        ind({ name: 'Persentase ruas jalan provinsi yang dilengkapi perlengkapan jalan', unit: '%', polarity: 'higher', aggregation: 'last', targetType: 'percent',
          annual: 70, quarters: [40, 50, 60, 70], realised: [41, 49.5, 58, null],
          definition: 'Ruas dengan rambu, marka dan APILL memadai dibagi seluruh ruas jalan provinsi × 100.', dataSource: 'Bidang LLAJ', responsible: 'Kepala Bidang Lalu Lintas dan Angkutan Jalan' }),
      ] },
    ],
    programs: [
      support(ctx, '2.15', 6_750_000_000),
      line('2.15.02', 'PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)', [
        ['1.03', 'Penyediaan Perlengkapan Jalan di Jalan Provinsi', [['Pengadaan dan Pemasangan Perlengkapan Jalan', 12_500_000_000]]],
        ['1.05', 'Pengujian Berkala Kendaraan Bermotor', [['Pelaksanaan Pengujian Berkala Kendaraan Bermotor', 1_200_000_000]]],
      ]),
      line('2.15.04', 'PROGRAM PENGELOLAAN PELAYARAN', [
        ['1.02', 'Pengelolaan Pelabuhan Penyeberangan Lintas Kabupaten/Kota', [['Operasional dan Pemeliharaan Pelabuhan Penyeberangan', 4_850_000_000]]],
      ]),
    ],
  };
}

export function dinkesUnit(ctx: RegionContext, p: OpdPeople): UnitSpec {
  return {
    slug: 'dinkes', code: '1.02.0.00.0.00.01.0000', name: 'Dinas Kesehatan', type: 'opd', headLogin: 'kadis', ...p, reports: true,
    goals: [
      { name: 'Meningkatnya derajat kesehatan masyarakat', indicators: [
        ind({ name: 'Angka kematian ibu (jumlah kasus kematian ibu)', unit: 'kasus', polarity: 'lower', aggregation: 'sum', targetType: 'number',
          annual: 80, quarters: same(20), realised: [24, 18, 19, null],
          definition: 'Kematian ibu selama hamil, bersalin dan nifas yang dilaporkan kabupaten/kota.', dataSource: 'Laporan KIA kabupaten/kota', responsible: 'Kepala Bidang Kesehatan Masyarakat',
          notes: { drivers: 'Audit maternal perinatal dilaksanakan di seluruh kabupaten/kota.', obstacles: 'Akses rujukan dari desa terpencil di hulu Mahakam masih sulit.', followUp: 'Penguatan rumah tunggu kelahiran dan ambulans desa.' } }),
        ind({ name: 'Prevalensi stunting pada balita', unit: '%', polarity: 'lower', aggregation: 'last', targetType: 'percent',
          annual: 16, quarters: [null, 18, null, 16], realised: [null, 17.8, null, null],
          definition: 'Balita dengan tinggi badan menurut umur < −2 SD dibagi balita yang diukur × 100 (bulan timbang).', dataSource: 'e-PPGBM', responsible: 'Kepala Bidang Kesehatan Masyarakat' }),
        ind({ name: 'Persentase kabupaten/kota dengan cakupan imunisasi dasar lengkap minimal 95%', unit: '%', polarity: 'higher', aggregation: 'last', targetType: 'percent',
          annual: 90, quarters: [30, 50, 70, 90], realised: [30, 40, 60, null],
          definition: 'Kabupaten/kota yang mencapai IDL ≥ 95% dibagi 10 kabupaten/kota × 100.', dataSource: 'ASIK Kementerian Kesehatan', responsible: 'Kepala Bidang Pencegahan dan Pengendalian Penyakit' }),
      ] },
      { name: 'Meningkatnya mutu pelayanan kesehatan', indicators: [
        ind({ name: 'Jumlah puskesmas terakreditasi paripurna', unit: 'puskesmas', polarity: 'higher', aggregation: 'last', targetType: 'number',
          annual: 64, quarters: [40, 48, 56, 64], realised: [42, 47, 55, null],
          definition: 'Puskesmas dengan status akreditasi paripurna pada akhir triwulan.', dataSource: 'SINAF Kementerian Kesehatan', responsible: 'Kepala Bidang Pelayanan Kesehatan' }),
        ind({ name: 'Indeks Kepuasan Masyarakat layanan Laboratorium Kesehatan Daerah', unit: 'indeks', polarity: 'higher', aggregation: 'average', targetType: 'number',
          annual: 82, quarters: same(82), realised: [83.1, 81.4, 84, null],
          definition: 'IKM menurut PermenPANRB 14/2017.', dataSource: 'Survei IKM UPTD Labkesda', responsible: 'Kepala UPTD Labkesda' }),
      ] },
    ],
    programs: [
      support(ctx, '1.02', 9_400_000_000),
      line('1.02.02', 'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT', [
        ['1.02', 'Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Provinsi', [
          ['Pengelolaan Pelayanan Kesehatan Ibu dan Anak', 6_200_000_000],
          ['Pengelolaan Pelayanan Kesehatan Gizi Masyarakat', 4_750_000_000],
          ['Pengelolaan Imunisasi', 3_100_000_000],
        ]],
      ]),
      line('1.02.03', 'PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN', [
        ['1.02', 'Pengembangan Mutu dan Peningkatan Kompetensi Teknis Sumber Daya Manusia Kesehatan Tingkat Daerah Provinsi', [
          ['Peningkatan Kompetensi dan Kualifikasi Sumber Daya Manusia Kesehatan', 2_650_000_000],
        ]],
      ]),
    ],
  };
}

export function disdikbudUnit(ctx: RegionContext, p: OpdPeople): UnitSpec {
  return {
    slug: 'disdikbud', code: '1.01.2.22.0.00.01.0000', name: 'Dinas Pendidikan dan Kebudayaan', type: 'opd', headLogin: 'kadis', ...p, reports: true,
    goals: [
      { name: 'Meningkatnya akses dan mutu pendidikan menengah', indicators: [
        ind({ name: 'Persentase SMA/SMK dengan akreditasi minimal B', unit: '%', polarity: 'higher', aggregation: 'last', targetType: 'percent',
          annual: 88, quarters: [85, 85, 88, 88], realised: [85.4, 86, 88.3, null],
          definition: 'Satuan pendidikan terakreditasi A atau B dibagi seluruh SMA/SMK × 100.', dataSource: 'BAN-PDM', responsible: 'Kepala Bidang Pembinaan SMA' }),
        ind({ name: 'Angka putus sekolah SMA/SMK', unit: '%', polarity: 'lower', aggregation: 'last', targetType: 'percent',
          annual: 0.4, quarters: [0.5, 0.5, 0.45, 0.4], realised: [0.55, 0.48, 0.41, null],
          definition: 'Peserta didik putus sekolah dibagi seluruh peserta didik × 100.', dataSource: 'Dapodik', responsible: 'Kepala Bidang Pembinaan SMK' }),
      ] },
      { name: 'Meningkatnya pelestarian dan pemajuan kebudayaan daerah', indicators: [
        ind({ name: 'Jumlah cagar budaya yang ditetapkan', unit: 'objek', polarity: 'higher', aggregation: 'sum', targetType: 'number',
          annual: 5, quarters: [0, 2, 2, 1], realised: [0, 1, 2, null],
          definition: 'Objek yang ditetapkan sebagai cagar budaya peringkat provinsi dengan keputusan gubernur.', dataSource: 'Tim Ahli Cagar Budaya Provinsi', responsible: 'Kepala Bidang Kebudayaan' }),
        ind({ name: 'Dokumen Pokok Pikiran Kebudayaan Daerah dimutakhirkan', unit: 'dokumen', polarity: 'higher', aggregation: 'last', targetType: 'text',
          annual: 'Dokumen PPKD mutakhir ditetapkan', quarters: [null, null, 'Dokumen PPKD mutakhir ditetapkan', null], realised: [null, null, 0, null],
          definition: 'Tercapai bila dokumen PPKD mutakhir ditetapkan dengan keputusan gubernur.', dataSource: 'Bidang Kebudayaan', responsible: 'Kepala Bidang Kebudayaan',
          notes: { drivers: 'Data objek pemajuan kebudayaan dari kabupaten/kota sudah terkumpul.', obstacles: 'Verifikasi data oleh tim penyusun belum selesai.', followUp: 'Finalisasi dan penetapan dijadwalkan pada triwulan IV.' } }),
      ] },
    ],
    programs: [
      support(ctx, '1.01', 12_300_000_000),
      line('1.01.02', 'PROGRAM PENGELOLAAN PENDIDIKAN', [
        ['1.01', 'Pengelolaan Pendidikan Sekolah Menengah Atas', [['Pengelolaan Dana BOSP Sekolah Menengah Atas', 182_450_000_000]]],
        ['1.02', 'Pengelolaan Pendidikan Sekolah Menengah Kejuruan', [['Pengelolaan Dana BOSP Sekolah Menengah Kejuruan', 146_900_000_000]]],
      ]),
      line('2.22.02', 'PROGRAM PENGEMBANGAN KEBUDAYAAN', [
        ['1.01', 'Pengelolaan Kebudayaan yang Masyarakat Pelakunya Lintas Daerah Kabupaten/Kota', [['Pelestarian Kesenian Tradisional', 2_350_000_000]]],
      ]),
    ],
  };
}

export function puprUnit(ctx: RegionContext, p: OpdPeople): UnitSpec {
  return {
    slug: 'pupr', code: '1.03.1.04.0.00.01.0000', name: 'Dinas Pekerjaan Umum, Penataan Ruang dan Perumahan Rakyat', type: 'opd', headLogin: 'kadis', ...p, reports: true,
    goals: [
      { name: 'Meningkatnya kualitas infrastruktur jalan dan jembatan provinsi', indicators: [
        ind({ name: 'Persentase panjang jalan provinsi dalam kondisi mantap', unit: '%', polarity: 'higher', aggregation: 'last', targetType: 'percent',
          annual: 72, quarters: [68, 69, 70.5, 72], realised: [68.2, 68.9, 69.7, null],
          definition: 'Panjang jalan kondisi baik dan sedang dibagi panjang jalan provinsi × 100.', dataSource: 'Survei kondisi jalan (IRI)', responsible: 'Kepala Bidang Bina Marga' }),
        ind({ name: 'Panjang jalan provinsi yang ditingkatkan', unit: 'km', polarity: 'higher', aggregation: 'sum', targetType: 'number',
          annual: 85, quarters: [5, 15, 30, 35], realised: [3.2, 12.8, 27.5, null],
          definition: 'Panjang ruas yang selesai ditingkatkan strukturnya dalam triwulan.', dataSource: 'Laporan kemajuan fisik kontrak', responsible: 'Kepala Bidang Bina Marga',
          notes: { drivers: 'Kontrak tahun jamak ruas Samarinda–Bontang berjalan sesuai jadwal.', obstacles: 'Curah hujan tinggi dan keterlambatan pasokan aspal.', followUp: 'Penambahan jam kerja dan pemantauan mingguan oleh PPK.' } }),
        ind({ name: 'Persentase jembatan provinsi dalam kondisi baik', unit: '%', polarity: 'higher', aggregation: 'flat', targetType: 'percent',
          annual: 80, quarters: same(80), realised: [78.5, 79.2, 80.4, null],
          definition: 'Jembatan kondisi baik dibagi seluruh jembatan pada jalan provinsi × 100.', dataSource: 'Sistem Manajemen Jembatan', responsible: 'Kepala Bidang Bina Marga' }),
      ] },
      { name: 'Berkurangnya kawasan terdampak banjir', indicators: [
        ind({ name: 'Luas kawasan permukiman terdampak genangan banjir', unit: 'ha', polarity: 'lower', aggregation: 'last', targetType: 'number',
          annual: 400, quarters: [450, 430, 410, 400], realised: [480, 420, 415, null],
          definition: 'Luas genangan > 30 cm lebih dari 2 jam di kawasan permukiman.', dataSource: 'Bidang Sumber Daya Air', responsible: 'Kepala Bidang Sumber Daya Air' }),
      ] },
    ],
    programs: [
      support(ctx, '1.03', 8_900_000_000),
      line('1.03.10', 'PROGRAM PENYELENGGARAAN JALAN', [
        ['1.01', 'Penyelenggaraan Jalan Provinsi', [
          ['Peningkatan Jalan', 125_400_000_000],
          ['Rehabilitasi Jalan', 86_250_000_000],
          ['Pemeliharaan Berkala Jembatan', 24_800_000_000],
        ]],
      ]),
      line('1.03.03', 'PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)', [
        ['1.01', 'Pengelolaan SDA dan Bangunan Pengaman Pantai pada Wilayah Sungai Lintas Daerah Kabupaten/Kota', [
          ['Normalisasi/Restorasi Sungai', 31_600_000_000],
        ]],
      ]),
    ],
  };
}

export function rsjdUnit(ctx: RegionContext, p: OpdPeople): UnitSpec {
  return {
    slug: 'rsjd', code: '1.02.0.00.0.00.02.0000', name: 'RSJD Atma Husada Mahakam', type: 'opd', headLogin: 'direktur', ...p, reports: true,
    goals: [
      { name: 'Meningkatnya mutu pelayanan kesehatan jiwa', indicators: [
        ind({ name: 'Rata-rata lama rawat inap pasien jiwa (ALOS)', unit: 'hari', polarity: 'lower', aggregation: 'average', targetType: 'range',
          annual: { min: 21, max: 42 }, quarters: same({ min: 21, max: 42 }), realised: [38.5, 44.1, 40.2, null],
          definition: 'Jumlah hari rawat pasien keluar dibagi jumlah pasien keluar; ideal 21–42 hari.', dataSource: 'SIMRS', responsible: 'Kepala Bidang Pelayanan Medik',
          notes: { drivers: 'Program rehabilitasi psikososial berjalan rutin.', obstacles: 'Pasien terlantar tanpa keluarga sulit dipulangkan.', followUp: 'Koordinasi dengan Dinas Sosial untuk rujukan panti.' } }),
        ind({ name: 'Persentase kepuasan pasien', unit: '%', polarity: 'higher', aggregation: 'flat', targetType: 'percent',
          annual: 85, quarters: same(85), realised: [86.2, 84.9, 87.3, null],
          definition: 'Responden puas dan sangat puas dibagi seluruh responden × 100.', dataSource: 'Survei kepuasan pasien', responsible: 'Kepala Bidang Keperawatan' }),
        ind({ name: 'Jumlah kejadian pasien jatuh', unit: 'kejadian', polarity: 'lower', aggregation: 'sum', targetType: 'number',
          annual: 0, quarters: same(0), realised: [0, 1, 0, null],
          definition: 'Insiden pasien jatuh yang dilaporkan tim keselamatan pasien.', dataSource: 'Laporan insiden keselamatan pasien', responsible: 'Komite Mutu dan Keselamatan Pasien' }),
      ] },
      { name: 'Meningkatnya kemandirian keuangan BLUD', indicators: [
        ind({ name: 'Rasio pendapatan BLUD terhadap biaya operasional', unit: '%', polarity: 'higher', aggregation: 'last', targetType: 'percent',
          annual: 62, quarters: [55, 58, 60, 62], realised: [53.8, 57.1, 60.9, null],
          definition: 'Pendapatan BLUD kumulatif dibagi biaya operasional kumulatif × 100.', dataSource: 'Laporan keuangan BLUD', responsible: 'Kepala Bagian Keuangan' }),
      ] },
    ],
    programs: [
      line('1.02.01', `PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH ${ctx.level}`, [
        ['1.10', 'Peningkatan Pelayanan BLUD', [['Pelayanan dan Penunjang Pelayanan BLUD', 38_500_000_000]]],
      ]),
      line('1.02.02', 'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT', [
        ['1.01', 'Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Provinsi', [
          ['Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan', 7_500_000_000],
          ['Pengembangan Rumah Sakit', 12_750_000_000],
        ]],
      ]),
    ],
  };
}

export function dpmptspUnit(ctx: RegionContext, p: OpdPeople): UnitSpec {
  return {
    slug: 'dpmptsp', code: '2.18.0.00.0.00.01.0000', name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', type: 'opd', headLogin: 'kadis', ...p, reports: false,
    goals: [
      { name: 'Meningkatnya kualitas pelayanan perizinan berusaha', indicators: [
        ind({ name: 'Rata-rata waktu penyelesaian perizinan', unit: 'hari', polarity: 'lower', aggregation: 'average', targetType: 'number',
          annual: 5, quarters: same(5), realised: [5.4, 4.8, 4.6, null],
          definition: 'Rata-rata hari kerja sejak permohonan lengkap sampai izin terbit.', dataSource: 'OSS-RBA dan SIMPONI daerah', responsible: 'Kepala Bidang Pelayanan Perizinan' }),
        ind({ name: 'Indeks Kepuasan Masyarakat layanan perizinan', unit: 'indeks', polarity: 'higher', aggregation: 'flat', targetType: 'number',
          annual: 85, quarters: same(85), realised: [84.2, 85.6, 86.1, null],
          definition: 'IKM menurut PermenPANRB 14/2017.', dataSource: 'Survei IKM', responsible: 'Kepala Bidang Pengaduan dan Informasi' }),
      ] },
      { name: 'Meningkatnya realisasi investasi', indicators: [
        ind({ name: 'Nilai realisasi investasi PMA dan PMDN', unit: 'Rp triliun', polarity: 'higher', aggregation: 'sum', targetType: 'number',
          annual: 60, quarters: [12.5, 15, 15, 17.5], realised: [13.2, 14.1, 16.4, null],
          definition: 'Realisasi investasi menurut Laporan Kegiatan Penanaman Modal (LKPM).', dataSource: 'Kementerian Investasi/BKPM', responsible: 'Kepala Bidang Pengendalian Penanaman Modal' }),
        ind({ name: 'Rencana Umum Penanaman Modal Provinsi ditetapkan', unit: 'dokumen', polarity: 'higher', aggregation: 'last', targetType: 'text',
          annual: 'Peraturan Gubernur tentang RUPM ditetapkan', quarters: [null, null, null, 'Peraturan Gubernur tentang RUPM ditetapkan'], realised: [null, null, null, null],
          definition: 'Tercapai bila Pergub RUPM diundangkan.', dataSource: 'Biro Hukum', responsible: 'Kepala Bidang Perencanaan Penanaman Modal' }),
      ] },
    ],
    programs: [
      support(ctx, '2.18', 4_200_000_000),
      line('2.18.05', 'PROGRAM PELAYANAN PENANAMAN MODAL', [
        ['1.01', 'Pelayanan Perizinan dan Nonperizinan secara Terpadu Satu Pintu', [['Penyediaan Pelayanan Terpadu Perizinan', 3_450_000_000]]],
      ]),
      line('2.18.03', 'PROGRAM PROMOSI PENANAMAN MODAL', [
        ['1.01', 'Penyelenggaraan Promosi Penanaman Modal', [['Pelaksanaan Kegiatan Promosi Penanaman Modal', 2_100_000_000]]],
      ]),
    ],
  };
}
