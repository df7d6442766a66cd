import { describe, expect, it } from 'vitest';
import { withoutNul, withoutNulDeep } from '../../src/domain/plain-text';

describe('text without NUL characters', () => {
  it('removes U+0000 and keeps everything else', () => {
    expect(withoutNul('Kendala\u0000 cuaca\u0000')).toBe('Kendala cuaca');
    expect(withoutNul('baris\nbaru\ttab')).toBe('baris\nbaru\ttab');
  });

  it('cleans every string of a mutation’s fields, keys included, and leaves other values alone', () => {
    expect(withoutNulDeep({ drivers: 'a\u0000b', value: 0, list: ['x\u0000', null, true], 'k\u0000': { n: 'y' } }))
      .toEqual({ drivers: 'ab', value: 0, list: ['x', null, true], k: { n: 'y' } });
  });
});
