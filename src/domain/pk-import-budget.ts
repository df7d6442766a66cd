// The "Anggaran" sheet: program → kegiatan → sub-kegiatan, in whole Rupiah. A line's parent is
// the line of the level above whose code its own code extends (1.02.02 → 1.02.02.2.01), else the
// nearest such line above it. A parent's Anggaran may be left empty: it is the sum of its lines.
import type { ProgramLevel } from './agreement';
import { programCreateSchema } from './agreement-edit';
import { budgetColumns, levelFromCode, levelWords, matchWord, type BudgetColumn } from './pk-import-columns';
import { readSheet } from './pk-import-sheet';
import type { ImportSheet, PkImportError, PkImportErrorCode, PkImportProgram, PkImportWarning } from './pk-import-types';
import { cellNumber, cellText } from './pk-import-values';

const label = (column: BudgetColumn): string => budgetColumns.find((c) => c.key === column)?.label ?? column;
const parentLevel: Record<ProgramLevel, ProgramLevel | null> = { program: null, kegiatan: 'program', subkegiatan: 'kegiatan' };
const rowSchema = programCreateSchema.omit({ agreementId: true, parentId: true });

interface Line {
  row: number;
  key: string;
  level: ProgramLevel;
  code: string;
  name: string;
  /** null: left empty, to be the sum of its lines. */
  budget: number | null;
  parent: Line | null;
  children: Line[];
  /** The row has an error of its own: it still places its lines, but no sum is checked through it. */
  broken: boolean;
}

export interface BudgetSheetResult {
  programs: PkImportProgram[];
  errors: PkImportError[];
  warnings: PkImportWarning[];
}

export function readBudgetSheet(sheet: ImportSheet): BudgetSheetResult {
  const read = readSheet('budget', sheet, budgetColumns);
  if (!read.ok) return { programs: [], errors: read.errors, warnings: [] };
  const errors: PkImportError[] = [];
  const warnings: PkImportWarning[] = [];
  const lines: Line[] = [];
  const firstRowOfCode = new Map<string, number>();

  for (const data of read.rows) {
    const fail = (code: PkImportErrorCode, column?: BudgetColumn, params: Record<string, string | number> = {}) => {
      errors.push({ sheet: 'budget', row: data.row, ...(column ? { column: label(column) } : {}), code, params });
    };
    const before = errors.length;
    const code = cellText(data.cell('code'));
    const name = cellText(data.cell('name'));
    if (name === '') fail('nameMissing', 'name');
    if (name.length > 500) fail('tooLong', 'name', { max: 500 });
    if (code.length > 40) fail('tooLong', 'code', { max: 40 });
    if (code !== '') {
      const first = firstRowOfCode.get(code);
      if (first !== undefined) fail('codeDuplicate', 'code', { code, firstRow: first });
      else firstRowOfCode.set(code, data.row);
    }
    const levelText = cellText(data.cell('level'));
    let level: ProgramLevel | null = levelText === '' ? levelFromCode(code) : matchWord(levelWords, levelText);
    if (level === null) {
      if (levelText === '') fail('levelMissing', 'level');
      else fail('levelUnknown', 'level', { value: levelText });
      level = 'program';
    }
    const budgetText = cellText(data.cell('budget'));
    const amount = cellNumber(data.cell('budget'));
    if (amount !== null && Number.isNaN(amount)) fail('budgetNotNumber', 'budget', { value: budgetText });
    else if (amount !== null && amount < 0) fail('budgetNegative', 'budget', { value: budgetText });
    else if (amount !== null && !Number.isSafeInteger(amount)) fail('budgetNotInteger', 'budget', { value: budgetText });
    const broken = errors.length > before;
    lines.push({
      row: data.row, key: `program-${lines.length + 1}`, level, code, name,
      budget: broken || amount === null ? null : amount, parent: null, children: [], broken,
    });
  }

  placeLines(lines, errors, warnings);
  for (const line of lines) checkBudget(line, errors);
  if (errors.length > 0) return { programs: [], errors: sortByRow(errors), warnings };
  const programs = lines.map((line, order): PkImportProgram => ({
    key: line.key, parentKey: line.parent?.key ?? null, level: line.level, order, code: line.code, name: line.name,
    budget: rolledUp(line),
  }));
  for (const [index, program] of programs.entries()) {
    const { key: _key, parentKey: _parentKey, ...fields } = program;
    if (!rowSchema.safeParse(fields).success) errors.push({ sheet: 'budget', row: lines[index]?.row ?? null, code: 'invalidRow', params: {} });
  }
  return { programs: errors.length > 0 ? [] : programs, errors, warnings };
}

function placeLines(lines: Line[], errors: PkImportError[], warnings: PkImportWarning[]): void {
  const byLevelAndCode = new Map<string, Line>();
  for (const line of lines) if (line.code !== '' && !byLevelAndCode.has(`${line.level} ${line.code}`)) byLevelAndCode.set(`${line.level} ${line.code}`, line);
  const lastOfLevel = new Map<ProgramLevel, Line>();
  for (const line of lines) {
    const wanted = parentLevel[line.level];
    lastOfLevel.set(line.level, line);
    // A kegiatan under a new program must not hang under the previous program's last kegiatan.
    if (line.level === 'program') lastOfLevel.delete('kegiatan');
    if (wanted === null) continue;
    const byCode = codeParent(line.code, wanted, byLevelAndCode);
    const parent = byCode ?? lastOfLevel.get(wanted);
    if (!parent) {
      errors.push({ sheet: 'budget', row: line.row, column: label('level'), code: 'parentMissing', params: { level: line.level, parentLevel: wanted } });
      line.broken = true;
      continue;
    }
    if (!byCode && line.code !== '' && parent.code !== '') {
      warnings.push({ sheet: 'budget', row: line.row, column: label('code'), code: 'codeNotUnderParent', params: { code: line.code, parentCode: parent.code } });
    }
    line.parent = parent;
    parent.children.push(line);
  }
}

/** The line of `level` whose code is the longest prefix of `code` by whole segments. */
function codeParent(code: string, level: ProgramLevel, byLevelAndCode: ReadonlyMap<string, Line>): Line | undefined {
  const parts = code.split('.');
  for (let n = parts.length - 1; n > 0; n--) {
    const found = byLevelAndCode.get(`${level} ${parts.slice(0, n).join('.')}`);
    if (found) return found;
  }
  return undefined;
}

const rolledUp = (line: Line): number =>
  line.children.length === 0 ? (line.budget ?? 0) : line.children.reduce((sum, child) => sum + rolledUp(child), 0);

const isSound = (line: Line): boolean => !line.broken && line.children.every(isSound);

function checkBudget(line: Line, errors: PkImportError[]): void {
  if (!isSound(line)) return;
  const at = { sheet: 'budget' as const, row: line.row, column: label('budget') };
  if (line.children.length === 0) {
    if (line.budget === null || line.budget <= 0) errors.push({ ...at, code: 'budgetMissing', params: {} });
    return;
  }
  const sum = rolledUp(line);
  if (line.budget !== null && line.budget !== sum) errors.push({ ...at, code: 'budgetNotSum', params: { budget: line.budget, sum } });
}

const sortByRow = (errors: PkImportError[]): PkImportError[] => [...errors].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
