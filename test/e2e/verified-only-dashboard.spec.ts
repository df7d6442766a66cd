// The leader's dashboard in Chromium (issue 15, "Proof"): the reporting compliance of the quarter
// with its summary, figures that include unverified realisations marked, the verified-only switch
// (the demo's latest quarter is still draft, so verified only says that quarter has no verified
// data), offline from the device's data, a unit row opening the unit's page at that quarter with its
// trend; at 1280×800, 768×1024 and 412 px without sideways page scroll. Screenshots go to
// SCREENSHOT_DIR when set, to look at.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { logIn, useE2eSuite } from '../support/e2e-suite';

const suite = useE2eSuite();
const sizes = [{ width: 1280, height: 800 }, { width: 768, height: 1024 }, { width: 412, height: 915 }] as const;

async function checkSizes(page: Page, name: string): Promise<string[]> {
  const wide: string[] = [];
  for (const size of sizes) {
    await page.setViewportSize(size);
    await page.waitForTimeout(300);
    const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
    if (width > size.width) wide.push(`${name} at ${size.width} px: page ${width} px wide`);
    if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/${name}-${size.width}.png`, fullPage: true });
  }
  await page.setViewportSize(sizes[0]);
  return wide;
}

describe('the leader’s dashboard: compliance and verified figures only', () => {
  it('shows compliance, marks unverified figures, switches to verified only offline, and drills down to a unit', { timeout: 240_000 }, async () => {
    const context = await suite.browser.newContext({ viewport: sizes[0] });
    const page = await context.newPage();
    await logIn(page, suite.server.url, 'pimpinan.kaltim');
    await page.getByText('Semua data tersinkron').first().waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: 'Dasbor' }).first().click();

    const compliance = page.getByRole('region', { name: /^Kepatuhan pelaporan TW / });
    await compliance.waitFor({ timeout: 20_000 });
    expect(await compliance.getByRole('row').count()).toBeGreaterThan(2);
    await expect.poll(() => page.getByRole('group', { name: 'Ringkasan kepatuhan' }).textContent()).toMatch(/Unit terlambat\s*\d+ dari \d+/);
    const ranking = page.getByRole('region', { name: /Peringkat unit kerja/ });
    await expect.poll(() => ranking.textContent()).toMatch(/memuat \d+ realisasi belum terverifikasi/);
    const wide = await checkSizes(page, 'dashboard');

    // From here on, the device's data only: the leader leaves signal once the app says it may.
    await page.getByText(/^Siap dipakai tanpa internet/).waitFor({ timeout: 30_000 });
    await context.setOffline(true);
    await page.getByRole('checkbox', { name: 'Hanya angka terverifikasi' }).check();
    await expect.poll(() => ranking.textContent()).toMatch(/realisasi belum terverifikasi tidak dihitung/);
    expect(await ranking.textContent()).not.toMatch(/memuat \d+ realisasi belum terverifikasi/);
    await page.getByText(/Belum ada realisasi TW [IV]+ yang terverifikasi/).waitFor();
    wide.push(...(await checkSizes(page, 'dashboard-verified')));

    const unitLink = compliance.getByRole('link').first();
    const name = (await unitLink.getAttribute('aria-label')) ?? '';
    const quarter = /TW ([IV]+)$/.exec(name)?.[1];
    await unitLink.click();
    const trend = page.getByRole('region', { name: 'Tren capaian per triwulan' });
    await trend.waitFor({ timeout: 20_000 });
    expect(await trend.getByRole('combobox', { name: 'Triwulan' }).locator('option:checked').textContent()).toBe(`TW ${quarter}`);
    await trend.getByRole('img', { name: /Tren rata-rata capaian unit/ }).waitFor();
    wide.push(...(await checkSizes(page, 'unit-trend')));
    expect(wide).toEqual([]);
    await context.close();
  });
});
