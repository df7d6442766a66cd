// The LKE (lembar kerja evaluasi AKIP, PermenPANRB 88/2021) of one year as data: components with
// their weight in the score of 100, each split into sub-components (keberadaan, kualitas,
// pemanfaatan) with their share of the component, each holding criteria answered yes/no or on a
// graded scale (domain.md, "SAKIP evaluation"). Pemda adapt the criteria every year, so nothing
// here is code per criterion: a year's template is copied from last year's and edited.
//
// Weights: component weights add up to 100 and sub-component shares of a component add up to 100
// (validateLkeTemplate says where they do not). A criterion's weight is relative to the other
// criteria of its sub-component: its part is weight ÷ the sum of their weights. So the usual
// "every criterion counts the same" is weight 1 for each (seven criteria need no 7 × 14.29, which
// misses 100 by 0.03), and there is no criteria total to get wrong.
//
// Ids are stable keys (answers, evaluator notes and last year's comparison hang on them) and are
// unique across the whole template, so one id names one thing in a score or a finding.
import { z } from 'zod';
import { plainText } from './plain-text-schema';
import { yearSchema } from './agreement';

/** yesNo: ya / tidak; grade: A–E. What each answer earns is scoring (lke-score.ts). */
export const lkeScaleAnswers = {
  yesNo: ['ya', 'tidak'],
  grade: ['A', 'B', 'C', 'D', 'E'],
} as const;
export const lkeAnswerScales = ['yesNo', 'grade'] as const;
export const lkeAnswerScaleSchema = z.enum(lkeAnswerScales);
export type LkeAnswerScale = z.infer<typeof lkeAnswerScaleSchema>;

export const lkeAnswers = [...lkeScaleAnswers.yesNo, ...lkeScaleAnswers.grade] as const;
export const lkeAnswerSchema = z.enum(lkeAnswers);
export type LkeAnswer = z.infer<typeof lkeAnswerSchema>;

export const lkeIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/).max(80);

export const lkeCriterionSchema = z
  .object({
    id: lkeIdSchema,
    text: plainText().trim().min(1).max(1000),
    /** Relative to the other criteria of the sub-component (see the header). */
    weight: z.number().finite().positive().max(1000),
    scale: lkeAnswerScaleSchema,
  })
  .strict();
export type LkeCriterion = z.infer<typeof lkeCriterionSchema>;

export const lkeSubComponentSchema = z
  .object({
    id: lkeIdSchema,
    title: plainText().trim().min(1).max(300),
    /** Percent of the component's weight. */
    share: z.number().finite().positive().max(100),
    criteria: z.array(lkeCriterionSchema).max(100),
  })
  .strict();
export type LkeSubComponent = z.infer<typeof lkeSubComponentSchema>;

export const lkeComponentSchema = z
  .object({
    id: lkeIdSchema,
    title: plainText().trim().min(1).max(200),
    /** Points of the total of 100. */
    weight: z.number().finite().positive().max(100),
    subComponents: z.array(lkeSubComponentSchema).max(10),
  })
  .strict();
export type LkeComponent = z.infer<typeof lkeComponentSchema>;

export const lkeTemplateSchema = z
  .object({
    year: yearSchema,
    title: plainText().trim().min(1).max(200),
    components: z.array(lkeComponentSchema).max(20),
  })
  .strict();
export type LkeTemplate = z.infer<typeof lkeTemplateSchema>;

/**
 * A sum of decimal weights or points with binary float error settled: 30 + 30 + 15 + 25 is 100,
 * and so is 33.3 + 33.3 + 33.4 (100.00000000000001 in floats). Nine decimals are far below the
 * two shown, so this is not display rounding; it only keeps a score that is exactly 90 on paper
 * from being 90.00000000000001 (AA) in the machine.
 */
export function settleLke(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

export type LkeTemplateProblem =
  | { code: 'componentWeightsNot100'; total: number }
  | { code: 'subComponentSharesNot100'; componentId: string; total: number }
  | { code: 'emptyComponent'; componentId: string }
  | { code: 'emptySubComponent'; componentId: string; subComponentId: string }
  | { code: 'duplicateId'; id: string };

const sumOf = (values: readonly number[]): number => settleLke(values.reduce((sum, v) => sum + v, 0));

/** What keeps a template from scoring out of 100; empty: it may be used. Ids are reported once each. */
export function validateLkeTemplate(template: LkeTemplate): LkeTemplateProblem[] {
  const problems: LkeTemplateProblem[] = [];
  const componentTotal = sumOf(template.components.map((c) => c.weight));
  if (componentTotal !== 100) problems.push({ code: 'componentWeightsNot100', total: componentTotal });
  for (const component of template.components) {
    if (component.subComponents.length === 0) {
      problems.push({ code: 'emptyComponent', componentId: component.id });
      continue;
    }
    const shareTotal = sumOf(component.subComponents.map((s) => s.share));
    if (shareTotal !== 100) problems.push({ code: 'subComponentSharesNot100', componentId: component.id, total: shareTotal });
    for (const sub of component.subComponents) {
      if (sub.criteria.length === 0) problems.push({ code: 'emptySubComponent', componentId: component.id, subComponentId: sub.id });
    }
  }
  const seen = new Set<string>();
  const reported = new Set<string>();
  for (const id of listLkeIds(template)) {
    if (seen.has(id) && !reported.has(id)) {
      problems.push({ code: 'duplicateId', id });
      reported.add(id);
    }
    seen.add(id);
  }
  return problems;
}

function listLkeIds(template: LkeTemplate): string[] {
  return template.components.flatMap((c) => [c.id, ...c.subComponents.flatMap((s) => [s.id, ...s.criteria.map((k) => k.id)])]);
}

/** Every criterion with where it sits, in the template's order (forms, counts, the LHE). */
export function listLkeCriteria(template: LkeTemplate): Array<LkeCriterion & { componentId: string; subComponentId: string }> {
  return template.components.flatMap((c) => c.subComponents.flatMap((s) => s.criteria.map((k) => ({ ...k, componentId: c.id, subComponentId: s.id }))));
}

/**
 * "Salin LKE tahun lalu": the same components, sub-components and criteria (ids kept, so this
 * year's answers sit beside last year's) as a new template for `year`, to be edited on its own.
 */
export function copyLkeTemplate(template: LkeTemplate, year: number): LkeTemplate {
  if (!yearSchema.safeParse(year).success) throw new RangeError(`not a template year: ${year}`);
  return {
    year,
    title: template.title,
    components: template.components.map((c) => ({
      ...c,
      subComponents: c.subComponents.map((s) => ({ ...s, criteria: s.criteria.map((k) => ({ ...k })) })),
    })),
  };
}

// The default: the criteria of the LKE of PermenPANRB 88/2021 in their order and number, in our
// own words and read for a perangkat daerah's penilaian mandiri (Renstra/Renja PD, the PK of the
// kepala PD cascaded to each bidang and pegawai). Keberadaan (does it exist) is answered ya/tidak;
// kualitas and pemanfaatan (how well, how far) on A–E: our choice, which a pemda may change per
// criterion. Every criterion counts the same inside its sub-component, as in the LKE.
//
// Shares 30/30/40 as domain.md states them. Two e-SAKIP implementations of this LKE that we read
// weigh the sub-components 20/30/50 (6, 9 and 15 of 30): to be checked against the regulation's
// lampiran; being data, the change is these three numbers and nothing else.
export const defaultLkeShares = { keberadaan: 30, kualitas: 30, pemanfaatan: 40 } as const;

type Aspect = keyof typeof defaultLkeShares;
interface SubComponentDraft {
  title: string;
  criteria: readonly string[];
}
const aspectScale: Record<Aspect, LkeAnswerScale> = { keberadaan: 'yesNo', kualitas: 'grade', pemanfaatan: 'grade' };
const aspectOrder: readonly Aspect[] = ['keberadaan', 'kualitas', 'pemanfaatan'];

function draftComponent(id: string, title: string, weight: number, subs: Record<Aspect, SubComponentDraft>): LkeComponent {
  return {
    id,
    title,
    weight,
    subComponents: aspectOrder.map((aspect) => {
      const subId = `${id}.${aspect}`;
      return {
        id: subId,
        title: subs[aspect].title,
        share: defaultLkeShares[aspect],
        criteria: subs[aspect].criteria.map((text, i) => ({ id: `${subId}.${i + 1}`, text, weight: 1, scale: aspectScale[aspect] })),
      };
    }),
  };
}

const perencanaan = draftComponent('perencanaan', 'Perencanaan Kinerja', 30, {
  keberadaan: {
    title: 'Dokumen perencanaan kinerja tersedia',
    criteria: [
      'Terdapat pedoman teknis penyusunan perencanaan kinerja.',
      'Perencanaan kinerja mengacu pada dokumen perencanaan jangka panjang daerah (RPJPD).',
      'Terdapat dokumen perencanaan jangka menengah (Renstra perangkat daerah).',
      'Terdapat dokumen perencanaan jangka pendek (Renja dan Perjanjian Kinerja tahunan).',
      'Terdapat rencana aktivitas yang mendukung kinerja (rencana aksi).',
      'Terdapat perencanaan anggaran yang mendukung kinerja (RKA/DPA).',
      'Setiap bidang dan unit kerja merumuskan dan menetapkan perencanaan kinerjanya.',
    ],
  },
  kualitas: {
    title: 'Perencanaan kinerja memenuhi standar: berorientasi hasil, berukuran SMART, selaras berjenjang (cascading) dan memperhatikan bidang lain (crosscutting)',
    criteria: [
      'Dokumen perencanaan kinerja telah ditetapkan secara formal.',
      'Dokumen perencanaan kinerja dipublikasikan tepat waktu.',
      'Dokumen perencanaan kinerja menggambarkan kinerja yang sungguh perlu dicapai.',
      'Rumusan tujuan dan sasaran jelas menggambarkan kondisi (hasil) yang akan dicapai.',
      'Indikator kinerja memenuhi kriteria SMART.',
      'IKU menggambarkan kinerja utama dan tidak berganti-ganti selama periode Renstra.',
      'Target kinerja dapat dicapai, menantang, dan realistis.',
      'Kinerja selaras dan berkesinambungan di setiap level jabatan (cascading, pohon kinerja).',
      'Perencanaan menunjukkan keterkaitan kinerja, strategi, kebijakan, dan kegiatan dengan bidang atau perangkat daerah lain (crosscutting).',
      'Setiap pegawai merumuskan dan menetapkan rencana kinerjanya (SKP) selaras dengan kinerja atasannya.',
    ],
  },
  pemanfaatan: {
    title: 'Perencanaan kinerja dimanfaatkan untuk mewujudkan hasil yang berkesinambungan',
    criteria: [
      'Anggaran ditetapkan dengan mengacu pada kinerja yang hendak dicapai.',
      'Kegiatan yang dilaksanakan mendukung kinerja yang hendak dicapai.',
      'Target kinerja tercapai, atau setidaknya masih berada pada jalur yang tepat.',
      'Rencana aksi berjalan dinamis karena capaian kinerja dipantau secara berkala.',
      'Dokumen perencanaan diperbaiki berdasarkan analisis capaian kinerja sebelumnya.',
      'Perbaikan dokumen perencanaan mewujudkan kondisi atau hasil yang lebih baik.',
      'Setiap bidang dan unit kerja memahami, peduli, dan berkomitmen mencapai kinerja yang direncanakan.',
      'Setiap pegawai memahami, peduli, dan berkomitmen mencapai kinerja yang direncanakan.',
    ],
  },
});

const pengukuran = draftComponent('pengukuran', 'Pengukuran Kinerja', 30, {
  keberadaan: {
    title: 'Pengukuran kinerja telah dilakukan',
    criteria: [
      'Terdapat pedoman teknis pengukuran kinerja dan pengumpulan data kinerja.',
      'Setiap indikator memiliki definisi operasional dan cara pengukuran yang jelas.',
      'Terdapat mekanisme pengumpulan data kinerja yang jelas dan dapat diandalkan.',
    ],
  },
  kualitas: {
    title: 'Pengukuran kinerja menjadi kebutuhan untuk kinerja yang efektif dan efisien, dilakukan berjenjang dan berkelanjutan',
    criteria: [
      'Pimpinan selalu terlibat sebagai pengambil keputusan dalam mengukur capaian kinerja.',
      'Data kinerja yang dikumpulkan relevan untuk mengukur capaian kinerja.',
      'Data kinerja yang dikumpulkan cukup untuk menunjukkan capaian kinerja yang diharapkan.',
      'Pengukuran kinerja dilakukan secara berkala.',
      'Setiap level jabatan memantau capaian kinerja level di bawahnya secara berjenjang.',
      'Pengumpulan data kinerja memanfaatkan aplikasi teknologi informasi.',
      'Pengukuran capaian kinerja memanfaatkan aplikasi teknologi informasi.',
    ],
  },
  pemanfaatan: {
    title: 'Hasil pengukuran kinerja menjadi dasar penghargaan dan sanksi serta penyesuaian strategi',
    criteria: [
      'Hasil pengukuran kinerja menjadi dasar penyesuaian tambahan penghasilan (TPP) pegawai.',
      'Hasil pengukuran kinerja menjadi dasar penempatan dan pemberhentian dalam jabatan.',
      'Hasil pengukuran kinerja mendorong penataan (refocusing) organisasi.',
      'Hasil pengukuran kinerja digunakan untuk menyesuaikan strategi.',
      'Hasil pengukuran kinerja digunakan untuk menyesuaikan kebijakan.',
      'Hasil pengukuran kinerja digunakan untuk menyesuaikan kegiatan.',
      'Hasil pengukuran kinerja digunakan untuk menyesuaikan anggaran.',
      'Terdapat efisiensi penggunaan anggaran dalam mencapai kinerja.',
      'Setiap bidang dan unit kerja memahami dan peduli atas hasil pengukuran kinerja.',
      'Setiap pegawai memahami dan peduli atas hasil pengukuran kinerja.',
    ],
  },
});

const pelaporan = draftComponent('pelaporan', 'Pelaporan Kinerja', 15, {
  keberadaan: {
    title: 'Terdapat laporan yang menggambarkan kinerja',
    criteria: [
      'Laporan kinerja (LKjIP) perangkat daerah telah disusun.',
      'Laporan kinerja disusun secara berkala (triwulanan).',
      'LKjIP ditetapkan secara formal oleh kepala perangkat daerah.',
      'LKjIP telah direviu oleh Inspektorat.',
      'LKjIP dipublikasikan kepada masyarakat.',
      'LKjIP disampaikan tepat waktu.',
    ],
  },
  kualitas: {
    title: 'Laporan kinerja memenuhi standar: capaian, keberhasilan dan kegagalan, serta upaya perbaikannya',
    criteria: [
      'LKjIP disusun dengan baik sesuai standar.',
      'LKjIP mengungkap seluruh informasi capaian kinerja.',
      'LKjIP membandingkan realisasi dengan target tahunan.',
      'LKjIP membandingkan realisasi dengan target jangka menengah (akhir periode Renstra).',
      'LKjIP membandingkan realisasi dengan realisasi tahun-tahun sebelumnya.',
      'LKjIP membandingkan realisasi dengan capaian pembanding di tingkat daerah lain atau nasional.',
      'LKjIP menjelaskan kualitas capaian beserta upaya nyata dan hambatannya.',
      'LKjIP menyajikan efisiensi penggunaan sumber daya dalam mencapai kinerja.',
      'LKjIP memuat upaya perbaikan dan rekomendasi kinerja ke depan.',
    ],
  },
  pemanfaatan: {
    title: 'Pelaporan kinerja berdampak pada penyesuaian strategi dan kebijakan untuk kinerja berikutnya',
    criteria: [
      'Informasi dalam laporan kinerja selalu menjadi perhatian utama pimpinan.',
      'Penyajian informasi dalam laporan kinerja menjadi kepedulian seluruh pegawai.',
      'Laporan kinerja berkala digunakan untuk menyesuaikan kegiatan.',
      'Laporan kinerja berkala digunakan untuk menyesuaikan penggunaan anggaran.',
      'Informasi dalam laporan kinerja digunakan untuk mengevaluasi keberhasilan kinerja.',
      'Informasi dalam laporan kinerja digunakan untuk menyesuaikan perencanaan kinerja berikutnya.',
      'Informasi dalam laporan kinerja mendorong perubahan budaya kinerja organisasi.',
    ],
  },
});

const evaluasi = draftComponent('evaluasi', 'Evaluasi Akuntabilitas Kinerja Internal', 25, {
  keberadaan: {
    title: 'Evaluasi akuntabilitas kinerja internal telah dilaksanakan',
    criteria: [
      'Terdapat pedoman teknis evaluasi akuntabilitas kinerja internal.',
      'Evaluasi internal dilaksanakan pada seluruh bidang dan unit kerja.',
      'Evaluasi internal dilaksanakan secara berjenjang.',
    ],
  },
  kualitas: {
    title: 'Evaluasi internal dilaksanakan secara berkualitas dengan sumber daya yang memadai',
    criteria: [
      'Evaluasi internal dilaksanakan sesuai standar.',
      'Evaluasi internal dilaksanakan oleh SDM yang memadai.',
      'Evaluasi internal dilaksanakan dengan pendalaman yang memadai.',
      'Evaluasi internal menjangkau seluruh bidang dan unit kerja.',
      'Evaluasi internal memanfaatkan aplikasi teknologi informasi.',
    ],
  },
  pemanfaatan: {
    title: 'Implementasi SAKIP meningkat karena evaluasi internal, berdampak nyata pada efektivitas dan efisiensi kinerja',
    criteria: [
      'Seluruh rekomendasi hasil evaluasi internal telah ditindaklanjuti.',
      'Implementasi SAKIP meningkat karena tindak lanjut atas rekomendasi evaluasi internal.',
      'Hasil evaluasi internal dimanfaatkan untuk memperbaiki dan meningkatkan akuntabilitas kinerja.',
      'Hasil evaluasi internal dimanfaatkan untuk mendukung efektivitas dan efisiensi kinerja.',
      'Kinerja membaik dengan memanfaatkan hasil evaluasi internal.',
    ],
  },
});

/** The default for a perangkat daerah's self-assessment; a pemda copies it to its year (copyLkeTemplate) and adapts. */
export const defaultLkeTemplate: LkeTemplate = {
  year: 2025,
  title: 'LKE AKIP Perangkat Daerah (PermenPANRB 88/2021)',
  components: [perencanaan, pengukuran, pelaporan, evaluasi],
};

/** The default template for `year`; a pemda's own template of the year overrides it (lke-template-record.ts lkeTemplateFor). */
export const lkeTemplateOf = (year: number): LkeTemplate => copyLkeTemplate(defaultLkeTemplate, year);
