// A PK import error or warning as one Indonesian (or English) sentence:
// "Baris 7, kolom Target Tahunan: target bukan angka ("dua belas")."
import { formatNumber, formatRupiah } from '../../../../domain/number-format';
import type { PkImportError, PkImportWarning } from '../../../../domain/pk-import';
import type { FeatureT } from '../../../i18n/feature-messages';
import type { ImportKey } from './messages';

type T = FeatureT<ImportKey>;

const levelKey = (level: string | number | undefined): ImportKey =>
  level === 'kegiatan' ? 'level.kegiatan' : level === 'subkegiatan' ? 'level.subkegiatan' : 'level.program';

function messageOf(t: T, issue: PkImportError | PkImportWarning): string {
  const p = issue.params;
  const number = (key: string) => (typeof p[key] === 'number' ? formatNumber(p[key], 'id-ID', 10) : String(p[key] ?? ''));
  switch (issue.code) {
    case 'fileTooLarge': return t('e.fileTooLarge', { max: formatNumber(Number(p.max) / 1024 / 1024) });
    case 'sheetMissing': return p.found ? t('e.sheetMissingFound', p) : t('e.sheetMissing', p);
    case 'tooManyRows':
      return p.count === undefined ? t('e.tooManyRowsFile', { max: number('max') }) : t('e.tooManyRows', { count: number('count'), max: number('max') });
    case 'tooLong': return t('e.tooLong', { max: number('max') });
    case 'parentMissing': return t('e.parentMissing', { level: t(levelKey(p.level)), parentLevel: t(levelKey(p.parentLevel)) });
    case 'budgetNotSum':
      return t('e.budgetNotSum', { budget: formatRupiah(Number(p.budget)), sum: formatRupiah(Number(p.sum)) });
    case 'quarterSumMismatch': return t('w.quarterSumMismatch', { sum: number('sum'), annual: number('annual') });
    case 'percentAsFraction': return t('w.percentAsFraction', { value: number('value'), percent: formatNumber(Number(p.value) * 100, 'id-ID', 8) });
    case 'budgetAbsent': return t('w.budgetAbsent');
    case 'codeNotUnderParent': return t('w.codeNotUnderParent', p);
    case 'supportsUnknown':
    case 'supportsAmbiguous':
      return t(`e.${issue.code}.${p.parent === 'unit' ? 'unit' : 'pemda'}`, p);
    default: return t(`e.${issue.code}` as ImportKey, p);
  }
}

/** Where the issue is, within its sheet: "Baris 7, kolom TW II", "Kolom Satuan" or nothing. */
function placeOf(t: T, issue: PkImportError | PkImportWarning): string | null {
  if (issue.row !== null && issue.column) return t('at.rowColumn', { row: issue.row, column: issue.column });
  if (issue.row !== null) return t('at.row', { row: issue.row });
  if (issue.column) return t('at.column', { column: issue.column });
  return null;
}

export function describeIssue(t: T, issue: PkImportError | PkImportWarning): string {
  const message = messageOf(t, issue);
  const where = placeOf(t, issue);
  if (where === null) return message.charAt(0).toUpperCase() + message.slice(1);
  return t('issue', { where, message });
}

export const sheetLabel = (t: T, sheet: PkImportError['sheet']): string =>
  t(sheet === 'indicators' ? 'sheet.indicators' : sheet === 'budget' ? 'sheet.budget' : 'sheet.file');
