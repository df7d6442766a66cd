// The LHE as a PDF, A4 portrait: title and unit, the summary (score and predikat), the score per
// component and sub-component, the findings with the evaluator's notes, the recommendations, and
// the signatures (the evaluator; the unit's head acknowledges receipt). An LKE not final yet
// prints as a DRAF.
import { autoTable, type RowInput } from 'jspdf-autotable';
import type { DocumentFonts } from './assets';
import { formatFigure, formatLongDate, formatPercentId } from './format';
import { buildLhe, lheScoreText, lheSummary, lheTitle, type LheInput } from './lhe';
import {
  afterTable, centred, contentWidth, createPdf, ensureSpace, finishPages, letterheadLogo, margin, paragraph, pdfBytes, signatureBlocks, signer, tableStyles,
  type PdfMeta,
} from './pdf-base';
import { progressStage, type ProgressCallback } from './progress';

export async function generateLhePdf(input: LheInput, options: { fonts: DocumentFonts; onProgress?: ProgressCallback }): Promise<Uint8Array> {
  const lhe = buildLhe(input);
  const meta: PdfMeta = {
    title: `LHE ${input.year} — ${input.unitName}`, subject: 'Laporan hasil evaluasi akuntabilitas kinerja',
    runningHeader: `LHE AKIP ${input.year} — ${input.unitName}`, draft: !lhe.final,
  };
  const doc = createPdf('portrait', options.fonts, meta);
  const step = progressStage(options.onProgress, 0, 0.6, 3);
  let y = letterheadLogo(doc, input.logo ?? null, margin.top - 6);
  y = centred(doc, lheTitle, y + 2, 12);
  y = centred(doc, `${input.unitName.toUpperCase()} TAHUN ${input.year}`, y, 11);
  y = centred(doc, input.tenantName, y, 10, 'normal');

  y = paragraph(doc, 'A. Hasil Evaluasi', margin.left, y + 6, contentWidth(doc), 11, 'bold');
  const when = lhe.final && input.evaluation?.finalisedAt ? ` Hasil ditetapkan ${formatLongDate(input.evaluation.finalisedAt.slice(0, 10))}.` : ' Evaluasi belum final: nilai sementara dari jawaban yang ada.';
  y = paragraph(doc, `Berdasarkan evaluasi atas penerapan SAKIP ${input.unitName} tahun ${input.year}, diperoleh ${lheSummary(lhe)}.${when}`, margin.left, y, contentWidth(doc));

  y = paragraph(doc, 'B. Nilai per Komponen', margin.left, ensureSpace(doc, y + 4, 30), contentWidth(doc), 11, 'bold');
  const body: RowInput[] = lhe.components.flatMap((c) => [
    [{ content: c.title, styles: { fontStyle: 'bold' } }, { content: formatFigure(c.weight), styles: { halign: 'right' } }, { content: lheScoreText(c.points), styles: { halign: 'right', fontStyle: 'bold' } }, { content: formatPercentId(c.percent), styles: { halign: 'right' } }],
    ...c.subComponents.map((s) => [`    ${s.title}`, { content: lheScoreText(s.maxPoints), styles: { halign: 'right' as const } }, { content: lheScoreText(s.points), styles: { halign: 'right' as const } }, '']),
  ]);
  body.push([{ content: 'Jumlah', styles: { fontStyle: 'bold' } }, { content: '100', styles: { halign: 'right' } }, { content: lheScoreText(lhe.score), styles: { halign: 'right', fontStyle: 'bold' } }, { content: lhe.predikat.code, styles: { halign: 'right', fontStyle: 'bold' } }]);
  autoTable(doc, {
    ...tableStyles, startY: y + 1, head: [['Komponen / Sub-komponen', 'Bobot', 'Nilai', 'Capaian']], body, rowPageBreak: 'avoid',
    columnStyles: { 0: { cellWidth: 'auto' }, 1: { cellWidth: 20 }, 2: { cellWidth: 20 }, 3: { cellWidth: 22 } },
  });
  await step();

  y = paragraph(doc, 'C. Catatan Hasil Evaluasi', margin.left, ensureSpace(doc, afterTable(doc) + 6, 20), contentWidth(doc), 11, 'bold');
  if (lhe.findings.length === 0) {
    y = paragraph(doc, 'Seluruh kriteria dinilai memenuhi sepenuhnya; tidak ada catatan.', margin.left, y, contentWidth(doc));
  } else {
    autoTable(doc, {
      ...tableStyles, startY: y + 1, styles: { ...tableStyles.styles, fontSize: 8 },
      head: [['No', 'Komponen', 'Kriteria', 'Jawaban Unit', 'Hasil Evaluasi', 'Catatan Evaluator']],
      body: lhe.findings.map((f) => [{ content: String(f.number), styles: { halign: 'center' } }, f.component, f.criterion, f.self, f.review, f.note]),
      columnStyles: { 0: { cellWidth: 8 }, 1: { cellWidth: 26 }, 2: { cellWidth: 'auto' }, 3: { cellWidth: 18 }, 4: { cellWidth: 18 }, 5: { cellWidth: 45 } },
    });
    y = afterTable(doc);
  }
  y = paragraph(doc, 'D. Rekomendasi', margin.left, ensureSpace(doc, y + 6, 20), contentWidth(doc), 11, 'bold');
  if (input.recommendations.length === 0) y = paragraph(doc, 'Tidak ada rekomendasi.', margin.left, y, contentWidth(doc));
  input.recommendations.forEach((r, i) => {
    y = paragraph(doc, `${i + 1}. ${r.text}`, margin.left, ensureSpace(doc, y, 8), contentWidth(doc));
  });
  await step();

  const date = input.date ? formatLongDate(input.date) : `.................... ${input.year + 1}`;
  const place = input.place && input.place.trim() !== '' ? input.place.trim() : '....................';
  signatureBlocks(doc, y + 10, signer(['Diterima oleh:'], { name: '', position: `Kepala ${input.unitName}`, nip: null }), signer([`${place}, ${date}`, 'Evaluator,'], input.evaluatedBy));
  await step();
  await finishPages(doc, meta, options.onProgress, 0.6);
  const bytes = pdfBytes(doc);
  options.onProgress?.(1);
  return bytes;
}
