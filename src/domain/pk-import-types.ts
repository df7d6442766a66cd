// The shapes of a PK import (issue 4): what goes in (sheets of cells), what comes out (the PK's
// content, or every row error). pk-import.ts re-exports them.
import type { ProgramLevel } from './agreement';
import type { IndicatorCreate } from './agreement-edit';

/** A cell as read-excel-file gives it, or a CSV field. */
export type ImportCell = string | number | boolean | Date | null | undefined;

export interface ImportSheet {
  rows: readonly (readonly ImportCell[])[];
  /** The row number of rows[0] as the user sees it in the spreadsheet (default 1). */
  firstRow?: number;
}

/** null: the sheet (or CSV section) is not in the file. */
export interface PkImportInput {
  indicators: ImportSheet | null;
  budget: ImportSheet | null;
}

export interface PkImportGoal { key: string; name: string; order: number }
export type PkImportIndicator = Omit<IndicatorCreate, 'agreementId' | 'goalId' | 'previousId' | 'supportsId'> & {
  goalKey: string;
  /** The row as the user sees it. */
  row: number;
  /**
   * The "Mendukung" cell: the name of the IKU or higher indicator it supports, as written; null when
   * empty. Not an id: the page finds it among what the device holds (import/resolve-supports.ts).
   */
  supportsName: string | null;
};
export interface PkImportProgram {
  key: string;
  parentKey: string | null;
  level: ProgramLevel;
  order: number;
  code: string;
  name: string;
  budget: number;
}

/** What replaces a draft PK's goals, indicators and budget lines: plain rows, no sync meta. */
export interface PkImportContent {
  goals: PkImportGoal[];
  indicators: PkImportIndicator[];
  programs: PkImportProgram[];
}

export type PkImportSheetKey = 'indicators' | 'budget';

export const pkImportErrorCodes = [
  // the file
  'fileEmpty', 'fileTooLarge', 'tooManyFiles', 'notSpreadsheet', 'xlsNotSupported', 'corruptFile', 'csvSectionTwice',
  // a sheet
  'sheetMissing', 'sheetEmpty', 'tooManyRows', 'headerMissing', 'headerUnknown', 'headerDuplicate',
  // a row of either sheet
  'nameMissing', 'tooLong', 'invalidRow',
  // an indicator row
  'goalMissing', 'unitMissing', 'polarityUnknown', 'aggregationUnknown', 'targetTypeUnknown',
  'targetMissing', 'targetNotNumber', 'targetNotRange', 'rangeInverted', 'scaleLevelsInvalid',
  'scaleLevelsMissing', 'scaleLabelUnknown', 'boundNotNumber', 'boundsInverted', 'yesNoUnknown',
  // a budget row
  'levelUnknown', 'levelMissing', 'parentMissing', 'codeDuplicate', 'budgetNotNumber',
  'budgetNotInteger', 'budgetNegative', 'budgetMissing', 'budgetNotSum',
  // a "Mendukung" cell, checked on the device against the PKs it holds (params: value, year, parent)
  'supportsUnknown', 'supportsAmbiguous', 'supportsNotAllowed',
] as const;
export type PkImportErrorCode = (typeof pkImportErrorCodes)[number];

export const pkImportWarningCodes = ['quarterSumMismatch', 'percentAsFraction', 'budgetAbsent', 'codeNotUnderParent'] as const;
export type PkImportWarningCode = (typeof pkImportWarningCodes)[number];

export interface PkImportIssue<C extends string> {
  /** null for problems of the whole file. */
  sheet: PkImportSheetKey | null;
  /** The row as the user sees it; null for a problem of the whole sheet or file. */
  row: number | null;
  /** The template's header of the column concerned. */
  column?: string;
  code: C;
  params: Record<string, string | number>;
}
export type PkImportError = PkImportIssue<PkImportErrorCode>;
export type PkImportWarning = PkImportIssue<PkImportWarningCode>;

export type PkImportResult =
  | { ok: true; content: PkImportContent; warnings: PkImportWarning[] }
  | { ok: false; errors: PkImportError[]; warnings: PkImportWarning[] };
