// The pemda recap as a workbook: one row per unit, ranked; averages and absorption as numbers.
import writeXlsxFile, { type Row } from 'write-excel-file/universal';
import { header, number, percentFormat, blank, text, xlsxBytes } from './xlsx-base';
import { basisNote, capNote, rankRecap, recapTitle, recapUnitName, type RecapInput } from './recap';

export const recapSheetName = 'Rekap';

export async function generateRecapXlsx(input: RecapInput): Promise<Uint8Array> {
  const rows: Row[] = [['Peringkat', 'Perangkat Daerah', 'Indikator Dihitung', 'Jumlah Indikator', 'Rata-rata Capaian (%)', 'Predikat', 'Serapan Anggaran (%)'].map(header)];
  for (const unit of rankRecap(input.units)) {
    rows.push([
      unit.rank === null ? blank() : number(unit.rank),
      text(recapUnitName(unit, input)),
      number(unit.indicatorCount - unit.notComputable),
      number(unit.indicatorCount),
      unit.average === null ? blank() : number(unit.average, percentFormat),
      unit.category ? text(unit.category.label) : blank(),
      unit.absorption === null ? blank() : number(unit.absorption, percentFormat),
    ]);
  }
  const notes: Row[] = [
    [header('Keterangan'), header('')],
    [text('Judul'), text(recapTitle(input))],
    [text('Pemerintah daerah'), text(input.tenantName)],
    [text('Catatan'), text(capNote(input.cap))],
    [text('Dasar angka'), text(input.verifiedOnly ? 'Hanya realisasi terverifikasi' : 'Semua realisasi terisi')],
    ...(basisNote(input) === '' ? [] : [[text('Tanda'), text(basisNote(input))]]),
  ];
  const blob = await writeXlsxFile([
    { sheet: recapSheetName, data: rows, stickyRowsCount: 1, columns: [{ width: 10 }, { width: 45 }, { width: 12 }, { width: 12 }, { width: 14 }, { width: 16 }, { width: 14 }] },
    { sheet: 'Keterangan', data: notes, columns: [{ width: 20 }, { width: 80 }] },
  ]).toBlob();
  return xlsxBytes(blob);
}
