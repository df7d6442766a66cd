// The pohon kinerja as a printable figure, A4 landscape over as many pages as it needs: each node a
// box indented by its depth, hung from its parent by connector lines, with its own achievement and
// its supporters' beside each other (cascade-tree-outline.ts). At-risk boxes have a heavy border
// and say "Berisiko" in bold, so the mark survives a black-and-white printer.
import type { jsPDF } from 'jspdf';
import type { DocumentFonts } from './assets';
import { planKinds } from '../../domain/cascade-tree';
import { cascadeTreeLines, cascadeTreeNotes, cascadeTreeTitle, type CascadeTreeLine, type CascadeTreePrintInput } from './cascade-tree-outline';
import { formatLongDate } from './format';
import { centred, contentWidth, createPdf, ensureSpace, finishPages, letterheadLogo, margin, pageHeight, pageWidth, paragraph, pdfBytes, setText, type PdfMeta } from './pdf-base';
import { progressStage, type ProgressCallback } from './progress';

const chunk = 20;
/** mm per level; past the sixth level boxes stop moving right so the text keeps its width. */
const indent = 9;
const deepestIndent = 6;
/** Where a parent's rail runs, inside its box's left edge. */
const stem = 3.5;
const gap = 2.5;
const pad = 1.8;
const thin = 0.25;
const heavy = 0.7;

interface Part { lines: string[]; size: number; style: 'normal' | 'bold'; grey: boolean }

const lineHeight = (size: number) => size * 0.3528 * 1.25;
const xOf = (depth: number) => margin.left + Math.min(depth, deepestIndent) * indent;
const railX = (level: number) => xOf(level - 1) + stem;

function partsOf(doc: jsPDF, line: CascadeTreeLine, width: number): { parts: Part[]; height: number } {
  const part = (text: string, size: number, style: Part['style'], grey = false): Part => {
    setText(doc, size, style);
    return { lines: doc.splitTextToSize(text, width - 2 * pad) as string[], size, style, grey };
  };
  const parts = [
    part(line.label, 7, 'normal', true),
    part(line.name, 9.5, 'bold'),
    ...(line.figures.length > 0 ? [part(line.figures.join('   ·   '), 8, 'normal')] : []),
    ...(line.risk ? [part(line.risk, 8, 'bold')] : []),
  ];
  return { parts, height: 2 * pad + parts.reduce((sum, p) => sum + p.lines.length * lineHeight(p.size), 0) };
}

function drawBox(doc: jsPDF, line: CascadeTreeLine, x: number, y: number, width: number, box: ReturnType<typeof partsOf>): void {
  doc.setDrawColor(0);
  doc.setLineWidth(line.atRisk ? heavy : thin);
  if (line.kind === 'sasaran' || planKinds.has(line.kind)) {
    // Shaded, darker up the plan: visi, misi and tujuan stand out from the sasaran on grey printers.
    const shade = line.kind === 'visi' ? 205 : line.kind === 'misi' ? 215 : line.kind === 'tujuan' ? 225 : 235;
    doc.setFillColor(shade, shade, shade);
    doc.rect(x, y, width, box.height, 'FD');
  } else doc.rect(x, y, width, box.height, 'S');
  let cursor = y + pad;
  for (const part of box.parts) {
    setText(doc, part.size, part.style);
    doc.setTextColor(part.grey ? 70 : 0);
    for (const text of part.lines) {
      doc.text(text, x + pad, cursor, { baseline: 'top' });
      cursor += lineHeight(part.size);
    }
  }
  doc.setTextColor(0);
}

/** The rails a node needs drawn past the page's foot when it moves to the next page. */
const openLevels = (line: CascadeTreeLine): number[] =>
  line.rails.flatMap((continues, i) => (continues || i + 1 === line.depth ? [i + 1] : []));

export async function generateCascadeTreePdf(input: CascadeTreePrintInput, options: { fonts: DocumentFonts; onProgress?: ProgressCallback }): Promise<Uint8Array> {
  const title = cascadeTreeTitle(input);
  const meta: PdfMeta = { title: `Pohon kinerja ${input.year} — ${input.tenantName}`, subject: 'Pohon kinerja (cascading)', runningHeader: `${title} — ${input.tenantName}`, draft: false };
  const doc = createPdf('landscape', options.fonts, meta);
  const lines = cascadeTreeLines(input);
  const notes = cascadeTreeNotes(input);
  const step = progressStage(options.onProgress, 0, 0.5, Math.ceil(lines.length / chunk) + 1);

  let y = letterheadLogo(doc, input.logo ?? null, margin.top - 8);
  y = centred(doc, title, y + 2, 12);
  y = centred(doc, input.tenantName.toUpperCase(), y, 11);
  if (notes.filters) y = paragraph(doc, notes.filters, margin.left, y + 2, contentWidth(doc), 9, 'bold');
  y = paragraph(doc, notes.legend, margin.left, y + 1, contentWidth(doc), 8) + 3;
  if (lines.length === 0) y = paragraph(doc, 'Tidak ada simpul yang cocok dengan saringan ini.', margin.left, y, contentWidth(doc), 10);

  const right = pageWidth(doc) - margin.right;
  const foot = pageHeight(doc) - margin.bottom;
  // Per level, where its rail last ended on this page: the next sibling's connector starts there.
  const anchors: number[] = [];
  // The names of the node's ancestors, by depth.
  const path: string[] = [];
  const rail = (x: number, from: number, to: number) => {
    doc.setDrawColor(0);
    doc.setLineWidth(thin);
    doc.line(x, from, x, to);
  };
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (!line) continue;
    const x = xOf(line.depth);
    const box = partsOf(doc, line, right - x);
    if (y + box.height > foot && y > margin.top + 4) {
      for (const level of openLevels(line)) rail(railX(level), anchors[level] ?? y, foot);
      doc.addPage();
      // A page that starts deep in a branch says which branch it is.
      y = line.depth === 0 ? margin.top : paragraph(doc, `Lanjutan dari: ${path.slice(0, line.depth).join(' › ')}`, margin.left, margin.top, contentWidth(doc), 8) + 1;
      for (const level of openLevels(line)) anchors[level] = y;
      y += 4;
    }
    path[line.depth] = line.name;
    if (line.depth > 0) {
      const joint = y + pad + 2;
      rail(railX(line.depth), anchors[line.depth] ?? y, joint);
      doc.line(railX(line.depth), joint, x, joint);
      anchors[line.depth] = joint;
    }
    drawBox(doc, line, x, y, right - x, box);
    anchors[line.depth + 1] = y + box.height;
    y += box.height + gap;
    if ((i + 1) % chunk === 0) await step();
  }
  await step();

  if (input.date) paragraph(doc, `Dibuat ${formatLongDate(input.date)}.`, margin.left, ensureSpace(doc, y + 3, 8), contentWidth(doc), 9);
  await finishPages(doc, meta, options.onProgress, 0.6);
  const bytes = pdfBytes(doc);
  options.onProgress?.(1);
  return bytes;
}
