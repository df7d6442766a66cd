import { describe, expect, it } from 'vitest';
import { plainTextOf, withoutBidiControls, withoutNul, withoutNulDeep } from '../../src/domain/plain-text';
import { plainText } from '../../src/domain/plain-text-schema';
import { realisationEditSchema } from '../../src/domain/realisation';
import { indicatorEditSchema } from '../../src/domain/agreement-edit';
import { orgUnitCreateSchema } from '../../src/api/admin';

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

describe('text without bidi embeddings, overrides and isolates', () => {
  it.each([
    ['right-to-left override (RLO)', 'Dinas \u202eanaD', 'Dinas anaD'],
    ['left-to-right embedding and pop (LRE, PDF)', '\u202aabc\u202c', 'abc'],
    ['right-to-left embedding (RLE)', 'x\u202by', 'xy'],
    ['left-to-right override (LRO)', 'x\u202dy', 'xy'],
    ['isolates LRI, RLI, FSI and PDI', '\u2066a\u2067b\u2068c\u2069', 'abc'],
    ['every control in a row', '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069', ''],
    ['the left-to-right and right-to-left marks, kept', 'a\u200eb\u200fc\u061cd', 'a\u200eb\u200fc\u061cd'],
    ['Arabic script, kept', 'مدرسة 12', 'مدرسة 12'],
    ['neighbours of the range, kept (U+2029, U+202F, U+2065, U+206A)', '\u2029\u202f\u2065\u206a', '\u2029\u202f\u2065\u206a'],
    ['emoji and combining marks, kept', 'panen 🌾 e\u0301', 'panen 🌾 e\u0301'],
    ['plain text, unchanged', 'Kendala cuaca', 'Kendala cuaca'],
  ])('%s', (_name, input, expected) => {
    expect(withoutBidiControls(input)).toBe(expected);
  });

  it('a device keeps typed text without NUL and bidi controls alike', () => {
    expect(plainTextOf('a\u0000\u202eb')).toBe('ab');
  });

  it('the schema strips before its length checks, so a name of controls alone is empty', () => {
    const name = plainText().trim().min(1).max(3);
    expect(name.parse('\u202eabc\u202c')).toBe('abc');
    expect(name.safeParse('\u202e\u2066').success).toBe(false);
  });

  it.each([
    ['a realisation note', realisationEditSchema, { drivers: 'naik \u202e%05' }, { drivers: 'naik %05' }],
    ['an indicator name', indicatorEditSchema, { name: '\u2067Persentase\u2069' }, { name: 'Persentase' }],
    ['an org unit name', orgUnitCreateSchema, { code: 'X\u202e', name: 'Dinas\u202d', type: 'opd', parentId: null }, { code: 'X', name: 'Dinas', type: 'opd', parentId: null }],
  ])('strips them from %s as it parses, and does not refuse it', (_name, schema, input, expected) => {
    expect(schema.parse(input)).toEqual(expected);
  });
});
