// Is a quarter locked for input? Pure and zod-free: the server refuses entries with it and the
// device warns with it, from the same rule (period-window.ts holds the row's schema).
export interface PeriodLock {
  locked: boolean;
  lockAt: string | null;
}

/** No window: open. A window locks when the admin locked it or its deadline has passed. */
export function isQuarterLocked(window: PeriodLock | null | undefined, now: Date): boolean {
  if (!window) return false;
  if (window.locked) return true;
  return window.lockAt !== null && now.getTime() >= Date.parse(window.lockAt);
}

/** When the lock took or takes effect, for the reason shown to the user; null when unknown. */
export function lockedSince(window: PeriodLock, now: Date): string | null {
  if (window.lockAt !== null && Date.parse(window.lockAt) <= now.getTime()) return window.lockAt;
  return null;
}
