// @vitest-environment node
// The unit's evaluation form shows each realisation's status (issue 15): a letter beside the value
// in the PDF, explained under the table; the status in words in the workbook's own columns.
import { describe, expect, it } from 'vitest';
import { buildEvaluation, type EvaluationInput } from '../../../src/client/documents/evaluation';
import { generateEvaluationPdf } from '../../../src/client/documents/evaluation-pdf';
import { generateEvaluationXlsx } from '../../../src/client/documents/evaluation-xlsx';
import type { RealisationStatus } from '../../../src/domain/realisation-status';
import { diskFonts, evaluationInput, pdfText } from './support';
import readExcelFile from 'read-excel-file/node';

/** The fixture with TW I verified and TW II returned for the first indicator, TW I submitted for the second. */
function withStatuses(): EvaluationInput {
  const input = evaluationInput();
  const mark = (goal: number, indicator: number, statuses: Array<RealisationStatus | undefined>) => {
    const item = input.goals[goal]?.indicators[indicator];
    if (!item) throw new Error('fixture changed');
    const realisations = item.realisations.map((r, i) => (r ? { ...r, status: statuses[i] } : null)) as unknown as typeof item.realisations;
    return { ...item, realisations };
  };
  const [first, second] = input.goals;
  if (!first || !second) throw new Error('fixture changed');
  return {
    ...input,
    goals: [{ ...first, indicators: [mark(0, 0, ['verified', 'returned', 'draft']), mark(0, 1, ['submitted'])] }, second],
  };
}

describe('status in the evaluation form', () => {
  it('carries the status of each value shown, none for an empty or later quarter', () => {
    const { rows } = buildEvaluation(withStatuses());
    expect(rows[0]?.statuses).toEqual(['verified', 'returned', null, null]); // TW III lies after TW II
    expect(rows[1]?.statuses).toEqual(['submitted', null, null, null]); // TW II has no status known
    expect(rows[3]?.statuses).toEqual([null, null, null, null]);
  });

  it('PDF: a letter beside each value, and the legend under the table', async () => {
    const text = (await pdfText(await generateEvaluationPdf(withStatuses(), { fonts: diskFonts() }))).replace(/\s+/g, ' ');
    expect(text).toContain('12 (V)');
    expect(text).toContain('18 (K)');
    expect(text).toContain('Status realisasi: D = draf, A = diajukan, V = terverifikasi, K = dikembalikan.');
  });

  it('XLSX: the status in words, in columns of their own after the narratives', async () => {
    const bytes = await generateEvaluationXlsx(withStatuses());
    const sheet = (await readExcelFile(Buffer.from(bytes))).find((s) => s.sheet === 'Evaluasi')?.data ?? [];
    expect(sheet[0]?.slice(18, 22)).toEqual(['Status TW I', 'Status TW II', 'Status TW III', 'Status TW IV']);
    expect(sheet[1]?.slice(18, 22)).toEqual(['Terverifikasi', 'Dikembalikan', null, null]);
    expect(sheet[2]?.slice(18, 22)).toEqual(['Diajukan', null, null, null]);
    // The columns before keep their places: the value of TW I is still a number in column 7.
    expect(sheet[1]?.[6]).toBe(12);
  });
});
