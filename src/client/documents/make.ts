// The one entry point features load (with import()) when the user prints or exports: fetches the
// font (and logo), picks the generator (itself loaded on demand, so an XLSX export never loads
// jsPDF), and names the file. Inputs are plain domain data the caller read from the device.
import type { Agreement } from '../../domain/agreement';
import type { Quarter } from '../../domain/period';
import type { TenantLogo } from '../../domain/tenant';
import { apiRoutes } from '../../api/routes';
import { loadDocumentFonts, loadTenantLogo, type DocumentFonts, type DocumentImage } from './assets';
import type { EvaluationInput } from './evaluation';
import { documentFileName } from './file-name';
import type { PkDocumentInput } from './pk-document';
import type { ProgressCallback } from './progress';
import type { RecapInput } from './recap';
import type { ComplianceInput } from './compliance';
import type { DataCheckReportInput } from './data-check-report';
import type { CascadeMatrixInput } from './cascade-matrix';
import type { CascadeTreePrintInput } from './cascade-tree-outline';
import type { LkjipInput } from './lkjip';
import type { LkeRecapInput } from './lke-recap';
import type { LheInput } from './lhe';

export type DocumentFormat = 'pdf' | 'xlsx';

export interface GeneratedFile {
  bytes: Uint8Array;
  fileName: string;
  mimeType: string;
}

const mime: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** "PK-2026-Dinas-Kesehatan-v1.pdf": v1 is the PK murni (version 0), v2 its first perubahan. */
export const pkFileName = (input: Pick<PkDocumentInput, 'agreement' | 'unitName'>, format: DocumentFormat): string =>
  documentFileName(['PK', input.agreement.year, input.unitName, `v${input.agreement.version + 1}`], format);

type PdfOptions = { fonts: DocumentFonts; onProgress: ProgressCallback };

/** A document's two generators, each loaded only when its format is asked for, bound to the document's data. */
interface Generators {
  pdf(): Promise<(logo: DocumentImage | null, options: PdfOptions) => Promise<Uint8Array>>;
  xlsx(onProgress?: ProgressCallback): Promise<Uint8Array>;
}

/**
 * One document in one format. A PDF needs the font and the pemda's logo, fetched while its
 * generator loads; they are the first tenth of the progress.
 */
async function generate(format: DocumentFormat, generators: Generators, tenantLogo: TenantLogo | null | undefined, onProgress?: ProgressCallback): Promise<Uint8Array> {
  if (format === 'xlsx') return generators.xlsx(onProgress);
  const [pdf, fonts, logo] = await Promise.all([generators.pdf(), loadDocumentFonts(), loadTenantLogo(tenantLogo, apiRoutes.tenantLogo)]);
  onProgress?.(0.1);
  return pdf(logo, { fonts, onProgress: (f) => onProgress?.(0.1 + f * 0.9) });
}

const file = (format: DocumentFormat, name: ReadonlyArray<string | number>) => (bytes: Uint8Array): GeneratedFile =>
  ({ bytes, fileName: documentFileName(name, format), mimeType: mime[format] });

export function makePkDocument(
  format: DocumentFormat,
  source: Omit<PkDocumentInput, 'logo'>,
  tenantLogo: TenantLogo | null | undefined,
  onProgress?: ProgressCallback,
): Promise<GeneratedFile> {
  return generate(format, {
    pdf: () => import('./pk-pdf').then((m) => (logo, options) => m.generatePkPdf({ ...source, logo }, options)),
    xlsx: () => import('./pk-xlsx').then((m) => m.generatePkXlsx({ ...source, logo: null })),
  }, tenantLogo, onProgress).then((bytes) => ({ bytes, fileName: pkFileName(source, format), mimeType: mime[format] }));
}

/** What the evaluation form reads besides the unit's data: the quarter, settings, signers. */
export interface EvaluationContext {
  year: number;
  upTo: Quarter;
  tenantName: string;
  settings: EvaluationInput['settings'];
  evaluatedBy: EvaluationInput['evaluatedBy'];
  /** Printed above the signatures: where and when (ISO date); null = by hand. */
  place: string | null;
  date: string | null;
}

export interface EvaluationSource {
  agreement: Pick<Agreement, 'firstParty' | 'signedPlace'>;
  unitName: string;
  goals: EvaluationInput['goals'];
}

export function evaluationInputOf(source: EvaluationSource, context: EvaluationContext): EvaluationInput {
  const head = source.agreement.firstParty;
  return {
    ...context,
    unitName: source.unitName,
    goals: source.goals,
    preparedBy: { name: head.name, position: head.position, nip: head.nip },
    place: context.place ?? source.agreement.signedPlace,
  };
}

export function makeEvaluationDocument(
  format: DocumentFormat,
  source: EvaluationSource,
  context: EvaluationContext,
  tenantLogo: TenantLogo | null | undefined,
  onProgress?: ProgressCallback,
): Promise<GeneratedFile> {
  const input = evaluationInputOf(source, context);
  return generate(format, {
    pdf: () => import('./evaluation-pdf').then((m) => (logo, options) => m.generateEvaluationPdf({ ...input, logo }, options)),
    xlsx: (progress) => import('./evaluation-xlsx').then((m) => m.generateEvaluationXlsx(input, { onProgress: progress })),
  }, tenantLogo, onProgress).then(file(format, ['Evaluasi', `TW${context.upTo}`, context.year, source.unitName]));
}

export function makeRecapDocument(
  format: DocumentFormat,
  input: Omit<RecapInput, 'logo'>,
  tenantLogo: TenantLogo | null | undefined,
  onProgress?: ProgressCallback,
): Promise<GeneratedFile> {
  return generate(format, {
    pdf: () => import('./recap-pdf').then((m) => (logo, options) => m.generateRecapPdf({ ...input, logo }, options)),
    xlsx: () => import('./recap-xlsx').then((m) => m.generateRecapXlsx({ ...input, logo: null })),
  }, tenantLogo, onProgress).then(file(format, ['Rekap-Capaian', `TW${input.upTo}`, input.year, input.tenantName]));
}

export function makeComplianceDocument(
  format: DocumentFormat,
  input: Omit<ComplianceInput, 'logo'>,
  tenantLogo: TenantLogo | null | undefined,
  onProgress?: ProgressCallback,
): Promise<GeneratedFile> {
  return generate(format, {
    pdf: () => import('./compliance-pdf').then((m) => (logo, options) => m.generateCompliancePdf({ ...input, logo }, options)),
    xlsx: () => import('./compliance-xlsx').then((m) => m.generateComplianceXlsx({ ...input, logo: null })),
  }, tenantLogo, onProgress).then(file(format, ['Kepatuhan-Pelaporan', `TW${input.quarter}`, input.year, input.tenantName]));
}

/** Hasil pemeriksaan data of a quarter: PDF to read or print, XLSX a list to filter and sort in a spreadsheet. */
export function makeDataCheckReportDocument(
  format: DocumentFormat,
  input: Omit<DataCheckReportInput, 'logo'>,
  tenantLogo: TenantLogo | null | undefined,
  onProgress?: ProgressCallback,
): Promise<GeneratedFile> {
  return generate(format, {
    pdf: () => import('./data-check-report-pdf').then((m) => (logo, options) => m.generateDataCheckReportPdf({ ...input, logo }, options)),
    xlsx: () => import('./data-check-report-xlsx').then((m) => m.generateDataCheckReportXlsx({ ...input, logo: null })),
  }, tenantLogo, onProgress).then(file(format, ['Pemeriksaan-Data', `TW${input.quarter}`, input.year, input.tenantName]));
}

/** The matriks cascading: PDF to print, XLSX to sort and filter. */
export function makeCascadeMatrixDocument(
  format: DocumentFormat,
  input: Omit<CascadeMatrixInput, 'logo'>,
  tenantLogo: TenantLogo | null | undefined,
  onProgress?: ProgressCallback,
): Promise<GeneratedFile> {
  return generate(format, {
    pdf: () => import('./cascade-matrix-pdf').then((m) => (logo, options) => m.generateCascadeMatrixPdf({ ...input, logo }, options)),
    xlsx: () => import('./cascade-matrix-xlsx').then((m) => m.generateCascadeMatrixXlsx(input)),
  }, tenantLogo, onProgress).then(file(format, ['Matriks-Cascading', input.year, input.tenantName]));
}

/** The pohon kinerja as a printable figure (PDF only: a drawing has no spreadsheet form). */
export function makeCascadeTreeDocument(
  input: Omit<CascadeTreePrintInput, 'logo'>,
  tenantLogo: TenantLogo | null | undefined,
  onProgress?: ProgressCallback,
): Promise<GeneratedFile> {
  return generate('pdf', {
    pdf: () => import('./cascade-tree-pdf').then((m) => (logo, options) => m.generateCascadeTreePdf({ ...input, logo }, options)),
    // Never asked for: generate() reads the format it is given, and this document has one.
    xlsx: () => Promise.reject(new Error('the pohon kinerja has no XLSX form')),
  }, tenantLogo, onProgress).then(file('pdf', ['Pohon-Kinerja', input.year, input.tenantName]));
}

/** The LHE of one unit's LKE (PDF only: the signed report). */
export function makeLheDocument(input: Omit<LheInput, 'logo'>, tenantLogo: TenantLogo | null | undefined, onProgress?: ProgressCallback): Promise<GeneratedFile> {
  return generate('pdf', {
    pdf: () => import('./lhe-pdf').then((m) => (logo, options) => m.generateLhePdf({ ...input, logo }, options)),
    // Never asked for: the LHE has no spreadsheet form.
    xlsx: () => Promise.reject(new Error('the LHE has no XLSX form')),
  }, tenantLogo, onProgress).then(file('pdf', ['LHE', input.year, input.unitName]));
}

const docxMime = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The LKjIP draft (DOCX, for the office to edit in Word); docx loads only here. */
export async function makeLkjipDocument(input: LkjipInput): Promise<GeneratedFile> {
  const { generateLkjipDocx } = await import('./lkjip-docx').catch((error: unknown) => {
    // Not precached (vite.config.ts): offline before its first use, the part is not on the device.
    const missing = new Error('the LKjIP writer could not be loaded', { cause: error });
    missing.name = 'DocumentPartUnavailable';
    throw missing;
  });
  const bytes = await generateLkjipDocx(input);
  return { bytes, fileName: documentFileName(['LKjIP', input.year, input.unitName], 'docx'), mimeType: docxMime };
}

/** The pemda recap of the LKE: PDF to print, XLSX to sort and check the sums. */
export function makeLkeRecapDocument(
  format: DocumentFormat,
  input: Omit<LkeRecapInput, 'logo'>,
  tenantLogo: TenantLogo | null | undefined,
  onProgress?: ProgressCallback,
): Promise<GeneratedFile> {
  return generate(format, {
    pdf: () => import('./lke-recap-pdf').then((m) => (logo, options) => m.generateLkeRecapPdf({ ...input, logo }, options)),
    xlsx: () => import('./lke-recap-xlsx').then((m) => m.generateLkeRecapXlsx({ ...input, logo: null })),
  }, tenantLogo, onProgress).then(file(format, ['Rekap-Evaluasi-SAKIP', input.year, input.tenantName]));
}
