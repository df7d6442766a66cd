// The LKE end to end in Chromium (issue 20, "Proof"): a kecamatan's penilaian mandiri (most of it
// already sent by the operator's tablet, the last criterion answered by the camat on screen), the
// evaluator's review (agree with the unit on everything, then finalise after confirming), the final
// score computed by the server reaching the evaluator's screen, and the LHE PDF carrying that score
// and predikat, read back from the downloaded file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { signInSynced, useE2eSuite } from '../support/e2e-suite';
import { pulledRows, pushAs } from '../support/e2e-api';
import { pdfText } from '../client/documents/support';
import { lkeYearOf } from '../../src/domain/lke-evaluation';
import { lkePredikat, roundLkeScore } from '../../src/domain/lke-score';
import { listLkeCriteria, lkeTemplateOf } from '../../src/domain/lke-template';
import { periodOf } from '../../src/domain/period';

const suite = useE2eSuite();

describe('the LKE', () => {
  it('goes from the unit\'s self-assessment through the evaluator\'s review to a final score and its LHE', { timeout: 300_000 }, async () => {
    const { demo, url } = suite.server;
    const camat = demo.users.find((u) => u.username === 'camat.seruyanhilir');
    if (!camat) throw new Error('demo: no camat.seruyanhilir');
    const year = lkeYearOf(periodOf(new Date(), 'Asia/Jakarta'));
    const criteria = listLkeCriteria(lkeTemplateOf(year));
    const [first, ...rest] = criteria;
    if (!first) throw new Error('empty template');
    const sent = await pushAs(url, 'operator.seruyanhilir', rest.map((c, i) => ({
      entity: 'lkeResponse', recordId: crypto.randomUUID(), baseRev: null,
      fields: { orgUnitId: camat.orgUnitId, year, criterionId: c.id, side: 'self', answer: c.scale === 'yesNo' ? (i % 4 === 0 ? 'tidak' : 'ya') : (['A', 'B', 'C'][i % 3] ?? 'B'), note: '' },
    })));
    expect(sent.every((r) => r.status === 'applied')).toBe(true);

    // The camat answers the last criterion on a tablet.
    const unitContext = await suite.browser.newContext({ viewport: { width: 768, height: 1024 } });
    const camatPage = await unitContext.newPage();
    await signInSynced(camatPage, url, 'camat.seruyanhilir');
    await camatPage.getByRole('link', { name: 'LKE' }).click();
    const item = camatPage.getByRole('listitem', { name: `Kriteria ${first.id}` });
    await item.getByLabel('Jawaban').selectOption({ label: 'Ya' });
    await item.getByLabel('Penjelasan dan bukti').fill('Pedoman teknis: Perbup Seruyan 14/2025');
    await item.getByLabel('Penjelasan dan bukti').blur();
    await expect.poll(async () => (await pulledRows(url, 'evaluator.seruyan', 'lkeResponse')).filter((r) => r.side === 'self').length, { timeout: 20_000 }).toBe(criteria.length);
    await unitContext.close();

    // The evaluator reviews on a laptop: agree with the unit everywhere, then finalise.
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const page = await context.newPage();
    await signInSynced(page, url, 'evaluator.seruyan');
    await page.goto(`${url}/lke?year=${year}`);
    const link = page.getByRole('link', { name: 'Buka LKE Kecamatan Seruyan Hilir' });
    await expect.poll(async () => (await link.locator('xpath=ancestor::tr').textContent()) ?? '', { timeout: 20_000 }).toContain(`${criteria.length} dari ${criteria.length}`);
    await link.click();
    const finalise = page.getByRole('button', { name: 'Finalkan LKE' });
    expect(await finalise.isDisabled()).toBe(true);
    await page.getByRole('button', { name: `Setujui ${criteria.length} jawaban unit yang belum dinilai` }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ya, lanjutkan' }).click();
    await expect.poll(() => finalise.isDisabled(), { timeout: 20_000 }).toBe(false);
    await finalise.click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ya, lanjutkan' }).click();
    await page.getByText('LKE ini sudah final: jawaban tidak dapat diubah.').waitFor();

    // The server scores it; the score reaches the screen with the next pull.
    await expect.poll(async () => (await pulledRows(url, 'evaluator.seruyan', 'lkeEvaluation')).find((r) => r.orgUnitId === camat.orgUnitId)?.status, { timeout: 20_000 }).toBe('final');
    const stored = (await pulledRows(url, 'evaluator.seruyan', 'lkeEvaluation')).find((r) => r.orgUnitId === camat.orgUnitId);
    const score = Number(stored?.score);
    const predikat = lkePredikat(score);
    expect(stored?.predikat).toBe(predikat.code);
    const figure = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(roundLkeScore(score));
    await page.getByText(`Nilai akhir: ${figure} (${predikat.code}, ${predikat.label})`, { exact: false }).waitFor({ timeout: 30_000 });

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Unduh LHE (PDF)' }).click()]);
    expect(download.suggestedFilename()).toBe(`LHE-${year}-Kecamatan-Seruyan-Hilir.pdf`);
    const text = (await pdfText(new Uint8Array(readFileSync(await download.path())))).replace(/\s+/g, ' ');
    expect(text).toContain(`Nilai ${figure} dengan predikat ${predikat.code} (${predikat.label})`);
    expect(text).not.toContain('DRAF');
    await context.close();
  });
});
