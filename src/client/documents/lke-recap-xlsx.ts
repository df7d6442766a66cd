// The pemda recap of the LKE as a workbook: one row per unit, ranked. Scores are numbers shown
// with two decimals; a final score and its component points are kept whole, so a SUM of the
// components is the score, and the running score of an LKE not final sits in a column of its own,
// out of the way of a sort or a sum of final scores.
import writeXlsxFile, { type Row } from 'write-excel-file/universal';
import { formatLongDate } from './format';
import { lkeChangeHeader, lkeComponentHeader, lkeRecapNote, lkeRecapTitle, lkeStatusMark, rankLkeRecap, type LkeRecapInput } from './lke-recap';
import { blank, header, number, text, xlsxBytes } from './xlsx-base';

export const lkeRecapSheetName = 'Rekap LKE';

const scoreFormat = '0.00';
const changeFormat = '+0.00;-0.00;0.00';

export async function generateLkeRecapXlsx(input: LkeRecapInput): Promise<Uint8Array> {
  const rows: Row[] = [[
    'Peringkat', 'Perangkat Daerah', 'Status', 'Nilai', 'Nilai Sementara', 'Predikat', 'Keterangan Predikat',
    ...input.components.map(lkeComponentHeader), `Nilai ${input.year - 1}`, lkeChangeHeader(input.year),
  ].map(header)];
  const ranked = rankLkeRecap(input.units);
  for (const row of ranked) {
    const isFinal = row.finalScore !== null;
    rows.push([
      row.rank === null ? blank() : number(row.rank),
      text(row.name),
      text(lkeStatusMark[row.status]),
      isFinal && row.score !== null ? number(row.score, scoreFormat) : blank(),
      !isFinal && row.score !== null ? number(row.score, scoreFormat) : blank(),
      row.predikat ? text(row.predikat.code) : blank(),
      row.predikat ? text(row.predikat.label) : blank(),
      ...input.components.map((_, c) => {
        const points = row.componentPoints?.[c];
        return points === undefined ? blank() : number(points, scoreFormat);
      }),
      row.lastYearScore === null ? blank() : number(row.lastYearScore, scoreFormat),
      row.change === null ? blank() : number(row.change, changeFormat),
    ]);
  }
  const notes: Row[] = [
    [header('Keterangan'), header('')],
    [text('Judul'), text(lkeRecapTitle(input.year))],
    [text('Pemerintah daerah'), text(input.tenantName)],
    [text('Cara penghitungan'), text(lkeRecapNote(input.year, ranked))],
    [text('Nilai sementara'), text('LKE yang belum final: nilai dari jawaban yang ada, bukan nilai akhir.')],
    ...(input.date ? [[text('Tanggal'), text(formatLongDate(input.date))]] : []),
  ];
  const blob = await writeXlsxFile([
    {
      sheet: lkeRecapSheetName, data: rows, stickyRowsCount: 1,
      columns: [{ width: 10 }, { width: 45 }, { width: 14 }, { width: 10 }, { width: 12 }, { width: 10 }, { width: 18 }, ...input.components.map(() => ({ width: 16 })), { width: 10 }, { width: 14 }],
    },
    { sheet: 'Keterangan', data: notes, columns: [{ width: 20 }, { width: 90 }] },
  ]).toBlob();
  return xlsxBytes(blob);
}
