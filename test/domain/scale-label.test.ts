import { describe, expect, it } from 'vitest';
import { scaleLabel } from '../../src/domain/scale-label';

describe('scaleLabel', () => {
  const indicator = { scaleLevels: [{ label: 'Level 1 (Awal)', score: 1 }, { label: 'Level 3 (Terdefinisi)', score: 3 }] };

  it('names the level of a score the scale gives', () => {
    expect(scaleLabel(indicator, 3)).toBe('Level 3 (Terdefinisi)');
  });

  it('has no name for a score between or outside the levels, so callers show the figure', () => {
    expect(scaleLabel(indicator, 2)).toBeUndefined();
    expect(scaleLabel({ scaleLevels: [] }, 1)).toBeUndefined();
  });
});
