// Hasil pemeriksaan data as a PDF, A4 landscape (nine columns): the counts, one row per flagged
// entry by unit with what the checks found and the strictest severity, then the pemda's settings
// of the checks. Words and order from data-check-report.ts, as the XLSX has them.
import { autoTable, type RowInput } from 'jspdf-autotable';
import { realisationStatusLabel } from '../ui/realisation-status-messages';
import type { DocumentFonts } from './assets';
import {
  checkSettingRows, countLabels, dataCheckColumns, dataCheckReportTitle, evidenceText, findingTexts, noFlaggedText, severityText, sortEntries, strictestSeverity,
  type DataCheckReportInput,
} from './data-check-report';
import { empty, formatFigure, formatLongDate, formatPercentId } from './format';
import { afterTable, centred, contentWidth, createPdf, ensureSpace, finishPages, letterheadLogo, margin, paragraph, pdfBytes, tableStyles, type PdfMeta } from './pdf-base';
import { progressStage, type ProgressCallback } from './progress';

const chunk = 20;
const right = { halign: 'right' as const };

export async function generateDataCheckReportPdf(input: DataCheckReportInput, options: { fonts: DocumentFonts; onProgress?: ProgressCallback }): Promise<Uint8Array> {
  const title = dataCheckReportTitle(input);
  const meta: PdfMeta = { title: `Pemeriksaan data TW ${input.quarter} ${input.year} — ${input.tenantName}`, subject: 'Hasil pemeriksaan data realisasi kinerja', runningHeader: `${title} — ${input.tenantName}`, draft: false };
  const doc = createPdf('landscape', options.fonts, meta);
  const entries = sortEntries(input.entries);
  const step = progressStage(options.onProgress, 0, 0.5, Math.ceil(entries.length / chunk) + 1);
  const body: RowInput[] = [];
  for (let i = 0; i < entries.length; i += 1) {
    const entry = entries[i];
    if (!entry) continue;
    const severity = strictestSeverity(entry, input.settings);
    body.push([
      entry.unitName, entry.indicatorName, entry.measure,
      { content: formatFigure(entry.value), styles: right },
      { content: entry.target === null ? empty : formatFigure(entry.target), styles: right },
      realisationStatusLabel(entry.status, 'id'), evidenceText(entry.hasEvidence), findingTexts(entry).join('\n'),
      { content: severityText[severity], styles: severity === 'refuse' ? { fontStyle: 'bold' as const } : {} },
    ]);
    if ((i + 1) % chunk === 0) await step();
  }
  if (body.length === 0) body.push([{ content: noFlaggedText, colSpan: dataCheckColumns.length }]);
  let y = letterheadLogo(doc, input.logo ?? null, margin.top - 6);
  y = centred(doc, title, y + 2, 12);
  y = centred(doc, input.tenantName.toUpperCase(), y, 11);
  y = paragraph(doc, `${countLabels.entered}: ${input.entered}   ·   ${countLabels.flagged}: ${input.entries.length}`, margin.left, y + 4, contentWidth(doc), 10, 'bold');
  autoTable(doc, {
    ...tableStyles,
    startY: y + 1,
    head: [[...dataCheckColumns]],
    body,
    rowPageBreak: 'avoid',
    columnStyles: { 0: { cellWidth: 34 }, 1: { cellWidth: 40 }, 2: { cellWidth: 22 }, 3: { cellWidth: 20 }, 4: { cellWidth: 20 }, 5: { cellWidth: 20 }, 6: { cellWidth: 17 }, 7: { cellWidth: 'auto' }, 8: { cellWidth: 26 } },
  });
  await step();
  const { thresholds, severities } = checkSettingRows(input.settings);
  y = ensureSpace(doc, afterTable(doc) + 6, 30);
  y = paragraph(doc, 'Pengaturan pemeriksaan data pemda', margin.left, y, contentWidth(doc), 10, 'bold');
  autoTable(doc, {
    ...tableStyles,
    startY: y - 2,
    head: [['Pemeriksaan', 'Pengaturan']],
    body: [
      ...thresholds.map((t): RowInput => [t.label, formatPercentId(t.percent)]),
      ...severities.map((s): RowInput => [s.label, s.text]),
    ],
    rowPageBreak: 'avoid',
    tableWidth: 160,
    columnStyles: { 0: { cellWidth: 100 }, 1: { cellWidth: 60 } },
  });
  y = ensureSpace(doc, afterTable(doc) + 5, 12);
  const dated = input.date ? ` Dibuat ${formatLongDate(input.date)}.` : '';
  paragraph(doc, `Tingkat: yang paling ketat di antara temuan satu realisasi, menurut pengaturan pemda di atas.${dated}`, margin.left, y, contentWidth(doc), 9);
  await finishPages(doc, meta, options.onProgress, 0.6);
  const bytes = pdfBytes(doc);
  options.onProgress?.(1);
  return bytes;
}
