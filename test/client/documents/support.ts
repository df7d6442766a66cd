// Fixture data for the document tests, the font read from public/fonts/, and PDF text extraction
// with pdfjs-dist (the legacy build runs on Node).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Program } from '../../../src/domain/agreement';
import type { Indicator } from '../../../src/domain/indicator';
import type { DocumentFonts } from '../../../src/client/documents/assets';
import type { PkDocumentInput } from '../../../src/client/documents/pk-document';
import { buildAgreement, buildGoal, buildIndicator, buildOrgUnit, buildProgram, buildTenant } from '../../support/factories';
import type { EvaluationInput } from '../../../src/client/documents/evaluation';
import type { RecapInput } from '../../../src/client/documents/recap';
import { permendagri86Bands } from '../../../src/domain/default-settings';

export function diskFonts(): DocumentFonts {
  const dir = resolve(__dirname, '../../../public/fonts');
  return { regular: new Uint8Array(readFileSync(resolve(dir, 'DejaVuSerif.ttf'))), bold: new Uint8Array(readFileSync(resolve(dir, 'DejaVuSerif-Bold.ttf'))) };
}

/** Every page's text, items joined by spaces, pages by newlines. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await pdf.destroy();
  return pages.join('\n');
}

export async function pdfPageCount(bytes: Uint8Array): Promise<number> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
  const n = pdf.numPages;
  await pdf.destroy();
  return n;
}

export const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

const unit = buildOrgUnit(buildTenant());
const agreement = buildAgreement(unit, {
  status: 'signed',
  year: 2026,
  version: 1,
  number: '800/123/DINKES/2026',
  firstParty: { name: 'dr. Andi Wijaya, M.Kes', position: 'Kepala Dinas Kesehatan', rank: 'Pembina Utama Muda (IV/c)', nip: '197501012000031001' },
  secondParty: { name: 'Dr. H. Rudy Mas’ud', position: 'Gubernur Kalimantan Timur' },
  signedOn: '2026-01-31',
  signedPlace: 'Samarinda',
});

export function program(overrides: Partial<Program> & Pick<Program, 'id' | 'name' | 'budget'>): Program {
  return buildProgram(agreement, { code: '', ...overrides });
}

export function pkInput(overrides: Partial<PkDocumentInput> = {}): PkDocumentInput {
  const goal = buildGoal(agreement);
  const indicator = (o: Partial<Indicator>) => buildIndicator(goal, o);
  return {
    agreement,
    unitName: 'Dinas Kesehatan',
    goals: [
      {
        name: 'Meningkatnya derajat kesehatan masyarakat',
        indicators: [
          indicator({ name: 'Persentase persalinan di fasilitas kesehatan', unit: '%', targetType: 'percent', aggregation: 'last', annualTarget: 93.75, quarterTargets: [90, 91.5, 92.25, 93.75] }),
          indicator({ name: 'Cakupan imunisasi dasar lengkap', unit: '%', targetType: 'range', aggregation: 'last', annualTarget: { min: 80, max: 90 }, quarterTargets: [null, { min: 40, max: 45 }, null, { min: 80, max: 90 }] }),
        ],
      },
      {
        name: 'Meningkatnya akuntabilitas kinerja',
        indicators: [
          indicator({ name: 'Nilai SAKIP perangkat daerah', unit: 'predikat', targetType: 'scale', aggregation: 'last', annualTarget: 6, quarterTargets: [null, null, null, 6], scaleLevels: [{ label: 'BB', score: 5 }, { label: 'A', score: 6 }, { label: 'AA', score: 7 }] }),
          indicator({ name: 'Tersusunnya dokumen Renstra', unit: 'dokumen', targetType: 'text', aggregation: 'last', annualTarget: 'Renstra ditetapkan', quarterTargets: [null, null, null, 'Renstra ditetapkan'] }),
        ],
      },
    ],
    programs: [
      program({ id: 'p1', code: '1.02.02', name: 'Program Pemenuhan Upaya Kesehatan', budget: 1_000_000_000, order: 0 }),
      program({ id: 'k1', parentId: 'p1', level: 'kegiatan', code: '1.02.02.2.01', name: 'Penyediaan Fasilitas Pelayanan Kesehatan', budget: 800_000_000, order: 0 }),
      program({ id: 's1', parentId: 'k1', level: 'subkegiatan', code: '1.02.02.2.01.0001', name: 'Pembangunan Puskesmas', budget: 800_000_000, order: 0 }),
      program({ id: 'p2', code: '1.02.01', name: 'Program Penunjang Urusan Pemerintahan', budget: 234_567_000, order: 1 }),
    ],
    logo: null,
    ...overrides,
  };
}


export const settings: EvaluationInput['settings'] = {
  lowerIsBetterFormula: 'A',
  achievementCap: 120,
  categoryBands: permendagri86Bands,
  warningBelowCategory: 'tinggi',
};

const entry = (value: number | null, notes: Partial<{ drivers: string; obstacles: string; followUp: string }> = {}) => ({
  value, drivers: notes.drivers ?? '', obstacles: notes.obstacles ?? '', followUp: notes.followUp ?? '',
});

/** TW II of a unit: sum 30/30 → 100%; last 45 vs 50 → 90%; lower-is-better 9 vs 8 → 87,5%; one not yet filled. */
export function evaluationInput(overrides: Partial<EvaluationInput> = {}): EvaluationInput {
  const goal = buildGoal(buildAgreement(unit, { year: 2026 }));
  return {
    year: 2026,
    upTo: 2,
    unitName: 'Dinas Kesehatan',
    tenantName: 'Pemerintah Provinsi Kalimantan Timur',
    goals: [
      {
        name: 'Meningkatnya derajat kesehatan masyarakat',
        indicators: [
          { indicator: buildIndicator(goal, { name: 'Jumlah puskesmas terakreditasi', unit: 'puskesmas', aggregation: 'sum', annualTarget: 60, quarterTargets: [10, 20, 15, 15] }), realisations: [entry(12), entry(18, { drivers: 'Dukungan dana BOK', obstacles: 'Tenaga surveior terbatas', followUp: 'Pelatihan surveior internal' }), entry(99), null] },
          { indicator: buildIndicator(goal, { name: 'Persentase balita gizi baik', unit: '%', targetType: 'percent', aggregation: 'last', annualTarget: 50, quarterTargets: [50, 50, 50, 50] }), realisations: [entry(40), entry(45), null, null] },
        ],
      },
      {
        name: 'Meningkatnya kualitas layanan',
        indicators: [
          { indicator: buildIndicator(goal, { name: 'Rata-rata waktu tunggu pelayanan', unit: 'hari', polarity: 'lower', aggregation: 'last', annualTarget: 8, quarterTargets: [8, 8, 8, 8] }), realisations: [entry(10), entry(9), null, null] },
          { indicator: buildIndicator(goal, { name: 'Jumlah kader posyandu dilatih', unit: 'orang', aggregation: 'sum', annualTarget: 100, quarterTargets: [null, 50, null, 50] }), realisations: [null, null, null, null] },
        ],
      },
    ],
    settings,
    preparedBy: { name: 'dr. Andi Wijaya, M.Kes', position: 'Kepala Dinas Kesehatan', nip: '197501012000031001' },
    evaluatedBy: { name: 'Ir. Siti Rahmah, M.T.', position: 'Kepala Bappeda', nip: '197002021995032002' },
    place: 'Samarinda',
    date: '2026-07-10',
    ...overrides,
  };
}

const band = (key: string) => permendagri86Bands.find((b) => b.key === key) ?? null;

export function recapInput(overrides: Partial<RecapInput> = {}): RecapInput {
  return {
    tenantName: 'Pemerintah Provinsi Kalimantan Timur',
    year: 2026,
    upTo: 2,
    cap: 120,
    date: '2026-07-15',
    units: [
      { name: 'Dinas Pendidikan', average: 81.25, category: band('tinggi'), absorption: 45.5, indicatorCount: 8, notComputable: 1 },
      { name: 'Dinas Kesehatan', average: 92.5, category: band('sangat_tinggi'), absorption: 38.25, indicatorCount: 4, notComputable: 1 },
      { name: 'Kecamatan Sungai Kunjang', average: null, category: null, absorption: null, indicatorCount: 3, notComputable: 3 },
      { name: 'Dinas Perhubungan', average: 81.25, category: band('tinggi'), absorption: 60, indicatorCount: 5, notComputable: 0 },
    ],
    ...overrides,
  };
}

/** A big PK: 12 goals × 5 indicators, 10 programs × (3 kegiatan × 2 sub-kegiatan + 1) = 80 budget lines. */
export function bigPkInput(): PkDocumentInput {
  const base = pkInput();
  const goal = buildGoal(agreement);
  const goals = Array.from({ length: 12 }, (_, g) => ({
    name: `Sasaran strategis nomor ${g + 1} tentang peningkatan kualitas layanan publik daerah`,
    indicators: Array.from({ length: 5 }, (_, i) => buildIndicator(goal, {
      name: `Indikator ${g + 1}.${i + 1}: persentase capaian layanan yang memenuhi standar pelayanan minimal`,
      unit: '%', targetType: 'percent', aggregation: 'last', annualTarget: 90 + i * 0.25, quarterTargets: [80, 85, 88, 90 + i * 0.25],
    })),
  }));
  const programs: Program[] = [];
  for (let p = 0; p < 10; p += 1) {
    programs.push(program({ id: `p${p}`, code: `1.02.${String(p + 1).padStart(2, '0')}`, name: `Program ${p + 1} urusan kesehatan`, budget: 600_000_000, order: p }));
    for (let k = 0; k < 3; k += 1) {
      programs.push(program({ id: `p${p}k${k}`, parentId: `p${p}`, level: 'kegiatan', code: `1.02.${String(p + 1).padStart(2, '0')}.2.0${k + 1}`, name: `Kegiatan ${k + 1} program ${p + 1}`, budget: 200_000_000, order: k }));
      for (let s = 0; s < 2; s += 1) {
        programs.push(program({ id: `p${p}k${k}s${s}`, parentId: `p${p}k${k}`, level: 'subkegiatan', code: `1.02.${String(p + 1).padStart(2, '0')}.2.0${k + 1}.000${s + 1}`, name: `Sub-kegiatan ${s + 1}`, budget: 100_000_000, order: s }));
      }
    }
  }
  return { ...base, goals, programs };
}
