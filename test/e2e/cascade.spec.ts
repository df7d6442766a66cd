// Cascading in a real Chromium against the real server and production build (issue 19): the
// leader's pohon kinerja flags the demo's culture sasaran whose supporters fall behind, readable on a
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
  it("shows the leader the sasaran at risk, what pulls it down, on a tablet, and passes axe", async () => {
    // CSP bypassed for axe's injected script only (test/support/axe.ts).
    const context = await suite.browser.newContext({ viewport: { width: 768, height: 1024 }, bypassCSP: true });
    const page = await context.newPage();
    await signInSynced(page, suite.server.url, 'pimpinan.kaltim');
    await openTree(page);
    const tree = page.getByRole('list', { name: /Pohon kinerja/ });
    const culture = tree.getByRole('listitem').filter({ hasText: 'Meningkatnya pelestarian dan pemajuan kebudayaan daerah' }).first();
    await expect.poll(() => culture.textContent(), { timeout: 10_000 }).toMatch(/Berisiko/);
    // At risk, so open at first: the IKU and the Disdikbud indicators under it.
    expect(await culture.textContent()).toMatch(/Indeks Pembangunan Kebudayaan.*Dinas Pendidikan dan Kebudayaan.*Jumlah cagar budaya yang ditetapkan/s);
    const healthy = tree.getByRole('listitem').filter({ hasText: 'Meningkatnya kualitas sumber daya manusia yang sehat dan berdaya saing' }).first();
    expect(await healthy.locator('.cascade-node__risk').first().count()).toBe(0);
    // Nothing wider than the tablet's screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
    expect(await axeViolations(page)).toEqual([]);
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
