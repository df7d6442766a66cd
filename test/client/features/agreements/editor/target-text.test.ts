// Targets typed in the editor, by target type: the Indonesian way for numbers, two bounds for a
// range, a statement for text; scale levels as label=score.
import { describe, expect, it } from 'vitest';
import { parseScaleLevels, parseTarget, scaleLevelsToText, targetToText } from '../../../../../src/client/features/agreements/editor/target-text';
import { formatNumber } from '../../../../../src/domain/number-format';

const text = (value: string, max = '') => ({ value, max });
const fmt = (n: number, digits = 2) => formatNumber(n, 'id-ID', digits);

describe('parseTarget', () => {
  it.each([
    ['number', text('1.234,5'), { ok: true, value: 1234.5 }],
    ['percent', text('93,75%'), { ok: true, value: 93.75 }],
    ['number', text(''), { ok: true, value: null }],
    ['number', text('0'), { ok: true, value: 0 }],
    ['number', text('dua'), { ok: false, error: 'notNumber' }],
    ['scale', text('5'), { ok: true, value: 5 }],
    ['text', text('  Perda ditetapkan '), { ok: true, value: 'Perda ditetapkan' }],
    ['text', text('  '), { ok: true, value: null }],
    ['range', text('80', '90'), { ok: true, value: { min: 80, max: 90 } }],
    ['range', text('', ''), { ok: true, value: null }],
    ['range', text('80', ''), { ok: false, error: 'rangeIncomplete' }],
    ['range', text('95', '90'), { ok: false, error: 'rangeOrder' }],
    ['range', text('8O', '90'), { ok: false, error: 'notNumber' }],
  ] as const)('%s %j', (type, typed, expected) => {
    expect(parseTarget(type, typed)).toEqual(expected);
  });

  it('round-trips stored targets through the text the form shows', () => {
    for (const [type, target] of [['number', 1234.5], ['range', { min: 80.5, max: 90 }], ['text', 'Tercapai'], ['number', null]] as const) {
      const parsed = parseTarget(type, targetToText(target, fmt));
      expect(parsed).toEqual({ ok: true, value: target });
    }
  });
});

describe('scale levels', () => {
  it('reads label=score pairs and writes them back', () => {
    const levels = parseScaleLevels('D=1, C=2; BB = 5\nAA=7');
    expect(levels).toEqual([{ label: 'D', score: 1 }, { label: 'C', score: 2 }, { label: 'BB', score: 5 }, { label: 'AA', score: 7 }]);
    expect(scaleLevelsToText(levels ?? [], fmt)).toBe('D=1, C=2, BB=5, AA=7');
    expect(parseScaleLevels('')).toEqual([]);
  });

  it('refuses a pair without a score', () => {
    expect(parseScaleLevels('WTP=4, WDP')).toBeNull();
    expect(parseScaleLevels('=4')).toBeNull();
    expect(parseScaleLevels('A=x')).toBeNull();
  });
});
