// The signed-in pemda's clock on the device: its zone (WIB, WITA, WIT) from the session's tenant
// settings, for the screens that decide a period, "today" or a deadline (domain/tenant-clock.ts),
// and formatDate writing every instant in that zone rather than the device's.
import { useContext, useMemo, type ReactNode } from 'react';
import { tenantTimeZone, type TenantTimeZone } from '../../domain/tenant-clock';
import { I18nContext, useI18n, type I18n } from '../i18n/i18n-context';
import { dateFormat } from '../i18n/i18n-provider';
import { SessionContext } from './session-context';

/** The signed-in user's pemda zone (WIB for settings stored before zones existed, and with nobody signed in). */
export function useTenantTimeZone(): TenantTimeZone {
  const control = useContext(SessionContext);
  return tenantTimeZone(control?.state.status === 'active' ? control.state.session.info.tenant.settings : null);
}

/** Below it, formatDate writes instants in `timeZone` unless the caller names a zone (a date-only value in UTC). */
export function TenantClockProvider(props: { timeZone: TenantTimeZone; children: ReactNode }) {
  const outer = useI18n();
  const value = useMemo<I18n>(() => ({
    ...outer,
    formatDate: (v, options) => outer.formatDate(v, { ...(options ?? dateFormat), timeZone: options?.timeZone ?? props.timeZone }),
  }), [outer, props.timeZone]);
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}
