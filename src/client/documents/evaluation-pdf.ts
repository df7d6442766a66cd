// The quarterly evaluation form as a PDF, A4 landscape: table of targets, realisations, capaian and
// predikat; the unit's average; a second table with drivers, obstacles and follow-up; signature
// blocks "Dievaluasi" (Bappeda) and "Disusun" (unit head).
import { autoTable, type RowInput } from 'jspdf-autotable';
import type { DocumentFonts } from './assets';
import {
  achievementText, averageLine, buildEvaluation, evaluationTitle, statusLegend, valueWithStatus, type EvaluationInput,
} from './evaluation';
import { empty, formatLongDate } from './format';
import {
  afterTable, centred, createPdf, ensureSpace, finishPages, letterheadLogo, margin, paragraph, contentWidth, pdfBytes, signatureBlocks, signer, tableStyles,
  type PdfMeta,
} from './pdf-base';
import { progressStage, type ProgressCallback } from './progress';

export interface EvaluationPdfOptions {
  fonts: DocumentFonts;
  onProgress?: ProgressCallback;
}

const chunk = 25;

export async function generateEvaluationPdf(input: EvaluationInput, options: EvaluationPdfOptions): Promise<Uint8Array> {
  const title = evaluationTitle(input);
  const meta: PdfMeta = { title: `Evaluasi TW ${input.upTo} ${input.year} — ${input.unitName}`, subject: 'Evaluasi capaian kinerja triwulanan', runningHeader: `${title} — ${input.unitName}`, draft: false };
  const doc = createPdf('landscape', options.fonts, meta);
  const { rows, score } = buildEvaluation(input);
  // Preparing rows is the part that grows with the unit: yield per chunk of indicators.
  const step = progressStage(options.onProgress, 0, 0.5, Math.ceil(rows.length / chunk) + 2);
  const body: RowInput[] = [];
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i];
    if (!row) continue;
    body.push([
      { content: String(row.number), styles: { halign: 'center' } },
      ...(row.firstOfGoal ? [{ content: row.goal, rowSpan: row.goalSize }] : []),
      row.indicator.name,
      row.indicator.unit,
      row.annualTarget,
      ...row.targets.flatMap((t, q) => [t, valueWithStatus(row.realisations[q] ?? empty, row.statuses[q] ?? null)]),
      { content: achievementText(row.achievement), styles: { halign: 'right' } },
      row.category?.label ?? empty,
    ]);
    if ((i + 1) % chunk === 0) await step();
  }
  if (body.length === 0) body.push([{ content: 'Belum ada indikator kinerja.', colSpan: 15 }]);

  let y = letterheadLogo(doc, input.logo ?? null, margin.top - 8);
  y = centred(doc, title, y + 2, 13);
  y = centred(doc, input.unitName.toUpperCase(), y, 12);
  y = centred(doc, input.tenantName, y, 10, 'normal');
  const tw = ['I', 'II', 'III', 'IV'];
  autoTable(doc, {
    ...tableStyles,
    startY: y + 3,
    styles: { ...tableStyles.styles, fontSize: 7.5 },
    head: [
      [
        { content: 'No', rowSpan: 2 },
        { content: 'Sasaran', rowSpan: 2 },
        { content: 'Indikator Kinerja', rowSpan: 2 },
        { content: 'Satuan', rowSpan: 2 },
        { content: 'Target Tahunan', rowSpan: 2 },
        ...tw.map((q) => ({ content: `TW ${q}`, colSpan: 2 })),
        { content: `Capaian s.d. TW ${tw[input.upTo - 1]}`, rowSpan: 2 },
        { content: 'Predikat', rowSpan: 2 },
      ],
      tw.flatMap(() => ['T', 'R']),
    ],
    body,
    rowPageBreak: 'avoid',
    columnStyles: {
      0: { cellWidth: 8 }, 1: { cellWidth: 40 }, 2: { cellWidth: 'auto' }, 3: { cellWidth: 19 }, 4: { cellWidth: 17, halign: 'center' },
      ...Object.fromEntries([5, 6, 7, 8, 9, 10, 11, 12].map((c) => [c, { cellWidth: 14, halign: 'center' as const }])),
      13: { cellWidth: 18 }, 14: { cellWidth: 20 },
    },
  });
  await step();
  const line = averageLine(input, score, rows.length);
  y = ensureSpace(doc, afterTable(doc) + 6, 14);
  y = paragraph(doc, line.average, margin.left, y, contentWidth(doc), 11, 'bold');
  y = paragraph(doc, `${line.basis} T = target, R = realisasi, — = belum diisi. ${statusLegend()}`, margin.left, y, contentWidth(doc), 9);

  autoTable(doc, {
    ...tableStyles,
    startY: ensureSpace(doc, y + 4, 30),
    styles: { ...tableStyles.styles, fontSize: 8 },
    head: [['No', 'Indikator Kinerja', `Faktor Pendorong (TW ${tw[input.upTo - 1]})`, 'Faktor Penghambat', 'Tindak Lanjut']],
    body: rows.map((row) => [{ content: String(row.number), styles: { halign: 'center' } }, row.indicator.name, row.drivers, row.obstacles, row.followUp]),
    columnStyles: { 0: { cellWidth: 8 }, 1: { cellWidth: 60 } },
  });
  await step();

  const date = input.date ? formatLongDate(input.date) : `.................... ${input.year}`;
  const place = input.place && input.place.trim() !== '' ? input.place.trim() : '....................';
  signatureBlocks(doc, afterTable(doc) + 8, signer(['', 'Dievaluasi oleh:'], input.evaluatedBy), signer([`${place}, ${date}`, 'Disusun oleh:'], input.preparedBy));
  await finishPages(doc, meta, options.onProgress, 0.6);
  const bytes = pdfBytes(doc);
  options.onProgress?.(1);
  return bytes;
}
