// The refusals' texts (src/api/rejection-messages.ts) as entries of a feature's catalogue: a screen
// that shows why the server refused something spreads them into its own messages, so they load
// with that screen and not in the app's first load.
import type { Language, RejectionCode } from '../../api/error-codes';
import { rejectionCodes } from '../../api/error-codes';
import { rejectionMessages } from '../../api/rejection-messages';

export type RejectionKey = `rejection.${RejectionCode}`;

export function rejectionEntries(language: Language): Record<RejectionKey, string> {
  return Object.fromEntries(rejectionCodes.map((code) => [`rejection.${code}`, rejectionMessages[code][language]] as const)) as Record<RejectionKey, string>;
}
