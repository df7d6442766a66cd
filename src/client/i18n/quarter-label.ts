// A quarter as each language writes it inside its messages: Indonesian "TW {q}" takes the Roman
// numeral (TW III), English "Q{q}" the digit (Q3) — passing the Roman one to both gave "QIII".
import type { Language } from '../../api/error-codes';
import { quarterRoman, type Quarter } from '../../domain/period';

export const quarterParam = (quarter: Quarter, language: Language): string => (language === 'en' ? String(quarter) : quarterRoman[quarter]);
