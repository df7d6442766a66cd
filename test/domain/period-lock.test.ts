import { describe, expect, it } from 'vitest';
import { isQuarterLocked, lockedSince } from '../../src/domain/period-lock';

const now = new Date('2026-04-16T01:00:00Z');

describe('isQuarterLocked', () => {
  it.each([
    ['no window', undefined, false],
    ['an open window without deadline', { locked: false, lockAt: null }, false],
    ['a window locked by the admin', { locked: true, lockAt: null }, true],
    ['locked by the admin before its deadline', { locked: true, lockAt: '2026-05-01T00:00:00Z' }, true],
    ['a deadline still ahead', { locked: false, lockAt: '2026-04-16T01:00:01Z' }, false],
    ['a deadline reached to the millisecond', { locked: false, lockAt: '2026-04-16T01:00:00Z' }, true],
    ['a deadline in another offset, passed', { locked: false, lockAt: '2026-04-15T23:59:00+08:00' }, true],
  ])('%s → %s', (_name, window, expected) => {
    expect(isQuarterLocked(window, now)).toBe(expected);
  });
});

describe('lockedSince', () => {
  it('names a passed deadline and nothing for a manual lock', () => {
    expect(lockedSince({ locked: false, lockAt: '2026-04-15T15:59:00Z' }, now)).toBe('2026-04-15T15:59:00Z');
    expect(lockedSince({ locked: true, lockAt: null }, now)).toBeNull();
    expect(lockedSince({ locked: true, lockAt: '2026-05-01T00:00:00Z' }, now)).toBeNull();
  });
});
