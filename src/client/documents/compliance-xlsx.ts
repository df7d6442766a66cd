// Kepatuhan pelaporan as a workbook: one row per unit (late first), counts and the average as
// numbers; sheet "Keterangan" with the summary, the deadline and the basis of the figures.
import writeXlsxFile, { type Row } from 'write-excel-file/universal';
import { basisText, complianceTitle, deadlineText, sortCompliance, stateText, type ComplianceInput } from './compliance';
import { blank, header, number, percentFormat, text, xlsxBytes } from './xlsx-base';

export const complianceSheetName = 'Kepatuhan';

export async function generateComplianceXlsx(input: ComplianceInput): Promise<Uint8Array> {
  const rows: Row[] = [['Perangkat Daerah', 'Wajib', 'Diisi', 'Diajukan', 'Terverifikasi', 'Dikembalikan', 'Belum Diajukan', 'Rata-rata Capaian (%)', 'Keadaan', 'Belum Terverifikasi', 'Tanpa Tanda Periksa (%)', 'Dengan Bukti Dukung (%)', 'Tepat Waktu (%)'].map(header)];
  for (const unit of sortCompliance(input.units)) {
    rows.push([
      text(unit.name),
      ...[unit.due, unit.entered, unit.submitted, unit.verified, unit.returned, unit.outstanding].map((n) => number(n)),
      unit.average === null ? blank() : number(unit.average, percentFormat),
      text(stateText(unit)),
      number(unit.unverified),
      ...[unit.unflaggedPercent, unit.evidencePercent, unit.onTimePercent].map((p) => (p === null || p === undefined ? blank() : number(p, percentFormat))),
    ]);
  }
  const { summary } = input;
  const notes: Row[] = [
    [header('Keterangan'), header('')],
    [text('Judul'), text(complianceTitle(input))],
    [text('Pemerintah daerah'), text(input.tenantName)],
    [text('Rata-rata capaian pemda (%)'), summary.averageAchievement === null ? blank() : number(summary.averageAchievement, percentFormat)],
    [text('Realisasi terverifikasi (%)'), summary.verifiedPercent === null ? blank() : number(summary.verifiedPercent, percentFormat)],
    [text('Unit terlambat'), number(summary.unitsLate)],
    [text('Jumlah unit'), number(summary.units)],
    [text('Tenggat'), text(deadlineText(input))],
    [text('Dasar angka'), text(input.verifiedOnly ? 'Hanya realisasi terverifikasi' : 'Semua realisasi terisi (kolom Belum Terverifikasi menghitung yang belum diverifikasi)')],
    [text('Catatan'), text(basisText(input))],
    [text('Kualitas data'), text('Tanpa tanda periksa: realisasi triwulan ini yang lolos semua pemeriksaan isian pemda (salah titik/koma, persentase, jauh dari target, penjelasan). Dengan bukti dukung: yang berlampiran bukti. Tepat waktu: setelah tenggat lewat, indikator wajib yang sudah sampai ke penilai; kosong bila tenggat belum lewat.')],
  ];
  const blob = await writeXlsxFile([
    { sheet: complianceSheetName, data: rows, stickyRowsCount: 1, columns: [{ width: 45 }, ...Array.from({ length: 6 }, () => ({ width: 12 })), { width: 14 }, { width: 12 }, { width: 14 }, { width: 16 }, { width: 16 }, { width: 14 }] },
    { sheet: 'Keterangan', data: notes, columns: [{ width: 28 }, { width: 80 }] },
  ]).toBlob();
  return xlsxBytes(blob);
}
