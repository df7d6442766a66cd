// The frame every generated PDF shares: A4, DejaVu Serif embedded (regular + bold), a running
// header from page 2, "Halaman n dari m" in the footer, and the DRAF mark across unsigned documents.
import { jsPDF } from 'jspdf';
import type { DocumentFonts, DocumentImage } from './assets';
import type { Signer } from './evaluation';
import { formatNip } from './format';
import { yieldToEventLoop, type ProgressCallback } from './progress';

export const fontFamily = 'DejaVuSerif';
export const margin = { top: 18, right: 12, bottom: 18, left: 18 } as const;

export interface PdfMeta {
  title: string;
  subject: string;
  /** Small line at the top of pages 2…n, e.g. "Perjanjian Kinerja Tahun 2026 — Dinas Kesehatan". */
  runningHeader: string;
  draft: boolean;
}

/** jsPDF's virtual file system takes binary strings; chunked so a 700 kB font does not blow the stack. */
function binaryString(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

export function createPdf(orientation: 'portrait' | 'landscape', fonts: DocumentFonts, meta: Pick<PdfMeta, 'title' | 'subject'>): jsPDF {
  const doc = new jsPDF({ orientation, unit: 'mm', format: 'a4', compress: true });
  doc.addFileToVFS('DejaVuSerif.ttf', binaryString(fonts.regular));
  doc.addFont('DejaVuSerif.ttf', fontFamily, 'normal');
  doc.addFileToVFS('DejaVuSerif-Bold.ttf', binaryString(fonts.bold));
  doc.addFont('DejaVuSerif-Bold.ttf', fontFamily, 'bold');
  doc.setFont(fontFamily, 'normal');
  doc.setProperties({ title: meta.title, subject: meta.subject, creator: 'Pantau Kinerja' });
  doc.setLanguage('id');
  return doc;
}

export const pageWidth = (doc: jsPDF): number => doc.internal.pageSize.getWidth();
export const pageHeight = (doc: jsPDF): number => doc.internal.pageSize.getHeight();
export const contentWidth = (doc: jsPDF): number => pageWidth(doc) - margin.left - margin.right;

/** Where the last autoTable ended (jspdf-autotable keeps it on the document). */
export function afterTable(doc: jsPDF): number {
  return (doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable?.finalY ?? margin.top;
}

/** Moves to a new page when `needed` mm do not fit below `y`; returns where to write. */
export function ensureSpace(doc: jsPDF, y: number, needed: number): number {
  if (y + needed <= pageHeight(doc) - margin.bottom) return y;
  doc.addPage();
  return margin.top + 4;
}

export function setText(doc: jsPDF, size: number, style: 'normal' | 'bold' = 'normal'): void {
  doc.setFont(fontFamily, style);
  doc.setFontSize(size);
}

/** Wrapped text from (x, y); returns the y below it. */
export function paragraph(doc: jsPDF, text: string, x: number, y: number, width: number, size = 11, style: 'normal' | 'bold' = 'normal'): number {
  setText(doc, size, style);
  const lines = doc.splitTextToSize(text, width) as string[];
  const lineHeight = (size * 0.3528) * 1.35;
  let cursor = y;
  for (const line of lines) {
    cursor = ensureSpace(doc, cursor, lineHeight);
    doc.text(line, x, cursor);
    cursor += lineHeight;
  }
  return cursor;
}

export function centred(doc: jsPDF, text: string, y: number, size: number, style: 'normal' | 'bold' = 'bold'): number {
  setText(doc, size, style);
  const lines = doc.splitTextToSize(text, contentWidth(doc)) as string[];
  const lineHeight = size * 0.3528 * 1.3;
  lines.forEach((line, i) => doc.text(line, pageWidth(doc) / 2, y + i * lineHeight, { align: 'center' }));
  return y + lines.length * lineHeight;
}

const imageFormat: Record<DocumentImage['mimeType'], string> = { 'image/png': 'PNG', 'image/jpeg': 'JPEG', 'image/webp': 'WEBP' };

/** The logo centred at the top, 22 mm high; returns the y below it. An unreadable image is left out. */
export function letterheadLogo(doc: jsPDF, logo: DocumentImage | null, y: number): number {
  if (!logo) return y;
  try {
    const props = doc.getImageProperties(logo.bytes);
    const height = 22;
    const width = Math.min(60, (props.width / Math.max(1, props.height)) * height);
    doc.addImage(logo.bytes, imageFormat[logo.mimeType], (pageWidth(doc) - width) / 2, y, width, height);
    return y + height + 4;
  } catch {
    return y;
  }
}

export interface Signature {
  /** Lines above the name: "PIHAK KEDUA,", the position… */
  heading: string[];
  name: string;
  /** Lines under the name: pangkat, "NIP. …"; empty for a regional head. */
  below: string[];
}

/** A signer's block under `heading`: their position, name and NIP; dotted lines to fill in by hand when nobody is named. */
export function signer(heading: string[], who: Signer | null): Signature {
  if (!who || who.name.trim() === '') return { heading: [...heading, who?.position ?? '....................................'], name: '', below: ['NIP. ....................................'] };
  return { heading: [...heading, who.position], name: who.name, below: who.nip ? [`NIP. ${formatNip(who.nip)}`] : [] };
}

/** Two signature blocks side by side (left, right), 25 mm for the signature; returns the y below. */
export function signatureBlocks(doc: jsPDF, y: number, left: Signature, right: Signature): number {
  const columnWidth = contentWidth(doc) / 2 - 4;
  const lineHeight = 5;
  const height = (block: Signature) => (block.heading.length + block.below.length + 1) * lineHeight + 25;
  let top = ensureSpace(doc, y, Math.max(height(left), height(right)));
  const draw = (block: Signature, x: number) => {
    let cursor = top;
    setText(doc, 11, 'normal');
    for (const line of block.heading) {
      for (const wrapped of doc.splitTextToSize(line, columnWidth) as string[]) {
        doc.text(wrapped, x + columnWidth / 2, cursor, { align: 'center' });
        cursor += lineHeight;
      }
    }
    cursor += 25;
    setText(doc, 11, 'bold');
    const name = block.name.trim() === '' ? '(................................................)' : block.name;
    doc.text(name, x + columnWidth / 2, cursor, { align: 'center' });
    if (block.name.trim() !== '') {
      const w = Math.min(columnWidth, doc.getTextWidth(name));
      doc.setLineWidth(0.2);
      doc.line(x + (columnWidth - w) / 2, cursor + 0.8, x + (columnWidth + w) / 2, cursor + 0.8);
    }
    cursor += lineHeight;
    setText(doc, 11, 'normal');
    for (const line of block.below) {
      doc.text(line, x + columnWidth / 2, cursor, { align: 'center' });
      cursor += lineHeight;
    }
    return cursor;
  };
  const endLeft = draw(left, margin.left);
  const endRight = draw(right, margin.left + columnWidth + 8);
  top = Math.max(endLeft, endRight);
  return top;
}

/**
 * Last pass over the pages: running header (from page 2), footer with page numbers, DRAF mark.
 * Yields between pages so a long document does not freeze the UI.
 */
export async function finishPages(doc: jsPDF, meta: PdfMeta, onProgress?: ProgressCallback, from = 0.9): Promise<void> {
  const pages = doc.getNumberOfPages();
  const width = pageWidth(doc);
  const height = pageHeight(doc);
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    doc.setTextColor(90);
    setText(doc, 8, 'normal');
    if (page > 1) doc.text(meta.runningHeader, margin.left, 10, { maxWidth: width - margin.left - margin.right });
    doc.text(`Halaman ${page} dari ${pages}`, width - margin.right, height - 8, { align: 'right' });
    doc.text(meta.title, margin.left, height - 8, { maxWidth: width / 2 });
    if (meta.draft) {
      doc.saveGraphicsState();
      doc.setGState(new (doc as unknown as { GState: new (p: { opacity: number }) => unknown }).GState({ opacity: 0.12 }));
      doc.setTextColor(160, 0, 0);
      setText(doc, 110, 'bold');
      doc.text('DRAF', width / 2, height / 2, { align: 'center', angle: 35, baseline: 'middle' });
      doc.restoreGraphicsState();
    }
    doc.setTextColor(0);
    if (page % 5 === 0) {
      onProgress?.(from + ((1 - from) * page) / pages);
      await yieldToEventLoop();
    }
  }
}

export function pdfBytes(doc: jsPDF): Uint8Array {
  return new Uint8Array(doc.output('arraybuffer'));
}

/** Common autoTable styling: grid, embedded font, dark header, readable on paper. */
export const tableStyles = {
  theme: 'grid' as const,
  styles: { font: fontFamily, fontSize: 9, cellPadding: 1.5, lineColor: 80, lineWidth: 0.2, textColor: 0, valign: 'top' as const },
  headStyles: { font: fontFamily, fontStyle: 'bold' as const, fillColor: 225, textColor: 0, halign: 'center' as const, valign: 'middle' as const },
  footStyles: { font: fontFamily, fontStyle: 'bold' as const, fillColor: 240, textColor: 0 },
  margin: { top: margin.top, right: margin.right, bottom: margin.bottom, left: margin.left },
};
