// Plausibility at entry in a real Chromium, offline (issue 21): an operator types "8,5" for a target
// of 85 %, sees the question as they type and again before saving, fixes it to 84,5, and only that
// reaches the server once online. Then the same slip confirmed: it reaches the evaluator's queue
// flagged first, and the entry's history names the check the operator confirmed.
import { describe, expect, it } from 'vitest';
import { signInSynced, useE2eSuite } from '../support/e2e-suite';
import { apiAs, pulledRows, pushAs } from '../support/e2e-api';
import { historyResponseSchema, realisationHistoryPath } from '../../src/api/history';
import { periodOf, quarterRoman } from '../../src/domain/period';

const suite = useE2eSuite();
const { quarter } = periodOf(new Date(), 'Asia/Makassar');
const indicatorName = 'Persentase kendaraan angkutan umum yang laik jalan hasil uji berkala';

describe('a separator slip at entry', () => {
  it('is questioned before saving, offline; the fixed value reaches the server', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 412, height: 915 } });
    const page = await context.newPage();
    await signInSynced(page, suite.server.url, 'operator.dishub', { offlineReady: true });
    await context.setOffline(true);
    await page.getByRole('link', { name: new RegExp(`^(Isi|Ubah) realisasi TW ${quarterRoman[quarter]}: ${indicatorName}`) }).click();
    const input = page.getByLabel(/^Realisasi \(%\)/);
    await input.fill('8,5');
    await page.getByText('Apakah 8,5% benar? Target triwulan ini 85%; mungkin maksudnya 85%. Periksa titik dan koma.').waitFor({ timeout: 5_000 });
    await page.getByRole('button', { name: 'Simpan' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Periksa nilai ini sebelum menyimpan' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Perbaiki nilai' }).click();
    await input.fill('84,5');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL((url) => url.pathname === '/', { timeout: 10_000 });

    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(() => page.getByText('Semua data tersinkron').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    const indicator = suite.server.demo.indicators.find((i) => i.name === indicatorName);
    const rows = (await pulledRows(suite.server.url, 'evaluator.kaltim', 'realisation')).filter((r) => r.indicatorId === indicator?.id && r.quarter === quarter);
    expect(rows.map((r) => r.value)).toEqual([84.5]);
    await context.close();
  });

  it('confirmed, reaches the evaluator flagged first, with the confirmation in its history', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 768, height: 1024 } });
    const page = await context.newPage();
    await signInSynced(page, suite.server.url, 'operator.dishub');
    await page.getByRole('link', { name: new RegExp(`^(Isi|Ubah) realisasi TW ${quarterRoman[quarter]}: ${indicatorName}`) }).click();
    await page.getByLabel(/^Realisasi \(%\)/).fill('8,5');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('alertdialog', { name: 'Periksa nilai ini sebelum menyimpan' }).getByRole('button', { name: 'Ya, nilai ini benar, simpan' }).click();
    await page.waitForURL((url) => url.pathname === '/', { timeout: 10_000 });
    // The save wakes the sender within a second or two (the header may still say "tersinkron" from before).
    const indicator = suite.server.demo.indicators.find((i) => i.name === indicatorName);
    const entriesOfQuarter = async () => (await pulledRows(suite.server.url, 'evaluator.kaltim', 'realisation'))
      .filter((r) => r.orgUnitId === indicator?.orgUnitId && r.quarter === quarter && r.status === 'draft' && r.value !== null);
    await expect.poll(async () => (await entriesOfQuarter()).find((r) => r.indicatorId === indicator?.id)?.value, { timeout: 30_000 }).toBe(8.5);
    await context.close();

    // The head submits the unit's entries of the quarter (as the head's tablet would), the slip among them.
    const unitEntries = await entriesOfQuarter();
    const slip = unitEntries.find((r) => r.indicatorId === indicator?.id);
    const submitted = await pushAs(suite.server.url, 'kadis.dishub', unitEntries.map((r) => ({ recordId: String(r.id), fields: { status: 'submitted' }, baseRev: Number(r.rev) })));
    expect(submitted.every((r) => r.status === 'applied')).toBe(true);

    const evaluator = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const review = await evaluator.newPage();
    await signInSynced(review, suite.server.url, 'evaluator.kaltim');
    await review.goto(`${suite.server.url}/review`);
    const first = review.locator('article.review-card').first();
    await first.waitFor({ timeout: 20_000 });
    expect(await first.getByRole('heading', { level: 3 }).textContent()).toBe(indicatorName);
    await first.getByText('Perlu diperiksa lebih dulu').waitFor();
    await first.getByText('Apakah 8,5% benar? Target triwulan ini 85%; mungkin maksudnya 85%. Periksa titik dan koma.').waitFor();
    await evaluator.close();

    const api = await apiAs(suite.server.url, 'evaluator.kaltim');
    const { entries } = historyResponseSchema.parse(await (await api.get(realisationHistoryPath(String(slip?.id)))).json());
    await api.dispose();
    expect(entries.flatMap((e) => e.fields).filter((f) => f.field === 'confirmedChecks').map((f) => f.after)).toEqual([['separatorSlip']]);
  });
});
