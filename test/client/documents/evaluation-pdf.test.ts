// @vitest-environment node
// The quarterly evaluation form: figures read back from the PDF (domain.md, "Quarterly reporting").
import { describe, expect, it } from 'vitest';
import { generateEvaluationPdf } from '../../../src/client/documents/evaluation-pdf';
import { buildEvaluation } from '../../../src/client/documents/evaluation';
import { diskFonts, evaluationInput, latin1, pdfText } from './support';

const fonts = diskFonts();

describe('buildEvaluation', () => {
  it('computes capaian s.d. the quarter, ignores later quarters and averages with the cap', () => {
    const { rows, score } = buildEvaluation(evaluationInput());
    const percents = rows.map((r) => (r.achievement.computable ? r.achievement.percent : null));
    expect(percents).toEqual([100, 90, 87.5, null]);
    expect(rows.map((r) => r.category?.label ?? null)).toEqual(['Sangat Tinggi', 'Tinggi', 'Tinggi', null]);
    expect(rows[0]?.realisations).toEqual(['12', '18', '—', '—']); // TW III (99) lies after TW II
    expect(rows[3]?.realisations).toEqual(['—', '—', '—', '—']);
    expect(score.average).toBeCloseTo(92.5);
    expect(score.category?.label).toBe('Sangat Tinggi');
    expect(score.notComputable).toBe(1);
  });

  it('caps achievements before averaging', () => {
    const input = evaluationInput();
    const first = input.goals[0]?.indicators[0];
    if (!first) throw new Error('fixture');
    const over = { ...first, realisations: [{ value: 30, drivers: '', obstacles: '', followUp: '' }, { value: 30, drivers: '', obstacles: '', followUp: '' }, null, null] as const };
    const capped = buildEvaluation({ ...input, goals: [{ name: 'g', indicators: [over] }], settings: { ...input.settings, achievementCap: 100 } });
    expect(capped.rows[0]?.achievement).toMatchObject({ percent: 200 });
    expect(capped.score.average).toBe(100);
  });
});

describe('generateEvaluationPdf', () => {
  it('prints targets, realisations, capaian, predikat, narratives, average and both signers', async () => {
    const progress: number[] = [];
    const bytes = await generateEvaluationPdf(evaluationInput(), { fonts, onProgress: (f) => progress.push(f) });
    const text = await pdfText(bytes);
    expect(text).toContain('EVALUASI CAPAIAN KINERJA TRIWULAN II TAHUN 2026');
    expect(text).toContain('DINAS KESEHATAN');
    expect(text).toContain('Jumlah puskesmas terakreditasi');
    expect(text).toContain('100%');
    expect(text).toContain('87,5%');
    expect(text).toContain('Sangat Tinggi');
    expect(text).toContain('Rata-rata capaian kinerja s.d. TW II: 92,5% (Sangat Tinggi)');
    expect(text).toContain('Dihitung dari 3 dari 4 indikator; capaian di atas 120% dihitung 120%.');
    expect(text).toContain('Tenaga surveior terbatas');
    expect(text).toContain('Dukungan dana BOK');
    expect(text).toContain('Pelatihan surveior internal');
    expect(text).toContain('Disusun oleh:');
    expect(text).toContain('Dievaluasi oleh:');
    expect(text).toContain('19750101 200003 1 001');
    expect(text).toContain('Ir. Siti Rahmah, M.T.');
    expect(text).toContain('Samarinda, 10 Juli 2026');
    expect(text).not.toMatch(/\s99\s/); // TW III is after the quarter evaluated
    expect(text).not.toContain('DRAF');
    expect(progress.at(-1)).toBe(1);
    expect(latin1(bytes)).toContain('FontFile2');
  });

  it('leaves blank lines for an evaluator not named yet', async () => {
    const text = await pdfText(await generateEvaluationPdf(evaluationInput({ evaluatedBy: null, date: null }), { fonts }));
    expect(text).toContain('(................................................)');
    expect(text).toContain('.................... 2026');
  });
});
