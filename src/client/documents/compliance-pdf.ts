// Kepatuhan pelaporan as a PDF, A4 landscape: the summary, then one row per unit (late first).
import { autoTable, type RowInput } from 'jspdf-autotable';
import type { DocumentFonts } from './assets';
import { basisText, complianceTitle, deadlineText, sortCompliance, stateText, type ComplianceInput } from './compliance';
import { empty, formatLongDate, formatPercentId } from './format';
import { afterTable, centred, contentWidth, createPdf, ensureSpace, finishPages, letterheadLogo, margin, paragraph, pdfBytes, tableStyles, type PdfMeta } from './pdf-base';
import type { ProgressCallback } from './progress';

export async function generateCompliancePdf(input: ComplianceInput, options: { fonts: DocumentFonts; onProgress?: ProgressCallback }): Promise<Uint8Array> {
  const title = complianceTitle(input);
  const meta: PdfMeta = { title: `Kepatuhan pelaporan TW ${input.quarter} ${input.year} — ${input.tenantName}`, subject: 'Kepatuhan pelaporan realisasi kinerja', runningHeader: `${title} — ${input.tenantName}`, draft: false };
  const doc = createPdf('landscape', options.fonts, meta);
  let y = letterheadLogo(doc, input.logo ?? null, margin.top - 6);
  y = centred(doc, title, y + 2, 12);
  y = centred(doc, input.tenantName.toUpperCase(), y, 11);
  const { summary } = input;
  const lines = [
    `Rata-rata capaian pemda: ${summary.averageAchievement === null ? empty : formatPercentId(summary.averageAchievement)}`,
    `Realisasi terverifikasi: ${summary.verifiedPercent === null ? empty : formatPercentId(summary.verifiedPercent)}`,
    `Unit terlambat: ${summary.unitsLate} dari ${summary.units}`,
  ];
  y = paragraph(doc, lines.join('   ·   '), margin.left, y + 4, contentWidth(doc), 10, 'bold');
  y = paragraph(doc, deadlineText(input), margin.left, y + 1, contentWidth(doc), 9);
  const body: RowInput[] = sortCompliance(input.units).map((unit) => [
    `${unit.name}${!input.verifiedOnly && unit.unverified > 0 ? ' *' : ''}`,
    ...[unit.due, unit.entered, unit.submitted, unit.verified, unit.returned, unit.outstanding].map((n) => ({ content: String(n), styles: { halign: 'right' as const } })),
    { content: unit.average === null ? empty : formatPercentId(unit.average), styles: { halign: 'right' as const } },
    { content: stateText(unit), styles: unit.late ? { fontStyle: 'bold' as const } : {} },
  ]);
  if (body.length === 0) body.push([{ content: 'Belum ada perangkat daerah dengan Perjanjian Kinerja.', colSpan: 9 }]);
  autoTable(doc, {
    ...tableStyles,
    startY: y + 2,
    head: [['Perangkat Daerah', 'Wajib', 'Diisi', 'Diajukan', 'Terverifikasi', 'Dikembalikan', 'Belum Diajukan', 'Rata-rata Capaian', 'Keadaan']],
    body,
    rowPageBreak: 'avoid',
    columnStyles: { 0: { cellWidth: 'auto' }, 1: { cellWidth: 18 }, 2: { cellWidth: 18 }, 3: { cellWidth: 22 }, 4: { cellWidth: 26 }, 5: { cellWidth: 28 }, 6: { cellWidth: 26 }, 7: { cellWidth: 26 }, 8: { cellWidth: 40 } },
  });
  options.onProgress?.(0.5);
  y = ensureSpace(doc, afterTable(doc) + 5, 12);
  const dated = input.date ? ` Dibuat ${formatLongDate(input.date)}.` : '';
  paragraph(doc, `${basisText(input)} Wajib: indikator yang punya target triwulan ini. Terlambat: tenggat lewat dan masih ada yang belum diajukan.${dated}`, margin.left, y, contentWidth(doc), 9);
  await finishPages(doc, meta, options.onProgress, 0.6);
  const bytes = pdfBytes(doc);
  options.onProgress?.(1);
  return bytes;
}
