// Is a quarter locked for input? Pure and zod-free: the server refuses entries with it and the
// device warns with it, from the same rule (period-window.ts holds the row's schema).
export interface UnitExtension {
  orgUnitId: string;
  until: string;
}

export interface PeriodLock {
  locked: boolean;
  lockAt: string | null;
  /** Deadline extensions for single units (period-window.ts). */
  extensions?: readonly UnitExtension[];
}

/** The extension the admin gave one unit in this window, if any. */
export function extensionFor(window: PeriodLock | null | undefined, orgUnitId: string): UnitExtension | null {
  return window?.extensions?.find((e) => e.orgUnitId === orgUnitId) ?? null;
}

/**
 * The window as it holds for one unit: an extension replaces the tenant-wide lock and deadline
 * with its own end (the unit enters until then, even in a quarter locked for everyone else; once
 * it has passed the quarter is locked for the unit too).
 */
export function windowForUnit<W extends PeriodLock>(window: W, orgUnitId: string): W {
  const extension = extensionFor(window, orgUnitId);
  return extension ? { ...window, locked: false, lockAt: extension.until } : window;
}

/**
 * No window: open. A window locks when the admin locked it or its deadline has passed; with a
 * unit, as it holds for that unit (windowForUnit).
 */
export function isQuarterLocked(given: PeriodLock | null | undefined, now: Date, orgUnitId?: string): boolean {
  if (!given) return false;
  const window = orgUnitId ? windowForUnit(given, orgUnitId) : given;
  if (window.locked) return true;
  return window.lockAt !== null && now.getTime() >= Date.parse(window.lockAt);
}

/** When the lock took or takes effect, for the reason shown to the user; null when unknown. */
export function lockedSince(window: PeriodLock, now: Date): string | null {
  if (window.lockAt !== null && Date.parse(window.lockAt) <= now.getTime()) return window.lockAt;
  return null;
}
