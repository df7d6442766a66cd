// The PK's two attachment tables as a workbook: sheet "Indikator Kinerja" (with "Mendukung" last
// when the pemda wants it) and sheet "Anggaran".
import writeXlsxFile, { type Row } from 'write-excel-file/universal';
import { orderProgramTree, programBudgetTotal } from '../../domain/program-tree';
import { formatTargetText } from './format';
import { programLevelLabel, supportsColumnHeader, type PkDocumentInput, type PkIndicator } from './pk-document';
import { blank, header, number, rupiahFormat, text, xlsxBytes } from './xlsx-base';
import type { TargetValue } from '../../domain/indicator';
import { indicatorColumns, yesNoWords, type IndicatorColumn } from '../../domain/pk-import-columns';

export const pkSheetNames = { indicators: 'Indikator Kinerja', budget: 'Anggaran' } as const;

/** Number and percent targets stay numbers; a scale target is its predikat, a range or text is text. */
function targetCell(indicator: PkIndicator, target: TargetValue | null) {
  if (target === null) return blank();
  if (typeof target === 'number' && indicator.targetType !== 'scale') return number(target);
  return text(formatTargetText(indicator, target));
}

/** The import template's own header (pk-import-columns.ts), so an export reads as the template does. */
const importLabel = (key: IndicatorColumn): string => indicatorColumns.find((c) => c.key === key)?.label ?? key;

/** A bound stays a number; none (or a row made before bounds existed) is blank. */
const boundCell = (value: number | null | undefined) => (value == null ? blank() : number(value));

export function pkIndicatorRows(input: PkDocumentInput): Row[] {
  const rows: Row[] = [[
    'No', 'Sasaran', 'Indikator Kinerja', 'Target', 'Satuan', 'Target TW I', 'Target TW II', 'Target TW III', 'Target TW IV',
    importLabel('minValue'), importLabel('maxValue'), importLabel('evidenceRequired'),
    ...(input.supportsColumn ? [supportsColumnHeader] : []),
  ].map(header)];
  input.goals.forEach((goal, g) => {
    for (const indicator of goal.indicators) {
      rows.push([
        number(g + 1),
        text(goal.name),
        text(indicator.name),
        targetCell(indicator, indicator.annualTarget),
        text(indicator.unit),
        ...indicator.quarterTargets.map((t) => targetCell(indicator, t)),
        boundCell(indicator.minValue),
        boundCell(indicator.maxValue),
        text(yesNoWords[indicator.evidenceRequired ? 'yes' : 'no'][0] ?? ''),
        ...(input.supportsColumn ? [indicator.supportsName ? text(indicator.supportsName) : blank()] : []),
      ]);
    }
  });
  return rows;
}

export function pkBudgetRows(input: PkDocumentInput): Row[] {
  const rows: Row[] = [['No', 'Kode', 'Program/Kegiatan/Sub-kegiatan', 'Tingkat', 'Anggaran (Rp)'].map(header)];
  let n = 0;
  for (const line of orderProgramTree(input.programs)) {
    if (line.depth === 0) n += 1;
    const bold = line.depth === 0 ? { fontWeight: 'bold' as const } : {};
    rows.push([
      line.depth === 0 ? number(n) : blank(),
      text(line.program.code),
      text(line.program.name, { indent: line.depth * 2, ...bold }),
      text(programLevelLabel[line.program.level]),
      number(line.program.budget, rupiahFormat, bold),
    ]);
  }
  rows.push([blank(), blank(), text('TOTAL', { fontWeight: 'bold' }), blank(), number(programBudgetTotal(input.programs), rupiahFormat, { fontWeight: 'bold' })]);
  return rows;
}

export async function generatePkXlsx(input: PkDocumentInput): Promise<Uint8Array> {
  const blob = await writeXlsxFile([
    { sheet: pkSheetNames.indicators, data: pkIndicatorRows(input), columns: [{ width: 5 }, { width: 40 }, { width: 50 }, { width: 14 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 14 }, ...(input.supportsColumn ? [{ width: 50 }] : [])], stickyRowsCount: 1 },
    { sheet: pkSheetNames.budget, data: pkBudgetRows(input), columns: [{ width: 5 }, { width: 22 }, { width: 60 }, { width: 14 }, { width: 20 }], stickyRowsCount: 1 },
  ]).toBlob();
  return xlsxBytes(blob);
}
