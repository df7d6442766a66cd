// Turns a failed admin call into a sentence: the refusal reason if the server gave one.
import { useCallback } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/id';
import { HttpError } from '../../sync/http-client';
import { adminRefusalReasons } from '../../../api/admin';
import { refusalReason } from './api';

export function useAdminError(): (error: unknown) => string {
  const { t } = useI18n();
  return useCallback((error: unknown) => {
    if (error instanceof HttpError) {
      const reason = refusalReason(error.details);
      if (reason && (adminRefusalReasons as readonly string[]).includes(reason)) return t(`admin.reason.${reason}` as MessageKey);
      return error.message;
    }
    return t('admin.offline');
  }, [t]);
}
