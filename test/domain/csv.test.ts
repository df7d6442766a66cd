import { describe, expect, it } from 'vitest';
import { detectCsvDelimiter, parseCsv } from '../../src/domain/csv';

describe('parseCsv', () => {
  it('reads commas, quoted delimiters, doubled quotes and line breaks inside quotes', () => {
    const { records, delimiter } = parseCsv('a,b,c\r\n"x, y","say ""hi""","two\nlines"\n');
    expect(delimiter).toBe(',');
    expect(records).toEqual([['a', 'b', 'c'], ['x, y', 'say "hi"', 'two\nlines']]);
  });

  it('detects the semicolon Excel writes in a comma-decimal locale, and drops a BOM', () => {
    const { records, delimiter } = parseCsv('\uFEFFNo;Target\n1;93,75\n');
    expect(delimiter).toBe(';');
    expect(records).toEqual([['No', 'Target'], ['1', '93,75']]);
  });

  it('keeps empty lines as records so row numbers stay those of the file', () => {
    expect(parseCsv('a\n\nb').records).toEqual([['a'], [''], ['b']]);
  });

  it('trims fields and keeps a last line without a line break', () => {
    expect(parseCsv(' a , b \n c ,d').records).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('stops after maxRecords and says so', () => {
    const text = Array.from({ length: 100 }, (_, i) => `row${i}`).join('\n');
    const result = parseCsv(text, { maxRecords: 10 });
    expect(result.records).toHaveLength(10);
    expect(result.truncated).toBe(true);
    expect(parseCsv('a\nb\n', { maxRecords: 2 }).truncated).toBe(false);
  });

  it('counts delimiters outside quotes only', () => {
    expect(detectCsvDelimiter('"a;b;c",d,e\n')).toBe(',');
    expect(detectCsvDelimiter('a\tb\tc')).toBe('\t');
    expect(detectCsvDelimiter('single')).toBe(',');
  });
});
