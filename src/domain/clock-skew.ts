// A device clock far from the server's is harmless to ordering (the server orders every change),
// but it stamps wrong times on what the user saves, so the user is told to fix it (design.md).
export const clockSkewWarningMs = 5 * 60 * 1000;

/** Whole minutes the device clock is off by, when that deserves a warning; null otherwise. */
export function clockSkewWarningMinutes(skewMs: number | null): number | null {
  if (skewMs === null || !Number.isFinite(skewMs) || Math.abs(skewMs) <= clockSkewWarningMs) return null;
  return Math.round(Math.abs(skewMs) / 60_000);
}
