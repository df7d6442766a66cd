import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy, type PasswordContext } from '../../src/domain/password-policy';

const serverList = new Set(['dragon', 'sunshine1234']);
const withList: PasswordContext = { isCommon: (c) => serverList.has(c) };

describe('password policy', () => {
  it.each([
    ['pendek', {}, 'tooShort'],
    ['123456789', {}, 'tooShort'],
    ['ąęśćżźółń9', {}, null],
    ['Password123', {}, 'common'],
    ['Password-2026!', {}, 'common'],
    ['Kinerja-2026', {}, 'common'],
    ['Bismillah123', {}, 'common'],
    ['aaaaaaaaaa', {}, 'repetitive'],
    ['1212121212', {}, 'repetitive'],
    ['abcabcabcabc', {}, 'repetitive'],
    ['operator.dishub-2026', { username: 'operator.dishub' }, 'containsUsername'],
    ['Dishub-Samarinda-99', { username: 'operator.dishub' }, 'containsUsername'],
    ['Seruyan-Hilir-2026', { tenantName: 'Kabupaten Seruyan' }, 'containsTenantName'],
    ['Kabupaten-Hilir-2026', { tenantName: 'Kabupaten Seruyan' }, null],
    ['x'.repeat(201), {}, 'tooLong'],
    ['Perhubungan-Kaltim-77', { username: 'operator.dishub2' }, null],
    // The server's long list: the password itself, or its core with digits and symbols around it.
    ['dragon2026!!', withList, 'common'],
    ['Sunshine1234', withList, 'common'],
    ['dragon2026!!', {}, null],
  ] as const)('%s → %s', (password, context, expected) => {
    expect(checkPasswordPolicy(password, context)).toBe(expected);
  });
});
