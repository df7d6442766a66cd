// Turns a failed login into words: the API's message for its error code, a plain sentence when
// the network is down.
import { errorCodes, type ErrorCode } from '../../api/error-codes';
import type { I18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/id';
import { HttpError, NetworkError } from '../sync/transport';

function retryAfterSeconds(details: unknown): number | null {
  if (typeof details !== 'object' || details === null) return null;
  const record = details as Record<string, unknown>;
  const value = record.retryAfterSeconds ?? record.retryAfter ?? record.seconds;
  return typeof value === 'number' && Number.isFinite(value) ? Math.ceil(value) : null;
}

export function describeLoginError(error: unknown, t: I18n['t'], networkKey: MessageKey): string {
  if (error instanceof NetworkError) return t(networkKey);
  if (error instanceof HttpError) {
    const code = (errorCodes as readonly string[]).includes(error.code) ? (error.code as ErrorCode) : 'internal';
    return t(`error.${code}`, { seconds: retryAfterSeconds(error.details) ?? 60 });
  }
  return t('login.unexpected');
}
