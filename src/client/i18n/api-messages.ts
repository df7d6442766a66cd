// The API's own error texts (src/api/errors.ts) as catalogue entries, so the UI never repeats them.
// The refusals' texts are not here: they load with the screens that show them (rejection-entries.ts).
import { errorCodes, errorMessages, type ErrorCode, type Language } from '../../api/error-codes';

export type ApiMessageKey = `error.${ErrorCode}`;

export function apiMessages(language: Language): Record<ApiMessageKey, string> {
  return Object.fromEntries(errorCodes.map((code) => [`error.${code}`, errorMessages[code][language]] as const)) as Record<ApiMessageKey, string>;
}
