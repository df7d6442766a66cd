// The pemda recap of the LKE as a PDF, A4 landscape (a column per component): units ranked by
// final score, then those not final yet.
import { autoTable, type RowInput } from 'jspdf-autotable';
import type { DocumentFonts } from './assets';
import { empty, formatLongDate } from './format';
import {
  formatLkeChange, formatLkeScore, lkeChangeHeader, lkeComponentHeader, lkePredikatText, lkeRecapNote, lkeRecapTitle, lkeScoreText, rankLkeRecap,
  type LkeRecapInput,
} from './lke-recap';
import { afterTable, centred, contentWidth, createPdf, ensureSpace, finishPages, letterheadLogo, margin, paragraph, pdfBytes, tableStyles, type PdfMeta } from './pdf-base';
import { progressStage, type ProgressCallback } from './progress';

const chunk = 20;
const right = { halign: 'right' } as const;
// Each header's longest word fits its column in 9 pt bold ("Peringkat", "Akuntabilitas", "Perubahan").
const widths = { rank: 22, score: 18, predikat: 32, change: 24, component: 28, minName: 56 };

export async function generateLkeRecapPdf(input: LkeRecapInput, options: { fonts: DocumentFonts; onProgress?: ProgressCallback }): Promise<Uint8Array> {
  const title = lkeRecapTitle(input.year);
  const meta: PdfMeta = { title: `Rekap hasil evaluasi SAKIP ${input.year} — ${input.tenantName}`, subject: 'Rekapitulasi hasil evaluasi akuntabilitas kinerja', runningHeader: `${title} — ${input.tenantName}`, draft: false };
  const doc = createPdf('landscape', options.fonts, meta);
  const rows = rankLkeRecap(input.units);
  const columns = 4 + input.components.length + 1;
  const step = progressStage(options.onProgress, 0, 0.5, Math.ceil(rows.length / chunk) + 1);
  const body: RowInput[] = [];
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i];
    if (!row) continue;
    body.push([
      { content: row.rank === null ? empty : String(row.rank), styles: { halign: 'center' } },
      row.name,
      { content: lkeScoreText(row), styles: right },
      lkePredikatText(row),
      ...input.components.map((_, c) => {
        const points = row.componentPoints?.[c];
        return { content: points === undefined ? empty : formatLkeScore(points), styles: right };
      }),
      { content: formatLkeChange(row.change), styles: right },
    ]);
    if ((i + 1) % chunk === 0) await step();
  }
  if (body.length === 0) body.push([{ content: 'Belum ada perangkat daerah di perangkat ini.', colSpan: columns }]);
  let y = letterheadLogo(doc, input.logo ?? null, margin.top - 6);
  y = centred(doc, title, y + 2, 12);
  y = centred(doc, input.tenantName.toUpperCase(), y, 11);
  // What the fixed columns leave, shared by the components; the name keeps at least its minimum.
  const fixed = widths.rank + widths.score + widths.predikat + widths.change + widths.minName;
  const componentWidth = Math.min(widths.component, (contentWidth(doc) - fixed) / Math.max(1, input.components.length));
  const componentStyles = Object.fromEntries(input.components.map((_, c) => [4 + c, { cellWidth: componentWidth }]));
  autoTable(doc, {
    ...tableStyles,
    startY: y + 4,
    head: [['Peringkat', 'Perangkat Daerah', 'Nilai', 'Predikat', ...input.components.map(lkeComponentHeader), lkeChangeHeader(input.year)]],
    body,
    rowPageBreak: 'avoid',
    columnStyles: {
      0: { cellWidth: widths.rank, halign: 'center' }, 1: { cellWidth: 'auto' }, 2: { cellWidth: widths.score }, 3: { cellWidth: widths.predikat },
      ...componentStyles, [columns - 1]: { cellWidth: widths.change },
    },
  });
  await step();
  y = ensureSpace(doc, afterTable(doc) + 5, 12);
  y = paragraph(doc, lkeRecapNote(input.year, rows), margin.left, y, contentWidth(doc), 9);
  if (input.date) paragraph(doc, `Dibuat ${formatLongDate(input.date)}.`, margin.left, y + 1, contentWidth(doc), 9);
  await finishPages(doc, meta, options.onProgress, 0.6);
  const bytes = pdfBytes(doc);
  options.onProgress?.(1);
  return bytes;
}
