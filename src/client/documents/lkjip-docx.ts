// The LKjIP draft as a Word document the office edits (docx, loaded only when asked for): the
// chapters of an LKjIP, Bab III's tables filled, the rest headings with the PK's facts and a line
// saying what the office writes there. Landscape: Bab III's first table has ten columns.
import {
  AlignmentType, Document, HeadingLevel, Packer, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import { buildLkjip, efficiencySentence, type LkjipInput, type LkjipRow } from './lkjip';
import { empty, formatLongDate, formatNip, formatPercentId, formatRupiahPlain } from './format';

const font = 'Arial';
const small = 18; // half-points: 9 pt in tables
const body = 22;

const para = (text: string, options: { bold?: boolean; italics?: boolean; size?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}): Paragraph =>
  new Paragraph({ alignment: options.align, spacing: { after: 120 }, children: [new TextRun({ text, bold: options.bold, italics: options.italics, size: options.size ?? body, font })] });

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1): Paragraph =>
  new Paragraph({ heading: level, spacing: { before: 240, after: 120 }, children: [new TextRun({ text, bold: true, font })] });

/** What the office still has to write, in italics so it stands out and is easy to replace. */
const toWrite = (text: string): Paragraph => para(`[${text}]`, { italics: true });

const cell = (text: string, options: { header?: boolean; rowSpan?: number; columnSpan?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}): TableCell =>
  new TableCell({
    rowSpan: options.rowSpan,
    columnSpan: options.columnSpan,
    shading: options.header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E1E1E1' } : undefined,
    children: text.split('\n').map((line) => new Paragraph({
      alignment: options.align ?? (options.header ? AlignmentType.CENTER : AlignmentType.LEFT),
      children: [new TextRun({ text: line, bold: options.header, size: small, font })],
    })),
  });

const table = (header: string[], rows: TableCell[][]): Table =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, { header: true })) }), ...rows.map((children) => new TableRow({ children }))],
  });

const right = AlignmentType.RIGHT;

/** Table 3.1: per sasaran and indicator, the year's target, realisasi, capaian and predikat. */
function achievementTable(rows: LkjipRow[]): Table {
  return table(
    ['No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian', 'Predikat'],
    rows.map((r) => [
      cell(String(r.number), { align: AlignmentType.CENTER }),
      // The sasaran is written once per goal; Word's vertical merge makes it one cell.
      ...(r.firstOfGoal ? [cell(r.goal, { rowSpan: r.goalSize })] : []),
      cell(r.indicator), cell(r.unit), cell(r.target, { align: right }), cell(r.realisation, { align: right }),
      cell(r.achievement, { align: right }), cell(r.category),
    ]),
  );
}

/** Table 3.2: this year against last year and against the end-of-period target. */
function comparisonTable(rows: LkjipRow[], year: number): Table {
  return table(
    ['No', 'Indikator Kinerja', 'Satuan', `Realisasi ${year - 1}`, `Realisasi ${year}`, 'Perkembangan', 'Target Akhir Periode', 'Capaian thd. Target Akhir Periode'],
    rows.map((r) => [
      cell(String(r.number), { align: AlignmentType.CENTER }), cell(r.indicator), cell(r.unit),
      cell(r.lastYear, { align: right }), cell(r.realisation, { align: right }), cell(r.yearOnYear),
      cell(r.endTarget, { align: right }), cell(r.endAchievement, { align: right }),
    ]),
  );
}

function analysis(rows: LkjipRow[]): Paragraph[] {
  const list = (label: string, lines: string[]): Paragraph[] => [
    para(label, { bold: true }),
    ...(lines.length === 0 ? [toWrite(`${label}: belum diisi pada laporan triwulan`)] : lines.map((line) => para(`• ${line}`))),
  ];
  return rows.flatMap((r) => [
    heading(`${r.number}. ${r.indicator}`, HeadingLevel.HEADING_3),
    para(`Target ${r.target} ${r.unit}, realisasi ${r.realisation} ${r.unit}, capaian ${r.achievement} (${r.category}).`),
    ...list('Faktor pendorong', r.drivers),
    ...list('Faktor penghambat', r.obstacles),
    ...list('Rencana tindak lanjut', r.followUps),
  ]);
}

export async function generateLkjipDocx(input: LkjipInput): Promise<Uint8Array> {
  const lkjip = buildLkjip(input);
  const { agreement } = input;
  const head = agreement.firstParty;
  const signed = agreement.signedOn ? `ditandatangani pada ${formatLongDate(agreement.signedOn)}${agreement.signedPlace ? ` di ${agreement.signedPlace}` : ''}` : 'belum ditandatangani';
  const budgetRows = lkjip.budgetLines.map((l) => [
    cell(l.code), cell(`${'   '.repeat(l.depth)}${l.name}`), cell(formatRupiahPlain(l.budget), { align: right }),
    cell(l.realised === null ? empty : formatRupiahPlain(l.realised), { align: right }), cell(l.absorption, { align: right }),
  ]);
  const totalAbsorption = lkjip.efficiency.absorption === null ? empty : formatPercentId(lkjip.efficiency.absorption);
  budgetRows.push([
    cell('TOTAL', { columnSpan: 2, header: true }), cell(formatRupiahPlain(lkjip.totalBudget), { align: right, header: true }),
    cell(lkjip.totalRealised === null ? empty : formatRupiahPlain(lkjip.totalRealised), { align: right, header: true }), cell(totalAbsorption, { align: right, header: true }),
  ]);
  const averageText = lkjip.average === null ? 'belum dapat dihitung' : `${formatPercentId(lkjip.average)} (${lkjip.averageCategory?.label ?? empty})`;
  const categoryText = lkjip.byCategory.map((c) => `${c.label} ${c.count}`).join(', ') + (lkjip.notComputable > 0 ? `, belum dapat diukur ${lkjip.notComputable}` : '');
  const indicatorCount = lkjip.rows.length;

  const doc = new Document({
    creator: 'Pantau Kinerja',
    title: lkjip.title,
    styles: { default: { document: { run: { font, size: body } } } },
    sections: [{
      properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
      children: [
        para('LAPORAN KINERJA INSTANSI PEMERINTAH', { bold: true, size: 32, align: AlignmentType.CENTER }),
        para(`${input.unitName.toUpperCase()}`, { bold: true, size: 28, align: AlignmentType.CENTER }),
        para(`TAHUN ${input.year}`, { bold: true, size: 28, align: AlignmentType.CENTER }),
        para(input.tenantName, { align: AlignmentType.CENTER }),
        para('Draf disusun dari data Pantau Kinerja; tabel Bab III terisi dari realisasi triwulan, bab lain untuk dilengkapi.', { italics: true, size: small, align: AlignmentType.CENTER }),

        heading('BAB I PENDAHULUAN'),
        para(`${input.unitName} dipimpin oleh ${head.name}, ${head.position}${head.nip ? ` (NIP ${formatNip(head.nip)})` : ''}.`),
        toWrite('Latar belakang, tugas pokok dan fungsi, struktur organisasi, sumber daya, dan isu strategis'),

        heading('BAB II PERENCANAAN KINERJA'),
        para(`Perjanjian Kinerja Tahun ${input.year}${agreement.number ? ` nomor ${agreement.number}` : ''} antara ${head.name} (${head.position}) dan ${agreement.secondParty.name} (${agreement.secondParty.position}), ${signed}. Perjanjian ini memuat ${input.goals.length} sasaran dengan ${indicatorCount} indikator kinerja dan anggaran Rp${formatRupiahPlain(lkjip.totalBudget)}.`),
        table(['No', 'Sasaran', 'Indikator Kinerja', 'Target', 'Satuan'], lkjip.rows.map((r) => [
          cell(String(r.number), { align: AlignmentType.CENTER }), ...(r.firstOfGoal ? [cell(r.goal, { rowSpan: r.goalSize })] : []),
          cell(r.indicator), cell(r.target, { align: right }), cell(r.unit),
        ])),
        toWrite('Rencana strategis: visi, misi, tujuan dan sasaran jangka menengah'),

        heading('BAB III AKUNTABILITAS KINERJA'),
        heading('A. Capaian Kinerja Organisasi', HeadingLevel.HEADING_2),
        para(`Tabel 3.1 Capaian indikator kinerja tahun ${input.year}. Rata-rata capaian: ${averageText}. Sebaran predikat: ${categoryText}.`),
        achievementTable(lkjip.rows),
        para(''),
        para(`Tabel 3.2 Perbandingan realisasi tahun ${input.year} dengan tahun ${input.year - 1} dan dengan target akhir periode Renstra.`),
        comparisonTable(lkjip.rows, input.year),
        heading('B. Analisis Capaian Kinerja', HeadingLevel.HEADING_2),
        ...analysis(lkjip.rows),
        heading('C. Realisasi Anggaran', HeadingLevel.HEADING_2),
        para(`Tabel 3.3 Realisasi anggaran tahun ${input.year} (kumulatif akhir tahun).`),
        table(['Kode', 'Program / Kegiatan / Sub-kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan'], budgetRows),
        heading('D. Efisiensi Penggunaan Sumber Daya', HeadingLevel.HEADING_2),
        para(efficiencySentence(lkjip.efficiency)),

        heading('BAB IV PENUTUP'),
        para(`Dari ${indicatorCount} indikator kinerja, rata-rata capaian tahun ${input.year} ${averageText}.`),
        toWrite('Simpulan, kendala utama, dan langkah perbaikan tahun berikutnya'),
        para(''),
        para(`${head.position},`, { align: AlignmentType.RIGHT }),
        para(''), para(''),
        para(head.name, { bold: true, align: AlignmentType.RIGHT }),
        ...(head.nip ? [para(`NIP ${formatNip(head.nip)}`, { align: AlignmentType.RIGHT })] : []),
      ],
    }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
