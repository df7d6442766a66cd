import { describe, expect, it } from 'vitest';
import { periodOf, type Quarter } from '../../src/domain/period';
import {
  calendarDateIn, defaultTenantTimeZone, instantOfWallTime, isTenantTimeZone, startOfDayIn, tenantTimeZone, tenantTimeZones,
  wallTimeIn, type TenantTimeZone,
} from '../../src/domain/tenant-clock';
import { tenantSettingsSchema } from '../../src/domain/tenant';
import { defaultTenantSettings } from '../../src/domain/default-settings';

const wib: TenantTimeZone = 'Asia/Jakarta';
const wita: TenantTimeZone = 'Asia/Makassar';
const wit: TenantTimeZone = 'Asia/Jayapura';

describe('the calendar day and quarter of an instant, in each zone', () => {
  it.each<[string, TenantTimeZone, string, { year: number; quarter: Quarter }]>([
    // 31 March 16:30 UTC: 23:30 in WIB, 00:30 on 1 April in WITA and 01:30 in WIT: another quarter.
    ['2026-03-31T16:30:00Z', wib, '2026-03-31', { year: 2026, quarter: 1 }],
    ['2026-03-31T16:30:00Z', wita, '2026-04-01', { year: 2026, quarter: 2 }],
    ['2026-03-31T16:30:00Z', wit, '2026-04-01', { year: 2026, quarter: 2 }],
    // Just before and at midnight in each zone.
    ['2026-03-31T16:59:59Z', wib, '2026-03-31', { year: 2026, quarter: 1 }],
    ['2026-03-31T17:00:00Z', wib, '2026-04-01', { year: 2026, quarter: 2 }],
    ['2026-03-31T15:59:59Z', wita, '2026-03-31', { year: 2026, quarter: 1 }],
    ['2026-03-31T16:00:00Z', wita, '2026-04-01', { year: 2026, quarter: 2 }],
    ['2026-03-31T14:59:59Z', wit, '2026-03-31', { year: 2026, quarter: 1 }],
    ['2026-03-31T15:00:00Z', wit, '2026-04-01', { year: 2026, quarter: 2 }],
    // The end of TW II and TW III.
    ['2026-06-30T15:30:00Z', wib, '2026-06-30', { year: 2026, quarter: 2 }],
    ['2026-06-30T15:30:00Z', wit, '2026-07-01', { year: 2026, quarter: 3 }],
    ['2026-09-30T16:15:00Z', wib, '2026-09-30', { year: 2026, quarter: 3 }],
    ['2026-09-30T16:15:00Z', wita, '2026-10-01', { year: 2026, quarter: 4 }],
    // New Year: another year, not only another quarter.
    ['2025-12-31T16:30:00Z', wib, '2025-12-31', { year: 2025, quarter: 4 }],
    ['2025-12-31T16:30:00Z', wita, '2026-01-01', { year: 2026, quarter: 1 }],
    ['2025-12-31T15:00:00Z', wit, '2026-01-01', { year: 2026, quarter: 1 }],
    ['2025-12-31T14:59:59Z', wit, '2025-12-31', { year: 2025, quarter: 4 }],
    // A leap day.
    ['2028-02-28T17:00:00Z', wib, '2028-02-29', { year: 2028, quarter: 1 }],
  ])('%s in %s is %s, %j', (iso, zone, day, period) => {
    expect(calendarDateIn(new Date(iso), zone)).toBe(day);
    expect(periodOf(new Date(iso), zone)).toEqual(period);
  });
});

describe('wall time ↔ instant (a deadline typed on the pemda’s clock)', () => {
  it.each<[string, TenantTimeZone, string]>([
    ['2026-04-15T23:59', wib, '2026-04-15T16:59:00.000Z'],
    ['2026-04-15T23:59', wita, '2026-04-15T15:59:00.000Z'],
    ['2026-04-15T23:59', wit, '2026-04-15T14:59:00.000Z'],
    ['2026-04-01T00:00', wita, '2026-03-31T16:00:00.000Z'],
    ['2026-01-01T00:30:15', wib, '2025-12-31T17:30:15.000Z'],
    ['2026-07-01', wit, '2026-06-30T15:00:00.000Z'],
  ])('%s in %s is %s, and back', (wall, zone, iso) => {
    expect(instantOfWallTime(wall, zone)?.toISOString()).toBe(iso);
    if (wall.length === 16) expect(wallTimeIn(new Date(iso), zone)).toBe(wall);
  });

  it.each(['', '2026-02-30T10:00', '2026-13-01', '2026-04-15T24:00', '2026-04-15T23:60', '15/04/2026', '2026-04-15T23:59Z'])('%j is no wall time', (wall) => {
    expect(instantOfWallTime(wall, wib)).toBeNull();
  });

  it('starts a day at its midnight in the zone', () => {
    expect(startOfDayIn('2026-04-01', wita)?.toISOString()).toBe('2026-03-31T16:00:00.000Z');
    expect(startOfDayIn('2026-04-01', wib)?.toISOString()).toBe('2026-03-31T17:00:00.000Z');
    expect(startOfDayIn('2026-04-01T10:00', wib)).toBeNull();
  });

  it('round-trips every minute of a day across midnight in every zone', () => {
    for (const zone of tenantTimeZones) {
      for (let t = Date.parse('2026-03-31T12:00:00Z'); t < Date.parse('2026-04-01T12:00:00Z'); t += 7 * 60_000) {
        const wall = wallTimeIn(new Date(t), zone);
        expect(instantOfWallTime(wall, zone)?.getTime(), `${zone} ${wall}`).toBe(t);
      }
    }
  });
});

describe('the tenant’s zone setting', () => {
  it('is one of WIB, WITA, WIT; settings stored before zones existed read as WIB', () => {
    expect(tenantTimeZones).toEqual(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']);
    expect(tenantTimeZone({ timeZone: wita })).toBe(wita);
    expect(tenantTimeZone({})).toBe('Asia/Jakarta');
    expect(tenantTimeZone(null)).toBe('Asia/Jakarta');
    expect(defaultTenantTimeZone).toBe('Asia/Jakarta');
    expect(defaultTenantSettings.timeZone).toBe('Asia/Jakarta');
  });

  it('parses old settings without a zone and refuses a zone outside Indonesia’s three', () => {
    const { timeZone: _none, ...old } = defaultTenantSettings;
    const parsed = tenantSettingsSchema.parse(old);
    expect(tenantTimeZone(parsed)).toBe('Asia/Jakarta');
    expect(tenantSettingsSchema.parse({ ...old, timeZone: 'Asia/Jayapura' }).timeZone).toBe('Asia/Jayapura');
    expect(tenantSettingsSchema.safeParse({ ...old, timeZone: 'Asia/Singapore' }).success).toBe(false);
    expect(isTenantTimeZone('Asia/Makassar')).toBe(true);
    expect(isTenantTimeZone('UTC')).toBe(false);
  });
});
