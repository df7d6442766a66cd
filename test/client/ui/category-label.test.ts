import { describe, expect, it } from 'vitest';
import { categoryLabel } from '../../../src/client/ui/category-label';

describe('a category band in the chosen language', () => {
  it.each([
    ['sangat_tinggi', 'Sangat Tinggi', 'en', 'Very high'],
    ['sedang', 'Sedang', 'en', 'Moderate'],
    ['sangat_rendah', 'Sangat Rendah', 'en', 'Very low'],
    ['mendekati_target', 'Mendekati Target', 'en', 'Near target'],
    ['sangat_tinggi', 'Sangat Tinggi', 'id', 'Sangat Tinggi'],
    ['sangat_tinggi', 'Istimewa', 'en', 'Istimewa'], // a tenant's own name stays
    ['emas', 'Emas', 'en', 'Emas'],
  ] as const)('%s "%s" in %s → %s', (key, label, language, shown) => {
    expect(categoryLabel({ key, label }, language)).toBe(shown);
  });
});
