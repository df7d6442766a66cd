import { describe, expect, it } from 'vitest';
import {
  copyLkeTemplate,
  defaultLkeShares,
  defaultLkeTemplate,
  listLkeCriteria,
  lkeTemplateSchema,
  validateLkeTemplate,
  type LkeComponent,
  type LkeCriterion,
  type LkeSubComponent,
  type LkeTemplate,
  type LkeTemplateProblem,
} from '../../src/domain/lke-template';

const criterion = (id: string, weight = 1): LkeCriterion => ({ id, text: `Kriteria ${id}`, weight, scale: 'yesNo' });
const sub = (id: string, share: number, criteria: LkeCriterion[]): LkeSubComponent => ({ id, title: `Sub-komponen ${id}`, share, criteria });
const component = (id: string, weight: number, subComponents: LkeSubComponent[]): LkeComponent => ({ id, title: `Komponen ${id}`, weight, subComponents });
const template = (components: LkeComponent[]): LkeTemplate => ({ year: 2025, title: 'LKE uji', components });

/** A valid two-component template; the cases below change one thing in it. */
const small = (changes: { aWeight?: number; bShares?: [number, number]; a2?: LkeCriterion[]; bSubs?: LkeSubComponent[]; b1Id?: string } = {}): LkeTemplate =>
  template([
    component('a', changes.aWeight ?? 60, [sub('a.1', 50, [criterion('a.1.1'), criterion('a.1.2')]), sub('a.2', 50, changes.a2 ?? [criterion('a.2.1')])]),
    component(
      'b',
      40,
      changes.bSubs ?? [sub('b.1', changes.bShares?.[0] ?? 30, [criterion(changes.b1Id ?? 'b.1.1')]), sub('b.2', changes.bShares?.[1] ?? 70, [criterion('b.2.1')])],
    ),
  ]);

describe('defaultLkeTemplate', () => {
  it('is a valid template, unchanged by parsing and by JSON', () => {
    expect(lkeTemplateSchema.parse(defaultLkeTemplate)).toEqual(defaultLkeTemplate);
    expect(JSON.parse(JSON.stringify(defaultLkeTemplate))).toEqual(defaultLkeTemplate);
    expect(validateLkeTemplate(defaultLkeTemplate)).toEqual([]);
  });

  it('has the four components of PermenPANRB 88/2021 with their weights, each in three sub-components', () => {
    expect(defaultLkeTemplate.components.map((c) => [c.title, c.weight])).toEqual([
      ['Perencanaan Kinerja', 30],
      ['Pengukuran Kinerja', 30],
      ['Pelaporan Kinerja', 15],
      ['Evaluasi Akuntabilitas Kinerja Internal', 25],
    ]);
    for (const c of defaultLkeTemplate.components) {
      expect(c.subComponents.map((s) => s.share)).toEqual([defaultLkeShares.keberadaan, defaultLkeShares.kualitas, defaultLkeShares.pemanfaatan]);
      expect(c.subComponents.map((s) => s.id)).toEqual([`${c.id}.keberadaan`, `${c.id}.kualitas`, `${c.id}.pemanfaatan`]);
    }
    expect(defaultLkeShares).toEqual({ keberadaan: 30, kualitas: 30, pemanfaatan: 40 });
  });

  it('holds the LKE criteria in their number, keberadaan answered ya/tidak and the rest graded, all weighing the same', () => {
    const counts = defaultLkeTemplate.components.flatMap((c) => c.subComponents.map((s) => s.criteria.length));
    expect(counts).toEqual([7, 10, 8, 3, 7, 10, 6, 9, 7, 3, 5, 5]);
    const criteria = listLkeCriteria(defaultLkeTemplate);
    expect(criteria).toHaveLength(80);
    expect(criteria.every((k) => k.weight === 1)).toBe(true);
    expect(criteria.every((k) => k.scale === (k.subComponentId.endsWith('.keberadaan') ? 'yesNo' : 'grade'))).toBe(true);
    expect(criteria[0]).toMatchObject({ id: 'perencanaan.keberadaan.1', componentId: 'perencanaan', subComponentId: 'perencanaan.keberadaan' });
    expect(criteria.at(-1)?.id).toBe('evaluasi.pemanfaatan.5');
  });
});

describe('validateLkeTemplate', () => {
  it.each<[string, LkeTemplate, LkeTemplateProblem[]]>([
    ['a valid template', small(), []],
    ['component weights adding up to 95', small({ aWeight: 55 }), [{ code: 'componentWeightsNot100', total: 95 }]],
    ['component weights adding up to 105', small({ aWeight: 65 }), [{ code: 'componentWeightsNot100', total: 105 }]],
    ['shares of a component adding up to 90', small({ bShares: [30, 60] }), [{ code: 'subComponentSharesNot100', componentId: 'b', total: 90 }]],
    ['decimal shares that add up to 100 only on paper (33.3 + 66.7)', small({ bShares: [33.3, 66.7] }), []],
    ['an empty sub-component', small({ a2: [] }), [{ code: 'emptySubComponent', componentId: 'a', subComponentId: 'a.2' }]],
    ['a component without sub-components', small({ bSubs: [] }), [{ code: 'emptyComponent', componentId: 'b' }]],
    ['a criterion id used twice, reported once', small({ a2: [criterion('a.2.1'), criterion('a.2.1'), criterion('a.2.1')] }), [{ code: 'duplicateId', id: 'a.2.1' }]],
    ['a criterion id equal to one in another component', small({ b1Id: 'a.1.2' }), [{ code: 'duplicateId', id: 'a.1.2' }]],
    ['a criterion id equal to a component id', small({ b1Id: 'a' }), [{ code: 'duplicateId', id: 'a' }]],
    [
      'several problems at once',
      small({ aWeight: 50, bShares: [50, 60], a2: [] }),
      [
        { code: 'componentWeightsNot100', total: 90 },
        { code: 'emptySubComponent', componentId: 'a', subComponentId: 'a.2' },
        { code: 'subComponentSharesNot100', componentId: 'b', total: 110 },
      ],
    ],
  ])('%s', (_name, input, problems) => {
    expect(validateLkeTemplate(input)).toEqual(problems);
  });

  it('takes a criterion weight as relative: no criteria total to get right', () => {
    expect(validateLkeTemplate(small({ a2: [criterion('a.2.1', 14.29), criterion('a.2.2', 3)] }))).toEqual([]);
  });
});

describe('lkeTemplateSchema', () => {
  const withCriterion = (k: Record<string, unknown>) => ({ ...small(), components: [component('a', 100, [sub('a.1', 100, [k as LkeCriterion])])] });

  it.each<[string, Record<string, unknown>]>([
    ['a weight of 0', { ...criterion('x'), weight: 0 }],
    ['a negative weight', { ...criterion('x'), weight: -1 }],
    ['an unknown scale', { ...criterion('x'), scale: 'percent' }],
    ['an empty text', { ...criterion('x'), text: '   ' }],
    ['an id with a space', criterion('a b')],
    ['a field it does not know', { ...criterion('x'), note: 'extra' }],
  ])('refuses a criterion with %s', (_name, k) => {
    expect(lkeTemplateSchema.safeParse(withCriterion(k)).success).toBe(false);
  });

  it('accepts the same criterion when it is well formed, and leaves an empty sub-component to validateLkeTemplate', () => {
    expect(lkeTemplateSchema.safeParse(withCriterion(criterion('x'))).success).toBe(true);
    expect(lkeTemplateSchema.safeParse(small({ a2: [] })).success).toBe(true);
  });
});

describe('copyLkeTemplate', () => {
  it('copies last year into a new year with the same ids, apart from the original', () => {
    const copy = copyLkeTemplate(defaultLkeTemplate, 2026);
    expect(copy.year).toBe(2026);
    expect({ ...copy, year: defaultLkeTemplate.year }).toEqual(defaultLkeTemplate);
    expect(listLkeCriteria(copy).map((k) => k.id)).toEqual(listLkeCriteria(defaultLkeTemplate).map((k) => k.id));

    const first = copy.components[0]?.subComponents[0]?.criteria[0];
    if (first === undefined) throw new Error('the default template has criteria');
    first.text = 'Diubah untuk tahun 2026.';
    copy.components[0]?.subComponents[0]?.criteria.push(criterion('perencanaan.keberadaan.8'));
    expect(defaultLkeTemplate.components[0]?.subComponents[0]?.criteria[0]?.text).toBe('Terdapat pedoman teknis penyusunan perencanaan kinerja.');
    expect(listLkeCriteria(defaultLkeTemplate)).toHaveLength(80);
  });

  it.each([1999, 2101, 2026.5, Number.NaN])('refuses the year %d', (year) => {
    expect(() => copyLkeTemplate(defaultLkeTemplate, year)).toThrow(RangeError);
  });
});
