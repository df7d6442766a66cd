// The PK as printed for signature (domain.md, "The PK document"): A4 portrait, the statement sheet
// then the attachment (table 1: sasaran, indikator, what it supports when the pemda wants it,
// targets incl. TW I–IV; table 2: program / kegiatan / sub-kegiatan with anggaran and TOTAL).
// Loaded only when the user prints.
import { autoTable, type RowInput } from 'jspdf-autotable';
import { orderProgramTree, programBudgetTotal } from '../../domain/program-tree';
import type { DocumentFonts } from './assets';
import { formatLongDate, formatNip, formatRupiahPlain, formatTargetText } from './format';
import {
  afterTable, centred, contentWidth, createPdf, ensureSpace, finishPages, letterheadLogo, margin, paragraph, pdfBytes, setText,
  signatureBlocks, tableStyles, type PdfMeta,
} from './pdf-base';
import {
  firstPartyPromise, isDraftPk, openingSentence, pkTitle, secondPartyPromise, supportsColumnHeader, type PkDocumentInput,
} from './pk-document';
import { progressStage, type ProgressCallback } from './progress';

export interface GenerateOptions {
  fonts: DocumentFonts;
  onProgress?: ProgressCallback;
}

function partyLines(doc: ReturnType<typeof createPdf>, y: number, rows: Array<[string, string]>): number {
  const labelWidth = 42;
  let cursor = y;
  for (const [label, value] of rows) {
    setText(doc, 11, 'normal');
    const lines = doc.splitTextToSize(value, contentWidth(doc) - labelWidth - 12) as string[];
    cursor = ensureSpace(doc, cursor, lines.length * 5.2);
    doc.text(label, margin.left + 8, cursor);
    doc.text(':', margin.left + 8 + labelWidth - 3, cursor);
    lines.forEach((line, i) => doc.text(line, margin.left + 8 + labelWidth, cursor + i * 5.2));
    cursor += lines.length * 5.2;
  }
  return cursor + 1;
}

const placeAndDate = (input: PkDocumentInput): string => {
  const { signedOn, signedPlace, year } = input.agreement;
  const place = signedPlace && signedPlace.trim() !== '' ? signedPlace.trim() : '....................';
  return `${place}, ${signedOn ? formatLongDate(signedOn) : `.................... ${year}`}`;
};

function statementSheet(doc: ReturnType<typeof createPdf>, input: PkDocumentInput): void {
  const { agreement } = input;
  let y = letterheadLogo(doc, input.logo, margin.top - 4);
  y = centred(doc, pkTitle(agreement.year), y + 4, 14);
  y = centred(doc, input.unitName.toUpperCase(), y + 1, 13);
  if (agreement.number) y = centred(doc, `Nomor: ${agreement.number}`, y + 1, 11, 'normal');
  if (agreement.version > 0) y = centred(doc, `(Perubahan ke-${agreement.version})`, y, 11, 'normal');
  y += 6;
  const width = contentWidth(doc);
  y = paragraph(doc, openingSentence, margin.left, y, width);
  y += 2;
  const first = agreement.firstParty;
  y = partyLines(doc, y, [
    ['Nama', first.name],
    ['Jabatan', first.position],
    ...(first.rank.trim() !== '' ? [['Pangkat/Golongan', first.rank] as [string, string]] : []),
    ...(first.nip ? [['NIP', formatNip(first.nip)] as [string, string]] : []),
  ]);
  y = paragraph(doc, 'selanjutnya disebut PIHAK PERTAMA.', margin.left, y, width);
  y += 2;
  y = partyLines(doc, y, [
    ['Nama', agreement.secondParty.name],
    ['Jabatan', agreement.secondParty.position],
  ]);
  y = paragraph(doc, 'selaku atasan pihak pertama, selanjutnya disebut PIHAK KEDUA.', margin.left, y, width);
  y += 3;
  y = paragraph(doc, firstPartyPromise, margin.left, y, width);
  y += 2;
  y = paragraph(doc, secondPartyPromise, margin.left, y, width);
  y += 6;
  signatureBlocks(
    doc,
    y,
    { heading: ['', 'PIHAK KEDUA,', agreement.secondParty.position], name: agreement.secondParty.name, below: [] },
    {
      heading: [placeAndDate(input), 'PIHAK PERTAMA,', first.position],
      name: first.name,
      below: [first.rank, first.nip ? `NIP. ${formatNip(first.nip)}` : ''].filter((line) => line.trim() !== ''),
    },
  );
}

function indicatorRows(input: PkDocumentInput): RowInput[] {
  const rows: RowInput[] = [];
  const supports = input.supportsColumn === true;
  input.goals.forEach((goal, g) => {
    const indicators = goal.indicators.length > 0 ? goal.indicators : [null];
    indicators.forEach((indicator, i) => {
      const lead = i === 0
        ? [{ content: String(g + 1), rowSpan: indicators.length, styles: { halign: 'center' as const } }, { content: goal.name, rowSpan: indicators.length }]
        : [];
      if (indicator === null) {
        rows.push([...lead, { content: '—', colSpan: supports ? 8 : 7 }]);
        return;
      }
      rows.push([
        ...lead,
        indicator.name,
        ...(supports ? [indicator.supportsName || '—'] : []),
        formatTargetText(indicator, indicator.annualTarget),
        indicator.unit,
        ...indicator.quarterTargets.map((t) => formatTargetText(indicator, t)),
      ]);
    });
  });
  return rows;
}

/**
 * Widths (mm) of the indicator table's columns; the indicator's name takes what is left of the
 * 180 mm. With the "Mendukung" column (printed a point smaller) the others narrow so the name keeps
 * about 32 mm and a predikat, a satuan or a word of a text target still fits on a line.
 */
function indicatorColumnStyles(supports: boolean) {
  const centre = (cellWidth: number) => ({ cellWidth, halign: 'center' as const });
  const lead = [centre(8), { cellWidth: supports ? 26 : 34 }, { cellWidth: 'auto' as const }];
  const quarter = supports ? 13 : 16;
  const rest = [centre(supports ? 17 : 19), centre(supports ? 15 : 17), centre(quarter), centre(quarter), centre(quarter), centre(quarter)];
  return Object.fromEntries([...lead, ...(supports ? [{ cellWidth: 30 }] : []), ...rest].map((style, i) => [i, style]));
}

function attachment(doc: ReturnType<typeof createPdf>, input: PkDocumentInput): void {
  doc.addPage();
  let y = centred(doc, `LAMPIRAN ${pkTitle(input.agreement.year)}`, margin.top + 2, 12);
  y = centred(doc, input.unitName.toUpperCase(), y, 12);
  autoTable(doc, {
    ...tableStyles,
    startY: y + 4,
    head: [
      [
        { content: 'No', rowSpan: 2 },
        { content: 'Sasaran', rowSpan: 2 },
        { content: 'Indikator Kinerja', rowSpan: 2 },
        ...(input.supportsColumn ? [{ content: supportsColumnHeader, rowSpan: 2 }] : []),
        { content: 'Target', rowSpan: 2 },
        { content: 'Satuan', rowSpan: 2 },
        { content: 'Target Triwulan', colSpan: 4 },
      ],
      ['TW I', 'TW II', 'TW III', 'TW IV'],
    ],
    body: indicatorRows(input),
    rowPageBreak: 'avoid',
    styles: { ...tableStyles.styles, fontSize: input.supportsColumn ? 7 : 8 },
    columnStyles: indicatorColumnStyles(input.supportsColumn === true),
  });

  const lines = orderProgramTree(input.programs);
  let number = 0;
  const body: RowInput[] = lines.map((line) => {
    if (line.depth === 0) number += 1;
    const label = line.program.code.trim() === '' ? line.program.name : `${line.program.code}  ${line.program.name}`;
    return [
      { content: line.depth === 0 ? String(number) : '', styles: { halign: 'center' } },
      { content: label, styles: { cellPadding: { top: 1.5, bottom: 1.5, right: 1.5, left: 1.5 + line.depth * 5 }, fontStyle: line.depth === 0 ? 'bold' : 'normal' } },
      { content: formatRupiahPlain(line.program.budget), styles: { halign: 'right', fontStyle: line.depth === 0 ? 'bold' : 'normal' } },
    ];
  });
  if (body.length === 0) body.push([{ content: '—', colSpan: 3, styles: { halign: 'center' } }]);
  const start = ensureSpace(doc, afterTable(doc) + 8, 30);
  autoTable(doc, {
    ...tableStyles,
    startY: start,
    head: [['No', 'Program/Kegiatan/Sub-kegiatan', 'Anggaran (Rp)']],
    body,
    foot: [[{ content: 'TOTAL', colSpan: 2, styles: { halign: 'center' } }, { content: formatRupiahPlain(programBudgetTotal(input.programs)), styles: { halign: 'right' } }]],
    showFoot: 'lastPage',
    rowPageBreak: 'avoid',
    columnStyles: { 0: { cellWidth: 10 }, 1: { cellWidth: 'auto' }, 2: { cellWidth: 40 } },
  });
  // The attachment is signed too.
  signatureBlocks(
    doc,
    afterTable(doc) + 10,
    { heading: ['', 'PIHAK KEDUA,', input.agreement.secondParty.position], name: input.agreement.secondParty.name, below: [] },
    {
      heading: [placeAndDate(input), 'PIHAK PERTAMA,', input.agreement.firstParty.position],
      name: input.agreement.firstParty.name,
      below: input.agreement.firstParty.nip ? [`NIP. ${formatNip(input.agreement.firstParty.nip)}`] : [],
    },
  );
}

export function pkPdfMeta(input: PkDocumentInput): PdfMeta {
  const title = `Perjanjian Kinerja Tahun ${input.agreement.year} — ${input.unitName}`;
  return { title, subject: 'Perjanjian Kinerja', runningHeader: title, draft: isDraftPk(input) };
}

export async function generatePkPdf(input: PkDocumentInput, options: GenerateOptions): Promise<Uint8Array> {
  const meta = pkPdfMeta(input);
  const step = progressStage(options.onProgress, 0, 0.9, 2);
  const doc = createPdf('portrait', options.fonts, meta);
  statementSheet(doc, input);
  await step();
  attachment(doc, input);
  await step();
  await finishPages(doc, meta, options.onProgress);
  const bytes = pdfBytes(doc);
  options.onProgress?.(1);
  return bytes;
}
