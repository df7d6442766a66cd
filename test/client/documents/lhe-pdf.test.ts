// The LHE (documents/lhe.ts, lhe-pdf.ts) read back from the PDF: the final score and predikat the
// server fixed, the points per component, the findings (criteria the evaluator answered below
// full credit) with both answers and the note, the evaluator's signature; a draft says so.
import { describe, expect, it } from 'vitest';
import { generateLhePdf } from '../../../src/client/documents/lhe-pdf';
import { buildLhe, type LheInput } from '../../../src/client/documents/lhe';
import { scoreLke } from '../../../src/domain/lke-score';
import { listLkeCriteria, lkeTemplateOf, type LkeAnswer } from '../../../src/domain/lke-template';
import { diskFonts, pdfText } from './support';

const template = lkeTemplateOf(2026);
const criteria = listLkeCriteria(template);

function input(overrides: Partial<LheInput> = {}): LheInput {
  const responses = criteria.flatMap((c, i) => {
    const self: LkeAnswer = c.scale === 'yesNo' ? 'ya' : 'A';
    // The evaluator lowers two criteria: one yes/no, one graded.
    const review: LkeAnswer = i === 0 ? 'tidak' : c.scale === 'grade' && i === criteria.findIndex((k) => k.scale === 'grade') ? 'C' : self;
    return [
      { criterionId: c.id, side: 'self' as const, answer: self, note: '', deleted: false },
      { criterionId: c.id, side: 'review' as const, answer: review, note: i === 0 ? 'Pedoman belum ditetapkan kepala dinas' : '', deleted: false },
    ];
  });
  const sheet = Object.fromEntries(responses.filter((r) => r.side === 'review').map((r) => [r.criterionId, r.answer]));
  const score = scoreLke(template, sheet).total;
  return {
    tenantName: 'Pemerintah Kabupaten Seruyan', unitName: 'Dinas Kesehatan', year: 2026, template, responses,
    evaluation: { status: 'final', score, predikat: null, finalisedAt: '2027-03-15T02:00:00.000Z' },
    recommendations: [{ text: 'Tetapkan pedoman teknis perencanaan kinerja dengan keputusan kepala dinas.' }],
    evaluatedBy: { name: 'Drs. Hadi Saputra', position: 'Inspektur', nip: '197001011995031001' }, place: 'Kuala Pembuang', date: '2027-03-16', ...overrides,
  };
}

describe('the LHE', () => {
  it('prints the final score and predikat, the points per component, the findings and the signature', async () => {
    const lhe = buildLhe(input());
    expect(lhe.findings.map((f) => [f.self, f.review])).toEqual([['Ya', 'Tidak'], ['A (100%)', 'C (50%)']]);
    const text = (await pdfText(await generateLhePdf(input(), { fonts: diskFonts() }))).replace(/\s+/g, ' ');
    const expected = lhe.score;
    expect(expected).toBeLessThan(100);
    const figure = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(Math.round(expected * 100) / 100);
    expect(text).toContain(`diperoleh Nilai ${figure} dengan predikat ${lhe.predikat.code} (${lhe.predikat.label})`);
    expect(text).toContain('Hasil ditetapkan 15 Maret 2027');
    expect(text).toContain('Perencanaan Kinerja 30');
    expect(text).toContain('Pedoman belum ditetapkan kepala dinas');
    expect(text).toContain('D. Rekomendasi 1. Tetapkan pedoman teknis perencanaan kinerja dengan keputusan kepala dinas.');
    expect(text).toContain('Drs. Hadi Saputra');
    expect(text).toContain('NIP. 19700101 199503 1 001');
    expect(text).toContain('Kuala Pembuang, 16 Maret 2027');
    expect(text).not.toContain('DRAF');
  });

  it('is a draft with the running score while the LKE is not final', async () => {
    const text = (await pdfText(await generateLhePdf(input({ evaluation: null, evaluatedBy: null, date: null, recommendations: [] }), { fonts: diskFonts() }))).replace(/\s+/g, ' ');
    expect(text).toContain('DRAF');
    expect(text).toContain('Evaluasi belum final: nilai sementara');
    expect(text).toContain('Tidak ada rekomendasi.');
  });
});
