// Hasil pemeriksaan data as a workbook: one row per flagged entry (unit, indicator, value and
// target as numbers, status, evidence, what the checks found, how strict), and a sheet
// "Keterangan" with the quarter, the counts and the pemda's settings of the checks.
import writeXlsxFile, { type Row } from 'write-excel-file/universal';
import { realisationStatusLabel } from '../ui/realisation-status-messages';
import {
  checkSettingRows, countLabels, dataCheckColumns, dataCheckReportTitle, evidenceText, findingTexts, noFlaggedText, severityText, sortEntries, strictestSeverity,
  type DataCheckReportInput,
} from './data-check-report';
import { blank, header, number, text, xlsxBytes } from './xlsx-base';

export const dataCheckSheetName = 'Pemeriksaan';

export async function generateDataCheckReportXlsx(input: DataCheckReportInput): Promise<Uint8Array> {
  const rows: Row[] = [dataCheckColumns.map(header)];
  for (const entry of sortEntries(input.entries)) {
    rows.push([
      text(entry.unitName), text(entry.indicatorName), text(entry.measure), number(entry.value),
      entry.target === null ? blank() : number(entry.target), text(realisationStatusLabel(entry.status, 'id')),
      text(evidenceText(entry.hasEvidence)), text(findingTexts(entry).join('\n')), text(severityText[strictestSeverity(entry, input.settings)]),
    ]);
  }
  if (input.entries.length === 0) rows.push([text(noFlaggedText)]);
  const { thresholds, severities } = checkSettingRows(input.settings);
  const notes: Row[] = [
    [header('Keterangan'), header('')],
    [text('Judul'), text(dataCheckReportTitle(input))],
    [text('Pemerintah daerah'), text(input.tenantName)],
    [text(countLabels.entered), number(input.entered)],
    [text(countLabels.flagged), number(input.entries.length)],
    ...thresholds.map((t): Row => [text(`${t.label} (%)`), number(t.percent)]),
    ...severities.map((s): Row => [text(s.label), text(s.text)]),
  ];
  const blob = await writeXlsxFile([
    { sheet: dataCheckSheetName, data: rows, stickyRowsCount: 1, columns: [{ width: 36 }, { width: 48 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 16 }, { width: 12 }, { width: 70 }, { width: 22 }] },
    { sheet: 'Keterangan', data: notes, columns: [{ width: 48 }, { width: 70 }] },
  ]).toBlob();
  return xlsxBytes(blob);
}
