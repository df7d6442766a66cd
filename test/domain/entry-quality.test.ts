// Kualitas data of a unit's quarter (issue 21): shares of the entries without a flag and with evidence.
import { describe, expect, it } from 'vitest';
import { entryQuality, type QualityEntry } from '../../src/domain/entry-quality';

const e = (flagged: boolean, hasEvidence: boolean): QualityEntry => ({ flagged, hasEvidence });

describe('the quality of a unit\'s entries in a quarter', () => {
  it.each([
    { name: 'nothing entered: no share, not 0%', entries: [], expected: { entered: 0, flagged: 0, withEvidence: 0, unflaggedPercent: null, evidencePercent: null } },
    { name: 'all clean, all with evidence', entries: [e(false, true), e(false, true)], expected: { entered: 2, flagged: 0, withEvidence: 2, unflaggedPercent: 100, evidencePercent: 100 } },
    { name: 'one of four flagged, one with evidence', entries: [e(true, false), e(false, false), e(false, true), e(false, false)], expected: { entered: 4, flagged: 1, withEvidence: 1, unflaggedPercent: 75, evidencePercent: 25 } },
    { name: 'thirds', entries: [e(true, true), e(true, false), e(false, false)], expected: { entered: 3, flagged: 2, withEvidence: 1, unflaggedPercent: 100 / 3, evidencePercent: 100 / 3 } },
  ])('$name', ({ entries, expected }) => {
    expect(entryQuality(entries)).toEqual(expected);
  });
});
