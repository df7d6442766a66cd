// The words naming an entry in the inbox ("Jumlah penumpang · TW IV 2026"): the quarter as each
// language writes it (quarterParam), where the cards had passed its digit ("TW 4").
import type { Language } from '../../../api/error-codes';
import { isQuarter } from '../../../domain/period';
import { quarterParam } from '../../i18n/quarter-label';

export function entryNamed(indicator: string, quarter: number | null, year: number | null, language: Language): { indicator: string; q: string; year: number | string } {
  return { indicator, q: quarter !== null && isQuarter(quarter) ? quarterParam(quarter, language) : '?', year: year ?? '' };
}
