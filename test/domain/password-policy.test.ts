import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy } from '../../src/domain/password-policy';

describe('password policy', () => {
  it.each([
    ['pendek', {}, 'tooShort'],
    ['123456789', {}, 'tooShort'],
    ['ąęśćżźółń9', {}, null],
    ['Password123', {}, 'common'],
    ['Kinerja-2026', {}, 'common'],
    ['Bismillah123', {}, 'common'],
    ['operator.dishub-2026', { username: 'operator.dishub' }, 'containsUsername'],
    ['x'.repeat(201), {}, 'tooLong'],
    ['Perhubungan-Kaltim-77', { username: 'operator.dishub2' }, null],
  ] as const)('%s → %s', (password, context, expected) => {
    expect(checkPasswordPolicy(password, context)).toBe(expected);
  });
});
