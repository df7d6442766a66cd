// The tenant's clock. Indonesia has three zones — WIB (UTC+7), WITA (UTC+8), WIT (UTC+9) — and a
// pemda's periods, deadlines, "today" and document dates are read in its own zone (a tenant
// setting), never the device's or a fixed one. Every reading goes through Intl.DateTimeFormat with
// the zone: no offsets are written here. Pure and zod-free (the client's first load uses it).

export const tenantTimeZones = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type TenantTimeZone = (typeof tenantTimeZones)[number];
/** WIB: the zone of tenants whose settings were stored before zones existed. */
export const defaultTenantTimeZone: TenantTimeZone = 'Asia/Jakarta';

export function isTenantTimeZone(value: unknown): value is TenantTimeZone {
  return tenantTimeZones.some((zone) => zone === value);
}

/** The zone of a tenant's settings; settings without one (stored before zones existed) are WIB. */
export function tenantTimeZone(settings: { timeZone?: TenantTimeZone | undefined } | null | undefined): TenantTimeZone {
  return settings?.timeZone ?? defaultTenantTimeZone;
}

/** A wall clock reading: what a clock on the wall in that zone shows. */
export interface WallClock { year: number; month: number; day: number; hour: number; minute: number; second: number }

// Making an Intl.DateTimeFormat costs far more than using one (client/i18n/i18n-provider.tsx), and
// screens read the clock on every render: one formatter per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** What the wall clock shows in `timeZone` at `instant` (any IANA zone; the tenant's in practice). */
export function wallClockIn(instant: Date, timeZone: string): WallClock {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute'), second: part('second') };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The calendar day of `instant` in `timeZone`, as YYYY-MM-DD ("today" of a PK signature or a report). */
export function calendarDateIn(instant: Date, timeZone: string): string {
  const w = wallClockIn(instant, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** `instant` as YYYY-MM-DDTHH:mm in `timeZone`: the value of a datetime-local input. */
export function wallTimeIn(instant: Date, timeZone: string): string {
  const w = wallClockIn(instant, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** How far the zone's wall clock runs ahead of UTC at `instant`, in ms (read from Intl, whole seconds). */
function zoneLeadMs(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const w = wallClockIn(new Date(whole), timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - whole;
}

const wallTimePattern = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * The instant at which the wall clock in `timeZone` shows `wall` (YYYY-MM-DD, YYYY-MM-DDTHH:mm or
 * with seconds): a deadline typed as "15 April 23:59" means 23:59 in the tenant's zone. Null when
 * `wall` is not a real day and time.
 */
export function instantOfWallTime(wall: string, timeZone: string): Date | null {
  const match = wallTimePattern.exec(wall);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
  if (hour > 23 || minute > 59 || second > 59) return null;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(asUtc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  // The zone's lead is read at a first guess, then again at the instant it gives (a zone whose
  // offset changed in between, as Indonesia's did before 1964, settles on the second reading).
  const first = asUtc - zoneLeadMs(asUtc, timeZone);
  return new Date(asUtc - zoneLeadMs(first, timeZone));
}

/** The first instant of calendar day `day` (YYYY-MM-DD) in `timeZone`; null for no such day. */
export function startOfDayIn(day: string, timeZone: string): Date | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? instantOfWallTime(day, timeZone) : null;
}
