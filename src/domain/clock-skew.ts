// A device clock far from the server's is harmless to ordering (the server orders every change),
// but it stamps wrong times on what the user saves, so the user is told to fix it (design.md).
export const clockSkewWarningMs = 5 * 60 * 1000;

/** Whole minutes the device clock is off by, when that deserves a warning; null otherwise. */
export function clockSkewWarningMinutes(skewMs: number | null): number | null {
  if (skewMs === null || !Number.isFinite(skewMs) || Math.abs(skewMs) <= clockSkewWarningMs) return null;
  return Math.round(Math.abs(skewMs) / 60_000);
}

export type SkewUnit = 'minute' | 'hour' | 'day';

/**
 * The warning in human units: which way the device is off and by how much, in minutes up to
 * 90 minutes, hours up to 36 hours, then days ("jam perangkat 3 hari lebih cepat", not "4.320
 * menit"). `skewMs` is the server's clock minus the device's, so a device ahead has a negative skew.
 */
export function clockSkewWarning(skewMs: number | null): { direction: 'ahead' | 'behind'; amount: number; unit: SkewUnit } | null {
  const minutes = clockSkewWarningMinutes(skewMs);
  if (minutes === null || skewMs === null) return null;
  const direction = skewMs < 0 ? 'ahead' : 'behind';
  const off = Math.abs(skewMs);
  if (minutes < 90) return { direction, amount: minutes, unit: 'minute' };
  if (off < 36 * 3_600_000) return { direction, amount: Math.round(off / 3_600_000), unit: 'hour' };
  return { direction, amount: Math.round(off / 86_400_000), unit: 'day' };
}

/** A time the device stamped by its own clock, moved to the server's clock (as the user's watch reads). */
export function serverCorrectedTime(deviceTime: string | Date, skewMs: number | null): Date {
  const ms = typeof deviceTime === 'string' ? Date.parse(deviceTime) : deviceTime.getTime();
  return new Date(skewMs === null || !Number.isFinite(skewMs) ? ms : ms + skewMs);
}
