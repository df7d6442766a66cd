// Triwulan: TW I = Jan–Mar … TW IV = Oct–Dec.
import { wallClockIn } from './tenant-clock';

export const quarters = [1, 2, 3, 4] as const;
// quarterSchema lives in period-schema.ts: this file stays zod-free for the client's first load.
export type Quarter = (typeof quarters)[number];

export const quarterRoman: Record<Quarter, string> = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV' };

export function isQuarter(value: unknown): value is Quarter {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

/** Quarter a calendar month (1–12) falls in. */
export function quarterOfMonth(month: number): Quarter {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`month ${month}`);
  return Math.ceil(month / 3) as Quarter;
}

/** The months (1–12) of a quarter. */
export function monthsOfQuarter(quarter: Quarter): [number, number, number] {
  const first = (quarter - 1) * 3 + 1;
  return [first, first + 1, first + 2];
}

/** Year and quarter of an instant, read in the given IANA time zone (the tenant's: tenant-clock.ts). */
export function periodOf(date: Date, timeZone: string): { year: number; quarter: Quarter } {
  const { year, month } = wallClockIn(date, timeZone);
  return { year, quarter: quarterOfMonth(month) };
}

/**
 * The quarter a pemda-wide figure is shown up to at first: the last that has ended in the pemda's
 * zone, or TW I while the first is still running (the dashboard, the pohon kinerja).
 */
export function lastEndedQuarter(date: Date, timeZone: string): Quarter {
  const { quarter } = periodOf(date, timeZone);
  return quarter === 1 ? 1 : ((quarter - 1) as Quarter);
}

/** Quarters of a year that have ended by `date` in `timeZone` (the ones a unit should have reported). */
export function pastQuarters(year: number, date: Date, timeZone: string): Quarter[] {
  const now = periodOf(date, timeZone);
  if (year < now.year) return [...quarters];
  if (year > now.year) return [];
  return quarters.filter((q) => q < now.quarter);
}
