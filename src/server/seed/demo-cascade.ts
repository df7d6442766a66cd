// The demo pemda's own PK (kind pemda: the year's sasaran daerah and IKU of the RPJMD) and which
// unit indicators support which IKU (cascading, issue 19). Some unit indicators are left unlinked
// on purpose ("belum selaras"), so the pohon kinerja and the alignment figures show something to
// act on. IKU are measured once a year (TW IV), so until then their status comes from the units.

export interface IkuSpec {
  key: string;
  name: string;
  unit: string;
  polarity: 'higher' | 'lower';
  annual: number;
  definition: string;
  dataSource: string;
  /** Unit indicators (by unit slug and indicator name) that support it. */
  supporters: Array<[unitSlug: string, indicatorName: string]>;
  /** Measured more often than once a year: the TW I–IV targets (else the annual target at TW IV). */
  quarters?: [number | null, number | null, number | null, number | null];
  /** What Bappeda entered for the quarters already past (the pemda's own figure, issue 19). */
  realised?: [number | null, number | null, number | null, number | null];
}

export interface SasaranDaerahSpec {
  name: string;
  ikus: IkuSpec[];
}

/** The RPJMD above the sasaran: each tujuan names the sasaran daerah (by name) that serve it. */
export interface DemoPlanSpec {
  visi: string;
  misi: Array<{ text: string; tujuan: Array<{ text: string; sasaran: string[] }> }>;
}

export interface PemdaPkSpec {
  /** PIHAK KEDUA of the gubernur's or bupati's PK: the level above. */
  secondParty: { name: string; position: string };
  sasaran: SasaranDaerahSpec[];
  plan: DemoPlanSpec;
}

/** The five-year plan period holding `year` (the demo's RPJMD runs 2025–2029, then every five years). */
export const demoPlanPeriod = (year: number): { periodStart: number; periodEnd: number } => {
  const start = year - ((((year - 2025) % 5) + 5) % 5);
  return { periodStart: start, periodEnd: start + 4 };
};

const accountableName = 'Meningkatnya akuntabilitas kinerja dan tata kelola pemerintahan daerah';

const bps = 'Badan Pusat Statistik (rilis tahunan)';

const accountable = (region: string, next: number): SasaranDaerahSpec => ({
  name: accountableName,
  ikus: [
    {
      key: 'sakip', name: `Nilai evaluasi SAKIP ${region}`, unit: 'nilai', polarity: 'higher', annual: 75,
      definition: 'Nilai hasil evaluasi akuntabilitas kinerja instansi pemerintah (PermenPANRB 88/2021), skala 0–100.',
      dataSource: 'Laporan Hasil Evaluasi SAKIP Kementerian PANRB',
      supporters: [
        ['setda', 'Persentase rekomendasi hasil evaluasi SAKIP perangkat daerah yang ditindaklanjuti'],
        ['bappeda', 'Persentase konsistensi program RKPD dengan RPJMD'],
        ['bappeda', `Dokumen RKPD ${next} tersusun tepat waktu`],
        ['bappeda', 'Persentase perangkat daerah yang menyampaikan laporan monev triwulan tepat waktu'],
        ['bappeda', 'Nilai SAKIP Pemerintah Daerah'],
        ['bappeda', 'Rata-rata deviasi realisasi fisik terhadap realisasi keuangan'],
      ],
    },
    {
      key: 'spip', name: 'Indeks Reformasi Birokrasi', unit: 'nilai', polarity: 'higher', annual: 72,
      definition: 'Nilai evaluasi pelaksanaan reformasi birokrasi pemerintah daerah, skala 0–100.',
      dataSource: 'Laporan Hasil Evaluasi Reformasi Birokrasi Kementerian PANRB',
      supporters: [
        ['setda', 'Opini BPK atas Laporan Keuangan Pemerintah Daerah'],
        ['inspektorat', 'Persentase temuan BPK yang belum ditindaklanjuti'],
        ['inspektorat', 'Tingkat maturitas Sistem Pengendalian Intern Pemerintah (SPIP)'],
        ['inspektorat', 'Jumlah laporan hasil pemeriksaan reguler yang diterbitkan'],
        ['inspektorat', 'Rata-rata waktu penanganan pengaduan masyarakat'],
      ],
    },
  ],
});

/** `year`: the PK's year (a unit names the RKPD of the year after it). */
export const kaltimPemdaPk = (year: number): PemdaPkSpec => ({
  secondParty: { name: 'Menteri Dalam Negeri Republik Indonesia', position: 'Menteri Dalam Negeri' },
  sasaran: [
    {
      name: 'Meningkatnya kualitas sumber daya manusia yang sehat dan berdaya saing',
      ikus: [
        {
          key: 'uhh', name: 'Angka Usia Harapan Hidup', unit: 'tahun', polarity: 'higher', annual: 74.8,
          definition: 'Rata-rata tahun hidup yang akan dijalani oleh bayi yang lahir pada tahun tertentu.', dataSource: bps,
          supporters: [
            ['dinkes', 'Angka kematian ibu (jumlah kasus kematian ibu)'],
            ['dinkes', 'Prevalensi stunting pada balita'],
            ['dinkes', 'Persentase kabupaten/kota dengan cakupan imunisasi dasar lengkap minimal 95%'],
            ['dinkes', 'Jumlah puskesmas terakreditasi paripurna'],
            ['rsjd', 'Rata-rata lama rawat inap pasien jiwa (ALOS)'],
            ['rsjd', 'Persentase kepuasan pasien'],
          ],
        },
        {
          key: 'hls', name: 'Harapan Lama Sekolah', unit: 'tahun', polarity: 'higher', annual: 13.9,
          definition: 'Lamanya sekolah (dalam tahun) yang diharapkan dirasakan anak usia 7 tahun pada masa mendatang.', dataSource: bps,
          supporters: [
            ['disdikbud', 'Persentase SMA/SMK dengan akreditasi minimal B'],
            ['disdikbud', 'Angka putus sekolah SMA/SMK'],
          ],
        },
      ],
    },
    {
      // Behind in the demo: both of its supporters are projected below the warning threshold.
      name: 'Meningkatnya pelestarian dan pemajuan kebudayaan daerah',
      ikus: [
        {
          key: 'ipk', name: 'Indeks Pembangunan Kebudayaan', unit: 'indeks', polarity: 'higher', annual: 58,
          definition: 'Indeks komposit tujuh dimensi pembangunan kebudayaan (Kemendikbudristek), skala 0–100.',
          dataSource: 'Kementerian Kebudayaan (rilis tahunan)',
          supporters: [
            ['disdikbud', 'Jumlah cagar budaya yang ditetapkan'],
            ['disdikbud', 'Dokumen Pokok Pikiran Kebudayaan Daerah dimutakhirkan'],
          ],
        },
      ],
    },
    {
      name: 'Meningkatnya konektivitas dan kualitas infrastruktur wilayah',
      ikus: [
        {
          key: 'mantap', name: 'Persentase jalan provinsi dalam kondisi mantap', unit: '%', polarity: 'higher', annual: 72,
          // Surveyed each semester: Bappeda enters the pemda's own figure from the IRMS survey.
          quarters: [null, 70, null, 72], realised: [null, 69.4, null, null],
          definition: 'Panjang jalan provinsi kondisi baik dan sedang dibagi panjang seluruh jalan provinsi × 100%.',
          dataSource: 'Data kondisi jalan (IRMS) Dinas PUPR-PERA',
          supporters: [
            ['pupr', 'Persentase panjang jalan provinsi dalam kondisi mantap'],
            ['pupr', 'Panjang jalan provinsi yang ditingkatkan'],
            ['pupr', 'Persentase jembatan provinsi dalam kondisi baik'],
            ['pupr', 'Luas kawasan permukiman terdampak genangan banjir'],
          ],
        },
        {
          key: 'konektivitas', name: 'Indeks konektivitas transportasi antarwilayah', unit: 'indeks', polarity: 'higher', annual: 0.62,
          definition: 'Indeks gabungan ketersediaan, keterjangkauan dan keselamatan layanan transportasi antarwilayah, skala 0–1.',
          dataSource: 'Kajian tahunan Dinas Perhubungan',
          supporters: [
            ['dishub', 'Jumlah penumpang angkutan penyeberangan antarkabupaten/kota'],
            ['dishub', 'Persentase kendaraan angkutan umum yang laik jalan hasil uji berkala'],
            ['dishub', 'Load factor kapal penyeberangan'],
            ['dishub', 'Jumlah kecelakaan lalu lintas di jalan provinsi'],
            ['dishub', 'Persentase ruas jalan provinsi yang dilengkapi perlengkapan jalan'],
          ],
        },
      ],
    },
    {
      name: 'Meningkatnya investasi dan pertumbuhan ekonomi daerah',
      ikus: [
        {
          key: 'investasi', name: 'Nilai realisasi investasi PMA dan PMDN Provinsi', unit: 'Rp triliun', polarity: 'higher', annual: 60,
          definition: 'Jumlah realisasi penanaman modal asing dan dalam negeri dalam satu tahun.', dataSource: 'Sistem OSS BKPM',
          supporters: [
            ['dpmptsp', 'Rata-rata waktu penyelesaian perizinan'],
            ['dpmptsp', 'Indeks Kepuasan Masyarakat layanan perizinan'],
            ['dpmptsp', 'Nilai realisasi investasi PMA dan PMDN'],
            ['dpmptsp', 'Rencana Umum Penanaman Modal Provinsi ditetapkan'],
          ],
        },
      ],
    },
    accountable('Pemerintah Provinsi Kalimantan Timur', year + 1),
  ],
  // Misi 1 carries the culture sasaran that falls behind, so the leader sees which misi is at risk.
  plan: {
    visi: 'Kalimantan Timur maju, sejahtera dan berkelanjutan menuju generasi emas',
    misi: [
      {
        text: 'Mewujudkan sumber daya manusia yang sehat, cerdas, berdaya saing dan berbudaya',
        tujuan: [
          { text: 'Meningkatkan derajat kesehatan dan daya saing sumber daya manusia', sasaran: ['Meningkatnya kualitas sumber daya manusia yang sehat dan berdaya saing'] },
          { text: 'Memajukan dan melestarikan kebudayaan daerah', sasaran: ['Meningkatnya pelestarian dan pemajuan kebudayaan daerah'] },
        ],
      },
      {
        text: 'Mewujudkan infrastruktur wilayah yang merata, terhubung dan berkelanjutan',
        tujuan: [{ text: 'Meningkatkan konektivitas antarwilayah', sasaran: ['Meningkatnya konektivitas dan kualitas infrastruktur wilayah'] }],
      },
      {
        text: 'Mewujudkan ekonomi daerah yang tumbuh inklusif dan bertransformasi',
        tujuan: [{ text: 'Meningkatkan pertumbuhan ekonomi dan investasi daerah', sasaran: ['Meningkatnya investasi dan pertumbuhan ekonomi daerah'] }],
      },
      {
        text: 'Mewujudkan tata kelola pemerintahan yang bersih, efektif dan akuntabel',
        tujuan: [{ text: 'Meningkatkan akuntabilitas kinerja pemerintah daerah', sasaran: [accountableName] }],
      },
    ],
  },
});

const kecamatanSlugs = ['seruyanhilir', 'danausembuluh', 'seruyantengah', 'hanau'] as const;

export const seruyanPemdaPk = (year: number): PemdaPkSpec => {
  const next = year + 1;
  return {
  secondParty: { name: 'Gubernur Kalimantan Tengah', position: 'Gubernur Kalimantan Tengah' },
  sasaran: [
    {
      name: 'Meningkatnya kualitas pelayanan publik sampai ke kecamatan',
      ikus: [
        {
          key: 'ikm', name: 'Indeks Kepuasan Masyarakat Kabupaten Seruyan', unit: 'indeks', polarity: 'higher', annual: 82,
          definition: 'Rata-rata Indeks Kepuasan Masyarakat seluruh unit layanan publik (PermenPANRB 14/2017).',
          dataSource: 'Survei Kepuasan Masyarakat Bagian Organisasi Setda',
          supporters: kecamatanSlugs.flatMap((slug): Array<[string, string]> => [
            [slug, 'Indeks Kepuasan Masyarakat terhadap layanan PATEN'],
            [slug, 'Rata-rata waktu penyelesaian layanan administrasi di kecamatan'],
            [slug, 'Jumlah dokumen layanan PATEN yang diterbitkan'],
          ]),
        },
      ],
    },
    {
      name: 'Meningkatnya kualitas tata kelola pemerintahan desa',
      ikus: [
        {
          key: 'desa', name: 'Persentase desa yang menyampaikan laporan keuangan desa tepat waktu', unit: '%', polarity: 'higher', annual: 100,
          // Counted each quarter by Bappeda from the kecamatan's reports.
          quarters: [100, 100, 100, 100], realised: [88.2, 91.2, 94.1, null],
          definition: 'Jumlah desa yang menyampaikan laporan realisasi APBDes tepat waktu dibagi jumlah desa × 100%.',
          dataSource: 'Rekap Dinas Pemberdayaan Masyarakat dan Desa',
          // The Musrenbang reports of two kecamatan are left unlinked on purpose.
          supporters: [
            ...kecamatanSlugs.map((slug): [string, string] => [slug, 'Persentase desa yang menyampaikan laporan realisasi APBDes tepat waktu']),
            ['seruyanhilir', `Berita acara Musrenbang Kecamatan untuk RKPD ${next} tersusun`],
            ['seruyantengah', `Berita acara Musrenbang Kecamatan untuk RKPD ${next} tersusun`],
          ],
        },
      ],
    },
    accountable('Pemerintah Kabupaten Seruyan', next),
  ],
  // Misi 3 has no sasaran in this year's PK yet: the tree shows it empty, for Bappeda to act on.
  plan: {
    visi: 'Seruyan maju, sejahtera dan berdaya saing berbasis potensi lokal',
    misi: [
      {
        text: 'Meningkatkan kualitas pelayanan publik yang merata sampai ke kecamatan dan desa',
        tujuan: [
          { text: 'Meningkatkan kepuasan masyarakat atas pelayanan kecamatan', sasaran: ['Meningkatnya kualitas pelayanan publik sampai ke kecamatan'] },
          { text: 'Meningkatkan kualitas tata kelola pemerintahan desa', sasaran: ['Meningkatnya kualitas tata kelola pemerintahan desa'] },
        ],
      },
      {
        text: 'Mewujudkan pemerintahan yang bersih dan akuntabel',
        tujuan: [{ text: 'Meningkatkan akuntabilitas kinerja pemerintah kabupaten', sasaran: [accountableName] }],
      },
      {
        text: 'Meningkatkan perekonomian masyarakat berbasis potensi lokal',
        tujuan: [{ text: 'Meningkatkan pendapatan masyarakat perdesaan', sasaran: [] }],
      },
    ],
  },
  };
};
