import { describe, expect, it } from 'vitest';
import { lkeAnswerCredit, lkePredikat, lkePredikatBands, roundLkeScore, scoreLke, type LkeAnswerSheet } from '../../src/domain/lke-score';
import { defaultLkeTemplate, listLkeCriteria, type LkeAnswer, type LkeTemplate } from '../../src/domain/lke-template';

const letter: Record<string, LkeAnswer> = { Y: 'ya', T: 'tidak', A: 'A', B: 'B', C: 'C', D: 'D', E: 'E' };

/** Answers by sub-component, one letter per criterion in order: Y ya, T tidak, A–E a grade, - none. */
function answersBySubComponent(template: LkeTemplate, rows: Record<string, string>): LkeAnswerSheet {
  const sheet: Record<string, LkeAnswer> = {};
  for (const c of template.components) {
    for (const s of c.subComponents) {
      const row = rows[s.id] ?? '';
      if (row !== '' && row.length !== s.criteria.length) throw new Error(`${s.id}: ${s.criteria.length} answers expected`);
      s.criteria.forEach((k, i) => {
        const answer = letter[row.charAt(i)];
        if (answer !== undefined) sheet[k.id] = answer;
      });
    }
  }
  return sheet;
}

const everyCriterion = (pick: (scale: 'yesNo' | 'grade') => LkeAnswer): LkeAnswerSheet =>
  Object.fromEntries(listLkeCriteria(defaultLkeTemplate).map((k) => [k.id, pick(k.scale)]));

// The worked example. A sub-component earns its points × (sum of its credits) ÷ (100 × its
// criteria); points of a sub-component = component weight × share (30/30/40 %).
//   Perencanaan (30): keberadaan 9 × 7 ya of 7            = 9
//                     kualitas   9 × (5×100 + 5×75)/1000  = 9 × 0.875  = 7.875
//                     pemanfaatan 12 × 8 A of 8           = 12                   → 28.875
//   Pengukuran (30):  keberadaan 9 × 3 ya of 3            = 9
//                     kualitas   9 × 7 B of 7 = 9 × 0.75  = 6.75
//                     pemanfaatan 12 × 10 A of 10         = 12                   → 27.75
//   Pelaporan (15):   keberadaan 4.5 × 6 ya of 6          = 4.5
//                     kualitas   4.5 × (4×100 + 4×75 + 50)/900 = 4.5 × 750/900 = 3.75
//                     pemanfaatan 6 × (2×100 + 3×75 + 2×50)/700 = 6 × 525/700 = 4.5 → 12.75
//   Evaluasi (25):    keberadaan 7.5 × 3 ya of 3          = 7.5
//                     kualitas   7.5 × (75 + 4×50)/500    = 7.5 × 0.55 = 4.125
//                     pemanfaatan 10 × (4×100 + 50)/500   = 10 × 0.9   = 9      → 20.625
//   Total: 28.875 + 27.75 + 12.75 + 20.625 = 90 → A (AA needs more than 90).
const workedExample: LkeAnswerSheet = answersBySubComponent(defaultLkeTemplate, {
  'perencanaan.keberadaan': 'YYYYYYY',
  'perencanaan.kualitas': 'AAAAABBBBB',
  'perencanaan.pemanfaatan': 'AAAAAAAA',
  'pengukuran.keberadaan': 'YYY',
  'pengukuran.kualitas': 'BBBBBBB',
  'pengukuran.pemanfaatan': 'AAAAAAAAAA',
  'pelaporan.keberadaan': 'YYYYYY',
  'pelaporan.kualitas': 'AAAABBBBC',
  'pelaporan.pemanfaatan': 'AABBBCC',
  'evaluasi.keberadaan': 'YYY',
  'evaluasi.kualitas': 'BCCCC',
  'evaluasi.pemanfaatan': 'AAAAC',
});

describe('scoreLke, the default template', () => {
  it('scores all ya and all A as 100, AA, with every component at its full weight', () => {
    const score = scoreLke(defaultLkeTemplate, everyCriterion((scale) => (scale === 'yesNo' ? 'ya' : 'A')));
    expect(score.total).toBe(100);
    expect(lkePredikat(score.total).code).toBe('AA');
    expect(score.components.map((c) => [c.componentId, c.points, c.percent])).toEqual([
      ['perencanaan', 30, 100],
      ['pengukuran', 30, 100],
      ['pelaporan', 15, 100],
      ['evaluasi', 25, 100],
    ]);
    expect(score.unanswered).toEqual([]);
    expect(score.refused).toEqual([]);
  });

  it('scores all tidak and all E as 0, D, with nothing unanswered', () => {
    const score = scoreLke(defaultLkeTemplate, everyCriterion((scale) => (scale === 'yesNo' ? 'tidak' : 'E')));
    expect(score.total).toBe(0);
    expect(lkePredikat(score.total).code).toBe('D');
    expect(score.unanswered).toEqual([]);
  });

  it('scores the worked example as computed by hand: exactly 90, so A', () => {
    const score = scoreLke(defaultLkeTemplate, workedExample);
    expect(score.components.map((c) => c.subComponents.map((s) => s.points))).toEqual([
      [9, 7.875, 12],
      [9, 6.75, 12],
      [4.5, 3.75, 4.5],
      [7.5, 4.125, 9],
    ]);
    expect(score.components.map((c) => c.points)).toEqual([28.875, 27.75, 12.75, 20.625]);
    expect(score.total).toBe(90);
    expect(lkePredikat(score.total)).toMatchObject({ code: 'A', label: 'Memuaskan' });
    expect(score.unanswered).toEqual([]);
    expect(score.components[3]?.subComponents[1]).toMatchObject({ maxPoints: 7.5, percent: 55 });
  });

  it('lands on 90 where adding the criteria one by one in floats would not (90.00000000000003, AA)', () => {
    // Why the score is settled: 7 B of 9/7 points each, 7 criteria of 6/7, … drift in binary.
    let naive = 0;
    for (const c of defaultLkeTemplate.components) {
      for (const s of c.subComponents) {
        for (const k of s.criteria) {
          const answer = workedExample[k.id];
          const credit = answer === undefined || answer === null ? 0 : lkeAnswerCredit[answer];
          naive += ((c.weight * s.share) / 100 / s.criteria.length) * (credit / 100);
        }
      }
    }
    expect(naive).not.toBe(90);
    expect(scoreLke(defaultLkeTemplate, workedExample).total).toBe(90);
  });

  it('gives each criterion its share of the sub-component: 9/7 points for a ya among seven', () => {
    const score = scoreLke(defaultLkeTemplate, workedExample);
    const first = score.components[0]?.subComponents[0]?.criteria[0];
    expect(first).toMatchObject({ criterionId: 'perencanaan.keberadaan.1', answer: 'ya', state: 'answered', credit: 100 });
    expect(first?.points).toBeCloseTo(9 / 7, 9);
    const graded = score.components[1]?.subComponents[1]?.criteria[0];
    expect(graded).toMatchObject({ answer: 'B', credit: 75 });
    expect(graded?.points).toBeCloseTo((9 / 7) * 0.75, 9);
  });
});

describe('scoreLke, unanswered, refused and unknown answers', () => {
  it('counts unanswered criteria as 0 and lists them in order', () => {
    const dropped = new Set(['perencanaan.kualitas.1', 'evaluasi.pemanfaatan.5']);
    const sheet = { ...Object.fromEntries(Object.entries(workedExample).filter(([id]) => !dropped.has(id))), 'pelaporan.keberadaan.1': null };
    const score = scoreLke(defaultLkeTemplate, sheet);
    expect(score.unanswered).toEqual(['perencanaan.kualitas.1', 'pelaporan.keberadaan.1', 'evaluasi.pemanfaatan.5']);
    // Lost: 9 × 100/1000 = 0.9; 4.5 × 100/600 = 0.75; 10 × 50/500 = 1.
    expect(score.total).toBe(87.35);
    expect(score.components[0]?.subComponents[1]?.criteria[0]).toMatchObject({ answer: null, state: 'unanswered', points: 0 });
  });

  it('with no answers at all scores 0 and lists all 80 criteria', () => {
    const score = scoreLke(defaultLkeTemplate, {});
    expect(score.total).toBe(0);
    expect(score.unanswered).toHaveLength(80);
    expect(lkePredikat(score.total).code).toBe('D');
  });

  it.each<[string, string, LkeAnswer]>([
    ['a grade on a ya/tidak criterion', 'perencanaan.keberadaan.1', 'A'],
    ['a grade E on a ya/tidak criterion', 'pengukuran.keberadaan.2', 'E'],
    ['ya on a graded criterion', 'pelaporan.kualitas.3', 'ya'],
    ['tidak on a graded criterion', 'evaluasi.pemanfaatan.1', 'tidak'],
  ])('refuses %s: 0 points, listed, not unanswered', (_name, id, answer) => {
    const all = everyCriterion((scale) => (scale === 'yesNo' ? 'ya' : 'A'));
    const score = scoreLke(defaultLkeTemplate, { ...all, [id]: answer });
    const scale = listLkeCriteria(defaultLkeTemplate).find((k) => k.id === id)?.scale;
    expect(score.refused).toEqual([{ criterionId: id, answer, scale }]);
    expect(score.unanswered).toEqual([]);
    expect(score.total).toBeLessThan(100);
    const criterion = score.components.flatMap((c) => c.subComponents.flatMap((s) => s.criteria)).find((k) => k.criterionId === id);
    expect(criterion).toMatchObject({ answer, state: 'refused', credit: 0, points: 0 });
  });

  it('lists answers to ids the template does not have, and ignores them in the score', () => {
    const score = scoreLke(defaultLkeTemplate, { ...workedExample, 'perencanaan.keberadaan.8': 'ya', 'hapus.1': null });
    expect(score.unknown).toEqual(['perencanaan.keberadaan.8']);
    expect(score.total).toBe(90);
  });
});

describe('scoreLke, relative criterion weights', () => {
  const weighted: LkeTemplate = {
    year: 2025,
    title: 'Uji bobot',
    components: [
      {
        id: 'k',
        title: 'Komponen',
        weight: 100,
        subComponents: [
          {
            id: 'k.1',
            title: 'Sub',
            share: 100,
            criteria: [
              { id: 'k.1.1', text: 'Ringan', weight: 1, scale: 'yesNo' },
              { id: 'k.1.2', text: 'Berat', weight: 3, scale: 'grade' },
            ],
          },
        ],
      },
    ],
  };

  it.each<[LkeAnswerSheet, number]>([
    [{ 'k.1.1': 'ya', 'k.1.2': 'A' }, 100],
    [{ 'k.1.1': 'ya' }, 25],
    [{ 'k.1.2': 'A' }, 75],
    [{ 'k.1.1': 'ya', 'k.1.2': 'C' }, 62.5],
    [{ 'k.1.1': 'tidak', 'k.1.2': 'D' }, 18.75],
  ])('%j → %d', (sheet, total) => {
    expect(scoreLke(weighted, sheet).total).toBe(total);
  });
});

describe('lkePredikat', () => {
  it.each<[number, string, string]>([
    [100, 'AA', 'Sangat Memuaskan'],
    [90.01, 'AA', 'Sangat Memuaskan'],
    [90, 'A', 'Memuaskan'],
    [90.00000000000003, 'A', 'Memuaskan'],
    [89.99999999999999, 'A', 'Memuaskan'],
    [80.01, 'A', 'Memuaskan'],
    [80, 'BB', 'Sangat Baik'],
    [70.01, 'BB', 'Sangat Baik'],
    [70, 'B', 'Baik'],
    [60.01, 'B', 'Baik'],
    [60, 'CC', 'Cukup'],
    [50.01, 'CC', 'Cukup'],
    [50, 'C', 'Kurang'],
    [30.01, 'C', 'Kurang'],
    [30, 'D', 'Sangat Kurang'],
    [0, 'D', 'Sangat Kurang'],
    [Number.NaN, 'D', 'Sangat Kurang'],
  ])('%d → %s (%s)', (score, code, label) => {
    expect(lkePredikat(score)).toMatchObject({ code, label });
  });

  it('has an English label for every predikat, top first', () => {
    expect(lkePredikatBands.map((b) => [b.code, b.labelEn])).toEqual([
      ['AA', 'Very satisfactory'],
      ['A', 'Satisfactory'],
      ['BB', 'Very good'],
      ['B', 'Good'],
      ['CC', 'Fair'],
      ['C', 'Poor'],
      ['D', 'Very poor'],
    ]);
  });
});

describe('roundLkeScore', () => {
  it.each<[number, number]>([
    [76.375, 76.38],
    [1.005, 1.01],
    [89.995, 90],
    [89.994999, 89.99],
    [90.00000000000003, 90],
    [9 / 7, 1.29],
    [100, 100],
    [0, 0],
  ])('%d → %d', (score, shown) => {
    expect(roundLkeScore(score)).toBe(shown);
  });
});
