// One error shape for every failure: HTTP status + { error: { code, message, details? } }.
// `code` is stable for the client to branch on; `message` is for people, in their language.
// The codes and messages live in error-codes.ts (zod-free, for the client's first load).
import { z } from 'zod';
import { errorCodes, rejectionCodes } from './error-codes';
export { rejectionMessages } from './rejection-messages';

export {
  errorCodes,
  errorMessages,
  fillMessage,
  rejectionCodes,
  type ErrorCode,
  type Language,
  type RejectionCode,
} from './error-codes';

export const errorCodeSchema = z.enum(errorCodes);

export const errorEnvelopeSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;

export const rejectionCodeSchema = z.enum(rejectionCodes);
