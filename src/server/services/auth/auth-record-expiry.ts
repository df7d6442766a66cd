// Housekeeping task: what the login leaves behind, deleted once it can no longer matter. Sessions
// are kept 30 days past their end (revoked or expired) so the admin's session list can still say
// "ended"; throttle windows once they are over; device cookies after a year unused (browsers drop
// them after 400 days anyway).
import type { Store } from '../../store/connection';
import type { HousekeepingTask } from '../operations/housekeeping';
import { attemptWindowMs } from './login-throttle';

const dayMs = 24 * 3600 * 1000;
export const endedSessionRetentionMs = 30 * dayMs;
export const trustedDeviceRetentionMs = 365 * dayMs;

export function authRecordExpiryTask(store: Store): HousekeepingTask {
  return {
    name: 'auth-record-expiry',
    run: (now) => store.purgeAuthRecords({
      sessionsBefore: new Date(now.getTime() - endedSessionRetentionMs),
      throttleBefore: new Date(now.getTime() - attemptWindowMs),
      devicesUnusedSince: new Date(now.getTime() - trustedDeviceRetentionMs),
    }),
  };
}
