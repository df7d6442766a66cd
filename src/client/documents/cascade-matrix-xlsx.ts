// The matriks cascading as a workbook: one row per supporting indicator under its sasaran daerah
// and IKU (achievement as a number), and a sheet of the indicators not aligned yet.
import writeXlsxFile, { type Row } from 'write-excel-file/universal';
import { blank, header, number, percentFormat, text, xlsxBytes } from './xlsx-base';
import { achievementNote, cascadeMatrixTitle, levelNote, type CascadeMatrixInput } from './cascade-matrix';
import { noSupporterText } from './cascade-words';

export const cascadeSheetName = 'Matriks Cascading';

export async function generateCascadeMatrixXlsx(input: CascadeMatrixInput): Promise<Uint8Array> {
  // The RPJMD's column only where the pemda has entered its plan and linked a sasaran to it.
  const planned = input.rows.some((r) => r.tujuan !== '');
  const rows: Row[] = [[
    ...(planned ? ['Misi dan Tujuan RPJMD'] : []),
    'Sasaran Daerah', 'IKU', 'Target IKU', 'Perangkat Daerah', 'Indikator Pendukung', 'Tingkat', 'Target', 'Capaian s.d. TW (%)', 'Berisiko',
  ].map(header)];
  for (const row of input.rows) {
    rows.push([
      ...(planned ? [row.tujuan === '' ? blank() : text(row.tujuan)] : []),
      text(row.sasaran), text(row.iku), text(row.ikuTarget), row.unit === '' ? blank() : text(row.unit),
      row.indicator === '' ? text(noSupporterText) : text(row.indicator),
      row.depth === 0 ? blank() : number(row.depth), row.target === '' ? blank() : text(row.target),
      row.achievement === null ? blank() : number(row.achievement, percentFormat), text(row.atRisk ? 'Ya' : 'Tidak'),
    ]);
  }
  const unaligned: Row[] = [['Perangkat Daerah', 'Indikator Belum Selaras'].map(header), ...input.unaligned.map((u) => [text(u.unit), text(u.indicator)])];
  const notes: Row[] = [
    [header('Keterangan'), header('')],
    [text('Judul'), text(cascadeMatrixTitle(input))],
    [text('Pemerintah daerah'), text(input.tenantName)],
    [text('Tingkat'), text(levelNote)],
    [text('Capaian'), text(achievementNote(input))],
  ];
  const blob = await writeXlsxFile([
    {
      sheet: cascadeSheetName, data: rows, stickyRowsCount: 1,
      columns: [...(planned ? [{ width: 50 }] : []), { width: 40 }, { width: 40 }, { width: 14 }, { width: 32 }, { width: 50 }, { width: 8 }, { width: 14 }, { width: 14 }, { width: 10 }],
    },
    { sheet: 'Belum Selaras', data: unaligned, stickyRowsCount: 1, columns: [{ width: 40 }, { width: 60 }] },
    { sheet: 'Keterangan', data: notes, columns: [{ width: 20 }, { width: 90 }] },
  ]).toBlob();
  return xlsxBytes(blob);
}
