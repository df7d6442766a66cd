import { describe, expect, it } from 'vitest';
import { categoryOf, findBand } from '../../src/domain/category';
import {
  dashboardStatusBands,
  defaultTenantSettings,
  permendagri86Bands,
} from '../../src/domain/default-settings';
import { categoryBandSchema, tenantSettingsSchema, type CategoryBand } from '../../src/domain/tenant';

describe('categoryOf, Permendagri 86/2017', () => {
  it.each<[number, string]>([
    [150, 'sangat_tinggi'],
    [91, 'sangat_tinggi'],
    [90.99, 'tinggi'],
    [76, 'tinggi'],
    [75.99, 'sedang'],
    [66, 'sedang'],
    [65.99, 'rendah'],
    [51, 'rendah'],
    [50.99, 'sangat_rendah'],
    [0, 'sangat_rendah'],
    [-20, 'sangat_rendah'],
  ])('%d → %s', (percent, key) => {
    expect(categoryOf(percent, permendagri86Bands).key).toBe(key);
  });

  it('reads bands in any order', () => {
    const shuffled = [...permendagri86Bands].reverse();
    shuffled.push(shuffled.splice(1, 1)[0] as CategoryBand);
    expect(categoryOf(91, shuffled).key).toBe('sangat_tinggi');
    expect(categoryOf(90.99, shuffled).key).toBe('tinggi');
    expect(categoryOf(51, shuffled).key).toBe('rendah');
  });

  it('below every min falls in the lowest band', () => {
    const bands: CategoryBand[] = [
      { key: 'ok', label: 'Baik', min: 50, tone: 'good' },
      { key: 'low', label: 'Kurang', min: 10, tone: 'bad' },
    ];
    expect(categoryOf(5, bands).key).toBe('low');
    expect(categoryOf(Number.NaN, bands).key).toBe('low');
  });

  it('refuses an empty band set', () => {
    expect(() => categoryOf(50, [])).toThrow(RangeError);
  });
});

describe('categoryOf, dashboard status', () => {
  it.each<[number, string]>([
    [0, 'kritis'],
    [59.99, 'kritis'],
    [60, 'perlu_perhatian'],
    [79.99, 'perlu_perhatian'],
    [80, 'mendekati_target'],
    [94.99, 'mendekati_target'],
    [95, 'tercapai'],
    [100, 'tercapai'],
    [105, 'tercapai'],
    [105.00000000000001, 'melampaui'],
    [105.01, 'melampaui'],
    [200, 'melampaui'],
  ])('%d → %s', (percent, key) => {
    expect(categoryOf(percent, dashboardStatusBands).key).toBe(key);
  });

  it('keeps its bands exactly through JSON', () => {
    const copy = JSON.parse(JSON.stringify(dashboardStatusBands)) as CategoryBand[];
    expect(copy).toEqual(dashboardStatusBands);
    expect(categoryOf(105, copy).key).toBe('tercapai');
    expect(categoryOf(105.01, copy).key).toBe('melampaui');
  });
});

describe('default settings', () => {
  it.each([
    ['permendagri86Bands', permendagri86Bands],
    ['dashboardStatusBands', dashboardStatusBands],
  ])('%s are valid, JSON-safe bands with unique keys', (_name, bands) => {
    for (const band of bands) expect(categoryBandSchema.parse(band)).toEqual(band);
    expect(new Set(bands.map((b) => b.key)).size).toBe(bands.length);
    expect(JSON.parse(JSON.stringify(bands))).toEqual(bands);
  });

  it('permendagri labels are Indonesian', () => {
    expect(permendagri86Bands.map((b) => b.label)).toEqual(['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah']);
  });

  it('tenant settings parse and name an existing warning band', () => {
    expect(tenantSettingsSchema.parse(defaultTenantSettings)).toEqual(defaultTenantSettings);
    expect(defaultTenantSettings).toMatchObject({ lowerIsBetterFormula: 'A', achievementCap: null, warningBelowCategory: 'tinggi' });
    expect(findBand(defaultTenantSettings.categoryBands, defaultTenantSettings.warningBelowCategory)?.min).toBe(76);
  });

  it('findBand misses an unknown key', () => {
    expect(findBand(permendagri86Bands, 'luar_biasa')).toBeUndefined();
  });
});
