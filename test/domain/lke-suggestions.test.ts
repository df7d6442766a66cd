import { describe, expect, it } from 'vitest';
import { isLkeAnswerOfScale } from '../../src/domain/lke-score';
import { lkeAnswerOfShare, lkeSuggestionRules, suggestLkeAnswers, type LkeFacts } from '../../src/domain/lke-suggestions';
import { defaultLkeTemplate, listLkeCriteria, lkeTemplateOf, type LkeAnswer, type LkeAnswerScale, type LkeTemplate } from '../../src/domain/lke-template';

const template = lkeTemplateOf(2025);

/** A unit with every fact known; each test changes what it is about. */
function buildFacts(overrides: Partial<LkeFacts> = {}): LkeFacts {
  return {
    year: 2025,
    pk: { signed: true, signedOn: '2025-01-31', version: 0 },
    quarters: [
      { quarter: 1, due: 10, outstanding: 0, onTimePercent: 100 },
      { quarter: 2, due: 10, outstanding: 0, onTimePercent: 100 },
    ],
    entries: { entered: 20, withEvidence: 20 },
    alignment: { indicators: 10, aligned: 10 },
    warnings: { upTo: 2, atRisk: 4, followedUp: 4 },
    ...overrides,
  };
}

const noFacts: LkeFacts = { year: 2025, pk: null, quarters: [], entries: { entered: 0, withEvidence: 0 }, alignment: { indicators: 0, aligned: 0 }, warnings: null };

/** The same template with every criterion's scale turned over (a pemda may change a scale). */
function flipped(source: LkeTemplate): LkeTemplate {
  const other = (scale: LkeAnswerScale): LkeAnswerScale => (scale === 'yesNo' ? 'grade' : 'yesNo');
  return {
    ...source,
    components: source.components.map((c) => ({ ...c, subComponents: c.subComponents.map((s) => ({ ...s, criteria: s.criteria.map((k) => ({ ...k, scale: other(k.scale) })) })) })),
  };
}

describe('the criteria the suggestions answer', () => {
  it.each([
    ['perencanaan.keberadaan.4', 'Renja dan Perjanjian Kinerja tahunan'],
    ['perencanaan.kualitas.8', 'cascading'],
    ['perencanaan.pemanfaatan.4', 'Rencana aksi berjalan dinamis'],
    ['pengukuran.kualitas.3', 'cukup untuk menunjukkan capaian'],
    ['pengukuran.kualitas.4', 'dilakukan secara berkala'],
    ['pengukuran.kualitas.6', 'Pengumpulan data kinerja memanfaatkan aplikasi teknologi informasi'],
    ['pelaporan.keberadaan.2', 'disusun secara berkala (triwulanan)'],
  ])('%s is the criterion about "%s" in the default template', (id, words) => {
    expect(lkeSuggestionRules.has(id)).toBe(true);
    expect(listLkeCriteria(defaultLkeTemplate).find((c) => c.id === id)?.text).toContain(words);
  });

  it('every rule names a criterion of the default template', () => {
    const ids = new Set(listLkeCriteria(defaultLkeTemplate).map((c) => c.id));
    expect([...lkeSuggestionRules.keys()].filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('suggestLkeAnswers: each mapping', () => {
  const cases: Array<{ name: string; facts: LkeFacts; id: string; answer: LkeAnswer; evidence: string }> = [
    {
      name: 'a signed PK', facts: buildFacts(), id: 'perencanaan.keberadaan.4', answer: 'ya',
      evidence: 'Perjanjian Kinerja tahun 2025 telah ditandatangani pada 31 Januari 2025 (tercatat di aplikasi Pantau Kinerja).',
    },
    {
      name: 'a signed PK perubahan without a date', facts: buildFacts({ pk: { signed: true, signedOn: null, version: 1 } }), id: 'perencanaan.keberadaan.4', answer: 'ya',
      evidence: 'Perjanjian Kinerja tahun 2025 (perubahan ke-1) telah ditandatangani (tercatat di aplikasi Pantau Kinerja).',
    },
    {
      name: 'a PK still in draft', facts: buildFacts({ pk: { signed: false, signedOn: null, version: 0 } }), id: 'perencanaan.keberadaan.4', answer: 'tidak',
      evidence: 'Perjanjian Kinerja tahun 2025 di aplikasi Pantau Kinerja masih berupa draf, belum ditandatangani.',
    },
    {
      name: 'every ended quarter reported', facts: buildFacts(), id: 'pelaporan.keberadaan.2', answer: 'ya',
      evidence: 'Realisasi kinerja telah dikirim ke evaluator untuk 2 dari 2 triwulan tahun 2025 yang telah berakhir (TW I dan TW II).',
    },
    {
      name: 'a quarter with entries outstanding',
      facts: buildFacts({ quarters: [{ quarter: 1, due: 10, outstanding: 0, onTimePercent: 100 }, { quarter: 2, due: 10, outstanding: 3, onTimePercent: 70 }, { quarter: 3, due: 10, outstanding: 0, onTimePercent: null }] }),
      id: 'pelaporan.keberadaan.2', answer: 'tidak',
      evidence: 'Realisasi kinerja telah dikirim ke evaluator untuk 2 dari 3 triwulan tahun 2025 yang telah berakhir; belum lengkap: TW II (3 indikator).',
    },
    {
      name: 'measured on time, weighted by what was due (10 of 10 and 15 of 30: 62,5%)',
      facts: buildFacts({ quarters: [{ quarter: 1, due: 10, outstanding: 0, onTimePercent: 100 }, { quarter: 2, due: 30, outstanding: 15, onTimePercent: 50 }, { quarter: 3, due: 30, outstanding: 30, onTimePercent: null }] }),
      id: 'pengukuran.kualitas.4', answer: 'C',
      evidence: 'Pengukuran kinerja dilakukan setiap triwulan: dari 40 indikator yang wajib dilaporkan pada TW I dan TW II 2025, 25 (62,5%) sampai ke evaluator tepat waktu menurut jadwal input.',
    },
    {
      name: 'data collected in the app', facts: buildFacts({ entries: { entered: 1234, withEvidence: 0 } }), id: 'pengukuran.kualitas.6', answer: 'A',
      evidence: 'Data kinerja dikumpulkan melalui aplikasi Pantau Kinerja: 1.234 realisasi indikator tahun 2025 diisi di aplikasi.',
    },
    {
      name: 'evidence on 2 of 3 entries', facts: buildFacts({ entries: { entered: 3, withEvidence: 2 } }), id: 'pengukuran.kualitas.3', answer: 'C',
      evidence: '2 dari 3 realisasi indikator tahun 2025 (66,67%) dilengkapi bukti dukung.',
    },
    {
      name: '8 of 10 indicators aligned', facts: buildFacts({ alignment: { indicators: 10, aligned: 8 } }), id: 'perencanaan.kualitas.8', answer: 'B',
      evidence: '8 dari 10 indikator Perjanjian Kinerja tahun 2025 (80%) telah diselaraskan dengan sasaran atau indikator kinerja di atasnya dalam pohon kinerja.',
    },
    {
      name: 'early warnings half followed up', facts: buildFacts({ warnings: { upTo: 3, atRisk: 4, followedUp: 2 } }), id: 'perencanaan.pemanfaatan.4', answer: 'C',
      evidence: 'Capaian kinerja dipantau setiap triwulan: dari 4 indikator yang diperkirakan tidak mencapai target (peringatan dini s.d. TW III 2025), 2 (50%) telah diisi rencana tindak lanjut.',
    },
  ];

  it.each(cases)('$name → $id $answer', ({ facts, id, answer, evidence }) => {
    const suggestion = suggestLkeAnswers(template, facts)[id];
    expect(suggestion).toMatchObject({ criterionId: id, answer, evidence });
  });

  it('keeps the facts each suggestion was drawn from', () => {
    const facts = buildFacts();
    const suggestions = suggestLkeAnswers(template, facts);
    expect(suggestions['perencanaan.keberadaan.4']?.facts).toEqual({ year: 2025, pk: facts.pk });
    expect(suggestions['pengukuran.kualitas.3']?.facts).toEqual({ year: 2025, entries: facts.entries });
    expect(suggestions['perencanaan.pemanfaatan.4']?.facts).toEqual({ year: 2025, warnings: facts.warnings });
  });

  it('with every fact in full, answers each of the seven criteria at the top of its scale', () => {
    const suggestions = suggestLkeAnswers(template, buildFacts());
    expect(Object.fromEntries(Object.values(suggestions).map((s) => [s.criterionId, s.answer]))).toEqual({
      'perencanaan.keberadaan.4': 'ya',
      'perencanaan.kualitas.8': 'A',
      'perencanaan.pemanfaatan.4': 'A',
      'pengukuran.kualitas.3': 'A',
      'pengukuran.kualitas.4': 'A',
      'pengukuran.kualitas.6': 'A',
      'pelaporan.keberadaan.2': 'ya',
    });
  });
});

describe('lkeAnswerOfShare: the grade bands', () => {
  it.each<[number, LkeAnswer, LkeAnswer]>([
    [100, 'A', 'ya'],
    [90, 'A', 'tidak'],
    [89.99, 'B', 'tidak'],
    [75, 'B', 'tidak'],
    [74.99, 'C', 'tidak'],
    [50, 'C', 'tidak'],
    [49.99, 'D', 'tidak'],
    [25, 'D', 'tidak'],
    [24.99, 'E', 'tidak'],
    [0, 'E', 'tidak'],
    // A share that is 90 on paper and a hair below in floats is still A.
    [(0.9 - 1e-15) * 100, 'A', 'tidak'],
    [(1 - 1e-15) * 100, 'A', 'ya'],
  ])('%s%% → %s on A–E, %s on ya/tidak', (percent, grade, yesNo) => {
    expect(lkeAnswerOfShare(percent, 'grade')).toBe(grade);
    expect(lkeAnswerOfShare(percent, 'yesNo')).toBe(yesNo);
  });

  it('a share crossing a band changes the suggestion: 9 of 10 aligned is A, 899 of 1000 is B', () => {
    expect(suggestLkeAnswers(template, buildFacts({ alignment: { indicators: 10, aligned: 9 } }))['perencanaan.kualitas.8']?.answer).toBe('A');
    expect(suggestLkeAnswers(template, buildFacts({ alignment: { indicators: 1000, aligned: 899 } }))['perencanaan.kualitas.8']?.answer).toBe('B');
  });
});

describe('no fact, no suggestion', () => {
  it('a unit the device knows nothing of gets none', () => {
    expect(suggestLkeAnswers(template, noFacts)).toEqual({});
  });

  it.each<[string, Partial<LkeFacts>, string[]]>([
    ['no PK', { pk: null }, ['perencanaan.keberadaan.4']],
    ['no quarter ended', { quarters: [] }, ['pelaporan.keberadaan.2', 'pengukuran.kualitas.4']],
    ['nothing due in the ended quarters', { quarters: [{ quarter: 1, due: 0, outstanding: 0, onTimePercent: null }] }, ['pelaporan.keberadaan.2', 'pengukuran.kualitas.4']],
    ['no deadline passed yet', { quarters: [{ quarter: 1, due: 5, outstanding: 0, onTimePercent: null }] }, ['pengukuran.kualitas.4']],
    ['no entry', { entries: { entered: 0, withEvidence: 0 } }, ['pengukuran.kualitas.3', 'pengukuran.kualitas.6']],
    ['no indicator to align (the pemda\'s own PK)', { alignment: { indicators: 0, aligned: 0 } }, ['perencanaan.kualitas.8']],
    ['no early warning', { warnings: { upTo: 2, atRisk: 0, followedUp: 0 } }, ['perencanaan.pemanfaatan.4']],
    ['before TW I ends', { warnings: null }, ['perencanaan.pemanfaatan.4']],
  ])('%s', (_name, missing, absent) => {
    const suggestions = suggestLkeAnswers(template, buildFacts(missing));
    for (const id of absent) expect(suggestions[id], id).toBeUndefined();
    expect(Object.keys(suggestions)).toHaveLength(7 - absent.length);
  });

  it('a template without a criterion\'s id gets no suggestion for it', () => {
    const trimmed: LkeTemplate = {
      ...template,
      components: template.components.map((c) => ({ ...c, subComponents: c.subComponents.map((s) => ({ ...s, criteria: s.criteria.filter((k) => k.id !== 'perencanaan.keberadaan.4') })) })),
    };
    const suggestions = suggestLkeAnswers(trimmed, buildFacts());
    expect(suggestions['perencanaan.keberadaan.4']).toBeUndefined();
    expect(Object.keys(suggestions)).toHaveLength(6);
  });
});

describe('an answer is always on its criterion\'s scale', () => {
  const variants: Array<[string, LkeFacts]> = [
    ['everything in full', buildFacts()],
    ['a draft PK, a quarter missing, a third with evidence', buildFacts({
      pk: { signed: false, signedOn: null, version: 0 },
      quarters: [{ quarter: 1, due: 4, outstanding: 4, onTimePercent: 0 }],
      entries: { entered: 3, withEvidence: 1 },
      alignment: { indicators: 7, aligned: 6 },
      warnings: { upTo: 1, atRisk: 3, followedUp: 1 },
    })],
  ];
  it.each(variants)('%s, on the default template and with every scale turned over', (_name, facts) => {
    for (const source of [template, flipped(template)]) {
      const scales = new Map(listLkeCriteria(source).map((c) => [c.id, c.scale]));
      const suggestions = Object.values(suggestLkeAnswers(source, facts));
      expect(suggestions).toHaveLength(7);
      for (const s of suggestions) expect(isLkeAnswerOfScale(s.answer, scales.get(s.criterionId) ?? 'yesNo'), s.criterionId).toBe(true);
    }
  });

  it('a yes/no fact on a graded criterion is A or E', () => {
    const source = flipped(template);
    expect(suggestLkeAnswers(source, buildFacts())['perencanaan.keberadaan.4']?.answer).toBe('A');
    expect(suggestLkeAnswers(source, buildFacts({ pk: { signed: false, signedOn: null, version: 0 } }))['perencanaan.keberadaan.4']?.answer).toBe('E');
  });
});
