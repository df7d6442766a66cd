// The pemda recap as a PDF, A4 portrait: units ranked by average capaian.
import { autoTable, type RowInput } from 'jspdf-autotable';
import type { DocumentFonts } from './assets';
import { empty, formatLongDate, formatPercentId } from './format';
import { afterTable, centred, contentWidth, createPdf, ensureSpace, finishPages, letterheadLogo, margin, paragraph, pdfBytes, tableStyles, type PdfMeta } from './pdf-base';
import { progressStage, type ProgressCallback } from './progress';
import { basisNote, capNote, rankRecap, recapTitle, recapUnitName, type RecapInput } from './recap';

const chunk = 20;

export async function generateRecapPdf(input: RecapInput, options: { fonts: DocumentFonts; onProgress?: ProgressCallback }): Promise<Uint8Array> {
  const title = recapTitle(input);
  const meta: PdfMeta = { title: `Rekap capaian TW ${input.upTo} ${input.year} — ${input.tenantName}`, subject: 'Rekapitulasi capaian kinerja', runningHeader: `${title} — ${input.tenantName}`, draft: false };
  const doc = createPdf('portrait', options.fonts, meta);
  const units = rankRecap(input.units);
  const step = progressStage(options.onProgress, 0, 0.5, Math.ceil(units.length / chunk) + 1);
  const body: RowInput[] = [];
  for (let i = 0; i < units.length; i += 1) {
    const unit = units[i];
    if (!unit) continue;
    body.push([
      { content: unit.rank === null ? empty : String(unit.rank), styles: { halign: 'center' } },
      recapUnitName(unit, input),
      { content: `${unit.indicatorCount - unit.notComputable}/${unit.indicatorCount}`, styles: { halign: 'center' } },
      { content: unit.average === null ? empty : formatPercentId(unit.average), styles: { halign: 'right' } },
      unit.category?.label ?? empty,
      { content: unit.absorption === null ? empty : formatPercentId(unit.absorption), styles: { halign: 'right' } },
    ]);
    if ((i + 1) % chunk === 0) await step();
  }
  if (body.length === 0) body.push([{ content: 'Belum ada perangkat daerah dengan Perjanjian Kinerja.', colSpan: 6 }]);
  let y = letterheadLogo(doc, input.logo ?? null, margin.top - 6);
  y = centred(doc, title, y + 2, 12);
  y = centred(doc, input.tenantName.toUpperCase(), y, 11);
  autoTable(doc, {
    ...tableStyles,
    startY: y + 4,
    head: [['Peringkat', 'Perangkat Daerah', 'Indikator Dihitung', 'Rata-rata Capaian', 'Predikat', 'Serapan Anggaran']],
    body,
    rowPageBreak: 'avoid',
    columnStyles: { 0: { cellWidth: 22, halign: 'center' }, 1: { cellWidth: 'auto' }, 2: { cellWidth: 22 }, 3: { cellWidth: 24 }, 4: { cellWidth: 28 }, 5: { cellWidth: 24 } },
  });
  await step();
  y = ensureSpace(doc, afterTable(doc) + 5, 12);
  const dated = input.date ? ` Dibuat ${formatLongDate(input.date)}.` : '';
  paragraph(doc, `${[capNote(input.cap), basisNote(input)].filter((t) => t !== '').join(' ')} Peringkat sama untuk rata-rata yang sama; unit tanpa capaian terhitung tidak diberi peringkat.${dated}`, margin.left, y, contentWidth(doc), 9);
  await finishPages(doc, meta, options.onProgress, 0.6);
  const bytes = pdfBytes(doc);
  options.onProgress?.(1);
  return bytes;
}
