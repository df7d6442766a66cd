// What the demo pemda say in their PKs: units, heads, goals, indicators, budget lines and the
// realisations they report. Pure data; demo-data.ts turns it into rows. Names of people are
// fictional. Realised values are listed per quarter; only quarters already past are used.
import type { Aggregation, Polarity, ScaleLevel, TargetType, TargetValue } from '../../domain/indicator';
import type { LowerIsBetterFormula } from '../../domain/tenant';
import type { OrgUnitType } from '../../domain/org-unit';

type Four<T> = [T, T, T, T];

export interface PersonSpec {
  name: string;
  position: string;
  rank: string;
  born: number;
  female?: boolean;
}

export interface IndicatorSpec {
  name: string;
  unit: string;
  polarity: Polarity;
  aggregation: Aggregation;
  targetType: TargetType;
  annual: TargetValue | null;
  quarters: Four<TargetValue | null>;
  realised: Four<number | null>;
  formula?: LowerIsBetterFormula;
  scale?: ScaleLevel[];
  definition: string;
  dataSource: string;
  responsible: string;
  /** The plausible values of a realisation (data checks); absent = none. */
  bounds?: { min: number | null; max: number | null };
  /** Bukti dukung wajib for every realisation of it. */
  evidenceRequired?: boolean;
  /** Drivers, obstacles and follow-up of the latest reported quarter. */
  notes?: { drivers: string; obstacles: string; followUp: string };
}

export interface GoalSpec {
  name: string;
  indicators: IndicatorSpec[];
}

/** A budget line; leaves carry the pagu, parents are the sum of their children. */
export interface ProgramSpec {
  code: string;
  name: string;
  budget?: number;
  children?: ProgramSpec[];
}

export interface UnitSpec {
  slug: string;
  code: string;
  name: string;
  type: OrgUnitType;
  /** Username prefix of the head's account, e.g. kadis → kadis.dishub; null = no head account. */
  headLogin: string | null;
  head: PersonSpec;
  operator: PersonSpec | null;
  reports: boolean;
  goals: GoalSpec[];
  programs: ProgramSpec[];
}

export interface RegionContext {
  year: number;
  /** "Provinsi Kalimantan Timur" or "Kabupaten Seruyan". */
  region: string;
  /** PROVINSI or KABUPATEN/KOTA, as in the national program names. */
  level: 'PROVINSI' | 'KABUPATEN/KOTA';
  /** Budgets of a kabupaten are a fraction of a province's. */
  budgetScale: number;
}

export const opiniBpkScale: ScaleLevel[] = [
  { label: 'WTP', score: 4 },
  { label: 'WDP', score: 3 },
  { label: 'TW', score: 2 },
  { label: 'TMP', score: 1 },
];
export const sakipScale: ScaleLevel[] = [
  { label: 'AA', score: 7 },
  { label: 'A', score: 6 },
  { label: 'BB', score: 5 },
  { label: 'B', score: 4 },
  { label: 'CC', score: 3 },
  { label: 'C', score: 2 },
  { label: 'D', score: 1 },
];
export const spipScale: ScaleLevel[] = [
  { label: 'Level 5 (Optimum)', score: 5 },
  { label: 'Level 4 (Terkelola dan Terukur)', score: 4 },
  { label: 'Level 3 (Terdefinisi)', score: 3 },
  { label: 'Level 2 (Berkembang)', score: 2 },
  { label: 'Level 1 (Rintisan)', score: 1 },
];

const same = <T,>(t: T): Four<T> => [t, t, t, t];
const rupiah = (ctx: RegionContext, amount: number): number => Math.round((amount * ctx.budgetScale) / 1_000_000) * 1_000_000;

/** The support program every unit has (program penunjang), prefixed by its urusan code. */
function supportProgram(ctx: RegionContext, urusan: string, amount: number): ProgramSpec {
  return {
    code: `${urusan}.01`,
    name: `PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH ${ctx.level}`,
    children: [
      {
        code: `${urusan}.01.1.01`,
        name: 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',
        children: [
          { code: `${urusan}.01.1.01.0001`, name: 'Penyusunan Dokumen Perencanaan Perangkat Daerah', budget: rupiah(ctx, amount * 0.4) },
          { code: `${urusan}.01.1.01.0007`, name: 'Evaluasi Kinerja Perangkat Daerah', budget: rupiah(ctx, amount * 0.6) },
        ],
      },
    ],
  };
}

function program(code: string, name: string, kegiatan: string, subs: [string, number][], ctx: RegionContext): ProgramSpec {
  return {
    code,
    name,
    children: [
      {
        code: `${code}.1.01`,
        name: kegiatan,
        children: subs.map(([subName, amount], i) => ({
          code: `${code}.1.01.${String(i + 1).padStart(4, '0')}`,
          name: subName,
          budget: rupiah(ctx, amount),
        })),
      },
    ],
  };
}


export function setdaUnit(ctx: RegionContext, head: PersonSpec, reports: boolean): UnitSpec {
  return {
    slug: 'setda',
    code: '4.01.0.00.0.00.01.0000',
    name: 'Sekretariat Daerah',
    type: 'setda',
    headLogin: null,
    head,
    operator: null,
    reports,
    goals: [
      {
        name: 'Meningkatnya akuntabilitas kinerja dan keuangan pemerintah daerah',
        indicators: [
          {
            name: 'Opini BPK atas Laporan Keuangan Pemerintah Daerah',
            unit: 'predikat',
            polarity: 'higher',
            aggregation: 'last',
            targetType: 'scale',
            scale: opiniBpkScale,
            annual: 4,
            quarters: [null, 4, null, null],
            realised: [null, 4, null, null],
            definition: 'Opini BPK RI atas LKPD tahun sebelumnya (WTP = 4, WDP = 3, TW = 2, TMP = 1).',
            dataSource: 'LHP BPK RI Perwakilan',
            responsible: 'Asisten Administrasi Umum',
          },
          {
            name: 'Persentase rekomendasi hasil evaluasi SAKIP perangkat daerah yang ditindaklanjuti',
            unit: '%',
            polarity: 'higher',
            aggregation: 'last',
            targetType: 'percent',
            annual: 90,
            quarters: [25, 50, 75, 90],
            realised: [22, 47.5, 71, null],
            definition: 'Rekomendasi yang telah ditindaklanjuti dibagi seluruh rekomendasi × 100.',
            dataSource: 'Bagian Organisasi',
            responsible: 'Kepala Bagian Organisasi',
          },
        ],
      },
      {
        name: 'Meningkatnya kualitas layanan administrasi pemerintahan',
        indicators: [
          {
            name: 'Rata-rata waktu fasilitasi rancangan produk hukum daerah',
            unit: 'hari',
            polarity: 'lower',
            aggregation: 'average',
            targetType: 'number',
            annual: 14,
            quarters: same(14),
            realised: [15, 13, 12.5, null],
            definition: 'Rata-rata hari kerja sejak rancangan diterima sampai selesai difasilitasi.',
            dataSource: 'Bagian Hukum',
            responsible: 'Kepala Bagian Hukum',
          },
          {
            name: 'Jumlah rancangan peraturan daerah yang difasilitasi',
            unit: 'naskah',
            polarity: 'higher',
            aggregation: 'sum',
            targetType: 'number',
            annual: 14,
            quarters: [3, 4, 4, 3],
            realised: [2, 5, 4, null],
            definition: 'Rancangan perda yang selesai difasilitasi dalam triwulan.',
            dataSource: 'Bagian Hukum',
            responsible: 'Kepala Bagian Hukum',
          },
        ],
      },
    ],
    programs: [
      supportProgram(ctx, '4.01', 2_400_000_000),
      program('4.01.02', 'PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT', 'Pelaksanaan Kebijakan Otonomi Daerah', [
        ['Penyusunan Laporan Kinerja Penyelenggaraan Pemerintahan Daerah', 850_000_000],
        ['Fasilitasi Penyusunan Produk Hukum Daerah', 1_250_000_000],
      ], ctx),
      program('4.01.03', 'PROGRAM PEREKONOMIAN DAN PEMBANGUNAN', 'Pelaksanaan Administrasi Pembangunan', [
        ['Pengendalian, Evaluasi dan Pelaporan Pelaksanaan Pembangunan Daerah', 1_100_000_000],
      ], ctx),
    ],
  };
}

export function bappedaUnit(ctx: RegionContext, head: PersonSpec, operator: PersonSpec, reports: boolean): UnitSpec {
  const next = ctx.year + 1;
  return {
    slug: 'bappeda',
    code: '5.01.5.05.0.00.01.0000',
    name: 'Badan Perencanaan Pembangunan Daerah',
    type: 'opd',
    headLogin: null,
    head,
    operator,
    reports,
    goals: [
      {
        name: 'Meningkatnya kualitas perencanaan pembangunan daerah',
        indicators: [
          {
            name: 'Persentase konsistensi program RKPD dengan RPJMD',
            unit: '%',
            polarity: 'higher',
            aggregation: 'flat',
            targetType: 'percent',
            annual: 95,
            quarters: same(95),
            realised: [96, 94.5, 95.2, null],
            definition: 'Program RKPD yang selaras dengan RPJMD dibagi seluruh program RKPD × 100.',
            dataSource: 'SIPD',
            responsible: 'Kepala Bidang Perencanaan, Pengendalian dan Evaluasi',
          },
          {
            name: `Dokumen RKPD ${next} tersusun tepat waktu`,
            unit: 'dokumen',
            polarity: 'higher',
            aggregation: 'last',
            targetType: 'text',
            annual: `Peraturan Kepala Daerah tentang RKPD ${next} ditetapkan`,
            quarters: [null, `Rancangan akhir RKPD ${next} tersusun`, `Peraturan Kepala Daerah tentang RKPD ${next} ditetapkan`, null],
            realised: [null, 1, 1, null],
            definition: 'Tercapai bila dokumen ditetapkan sesuai jadwal Permendagri 86/2017.',
            dataSource: 'Bidang Perencanaan',
            responsible: 'Kepala Bidang Perencanaan, Pengendalian dan Evaluasi',
          },
          {
            name: 'Proporsi alokasi belanja modal terhadap total belanja APBD',
            unit: '%',
            polarity: 'higher',
            aggregation: 'last',
            targetType: 'range',
            annual: { min: 25, max: 35 },
            quarters: same({ min: 25, max: 35 }),
            realised: [24.1, 26.8, 27.5, null],
            definition: 'Belanja modal dibagi total belanja daerah × 100; sasaran berada pada rentang 25–35%.',
            dataSource: 'APBD dan APBD-Perubahan',
            responsible: 'Kepala Bidang Perekonomian dan SDA',
            notes: {
              drivers: 'Pergeseran anggaran ke pembangunan jalan dan jembatan pada APBD-Perubahan.',
              obstacles: 'Belanja pegawai dan belanja wajib masih menyerap porsi besar.',
              followUp: 'Rekomendasi proporsi belanja modal dimasukkan dalam KUA-PPAS tahun berikutnya.',
            },
          },
        ],
      },
      {
        name: 'Meningkatnya kualitas pengendalian dan evaluasi pembangunan daerah',
        indicators: [
          {
            name: 'Persentase perangkat daerah yang menyampaikan laporan monev triwulan tepat waktu',
            unit: '%',
            polarity: 'higher',
            aggregation: 'average',
            targetType: 'percent',
            annual: 90,
            quarters: same(90),
            realised: [82.5, 88, 91.3, null],
            definition: 'Perangkat daerah yang menyampaikan laporan paling lambat 10 hari setelah triwulan berakhir.',
            dataSource: 'Aplikasi Pantau Kinerja',
            responsible: 'Kepala Bidang Perencanaan, Pengendalian dan Evaluasi',
          },
          {
            name: 'Nilai SAKIP Pemerintah Daerah',
            unit: 'predikat',
            polarity: 'higher',
            aggregation: 'last',
            targetType: 'scale',
            scale: sakipScale,
            annual: 6,
            quarters: [6, null, null, null],
            realised: [5, null, null, null],
            definition: 'Predikat hasil evaluasi SAKIP oleh KemenPANRB (AA = 7 … D = 1).',
            dataSource: 'LHE SAKIP KemenPANRB',
            responsible: 'Kepala Bidang Perencanaan, Pengendalian dan Evaluasi',
          },
          {
            name: 'Rata-rata deviasi realisasi fisik terhadap realisasi keuangan',
            unit: '%',
            polarity: 'lower',
            aggregation: 'average',
            targetType: 'percent',
            annual: 10,
            quarters: same(10),
            realised: [12.4, 9.8, 8.6, null],
            definition: 'Rata-rata selisih mutlak persentase fisik dan keuangan seluruh perangkat daerah.',
            dataSource: 'Laporan monev triwulan',
            responsible: 'Kepala Bidang Perencanaan, Pengendalian dan Evaluasi',
          },
        ],
      },
    ],
    programs: [
      supportProgram(ctx, '5.01', 1_800_000_000),
      program('5.01.02', 'PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH', 'Penyusunan Perencanaan dan Pendanaan', [
        ['Penyusunan Dokumen RKPD', 1_850_000_000],
        ['Pengendalian, Evaluasi dan Pelaporan Pelaksanaan RKPD', 1_200_000_000],
      ], ctx),
      program('5.01.03', 'PROGRAM KOORDINASI DAN SINKRONISASI PERENCANAAN PEMBANGUNAN DAERAH', 'Koordinasi Perencanaan Bidang Pemerintahan dan Pembangunan Manusia', [
        ['Penyelenggaraan Musyawarah Perencanaan Pembangunan Daerah', 2_300_000_000],
      ], ctx),
    ],
  };
}

export function inspektoratUnit(ctx: RegionContext, head: PersonSpec, operator: PersonSpec, reports: boolean): UnitSpec {
  return {
    slug: 'inspektorat',
    code: '6.01.0.00.0.00.01.0000',
    name: 'Inspektorat Daerah',
    type: 'opd',
    headLogin: null,
    head,
    operator,
    reports,
    goals: [
      {
        name: 'Meningkatnya kualitas pengawasan internal',
        indicators: [
          {
            name: 'Persentase temuan BPK yang belum ditindaklanjuti',
            unit: '%',
            polarity: 'lower',
            aggregation: 'last',
            targetType: 'percent',
            annual: 15,
            quarters: [30, 25, 20, 15],
            realised: [28.4, 23.1, 21.6, null],
            definition: 'Rekomendasi BPK yang belum selesai ditindaklanjuti dibagi seluruh rekomendasi × 100.',
            dataSource: 'Sistem Informasi Pemantauan Tindak Lanjut BPK',
            responsible: 'Inspektur Pembantu Wilayah I',
            notes: {
              drivers: 'Rapat pemutakhiran data tindak lanjut bersama BPK telah dilaksanakan.',
              obstacles: 'Sebagian temuan berupa kerugian daerah dari pihak ketiga yang sulit ditagih.',
              followUp: 'Penagihan melalui Majelis TPTGR dan pendampingan perangkat daerah terkait.',
            },
          },
          {
            name: 'Tingkat maturitas Sistem Pengendalian Intern Pemerintah (SPIP)',
            unit: 'level',
            polarity: 'higher',
            aggregation: 'last',
            targetType: 'scale',
            scale: spipScale,
            annual: 4,
            quarters: [null, null, 4, null],
            realised: [null, null, 3, null],
            definition: 'Level maturitas SPIP hasil penilaian mandiri yang divalidasi BPKP.',
            dataSource: 'Laporan penjaminan kualitas BPKP',
            responsible: 'Inspektur Pembantu Wilayah II',
          },
          {
            name: 'Jumlah laporan hasil pemeriksaan reguler yang diterbitkan',
            unit: 'LHP',
            polarity: 'higher',
            aggregation: 'sum',
            targetType: 'number',
            annual: 28,
            quarters: [6, 8, 8, 6],
            realised: [6, 7, 9, null],
            definition: 'LHP reguler yang ditandatangani Inspektur dalam triwulan.',
            dataSource: 'Sekretariat Inspektorat',
            responsible: 'Sekretaris Inspektorat',
          },
        ],
      },
      {
        name: 'Meningkatnya kualitas penanganan pengaduan masyarakat',
        indicators: [
          {
            name: 'Rata-rata waktu penanganan pengaduan masyarakat',
            unit: 'hari',
            polarity: 'lower',
            aggregation: 'average',
            targetType: 'number',
            formula: 'B',
            annual: 14,
            quarters: same(14),
            realised: [16, 13, 12, null],
            definition: 'Rata-rata hari kerja sejak pengaduan diterima sampai laporan hasil penanganan.',
            dataSource: 'Register pengaduan',
            responsible: 'Inspektur Pembantu Khusus',
          },
        ],
      },
    ],
    programs: [
      supportProgram(ctx, '6.01', 1_500_000_000),
      program('6.01.02', 'PROGRAM PENYELENGGARAAN PENGAWASAN', 'Penyelenggaraan Pengawasan Internal', [
        ['Pengawasan Kinerja Pemerintah Daerah', 2_100_000_000],
        ['Reviu Laporan Kinerja', 450_000_000],
      ], ctx),
      program('6.01.03', 'PROGRAM PERUMUSAN KEBIJAKAN, PENDAMPINGAN DAN ASISTENSI', 'Pendampingan dan Asistensi', [
        ['Pendampingan dan Asistensi Urusan Pemerintahan Daerah', 650_000_000],
      ], ctx),
    ],
  };
}

export interface KecamatanSeed {
  slug: string;
  name: string;
  villages: number;
  head: PersonSpec;
  operator: PersonSpec;
  reports: boolean;
}

export function kecamatanUnit(ctx: RegionContext, k: KecamatanSeed, index: number): UnitSpec {
  const next = ctx.year + 1;
  const docs = [60, 75, 80, 70].map((n) => n + index * 5) as Four<number>;
  return {
    slug: k.slug,
    code: `7.01.0.00.0.00.${String(index + 1).padStart(2, '0')}.0000`,
    name: `Kecamatan ${k.name}`,
    type: 'kecamatan',
    headLogin: 'camat',
    head: k.head,
    operator: k.operator,
    reports: k.reports,
    goals: [
      {
        name: 'Meningkatnya kualitas Pelayanan Administrasi Terpadu Kecamatan (PATEN)',
        indicators: [
          {
            name: 'Indeks Kepuasan Masyarakat terhadap layanan PATEN',
            unit: 'indeks',
            polarity: 'higher',
            aggregation: 'flat',
            targetType: 'number',
            annual: 80,
            quarters: same(80),
            realised: [78.6, 81.2, 82.4, null],
            // The IKM's converted score lies between 25 and 100 (PermenPANRB 14/2017).
            bounds: { min: 25, max: 100 },
            definition: 'IKM hasil survei kepuasan masyarakat menurut PermenPANRB 14/2017.',
            dataSource: 'Survei IKM kecamatan',
            responsible: 'Kepala Seksi Pelayanan Umum',
          },
          {
            name: 'Rata-rata waktu penyelesaian layanan administrasi di kecamatan',
            unit: 'hari',
            polarity: 'lower',
            aggregation: 'average',
            targetType: 'number',
            annual: 3,
            quarters: same(3),
            realised: [3.5, 2.8, 2.6, null],
            definition: 'Rata-rata hari kerja sejak berkas lengkap diterima sampai layanan selesai.',
            dataSource: 'Buku register PATEN',
            responsible: 'Kepala Seksi Pelayanan Umum',
            notes: {
              drivers: 'Penambahan petugas loket dan jadwal layanan keliling ke desa.',
              obstacles: 'Jaringan internet sering terputus sehingga berkas tertunda.',
              followUp: 'Koordinasi dengan Diskominfo untuk penguatan jaringan di kantor kecamatan.',
            },
          },
          {
            name: 'Jumlah dokumen layanan PATEN yang diterbitkan',
            unit: 'dokumen',
            polarity: 'higher',
            aggregation: 'sum',
            targetType: 'number',
            annual: docs.reduce((a, b) => a + b, 0),
            quarters: docs,
            realised: [docs[0] - 4, docs[1] + 6, docs[2] - 1, null],
            definition: 'Dokumen perizinan dan nonperizinan yang diterbitkan kecamatan.',
            dataSource: 'Buku register PATEN',
            responsible: 'Kepala Seksi Pelayanan Umum',
          },
        ],
      },
      {
        name: 'Meningkatnya kualitas penyelenggaraan pemerintahan desa',
        indicators: [
          {
            name: 'Persentase desa yang menyampaikan laporan realisasi APBDes tepat waktu',
            unit: '%',
            polarity: 'higher',
            aggregation: 'last',
            targetType: 'percent',
            annual: 100,
            quarters: [60, 75, 85, 100],
            realised: [55.6, 77.8, 88.9, null],
            definition: `Desa yang melapor tepat waktu dibagi ${k.villages} desa × 100.`,
            dataSource: 'Seksi Pemerintahan',
            responsible: 'Kepala Seksi Pemerintahan',
          },
          {
            name: `Berita acara Musrenbang Kecamatan untuk RKPD ${next} tersusun`,
            unit: 'dokumen',
            polarity: 'higher',
            aggregation: 'last',
            targetType: 'text',
            annual: `Berita acara Musrenbang Kecamatan ${next} tersusun`,
            quarters: [`Berita acara Musrenbang Kecamatan ${next} tersusun`, null, null, null],
            realised: [1, null, null, null],
            definition: 'Tercapai bila berita acara dan daftar usulan prioritas disampaikan ke Bappeda.',
            dataSource: 'Sekretariat kecamatan',
            responsible: 'Sekretaris Kecamatan',
          },
        ],
      },
    ],
    programs: [
      supportProgram(ctx, '7.01', 900_000_000),
      program('7.01.02', 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', [
        ['Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan dengan Perangkat Daerah dan Instansi Vertikal Terkait', 900_000_000],
        ['Penyelenggaraan Pelayanan Administrasi Terpadu Kecamatan', 650_000_000],
      ], ctx),
      program('7.01.03', 'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN', 'Pembinaan dan Pengawasan Penyelenggaraan Pemerintahan Desa', [
        ['Fasilitasi Penyusunan Laporan Realisasi APBDes', 550_000_000 + index * 50_000_000],
      ], ctx),
    ],
  };
}
