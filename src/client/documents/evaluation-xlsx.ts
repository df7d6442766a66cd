// The quarterly evaluation form as a workbook: sheet "Evaluasi" (one row per indicator, numbers
// as numbers, empty realisations left empty) and sheet "Keterangan" (unit, average, signers).
import writeXlsxFile, { type Row } from 'write-excel-file/universal';
import type { TargetValue } from '../../domain/indicator';
import { quarterRoman } from '../../domain/period';
import { averageLine, buildEvaluation, evaluationTitle, type EvaluationIndicatorShape, type EvaluationInput } from './evaluation';
import { empty, formatLongDate, formatTargetText } from './format';
import { blank, header, number, percentFormat, text, xlsxBytes } from './xlsx-base';
import { realisationStatusLabel } from '../ui/realisation-status-messages';
import { progressStage, type ProgressCallback } from './progress';
import { scaleLabel } from '../../domain/scale-label';

export const evaluationSheetNames = { form: 'Evaluasi', notes: 'Keterangan' } as const;

function targetCell(indicator: EvaluationIndicatorShape, target: TargetValue | null) {
  if (target === null) return blank();
  if (typeof target === 'number' && indicator.targetType !== 'scale') return number(target);
  return text(formatTargetText(indicator, target));
}

function valueCell(indicator: EvaluationIndicatorShape, value: number | null) {
  if (value === null) return blank();
  if (indicator.targetType === 'scale') return text(scaleLabel(indicator, value) ?? String(value));
  if (indicator.targetType === 'text') return text(value >= 1 ? 'Tercapai' : 'Tidak tercapai');
  return number(value);
}

export async function generateEvaluationXlsx(input: EvaluationInput, options: { onProgress?: ProgressCallback } = {}): Promise<Uint8Array> {
  const { rows, score } = buildEvaluation(input);
  const step = progressStage(options.onProgress, 0, 0.8, Math.ceil(rows.length / 50) + 1);
  const tw = ['I', 'II', 'III', 'IV'];
  const data: Row[] = [[
    'No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Target Tahunan',
    ...tw.flatMap((q) => [`Target TW ${q}`, `Realisasi TW ${q}`]),
    `Capaian s.d. TW ${quarterRoman[input.upTo]} (%)`, 'Predikat', 'Faktor Pendorong', 'Faktor Penghambat', 'Tindak Lanjut',
    // Each realisation's status in words, at the end so the columns above keep their places.
    ...tw.map((q) => `Status TW ${q}`),
  ].map(header)];
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i];
    if (!row) continue;
    data.push([
      number(row.number),
      text(row.goal),
      text(row.indicator.name),
      text(row.indicator.unit),
      targetCell(row.indicator, row.indicator.annualTarget),
      ...row.indicator.quarterTargets.flatMap((t, q) => [targetCell(row.indicator, t), valueCell(row.indicator, row.values[q] ?? null)]),
      row.achievement.computable ? number(row.achievement.percent, percentFormat) : blank(),
      row.category ? text(row.category.label) : blank(),
      text(row.drivers === empty ? '' : row.drivers),
      text(row.obstacles === empty ? '' : row.obstacles),
      text(row.followUp === empty ? '' : row.followUp),
      ...row.statuses.map((status) => (status === null ? blank() : text(realisationStatusLabel(status, 'id')))),
    ]);
    if ((i + 1) % 50 === 0) await step();
  }
  const line = averageLine(input, score, rows.length);
  const notes: Row[] = [
    [header('Keterangan'), header('')],
    [text('Judul'), text(evaluationTitle(input))],
    [text('Perangkat daerah'), text(input.unitName)],
    [text('Pemerintah daerah'), text(input.tenantName)],
    [text('Tahun'), number(input.year)],
    [text('Triwulan'), text(`TW ${quarterRoman[input.upTo]}`)],
    [text('Rata-rata capaian (%)'), score.average === null ? blank() : number(score.average, percentFormat)],
    [text('Predikat'), score.category ? text(score.category.label) : blank()],
    [text('Dasar perhitungan'), text(line.basis)],
    [text('Disusun oleh'), text(input.preparedBy.name)],
    [text('Jabatan'), text(input.preparedBy.position)],
    [text('NIP'), text(input.preparedBy.nip ?? '')],
    [text('Dievaluasi oleh'), text(input.evaluatedBy?.name ?? '')],
    [text('Jabatan'), text(input.evaluatedBy?.position ?? '')],
    [text('Tempat, tanggal'), text([input.place ?? '', input.date ? formatLongDate(input.date) : ''].filter((s) => s !== '').join(', '))],
  ];
  const blob = await writeXlsxFile([
    {
      sheet: evaluationSheetNames.form, data, stickyRowsCount: 1, orientation: 'landscape',
      columns: [
        { width: 5 }, { width: 30 }, { width: 40 }, { width: 10 }, { width: 12 }, ...Array.from({ length: 8 }, () => ({ width: 11 })),
        { width: 12 }, { width: 14 }, { width: 30 }, { width: 30 }, { width: 30 }, ...Array.from({ length: 4 }, () => ({ width: 14 })),
      ],
    },
    { sheet: evaluationSheetNames.notes, data: notes, columns: [{ width: 24 }, { width: 70 }] },
  ]).toBlob();
  const bytes = await xlsxBytes(blob);
  options.onProgress?.(1);
  return bytes;
}
