// Plausibility warnings at entry (issue 21), table-driven: separator slips against the target and
// the quarter before, capaian far above or below the target, percentages outside 0–100, a low or
// very high capaian left unexplained; and the tenant's thresholds and severities.
import { describe, expect, it } from 'vitest';
import type { QuarterValues } from '../../src/domain/achievement';
import { asksBeforeSaving, checkPlausibility, refusesSaving, type Explanation, type PlausibilityIndicator } from '../../src/domain/plausibility';
import { dataChecksSchema, defaultDataChecks, type DataChecks } from '../../src/domain/data-checks';
import { dashboardStatusBands, defaultTenantSettings } from '../../src/domain/default-settings';
import type { Quarter } from '../../src/domain/period';
import { buildAchievementIndicator } from './build-achievement-indicator';

const settings = defaultTenantSettings;
const percent = (overrides: Partial<PlausibilityIndicator> = {}): PlausibilityIndicator => ({
  ...buildAchievementIndicator({ aggregation: 'last', targetType: 'percent', annualTarget: 85, quarterTargets: [85, 85, 85, 85] }), unit: '%', ...overrides,
});
const count = (overrides: Partial<PlausibilityIndicator> = {}): PlausibilityIndicator => ({ ...buildAchievementIndicator(), unit: 'orang', ...overrides });
const at = (quarter: Quarter, value: number, before: Partial<Record<Quarter, number>> = {}): QuarterValues =>
  [1, 2, 3, 4].map((q) => (q === quarter ? value : (before[q as Quarter] ?? null))) as unknown as QuarterValues;

describe('plausibility of a value being entered', () => {
  const cases: Array<{ name: string; indicator: PlausibilityIndicator; values: QuarterValues; quarter: Quarter; kinds: string[]; suggested?: number }> = [
    { name: 'on target: nothing', indicator: percent(), values: at(2, 84.5), quarter: 2, kinds: [] },
    { name: '8,5 typed for a target of 85: a slip of ×0,1, 85 suggested', indicator: percent(), values: at(2, 8.5), quarter: 2, kinds: ['separatorSlip'], suggested: 85 },
    { name: '850 for 85: a slip, and a percentage over 100', indicator: percent(), values: at(2, 850), quarter: 2, kinds: ['percentOutOfRange', 'separatorSlip'], suggested: 85 },
    { name: '1.250 (read 1250) for a count whose target is 125', indicator: count({ quarterTargets: [125, 125, 125, 125] }), values: at(1, 1250), quarter: 1, kinds: ['separatorSlip'], suggested: 125 },
    { name: 'a thousandth: 0,09 for a target of 90', indicator: percent({ quarterTargets: [90, 90, 90, 90] }), values: at(1, 0.09), quarter: 1, kinds: ['separatorSlip'], suggested: 90 },
    { name: 'against the quarter before (no target this quarter), for a last-value indicator', indicator: percent({ quarterTargets: [85, null, null, 85] }), values: at(2, 7.9, { 1: 79 }), quarter: 2, kinds: ['separatorSlip'], suggested: 79 },
    { name: 'a count is not compared with the quarter before', indicator: count({ quarterTargets: [null, 25, 25, 25] }), values: at(2, 40, { 1: 4 }), quarter: 2, kinds: ['farAbove'] },
    { name: 'far above: 160% of the target', indicator: count(), values: at(1, 40), quarter: 1, kinds: ['farAbove'] },
    { name: 'just at 150%: nothing', indicator: count({ unit: 'km' }), values: at(1, 37.5), quarter: 1, kinds: [] },
    { name: 'far below: 20% of the target', indicator: count(), values: at(1, 5), quarter: 1, kinds: ['farBelow'] },
    { name: 'a lower-is-better indicator far over its ceiling reads as far below', indicator: count({ polarity: 'lower', aggregation: 'last', quarterTargets: [10, 10, 10, 10] }), values: at(1, 45), quarter: 1, kinds: ['farBelow'] },
    { name: 'a percentage below 0', indicator: percent({ quarterTargets: [null, null, null, null] }), values: at(1, -3), quarter: 1, kinds: ['percentOutOfRange'] },
    { name: 'zero is no slip (no ratio), but far below', indicator: count(), values: at(1, 0), quarter: 1, kinds: ['farBelow'] },
    { name: 'text and scale indicators: none', indicator: count({ targetType: 'scale', annualTarget: 4, quarterTargets: [4, 4, 4, 4] }), values: at(1, 40), quarter: 1, kinds: [] },
    { name: 'not filled: none', indicator: count(), values: [null, null, null, null], quarter: 1, kinds: [] },
    { name: '25,5 orang: a fraction of something counted whole', indicator: count(), values: at(1, 25.5), quarter: 1, kinds: ['notWholeCount'] },
    { name: '25,5 km: a length may be a fraction', indicator: count({ unit: 'km' }), values: at(1, 25.5), quarter: 1, kinds: [] },
    { name: '"Dokumen perencanaan" counts documents', indicator: count({ unit: ' Dokumen perencanaan' }), values: at(1, 24.5), quarter: 1, kinds: ['notWholeCount'] },
    { name: 'an index is not a count even in orang-sounding words', indicator: count({ unit: 'indeks' }), values: at(1, 25.5), quarter: 1, kinds: [] },
    { name: 'an IKM of 120 where the PK bounds it 25–100', indicator: count({ unit: 'indeks', aggregation: 'last', quarterTargets: [80, 80, 80, 80], minValue: 25, maxValue: 100 }), values: at(1, 120), quarter: 1, kinds: ['outOfBounds'] },
    { name: 'an IKM of 20 below its lower bound', indicator: count({ unit: 'indeks', aggregation: 'last', quarterTargets: [null, null, null, null], minValue: 25, maxValue: 100 }), values: at(1, 20), quarter: 1, kinds: ['outOfBounds'] },
    { name: 'on a bound is within it', indicator: count({ unit: 'indeks', aggregation: 'last', quarterTargets: [null, null, null, null], minValue: 25, maxValue: 100 }), values: at(1, 100), quarter: 1, kinds: [] },
    { name: 'a negative count lowers the year: below 0', indicator: count({ quarterTargets: [null, null, null, null] }), values: at(1, -4), quarter: 1, kinds: ['outOfBounds'] },
    { name: 'a negative change of a last-value number without bounds: nothing', indicator: count({ unit: 'poin', aggregation: 'last', quarterTargets: [null, null, null, null] }), values: at(1, -4), quarter: 1, kinds: [] },
  ];
  it.each(cases)('$name', ({ indicator, values, quarter, kinds, suggested }) => {
    const warnings = checkPlausibility(indicator, values, quarter, settings);
    expect(warnings.map((w) => w.kind)).toEqual(kinds);
    const slip = warnings.find((w) => w.kind === 'separatorSlip');
    if (suggested !== undefined) expect(slip && 'suggested' in slip ? slip.suggested : null).toBeCloseTo(suggested, 10);
  });
});

const explained: Explanation = { drivers: 'Dukungan dana desa', obstacles: 'Hujan deras', followUp: 'Jadwal ulang' };
const silent: Explanation = { drivers: '', obstacles: ' ', followUp: '' };

describe('a capaian that needs explaining', () => {
  // Target 25 per quarter (count); Permendagri 86 bands: sedang from 66, tinggi from 76.
  const cases: Array<{ name: string; value: number; explanation: Explanation; kinds: string[]; missing?: string[] }> = [
    { name: '60% (rendah) with nothing written: obstacles and follow-up', value: 15, explanation: silent, kinds: ['explanationMissing'], missing: ['obstacles', 'followUp'] },
    { name: '60% with only the obstacles: the follow-up', value: 15, explanation: { ...silent, obstacles: 'Hujan' }, kinds: ['explanationMissing'], missing: ['followUp'] },
    { name: '60% explained: nothing', value: 15, explanation: explained, kinds: [] },
    { name: '68% (sedang) is not below sedang: nothing', value: 17, explanation: silent, kinds: [] },
    { name: '20% unexplained: far below, and why', value: 5, explanation: silent, kinds: ['farBelow', 'explanationMissing'], missing: ['obstacles', 'followUp'] },
    { name: '160% unexplained: far above, and what drove it', value: 40, explanation: silent, kinds: ['farAbove', 'explanationMissing'], missing: ['drivers'] },
    { name: '160% with its drivers: far above only', value: 40, explanation: explained, kinds: ['farAbove'] },
    { name: '100% unexplained: nothing', value: 25, explanation: silent, kinds: [] },
  ];
  it.each(cases)('$name', ({ value, explanation, kinds, missing }) => {
    const warnings = checkPlausibility(count(), at(1, value), 1, settings, explanation);
    expect(warnings.map((w) => w.kind)).toEqual(kinds);
    const found = warnings.find((w) => w.kind === 'explanationMissing');
    if (missing) expect(found && 'missing' in found ? found.missing : null).toEqual(missing);
  });

  it('without the notes (a value alone) nothing is said about them', () => {
    expect(checkPlausibility(count(), at(1, 15), 1, settings).map((w) => w.kind)).toEqual([]);
  });

  it('a band set without "sedang" reads the band of early warning; the pemda may name another', () => {
    const dashboard = { ...settings, categoryBands: dashboardStatusBands, warningBelowCategory: 'mendekati_target' };
    // 76%: below "mendekati target" (80).
    expect(checkPlausibility(count(), at(1, 19), 1, dashboard, silent).map((w) => w.kind)).toEqual(['explanationMissing']);
    const kritis = { ...dashboard, dataChecks: { ...defaultDataChecks, explainBelowCategory: 'perlu_perhatian' } };
    expect(checkPlausibility(count(), at(1, 19), 1, kritis, silent)).toEqual([]);
    expect(checkPlausibility(count(), at(1, 14), 1, kritis, silent).map((w) => w.kind)).toEqual(['explanationMissing']);
  });
});

describe("the pemda's thresholds and severities", () => {
  const withChecks = (checks: Partial<Omit<DataChecks, 'severity'>> & { severity?: Partial<DataChecks['severity']> }) =>
    ({ ...settings, dataChecks: { ...defaultDataChecks, ...checks, severity: { ...defaultDataChecks.severity, ...checks.severity } } });

  it('thresholds of its own: 130% is far above at 120, nothing at the default 150', () => {
    expect(checkPlausibility(count({ unit: 'km' }), at(1, 32.5), 1, settings).map((w) => w.kind)).toEqual([]);
    expect(checkPlausibility(count({ unit: 'km' }), at(1, 32.5), 1, withChecks({ farAbovePercent: 120 })).map((w) => w.kind)).toEqual(['farAbove']);
    expect(checkPlausibility(count({ unit: 'km' }), at(1, 12.5), 1, withChecks({ farBelowPercent: 60 })).map((w) => w.kind)).toEqual(['farBelow']);
  });

  it('by default slips and impossible percentages are asked, far from target and explanations only shown, nothing refused', () => {
    const warnings = checkPlausibility(percent(), at(2, 850), 2, settings);
    expect(warnings.filter((w) => asksBeforeSaving(w, settings)).map((w) => w.kind)).toEqual(['percentOutOfRange', 'separatorSlip']);
    const far = checkPlausibility(count(), at(1, 5), 1, settings, silent);
    expect(far.map((w) => w.kind)).toEqual(['farBelow', 'explanationMissing']);
    expect(far.some((w) => asksBeforeSaving(w, settings) || refusesSaving(w, settings))).toBe(false);
  });

  it('a check turned off is not shown; one refused is refused, not asked', () => {
    const strict = withChecks({ severity: { separatorSlip: 'refuse', percentOutOfRange: 'off', explanationMissing: 'refuse' } });
    const slip = checkPlausibility(percent(), at(2, 850), 2, strict);
    expect(slip.map((w) => w.kind)).toEqual(['separatorSlip']);
    expect(slip.every((w) => refusesSaving(w, strict) && !asksBeforeSaving(w, strict))).toBe(true);
    expect(checkPlausibility(count(), at(1, 15), 1, strict, silent).filter((w) => refusesSaving(w, strict)).map((w) => w.kind)).toEqual(['explanationMissing']);
    expect(checkPlausibility(count(), at(1, 15), 1, strict, explained)).toEqual([]);
  });

  it('the settings are checked: thresholds in range, the lower below the upper, every check named once', () => {
    expect(dataChecksSchema.safeParse(defaultDataChecks).success).toBe(true);
    expect(dataChecksSchema.safeParse({ ...defaultDataChecks, farAbovePercent: 99 }).success).toBe(false);
    expect(dataChecksSchema.safeParse({ ...defaultDataChecks, farBelowPercent: 101 }).success).toBe(false);
    expect(dataChecksSchema.safeParse({ ...defaultDataChecks, farAbovePercent: 100, farBelowPercent: 100 }).success).toBe(false);
    expect(dataChecksSchema.safeParse({ ...defaultDataChecks, farAbovePercent: Number.POSITIVE_INFINITY }).success).toBe(false);
    expect(dataChecksSchema.safeParse({ ...defaultDataChecks, severity: { ...defaultDataChecks.severity, separatorSlip: 'maybe' } }).success).toBe(false);
    expect(dataChecksSchema.safeParse({ ...defaultDataChecks, severity: { ...defaultDataChecks.severity, extra: 'off' } }).success).toBe(false);
  });

  it('settings stored before the bounds check read it as asked; a bound refused is refused', () => {
    const { outOfBounds: _new, ...older } = defaultDataChecks.severity;
    const parsed = dataChecksSchema.parse({ ...defaultDataChecks, severity: older });
    expect(parsed.severity.outOfBounds).toBe('ask');
    const ikm = count({ unit: 'indeks', aggregation: 'last', quarterTargets: [80, 80, 80, 80], minValue: 25, maxValue: 100 });
    const [warning] = checkPlausibility(ikm, at(1, 120), 1, settings);
    expect(warning && asksBeforeSaving(warning, settings)).toBe(true);
    const strict = withChecks({ severity: { outOfBounds: 'refuse' } });
    const [refused] = checkPlausibility(ikm, at(1, 120), 1, strict);
    expect(refused && refusesSaving(refused, strict)).toBe(true);
    expect(checkPlausibility(ikm, at(1, 120), 1, withChecks({ severity: { outOfBounds: 'off' } }))).toEqual([]);
  });
});
