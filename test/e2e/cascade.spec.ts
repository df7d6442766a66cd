// Cascading in a real Chromium against the real server and production build (issue 19): the
// leader's pohon kinerja, from the RPJMD's visi down, flags the demo's culture sasaran whose
// supporters fall behind and the misi it serves, and the dashboard names that misi; readable on a
// 768 px tablet and clean for axe; the head of Dinas Kesehatan, offline, starts a PK perubahan and
// links an indicator that was "belum selaras" to the governor's IKU, and once online the server has
// the link on the revision (the signed PK keeps its own until the revision is signed).
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { logIn, signInSynced, useE2eSuite } from '../support/e2e-suite';
import { pulledRows } from '../support/e2e-api';
import { axeViolations } from '../support/axe';

const suite = useE2eSuite();
const unlinked = 'Indeks Kepuasan Masyarakat layanan Laboratorium Kesehatan Daerah';
const iku = 'Angka Usia Harapan Hidup';

async function openTree(page: Page) {
  await page.getByRole('link', { name: 'Pohon kinerja' }).click();
  await page.getByRole('list', { name: /Pohon kinerja/ }).waitFor({ timeout: 20_000 });
}

describe('the pohon kinerja', () => {
  it("shows the leader the misi and sasaran at risk under the RPJMD's visi, what pulls them down, on a tablet, and passes axe", async () => {
    // CSP bypassed for axe's injected script only (test/support/axe.ts).
    const context = await suite.browser.newContext({ viewport: { width: 768, height: 1024 }, bypassCSP: true });
    const page = await context.newPage();
    await signInSynced(page, suite.server.url, 'pimpinan.kaltim');
    await openTree(page);
    const tree = page.getByRole('list', { name: /Pohon kinerja/ });
    // Each node's own row (its children are in the list below it).
    const row = (text: string) => tree.locator('.cascade-node').filter({ hasText: text }).first();
    await row('Kalimantan Timur maju, sejahtera dan berkelanjutan').waitFor({ timeout: 10_000 });
    expect(await row('Kalimantan Timur maju, sejahtera dan berkelanjutan').textContent()).toMatch(/^.*Visi/);
    const culture = row('Meningkatnya pelestarian dan pemajuan kebudayaan daerah');
    await expect.poll(() => culture.textContent(), { timeout: 10_000 }).toMatch(/Berisiko/);
    // The misi it serves is flagged by it (one of its two tujuan at risk), and says so.
    expect(await row('Mewujudkan sumber daya manusia yang sehat').textContent()).toMatch(/Misi 1.*Berisiko: 1 dari 2 pendukung berisiko/s);
    expect(await row('Memajukan dan melestarikan kebudayaan daerah').textContent()).toMatch(/Tujuan 1\.2.*Berisiko/s);
    // At risk, so open at first: the IKU and the Disdikbud indicators under it.
    await tree.getByText('Jumlah cagar budaya yang ditetapkan').waitFor();
    expect(await row('Meningkatnya kualitas sumber daya manusia yang sehat dan berdaya saing').locator('.cascade-node__risk').count()).toBe(0);
    expect(await row('Mewujudkan infrastruktur wilayah').locator('.cascade-node__risk').count()).toBe(0);
    // The misi filter keeps that misi's branch only.
    await page.getByLabel('Misi', { exact: true }).selectOption({ label: 'Misi 1: Mewujudkan sumber daya manusia yang sehat, cerdas, berdaya saing dan berbudaya' });
    await expect.poll(() => tree.locator('.cascade-node').filter({ hasText: 'Mewujudkan infrastruktur wilayah' }).count()).toBe(0);
    expect(await culture.count()).toBe(1);
    // Nothing wider than the tablet's screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
    expect(await axeViolations(page)).toEqual([]);

    // The dashboard names the misi at risk first, one tap from its branch of the tree.
    await page.getByRole('link', { name: 'Dasbor' }).first().click();
    const risk = page.getByRole('region', { name: 'Misi dan sasaran daerah berisiko' });
    await risk.getByRole('link', { name: /^Misi 1: Mewujudkan sumber daya manusia/ }).click();
    await expect.poll(() => page.getByLabel('Misi', { exact: true }).inputValue()).toMatch(/^misi:/);
    await context.close();
  });
});

describe('linking an indicator offline', () => {
  let context: BrowserContext;
  let page: Page;

  it('marks the unlinked indicator on the head’s PK, and links it in a PK perubahan without signal', async () => {
    context = await suite.browser.newContext({ viewport: { width: 768, height: 1024 } });
    page = await context.newPage();
    await signInSynced(page, suite.server.url, 'kadis.dinkes', { offlineReady: true });
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(unlinked) }) });
    await expect.poll(() => row.textContent(), { timeout: 20_000 }).toMatch(/Belum selaras/);
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Buat PK perubahan' }).click({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Ya, buat PK perubahan' }).click();
    await page.getByText('PK perubahan 1 dari PK yang ditandatangani').waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: `Ubah indikator: ${unlinked}` }).click();
    const form = page.getByRole('form', { name: `Ubah indikator: ${unlinked}` });
    await form.getByLabel('Cari IKU atau indikator').fill('harapan hidup');
    await form.getByLabel('Mendukung (cascading)', { exact: true }).selectOption({ label: iku });
    await form.getByRole('button', { name: 'Simpan indikator' }).click();
    await page.getByRole('button', { name: `Ubah indikator: ${unlinked}` }).waitFor();
    await expect.poll(() => page.getByText(/menunggu sinkronisasi/).count()).toBeGreaterThan(0);
  });

  it('sends the link when back online, and the server keeps it on the revision only', async () => {
    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(() => page.getByText('Semua data tersinkron').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(await page.getByText('Ditolak server').count()).toBe(0);

    const indicators = await pulledRows(suite.server.url, 'admin.kaltim', 'indicator');
    const target = indicators.find((r) => r.name === iku);
    const linked = indicators.filter((r) => r.name === unlinked && r.supportsId === target?.id);
    expect(target).toBeDefined();
    expect(linked).toHaveLength(1); // the revision's; the signed PK keeps its own row unlinked
    await context.close();
  });
});

describe('a unit user', () => {
  it("sees its own indicators under the pemda's IKU, pulled to the device", async () => {
    const context = await suite.browser.newContext({ viewport: { width: 412, height: 915 } });
    const page = await context.newPage();
    await logIn(page, suite.server.url, 'operator.dishub');
    await expect.poll(() => page.getByText('Semua data tersinkron').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await openTree(page);
    const tree = page.getByRole('list', { name: /Pohon kinerja/ });
    await tree.getByRole('button', { name: 'Buka pendukung Indeks konektivitas transportasi antarwilayah' }).click();
    expect(await tree.textContent()).toMatch(/Jumlah penumpang angkutan penyeberangan antarkabupaten\/kota/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(412);
    await context.close();
  });
});
