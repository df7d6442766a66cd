// A use case's refusal, carried to the HTTP layer which turns it into the error envelope.
import type { ErrorCode } from '../../api/errors';

const statusByCode: Record<ErrorCode, number> = {
  invalid_request: 400,
  unauthenticated: 401,
  session_expired: 401,
  invalid_credentials: 401,
  account_inactive: 403,
  password_change_required: 403,
  rate_limited: 429,
  // Too many password checks at once on this instance: answered at once, the client retries.
  login_busy: 429,
  forbidden: 403,
  not_found: 404,
  csrf: 403,
  payload_too_large: 413,
  // The tenant's verified files would pass its quota (upload-limits.ts).
  storage_quota_exceeded: 413,
  // The user's unfinished uploads already reserve their cap; they expire, then the device retries.
  partial_upload_limit: 429,
  device_mismatch: 403,
  client_outdated: 426,
  internal: 500,
};

export class ServiceError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly details?: unknown,
    /** Values for the message template, e.g. `{ seconds }` of rate_limited. */
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.status = statusByCode[code];
  }
}
