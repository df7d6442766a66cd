// The pemda's own IKU figures in a real Chromium against the real server and production build
// (issue 19): Bappeda's planner (an evaluator given the planner right, not the admin) opens the
// governor's IKU figures from the pohon kinerja on a tablet and enters one's TW IV figure below target;
// the leader's tree then shows that IKU's own achievement beside its supporters' roll-up, flags it
// and its sasaran daerah, on the leader's own device. The planner's nav names the RPJMD, not "Admin".
import { describe, expect, it } from 'vitest';
import { signInSynced, useE2eSuite } from '../support/e2e-suite';
import { pulledRows } from '../support/e2e-api';

const suite = useE2eSuite();
const iku = 'Angka Usia Harapan Hidup';
const sasaran = 'Meningkatnya kualitas sumber daya manusia yang sehat dan berdaya saing';

describe("the pemda's IKU figures", () => {
  it('are entered by the planner on the pemda PK and reach the server', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 768, height: 1024 } });
    const page = await context.newPage();
    await signInSynced(page, suite.server.url, 'perencana.kaltim');
    const nav = page.getByRole('navigation');
    expect(await nav.getByRole('link', { name: 'RPJMD' }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: 'Admin' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Pohon kinerja' }).click();
    await page.getByRole('link', { name: /^Realisasi IKU kepala daerah/ }).click({ timeout: 20_000 });
    await page.getByRole('link', { name: new RegExp(`^Isi realisasi TW IV: ${iku}`) }).click({ timeout: 20_000 });
    await page.getByLabel(/^Realisasi \(tahun\)/).fill('40');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByText('Semua data tersinkron').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.getByText('Ditolak server').count()).toBe(0);

    const indicators = await pulledRows(suite.server.url, 'admin.kaltim', 'indicator');
    const target = indicators.find((r) => r.name === iku);
    const realisations = await pulledRows(suite.server.url, 'admin.kaltim', 'realisation');
    expect(realisations.filter((r) => r.indicatorId === target?.id && r.quarter === 4).map((r) => r.value)).toEqual([40]);
    await context.close();
  });

  it("show on the leader's tree as the IKU's own achievement, and flag it and its sasaran", async () => {
    const context = await suite.browser.newContext({ viewport: { width: 768, height: 1024 } });
    const page = await context.newPage();
    await signInSynced(page, suite.server.url, 'pimpinan.kaltim');
    await page.getByRole('link', { name: 'Pohon kinerja' }).click();
    const tree = page.getByRole('list', { name: /Pohon kinerja/ });
    await tree.waitFor({ timeout: 20_000 });
    await page.getByLabel('Capaian sampai dengan').selectOption({ label: 'TW IV' });
    const row = (text: string) => tree.locator('.cascade-node').filter({ hasText: text }).first();
    // 40 of 74,8 years: 53,48 %, its own figure, apart from what its supporters report.
    await expect.poll(() => row(iku).textContent(), { timeout: 20_000 }).toMatch(/Capaian sendiri: 53,48/);
    expect(await row(iku).textContent()).toMatch(/Berisiko/);
    expect(await row(sasaran).textContent()).toMatch(/Berisiko/);
    await context.close();
  });
});
