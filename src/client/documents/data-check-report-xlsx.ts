// Hasil pemeriksaan data as a workbook: one row per flagged entry (unit, indicator, value and
// target as numbers, status, evidence, what the checks found, how strict), and a sheet
// "Keterangan" with the quarter, the counts and the pemda's settings of the checks.
import writeXlsxFile, { type Row } from 'write-excel-file/universal';
import { dataCheckKinds, dataChecksOf } from '../../domain/data-checks';
import { realisationStatusLabel } from '../ui/realisation-status-messages';
import { dataCheckReportTitle, findingTexts, severityText, sortEntries, strictestSeverity, type DataCheckReportInput } from './data-check-report';
import { blank, header, number, text, xlsxBytes } from './xlsx-base';

export const dataCheckSheetName = 'Pemeriksaan';

const checkNames = {
  separatorSlip: 'Salah titik atau koma', percentOutOfRange: 'Persentase di luar 0–100', notWholeCount: 'Bilangan pecahan untuk satuan yang dihitung utuh',
  outOfBounds: 'Nilai di luar batas indikator',
  farFromTarget: 'Capaian jauh dari target', explanationMissing: 'Penjelasan capaian belum ditulis', evidenceMissing: 'Bukti dukung belum dilampirkan (saat pengajuan)',
} as const;

export async function generateDataCheckReportXlsx(input: DataCheckReportInput): Promise<Uint8Array> {
  const rows: Row[] = [['Perangkat Daerah', 'Indikator', 'Satuan', 'Realisasi', 'Target Triwulan', 'Status', 'Bukti Dukung', 'Temuan', 'Tingkat'].map(header)];
  for (const entry of sortEntries(input.entries)) {
    rows.push([
      text(entry.unitName), text(entry.indicatorName), text(entry.measure), number(entry.value),
      entry.target === null ? blank() : number(entry.target), text(realisationStatusLabel(entry.status, 'id')),
      text(entry.hasEvidence ? 'Ada' : 'Tidak ada'), text(findingTexts(entry).join('\n')), text(severityText[strictestSeverity(entry, input.settings)]),
    ]);
  }
  if (input.entries.length === 0) rows.push([text('Tidak ada realisasi yang ditandai pemeriksaan data pada triwulan ini.')]);
  const checks = dataChecksOf(input.settings);
  const notes: Row[] = [
    [header('Keterangan'), header('')],
    [text('Judul'), text(dataCheckReportTitle(input))],
    [text('Pemerintah daerah'), text(input.tenantName)],
    [text('Realisasi terisi'), number(input.entered)],
    [text('Realisasi bertanda'), number(input.entries.length)],
    [text('Jauh di atas target bila capaian lebih dari (%)'), number(checks.farAbovePercent)],
    [text('Jauh di bawah target bila capaian kurang dari (%)'), number(checks.farBelowPercent)],
    ...dataCheckKinds.map((kind): Row => [text(checkNames[kind]), text(severityText[checks.severity[kind]])]),
  ];
  const blob = await writeXlsxFile([
    { sheet: dataCheckSheetName, data: rows, stickyRowsCount: 1, columns: [{ width: 36 }, { width: 48 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 16 }, { width: 12 }, { width: 70 }, { width: 22 }] },
    { sheet: 'Keterangan', data: notes, columns: [{ width: 48 }, { width: 70 }] },
  ]).toBlob();
  return xlsxBytes(blob);
}
