// The API's own error and rejection texts (src/api/errors.ts) as catalogue entries, so the UI
// never repeats them.
import {
  errorCodes,
  errorMessages,
  rejectionCodes,
  rejectionMessages,
  type ErrorCode,
  type Language,
  type RejectionCode,
} from '../../api/error-codes';

export type ApiMessageKey = `error.${ErrorCode}` | `rejection.${RejectionCode}`;

export function apiMessages(language: Language): Record<ApiMessageKey, string> {
  const entries = [
    ...errorCodes.map((code) => [`error.${code}`, errorMessages[code][language]] as const),
    ...rejectionCodes.map((code) => [`rejection.${code}`, rejectionMessages[code][language]] as const),
  ];
  return Object.fromEntries(entries) as Record<ApiMessageKey, string>;
}
