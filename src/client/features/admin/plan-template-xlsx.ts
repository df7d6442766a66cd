// Admin → RPJMD → "Unduh template (XLSX)": the plan's sheet (domain/rpjmd-plan-template.ts) with
// labels and headers in bold, the number columns formatted as Text (so "1.2" typed later stays
// "1.2", not a date or 1,2), the sheet of sasaran daerah and IKU with their targets as numbers, and
// "Petunjuk". write-excel-file loads only when a template is made.
import type { CellObject, Row } from 'write-excel-file/universal';
import { maxPlanYears, type RpjmdPlanContent } from '../../../domain/rpjmd-plan';
import { planSasaranLimits } from '../../../domain/rpjmd-plan-sasaran';
import { planImportLimits, planSasaranSheetName, planSheetName } from '../../../domain/rpjmd-plan-sheet';
import { rpjmdPlanSasaranTemplateRows, rpjmdPlanTemplateRows, type PlanTemplateCell } from '../../../domain/rpjmd-plan-template';

const bold = { fontWeight: 'bold', backgroundColor: '#E6EEF0', wrap: true, alignVertical: 'top' } as const;

function cellOf(cell: PlanTemplateCell): CellObject {
  switch (cell.kind) {
    case 'label':
    case 'header':
      return { value: String(cell.value ?? ''), type: String, ...bold };
    case 'year':
      return { value: Number(cell.value), type: Number };
    case 'number':
      return { value: cell.value === null ? undefined : String(cell.value), type: String, format: '@', alignVertical: 'top' };
    case 'value':
      return { value: typeof cell.value === 'number' ? cell.value : undefined, type: Number, alignVertical: 'top' };
    default:
      return { value: cell.value === null || cell.value === '' ? undefined : String(cell.value), type: String, wrap: true, alignVertical: 'top' };
  }
}

const instructions: [string, string][] = [
  ['Cara mengisi', `Isi lembar "${planSheetName}": periode awal dan akhir (tahun), visi, lalu tabel misi dan tujuan. Jangan ubah teks di kolom pertama tiga baris teratas dan baris judul kolom.`],
  ['Misi', 'Tulis nomor dan teks misi pada baris pertama misi itu. Tujuan pertamanya boleh pada baris yang sama; tujuan berikutnya di baris bawahnya dengan kolom No misi dan Misi kosong.'],
  ['Tujuan', 'Nomor tujuan ditulis nomor misi, titik, nomor urut: 2.1, 2.2. Boleh dikosongkan: tujuan mendapat nomor berikutnya di misinya.'],
  ['Nomor', 'Nomor menentukan misi dan tujuan mana yang tetap terhubung ke sasaran daerah: Tujuan 2.1 di berkas menggantikan tujuan 2.1 rencana tersimpan. Ubah teksnya bila perlu, tetapi jangan menomori ulang. Untuk menghapus, hapus barisnya dan biarkan nomor yang lain seperti semula. Baris baru diberi nomor baru.'],
  ['Batas', `Visi paling panjang ${planImportLimits.visi} huruf, teks misi dan tujuan ${planImportLimits.text} huruf; paling banyak ${planImportLimits.misi} misi dan ${planImportLimits.tujuanPerMisi} tujuan per misi. Periode paling lama ${maxPlanYears} tahun.`],
  ['Sasaran dan IKU', `Lembar "${planSasaranSheetName}": setiap sasaran daerah di bawah tujuannya (kolom Tujuan berisi nomor tujuan dari lembar "${planSheetName}", misalnya 1.2), dengan IKU, satuan, polaritas (naik atau turun; kosong berarti naik), target tiap tahun periode dan target akhir periode. IKU pertama boleh pada baris sasarannya; IKU berikutnya di baris bawahnya dengan kolom Tujuan dan Sasaran daerah kosong. Angka ditulis dengan koma desimal (74,5) atau sebagai angka Excel. Paling banyak ${planSasaranLimits.sasaran} sasaran daerah dan ${planSasaranLimits.ikuPerSasaran} IKU per sasaran. Berkas tanpa lembar ini tidak mengubah sasaran daerah yang tersimpan.`],
  ['Yang terjadi saat impor', 'Isi berkas dimuat ke draf rencana di layar untuk diperiksa; belum ada yang disimpan sampai Anda menekan Simpan. Bila ada baris yang salah, tidak ada yang dimuat dan setiap kesalahan ditampilkan dengan nomor barisnya.'],
];

export interface PlanTemplateSheet { sheet: string; data: Row[]; columns: { width: number }[] }

/** The three sheets as data, for writing here or (in tests) with write-excel-file/node. */
export function planTemplateSheets(plan: RpjmdPlanContent | null, period: { periodStart: number; periodEnd: number }): PlanTemplateSheet[] {
  return [
    { sheet: planSheetName, data: rpjmdPlanTemplateRows(plan, period).map((row) => row.map(cellOf)), columns: [{ width: 14 }, { width: 60 }, { width: 12 }, { width: 60 }] },
    {
      sheet: planSasaranSheetName, data: rpjmdPlanSasaranTemplateRows(plan, period).map((row) => row.map(cellOf)),
      columns: [{ width: 10 }, { width: 50 }, { width: 50 }, { width: 14 }, { width: 14 }, ...Array.from({ length: period.periodEnd - period.periodStart + 1 }, () => ({ width: 13 })), { width: 16 }],
    },
    {
      sheet: 'Petunjuk',
      data: [[{ value: 'Hal', type: String, ...bold }, { value: 'Petunjuk', type: String, ...bold }], ...instructions.map(([a, b]): Row => [{ value: a, type: String }, { value: b, type: String, wrap: true }])],
      columns: [{ width: 22 }, { width: 100 }],
    },
  ];
}

export const planTemplateFileName = (plan: Pick<RpjmdPlanContent, 'periodStart' | 'periodEnd'> | null): string =>
  (plan ? `Template-RPJMD-${plan.periodStart}-${plan.periodEnd}.xlsx` : 'Template-RPJMD.xlsx');

export async function generatePlanTemplate(plan: RpjmdPlanContent | null, period: { periodStart: number; periodEnd: number }): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  return writeXlsxFile(planTemplateSheets(plan, period)).toBlob();
}
