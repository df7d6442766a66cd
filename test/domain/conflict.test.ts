import { describe, expect, it } from 'vitest';
import { checkConflictChoice, conflictResolveSchema } from '../../src/domain/conflict';

const open = { field: 'value' as const, serverValue: 10, yourValue: 12, status: 'open' as const };

describe('checkConflictChoice', () => {
  it('accepts each side with exactly its value, and any valid combined value', () => {
    expect(checkConflictChoice(open, { resolution: 'server', value: 10 })).toBeNull();
    expect(checkConflictChoice(open, { resolution: 'yours', value: 12 })).toBeNull();
    expect(checkConflictChoice(open, { resolution: 'combined', value: 11.5 })).toBeNull();
    expect(checkConflictChoice(open, { resolution: 'combined', value: null })).toBeNull();
  });

  it('refuses a side named with another value, a value the field does not take, and a resolved conflict', () => {
    expect(checkConflictChoice(open, { resolution: 'server', value: 12 })).toBe('wrongValue');
    expect(checkConflictChoice(open, { resolution: 'yours', value: 10 })).toBe('wrongValue');
    expect(checkConflictChoice(open, { resolution: 'combined', value: '11' })).toBe('invalidValue');
    expect(checkConflictChoice({ ...open, field: 'obstacles', serverValue: 'a', yourValue: 'b' }, { resolution: 'combined', value: 'x'.repeat(4001) }))
      .toBe('invalidValue');
    expect(checkConflictChoice({ ...open, status: 'resolved' }, { resolution: 'server', value: 10 })).toBe('alreadyResolved');
  });

  it('the mutation fields are exactly resolution and value', () => {
    expect(conflictResolveSchema.safeParse({ resolution: 'yours', value: 1 }).success).toBe(true);
    expect(conflictResolveSchema.safeParse({ resolution: 'yours', value: 1, extra: 1 }).success).toBe(false);
    expect(conflictResolveSchema.safeParse({ resolution: 'mine', value: 1 }).success).toBe(false);
  });
});
