// The one entry point features load (with import()) when the user prints or exports: fetches the
// font (and logo), picks the generator (itself loaded on demand, so an XLSX export never loads
// jsPDF), and names the file. Inputs are plain domain data the caller read from the device.
import type { Agreement } from '../../domain/agreement';
import type { Quarter } from '../../domain/period';
import type { TenantLogo } from '../../domain/tenant';
import { apiRoutes } from '../../api/routes';
import { loadDocumentFonts, loadTenantLogo } from './assets';
import type { EvaluationInput } from './evaluation';
import { documentFileName } from './file-name';
import type { PkDocumentInput } from './pk-document';
import type { ProgressCallback } from './progress';
import type { RecapInput } from './recap';
import type { ComplianceInput } from './compliance';
import type { DataCheckReportInput } from './data-check-report';
import type { CascadeMatrixInput } from './cascade-matrix';

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

export async function makePkDocument(
  format: DocumentFormat,
  source: Omit<PkDocumentInput, 'logo'>,
  tenantLogo: TenantLogo | null | undefined,
  onProgress?: ProgressCallback,
): Promise<GeneratedFile> {
  let bytes: Uint8Array;
  if (format === 'pdf') {
    const [{ generatePkPdf }, fonts, logo] = await Promise.all([import('./pk-pdf'), loadDocumentFonts(), loadTenantLogo(tenantLogo, apiRoutes.tenantLogo)]);
    onProgress?.(0.1);
    bytes = await generatePkPdf({ ...source, logo }, { fonts, onProgress: (f) => onProgress?.(0.1 + f * 0.9) });
  } else {
    const { generatePkXlsx } = await import('./pk-xlsx');
    bytes = await generatePkXlsx({ ...source, logo: null });
  }
  return { bytes, fileName: pkFileName(source, format), mimeType: mime[format] };
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

export async function makeEvaluationDocument(
  format: DocumentFormat,
  source: EvaluationSource,
  context: EvaluationContext,
  tenantLogo: TenantLogo | null | undefined,
  onProgress?: ProgressCallback,
): Promise<GeneratedFile> {
  const input = evaluationInputOf(source, context);
  let bytes: Uint8Array;
  if (format === 'pdf') {
    const [{ generateEvaluationPdf }, fonts, logo] = await Promise.all([import('./evaluation-pdf'), loadDocumentFonts(), loadTenantLogo(tenantLogo, apiRoutes.tenantLogo)]);
    onProgress?.(0.1);
    bytes = await generateEvaluationPdf({ ...input, logo }, { fonts, onProgress: (f) => onProgress?.(0.1 + f * 0.9) });
  } else {
    const { generateEvaluationXlsx } = await import('./evaluation-xlsx');
    bytes = await generateEvaluationXlsx(input, { onProgress });
  }
  return { bytes, fileName: documentFileName(['Evaluasi', `TW${context.upTo}`, context.year, source.unitName], format), mimeType: mime[format] };
}

export async function makeRecapDocument(
  format: DocumentFormat,
  input: Omit<RecapInput, 'logo'>,
  tenantLogo: TenantLogo | null | undefined,
  onProgress?: ProgressCallback,
): Promise<GeneratedFile> {
  let bytes: Uint8Array;
  if (format === 'pdf') {
    const [{ generateRecapPdf }, fonts, logo] = await Promise.all([import('./recap-pdf'), loadDocumentFonts(), loadTenantLogo(tenantLogo, apiRoutes.tenantLogo)]);
    onProgress?.(0.1);
    bytes = await generateRecapPdf({ ...input, logo }, { fonts, onProgress: (f) => onProgress?.(0.1 + f * 0.9) });
  } else {
    const { generateRecapXlsx } = await import('./recap-xlsx');
    bytes = await generateRecapXlsx({ ...input, logo: null });
  }
  return { bytes, fileName: documentFileName(['Rekap-Capaian', `TW${input.upTo}`, input.year, input.tenantName], format), mimeType: mime[format] };
}

export async function makeComplianceDocument(
  format: DocumentFormat,
  input: Omit<ComplianceInput, 'logo'>,
  tenantLogo: TenantLogo | null | undefined,
  onProgress?: ProgressCallback,
): Promise<GeneratedFile> {
  let bytes: Uint8Array;
  if (format === 'pdf') {
    const [{ generateCompliancePdf }, fonts, logo] = await Promise.all([import('./compliance-pdf'), loadDocumentFonts(), loadTenantLogo(tenantLogo, apiRoutes.tenantLogo)]);
    onProgress?.(0.1);
    bytes = await generateCompliancePdf({ ...input, logo }, { fonts, onProgress: (f) => onProgress?.(0.1 + f * 0.9) });
  } else {
    const { generateComplianceXlsx } = await import('./compliance-xlsx');
    bytes = await generateComplianceXlsx({ ...input, logo: null });
  }
  return { bytes, fileName: documentFileName(['Kepatuhan-Pelaporan', `TW${input.quarter}`, input.year, input.tenantName], format), mimeType: mime[format] };
}

/** Hasil pemeriksaan data of a quarter: PDF to read or print, XLSX a list to filter and sort in a spreadsheet. */
export async function makeDataCheckReportDocument(
  format: DocumentFormat,
  input: Omit<DataCheckReportInput, 'logo'>,
  tenantLogo: TenantLogo | null | undefined,
  onProgress?: ProgressCallback,
): Promise<GeneratedFile> {
  let bytes: Uint8Array;
  if (format === 'pdf') {
    const [{ generateDataCheckReportPdf }, fonts, logo] = await Promise.all([import('./data-check-report-pdf'), loadDocumentFonts(), loadTenantLogo(tenantLogo, apiRoutes.tenantLogo)]);
    onProgress?.(0.1);
    bytes = await generateDataCheckReportPdf({ ...input, logo }, { fonts, onProgress: (f) => onProgress?.(0.1 + f * 0.9) });
  } else {
    const { generateDataCheckReportXlsx } = await import('./data-check-report-xlsx');
    bytes = await generateDataCheckReportXlsx({ ...input, logo: null });
  }
  return { bytes, fileName: documentFileName(['Pemeriksaan-Data', `TW${input.quarter}`, input.year, input.tenantName], format), mimeType: mime[format] };
}

/** The matriks cascading (XLSX; the tree itself is on screen). */
export async function makeCascadeMatrixDocument(input: CascadeMatrixInput): Promise<GeneratedFile> {
  const { generateCascadeMatrixXlsx } = await import('./cascade-matrix-xlsx');
  const bytes = await generateCascadeMatrixXlsx(input);
  return { bytes, fileName: documentFileName(['Matriks-Cascading', input.year, input.tenantName], 'xlsx'), mimeType: mime.xlsx };
}
