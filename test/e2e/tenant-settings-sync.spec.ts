// Tenant settings reach every device (issue 15, "Proof"), in Chromium: the admin switches the
// lower-is-better formula to B and saves ("Pengaturan disimpan."); the admin's own dashboard and an
// evaluator's, after one "Sinkronkan sekarang" and no new sign-in, show the capaian by formula B.
// The admin screen's tabs fit 1280×800, 768×1024 and 412 px without sideways page scroll.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { logIn, useE2eSuite } from '../support/e2e-suite';

const suite = useE2eSuite();
const sizes = [{ width: 1280, height: 800 }, { width: 768, height: 1024 }, { width: 412, height: 915 }] as const;

const ranking = (page: Page) => page.getByRole('region', { name: /Peringkat unit kerja/ });

async function rankingText(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Dasbor' }).first().click();
  await ranking(page).waitFor({ timeout: 20_000 });
  await page.waitForTimeout(500);
  return (await ranking(page).textContent()) ?? '';
}

describe('tenant settings on every device', () => {
  it('a formula change reaches the admin\'s own dashboard and an evaluator\'s after one sync', { timeout: 300_000 }, async () => {
    const evaluatorContext = await suite.browser.newContext({ viewport: sizes[0] });
    const evaluator = await evaluatorContext.newPage();
    await logIn(evaluator, suite.server.url, 'evaluator.kaltim');
    await evaluator.getByText('Semua data tersinkron').first().waitFor({ timeout: 30_000 });
    const before = await rankingText(evaluator);

    const adminContext = await suite.browser.newContext({ viewport: sizes[0] });
    const admin = await adminContext.newPage();
    await logIn(admin, suite.server.url, 'admin.kaltim');
    await admin.getByText('Semua data tersinkron').first().waitFor({ timeout: 30_000 });
    const adminBefore = await rankingText(admin);
    expect(adminBefore).toBe(before);
    await admin.getByRole('link', { name: 'Admin' }).click();
    await admin.getByRole('tab', { name: 'Pengaturan pemda' }).click();
    await admin.getByLabel('Rumus indikator makin kecil makin baik').selectOption('B');
    await admin.getByRole('button', { name: 'Simpan', exact: true }).click();
    await admin.getByText('Pengaturan disimpan.').waitFor({ timeout: 10_000 });
    // No sideways page scroll on any admin tab, on a desktop, a tablet and a phone.
    const wide: string[] = [];
    for (const size of sizes) {
      await admin.setViewportSize(size);
      for (const tab of await admin.getByRole('tab').allTextContents()) {
        await admin.getByRole('tab', { name: tab }).click();
        await admin.waitForTimeout(400);
        const width = await admin.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
        if (width > size.width) wide.push(`${tab} at ${size.width} px: ${width} px`);
        if (process.env.SCREENSHOT_DIR) await admin.screenshot({ path: `${process.env.SCREENSHOT_DIR}/admin-${tab}-${size.width}.png`, fullPage: true });
      }
    }
    expect(wide).toEqual([]);
    await admin.setViewportSize(sizes[0]);
    // The admin's own dashboard: the save ran a sync; the new capaian shows without signing in again.
    await expect.poll(() => rankingText(admin), { timeout: 20_000 }).not.toBe(adminBefore);

    // The evaluator's tablet: one sync.
    await evaluator.getByRole('button', { name: 'Sinkronkan sekarang' }).first().click();
    await expect.poll(() => ranking(evaluator).textContent(), { timeout: 20_000 }).not.toBe(before);
    expect(await ranking(evaluator).textContent()).toBe(await ranking(admin).textContent());
    await adminContext.close();
    await evaluatorContext.close();
  });
});
