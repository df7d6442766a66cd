// The matriks cascading as a PDF, A4 landscape: the XLSX's columns, each sasaran daerah and IKU
// written once over the rows that support it (cascade-matrix-merge.ts), supporters indented by
// level; then the indicators not aligned yet, the notes and the date.
import { autoTable, type RowInput } from 'jspdf-autotable';
import { quarterRoman } from '../../domain/period';
import type { DocumentFonts } from './assets';
import { achievementNote, cascadeMatrixTitle, levelNote, type CascadeMatrixInput } from './cascade-matrix';
import { groupCell, repeatGroupOnNewPage, type GroupColumn } from './cascade-matrix-merge';
import { noSupporterText, unalignedNoneText, unalignedTitle } from './cascade-words';
import { empty, formatLongDate, formatPercentId } from './format';
import { afterTable, centred, contentWidth, createPdf, ensureSpace, finishPages, letterheadLogo, margin, paragraph, pdfBytes, tableStyles, type PdfMeta } from './pdf-base';
import { progressStage, type ProgressCallback } from './progress';

const chunk = 25;
const centre = { halign: 'center' as const };
const right = { halign: 'right' as const };
const padding = tableStyles.styles.cellPadding;
/** Each level of support moves the indicator's name this far right, so the chain reads down the page. */
const levelIndent = 3;
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export async function generateCascadeMatrixPdf(input: CascadeMatrixInput, options: { fonts: DocumentFonts; onProgress?: ProgressCallback }): Promise<Uint8Array> {
  const title = cascadeMatrixTitle(input);
  const meta: PdfMeta = { title: `Matriks cascading ${input.year} — ${input.tenantName}`, subject: 'Matriks cascading kinerja', runningHeader: `${title} — ${input.tenantName}`, draft: false };
  const doc = createPdf('landscape', options.fonts, meta);
  const { rows } = input;
  // The RPJMD's column only where the pemda has entered its plan and linked a sasaran to it.
  const planned = rows.some((r) => r.tujuan !== '');
  const step = progressStage(options.onProgress, 0, 0.5, Math.ceil(rows.length / chunk) + 2);
  const body: RowInput[] = [];
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i];
    if (!row) continue;
    const previous = rows[i - 1];
    const newTujuan = previous?.tujuanId !== row.tujuanId;
    const newSasaran = newTujuan || previous?.sasaranId !== row.sasaranId;
    const newIku = newSasaran || previous?.ikuId !== row.ikuId;
    body.push([
      ...(planned ? [groupCell(row.tujuan === '' ? empty : row.tujuan, newTujuan)] : []),
      groupCell(row.sasaran, newSasaran),
      groupCell(row.iku, newIku),
      groupCell(row.ikuTarget, newIku),
      row.unit === '' ? empty : row.unit,
      row.indicator === ''
        ? noSupporterText
        : { content: row.indicator, styles: { cellPadding: { top: padding, right: padding, bottom: padding, left: padding + (row.depth - 1) * levelIndent } } },
      { content: row.depth === 0 ? empty : String(row.depth), styles: centre },
      row.target === '' ? empty : row.target,
      { content: row.achievement === null ? empty : formatPercentId(row.achievement), styles: right },
      { content: row.atRisk ? 'Ya' : 'Tidak', styles: row.atRisk ? { ...centre, fontStyle: 'bold' as const } : centre },
    ]);
    if ((i + 1) % chunk === 0) await step();
  }
  if (body.length === 0) body.push([{ content: 'Belum ada sasaran daerah dan IKU pada PK kepala daerah.', colSpan: 9 }]);
  const head = ['Sasaran Daerah', 'IKU', 'Target IKU', 'Perangkat Daerah', 'Indikator Pendukung', 'Tingkat', 'Target', `Capaian s.d. TW ${quarterRoman[input.upTo]}`, 'Berisiko'];
  const groups: GroupColumn[] = [
    { text: (r) => r.sasaran, group: (r) => r.sasaranId },
    { text: (r) => r.iku, group: (r) => r.ikuId },
    { text: (r) => r.ikuTarget, group: (r) => r.ikuId },
  ];

  let y = letterheadLogo(doc, input.logo ?? null, margin.top - 8);
  y = centred(doc, title, y + 2, 12);
  y = centred(doc, input.tenantName.toUpperCase(), y, 11);
  autoTable(doc, {
    ...tableStyles,
    styles: { ...tableStyles.styles, fontSize: 8 },
    tableLineWidth: tableStyles.styles.lineWidth,
    tableLineColor: tableStyles.styles.lineColor,
    startY: y + 3,
    head: [planned ? ['Misi dan Tujuan RPJMD', ...head] : head],
    body,
    rowPageBreak: 'avoid',
    columnStyles: planned
      ? {
          0: { cellWidth: 36 }, 1: { cellWidth: 32 }, 2: { cellWidth: 32 }, 3: { cellWidth: 16 }, 4: { cellWidth: 26 }, 5: { cellWidth: 'auto' },
          6: { cellWidth: 13 }, 7: { cellWidth: 16 }, 8: { cellWidth: 18 }, 9: { cellWidth: 15 },
        }
      : {
          0: { cellWidth: 38 }, 1: { cellWidth: 38 }, 2: { cellWidth: 18 }, 3: { cellWidth: 30 }, 4: { cellWidth: 'auto' },
          5: { cellWidth: 16 }, 6: { cellWidth: 18 }, 7: { cellWidth: 20 }, 8: { cellWidth: 17 },
        },
    willDrawCell: repeatGroupOnNewPage(doc, rows, planned
      ? [{ text: (r) => (r.tujuan === '' ? empty : r.tujuan), group: (r) => r.tujuanId }, ...groups]
      : groups),
  });
  await step();

  y = ensureSpace(doc, afterTable(doc) + 6, 24);
  y = paragraph(doc, unalignedTitle, margin.left, y, contentWidth(doc), 10, 'bold');
  if (input.unaligned.length === 0) y = paragraph(doc, unalignedNoneText, margin.left, y, contentWidth(doc), 9);
  else {
    autoTable(doc, {
      ...tableStyles,
      styles: { ...tableStyles.styles, fontSize: 8 },
      startY: y - 2,
      head: [['Perangkat Daerah', 'Indikator']],
      body: input.unaligned.map((u): RowInput => [u.unit, u.indicator]),
      rowPageBreak: 'avoid',
      columnStyles: { 0: { cellWidth: 70 }, 1: { cellWidth: 'auto' } },
    });
    y = afterTable(doc);
  }
  await step();

  y = ensureSpace(doc, y + 5, 12);
  const dated = input.date ? ` Dibuat ${formatLongDate(input.date)}.` : '';
  paragraph(doc, `Tingkat: ${levelNote} Capaian s.d. TW ${quarterRoman[input.upTo]}: ${lowerFirst(achievementNote(input))} Berisiko: proyeksi akhir tahun di bawah ambang peringatan, atau setidaknya separuh pendukungnya berisiko.${dated}`, margin.left, y, contentWidth(doc), 9);
  await finishPages(doc, meta, options.onProgress, 0.6);
  const bytes = pdfBytes(doc);
  options.onProgress?.(1);
  return bytes;
}
