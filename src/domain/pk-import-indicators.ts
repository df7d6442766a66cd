// The "Indikator" sheet: one indicator per row; rows with the same Sasaran make one goal, in the
// order the goals first appear; an empty Sasaran continues the goal above (a merged cell reads so).
// "Mendukung" is read as the name written (the page resolves it against the device's PKs).
import type { Aggregation, Polarity, ScaleLevel, TargetType, TargetValue } from './indicator';
import { indicatorCreateSchema } from './agreement-edit';
import { quarterSumMismatch } from './agreement-validation';
import {
  aggregationWords, indicatorColumns, matchWord, pkImportDefaults, polarityWords, targetTypeWords, yesNoWords, type IndicatorColumn,
} from './pk-import-columns';
import { readSheet, type DataRow } from './pk-import-sheet';
import type {
  ImportSheet, PkImportError, PkImportErrorCode, PkImportGoal, PkImportIndicator, PkImportWarning,
} from './pk-import-types';
import { builtInScaleFor, cellLongText, cellNumber, cellText, parseScaleLevels, parseTarget } from './pk-import-values';

const label = (column: IndicatorColumn): string => indicatorColumns.find((c) => c.key === column)?.label ?? column;
const quarterColumns = ['q1', 'q2', 'q3', 'q4'] as const;
const textLimits: Partial<Record<IndicatorColumn, number>> = { goal: 500, name: 500, unit: 60, definition: 2000, dataSource: 500, responsible: 200, supports: 500 };
// The schema the repository's rows are checked with, less the ids the import cannot know.
const rowSchema = indicatorCreateSchema.omit({ agreementId: true, goalId: true, previousId: true, supportsId: true });

export interface IndicatorSheetResult {
  goals: PkImportGoal[];
  indicators: PkImportIndicator[];
  errors: PkImportError[];
  warnings: PkImportWarning[];
}

export function readIndicatorSheet(sheet: ImportSheet): IndicatorSheetResult {
  const read = readSheet('indicators', sheet, indicatorColumns);
  if (!read.ok) return { goals: [], indicators: [], errors: read.errors, warnings: [] };
  const goals: PkImportGoal[] = [];
  const goalByName = new Map<string, PkImportGoal>();
  const indicators: PkImportIndicator[] = [];
  const errors: PkImportError[] = [];
  const warnings: PkImportWarning[] = [];
  let currentGoal: PkImportGoal | null = null;
  const countByGoal = new Map<string, number>();

  for (const data of read.rows) {
    const fail = (code: PkImportErrorCode, column?: IndicatorColumn, params: Record<string, string | number> = {}) => {
      errors.push({ sheet: 'indicators', row: data.row, ...(column ? { column: label(column) } : {}), code, params });
    };
    const before = errors.length;
    const text = (column: IndicatorColumn) => cellText(data.cell(column));
    for (const [column, max] of Object.entries(textLimits) as [IndicatorColumn, number][]) {
      const value = column === 'definition' ? cellLongText(data.cell(column)) : text(column);
      if (value.length > max) fail('tooLong', column, { max });
    }

    const goalName = text('goal');
    if (goalName !== '') {
      const key = goalName.toLowerCase();
      let goal = goalByName.get(key);
      if (!goal) {
        goal = { key: `goal-${goals.length + 1}`, name: goalName.slice(0, 500), order: goals.length };
        goals.push(goal);
        goalByName.set(key, goal);
      }
      currentGoal = goal;
    } else if (currentGoal === null) fail('goalMissing', 'goal');

    const name = text('name');
    if (name === '') fail('nameMissing', 'name');
    const word = <T extends string>(column: IndicatorColumn, words: Record<T, readonly string[]>, fallback: T, code: PkImportErrorCode): T => {
      const value = text(column);
      if (value === '') return fallback;
      const found = matchWord(words, value);
      if (found === null) fail(code, column, { value });
      return found ?? fallback;
    };
    const polarity = word<Polarity>('polarity', polarityWords, pkImportDefaults.polarity, 'polarityUnknown');
    const aggregation = word<Aggregation>('aggregation', aggregationWords, pkImportDefaults.aggregation, 'aggregationUnknown');
    const targetType = word<TargetType>('targetType', targetTypeWords, pkImportDefaults.targetType, 'targetTypeUnknown');
    const isText = targetType === 'text';
    const unit = text('unit');
    if (unit === '' && !isText) fail('unitMissing', 'unit');

    const scaleLevels = targetType === 'scale' ? readScaleLevels(data, fail) : [];
    const target = (column: IndicatorColumn): TargetValue | null => {
      const parsed = parseTarget(data.cell(column), targetType, scaleLevels ?? []);
      if (parsed.ok) return parsed.value;
      fail(parsed.code, column, parsed.params ?? {});
      return null;
    };
    const annualTarget = target('annualTarget');
    const quarterTargets = quarterColumns.map(target) as PkImportIndicator['quarterTargets'];
    if (annualTarget === null && !isText && text('annualTarget') === '') fail('targetMissing', 'annualTarget');
    if (targetType === 'scale' && scaleLevels === null && errors.length === before) fail('scaleLevelsMissing', 'scale');
    // The checks' bounds (numbers only: text and scale indicators have their own closed values).
    const bound = (column: 'minValue' | 'maxValue'): number | null => {
      const value = cellNumber(data.cell(column));
      if (value === null || isText || targetType === 'scale') return null;
      if (Number.isNaN(value)) { fail('boundNotNumber', column, { value: text(column) }); return null; }
      return value;
    };
    const minValue = bound('minValue');
    const maxValue = bound('maxValue');
    if (minValue !== null && maxValue !== null && minValue > maxValue) fail('boundsInverted', 'maxValue');
    const evidenceRequired = word<'yes' | 'no'>('evidenceRequired', yesNoWords, 'no', 'yesNoUnknown') === 'yes';

    if (errors.length > before || currentGoal === null) continue;
    const order = countByGoal.get(currentGoal.key) ?? 0;
    countByGoal.set(currentGoal.key, order + 1);
    const indicator: PkImportIndicator = {
      goalKey: currentGoal.key, order, name, unit, polarity, aggregation, targetType, annualTarget, quarterTargets,
      lowerIsBetterFormula: null, scaleLevels: scaleLevels ?? [],
      definition: cellLongText(data.cell('definition')), dataSource: text('dataSource'), responsible: text('responsible'),
      minValue, maxValue, evidenceRequired, row: data.row, supportsName: text('supports') || null,
    };
    const { goalKey: _goalKey, row: _row, supportsName: _supportsName, ...fields } = indicator;
    if (!rowSchema.safeParse(fields).success) { fail('invalidRow'); continue; }
    indicators.push(indicator);
    // A cell in Excel's Percent format holds 90% as 0,9: likely, though not surely, a slip.
    const annualCell = data.cell('annualTarget');
    if (targetType === 'percent' && typeof annualCell === 'number' && annualCell > 0 && annualCell <= 1) {
      warnings.push({ sheet: 'indicators', row: data.row, column: label('annualTarget'), code: 'percentAsFraction', params: { value: annualCell } });
    }
    const mismatch = quarterSumMismatch(indicator);
    if (mismatch) warnings.push({ sheet: 'indicators', row: data.row, column: label('q1'), code: 'quarterSumMismatch', params: mismatch });
  }
  return { goals, indicators, errors, warnings };
}

/**
 * The levels of a scale indicator: written in "Skala Predikat", else the built-in list that holds
 * every predikat of its targets; null when neither gives any.
 */
function readScaleLevels(
  data: DataRow<IndicatorColumn>,
  fail: (code: PkImportErrorCode, column?: IndicatorColumn, params?: Record<string, string | number>) => void,
): ScaleLevel[] | null {
  const written = cellText(data.cell('scale'));
  if (written !== '') {
    const levels = parseScaleLevels(written);
    if (levels === null) fail('scaleLevelsInvalid', 'scale', { value: written });
    return levels ?? [];
  }
  const labels = (['annualTarget', ...quarterColumns] as const)
    .map((column) => data.cell(column))
    .filter((cell) => typeof cell === 'string' && cellText(cell) !== '' && Number.isNaN(Number(cellText(cell).replace(',', '.'))))
    .map((cell) => cellText(cell));
  return builtInScaleFor(labels);
}
