// Turns a failed admin call into a sentence: the refusal reason if the server gave one.
import { useCallback } from 'react';
import type { MessageKey } from '../../i18n/id';
import { HttpError } from '../../sync/http-client';
import { adminRefusalReasons } from '../../../api/admin';
import { refusalReason } from './api';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { adminMessages } from './messages';

export function useAdminError(): (error: unknown) => string {
  const t = useFeatureMessages(adminMessages);
  return useCallback((error: unknown) => {
    if (error instanceof HttpError) {
      const reason = refusalReason(error.details);
      if (reason && (adminRefusalReasons as readonly string[]).includes(reason)) return t(`admin.reason.${reason}` as MessageKey);
      return error.message;
    }
    return t('admin.offline');
  }, [t]);
}
