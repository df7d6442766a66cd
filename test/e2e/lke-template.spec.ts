// The pemda's own LKE template end to end in Chromium (issue 20: "the admin can copy last year's
// and adapt it"): the admin of Kabupaten Seruyan, on a laptop, starts the year's template from last
// year's, adds a criterion of the pemda's own and saves; the camat's tablet, already signed in,
// gets it with its next sync, shows the new criterion with no signal (after a reload served by the
// service worker) and answers it offline with a photo as bukti dukung; the answer and the file
// reach the server once signal returns, and the evaluator can open the file.
import { describe, expect, it } from 'vitest';
import { signInSynced, useE2eSuite } from '../support/e2e-suite';
import { apiAs, pulledRows } from '../support/e2e-api';
import { attachmentPath, clientHeader } from '../../src/api/routes';
import { lkeYearOf } from '../../src/domain/lke-evaluation';
import { periodOf } from '../../src/domain/period';

const suite = useE2eSuite();
const ownCriterion = 'Terdapat peta proses bisnis kecamatan yang ditetapkan camat.';
const onePixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

describe("the pemda's own LKE template", () => {
  it('is adapted by the admin and answered on the camat\'s tablet offline', { timeout: 300_000 }, async () => {
    const { demo, url } = suite.server;
    const camat = demo.users.find((u) => u.username === 'camat.seruyanhilir');
    if (!camat) throw new Error('demo: no camat.seruyanhilir');
    const year = lkeYearOf(periodOf(new Date(), 'Asia/Jakarta'));

    const tabletContext = await suite.browser.newContext({ viewport: { width: 768, height: 1024 } });
    const tablet = await tabletContext.newPage();
    await signInSynced(tablet, url, 'camat.seruyanhilir', { offlineReady: true });

    // The admin adapts the year's template on a laptop.
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signInSynced(page, url, 'admin.seruyan');
    await page.goto(`${url}/admin`);
    await page.getByRole('tab', { name: 'Template LKE' }).click();
    await page.getByLabel('Tahun', { exact: true }).selectOption(String(year));
    await page.getByText(`Tahun ${year} memakai template bawaan`, { exact: false }).waitFor();
    await page.getByRole('button', { name: `Salin dari tahun ${year - 1}` }).click();
    await page.getByText(`Template tahun ${year - 1} disalin untuk ${year}`, { exact: false }).waitFor();
    await page.locator('summary').first().click();
    await page.getByRole('button', { name: 'Tambah kriteria ke sub-komponen 1.1' }).click();
    const added = page.getByRole('textbox', { name: /^Kriteria 1\.1\.\d+$/ }).last();
    await added.fill(ownCriterion);
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText(`Template LKE ${year} disimpan.`).waitFor({ timeout: 20_000 });
    await page.getByText(`Tahun ${year} memakai template pemda sendiri`, { exact: false }).waitFor();
    await context.close();

    // The tablet pulls it (its 10 s timer), then loses signal.
    await tablet.getByRole('link', { name: 'LKE' }).click();
    await tablet.getByText(ownCriterion).waitFor({ timeout: 30_000 });
    await tabletContext.setOffline(true);
    await tablet.reload();
    const item = tablet.getByRole('listitem').filter({ hasText: ownCriterion });
    await item.waitFor({ timeout: 30_000 });
    const criterionId = ((await item.getAttribute('aria-label')) ?? '').replace(/^Kriteria /, '');
    expect(criterionId).toMatch(/^perencanaan\.keberadaan\.\d+$/);
    await item.getByLabel('Jawaban').selectOption({ label: 'Ya' });
    await item.getByLabel('Penjelasan dan bukti').fill('Perbup peta proses bisnis kecamatan 2026');
    await item.getByLabel('Penjelasan dan bukti').blur();
    // Its bukti dukung, attached without signal: kept on the tablet until it can be sent.
    await item.getByLabel(`Lampirkan bukti kriteria ${criterionId}`).setInputFiles({ name: 'perbup-peta-proses.png', mimeType: 'image/png', buffer: onePixelPng });
    // Shrunk and stored as a JPEG on the device, as a realisation's photo is.
    await item.getByRole('link', { name: 'perbup-peta-proses.jpg' }).waitFor({ timeout: 20_000 });
    expect(await item.getByText('Menunggu dikirim').count()).toBe(1);

    // Nothing can reach the server without signal; with it, the answer is accepted on the template.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const answered = async () => (await pulledRows(url, 'evaluator.seruyan', 'lkeResponse'))
      .find((r) => r.orgUnitId === camat.orgUnitId && r.criterionId === criterionId && r.side === 'self');
    expect(await answered()).toBeUndefined();
    await tabletContext.setOffline(false);
    await expect.poll(async () => (await answered())?.note, { timeout: 30_000 }).toBe('Perbup peta proses bisnis kecamatan 2026');
    expect((await answered())?.answer).toBe('ya');
    // The file went too, and the evaluator may open it.
    const files = async () => (await pulledRows(url, 'evaluator.seruyan', 'lkeEvidence')).filter((r) => r.criterionId === criterionId);
    await expect.poll(async () => (await files()).map((r) => r.fileName), { timeout: 30_000 }).toEqual(['perbup-peta-proses.jpg']);
    const evaluator = await apiAs(url, 'evaluator.seruyan');
    const file = await evaluator.get(attachmentPath(String((await files())[0]?.sha256)), { headers: { [clientHeader.name]: clientHeader.value } });
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('image/jpeg');
    expect([...Buffer.from(await file.body()).subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    await evaluator.dispose();
    await tabletContext.close();
  });
});
