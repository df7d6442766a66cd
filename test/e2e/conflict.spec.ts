// Two tablets of one unit edit the same field of the same entry offline. Both come online, both
// show the conflict in their inbox, one chooses, and both converge on the choice (issue 3).
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { demoIndicatorName, logIn, useE2eSuite } from '../support/e2e-suite';
import { periodOf, quarterRoman } from '../../src/domain/period';

const suite = useE2eSuite();
const devices: Array<{ context: BrowserContext; page: Page }> = [];
afterAll(async () => {
  for (const d of devices) await d.context.close();
});

const indicatorName = demoIndicatorName;
const { quarter } = periodOf(new Date(), 'Asia/Makassar');
const q = quarterRoman[quarter];

async function openDevice(username: string): Promise<Page> {
  const context = await suite.browser.newContext({ viewport: { width: 768, height: 1024 } });
  const page = await context.newPage();
  devices.push({ context, page });
  await logIn(page, suite.server.url, username);
  await expect.poll(() => page.getByRole('rowheader', { name: indicatorName }).count(), { timeout: 20_000 }).toBe(1);
  await expect.poll(() => page.getByText('Semua data tersinkron').count(), { timeout: 20_000 }).toBeGreaterThan(0);
  // As a user's first visit does before the tablet leaves signal: the app is installed (precached).
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  return page;
}

async function enterOffline(page: Page, obstacles: string): Promise<void> {
  await page.context().setOffline(true);
  await page.getByRole('link', { name: new RegExp(`^Isi realisasi TW ${q}: ${indicatorName}`) }).click();
  await page.getByLabel(/^Realisasi \(orang\)/).fill('1.000');
  await page.getByLabel('Faktor penghambat (kendala)').fill(obstacles);
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect.poll(() => page.getByText('1 menunggu sinkronisasi').count(), { timeout: 10_000 }).toBeGreaterThan(0);
}

async function syncOnline(page: Page): Promise<void> {
  await page.context().setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  // Not "Semua data tersinkron": the header says so only while no conflict waits for the user.
  await expect.poll(() => page.getByText(/menunggu sinkronisasi/).count(), { timeout: 30_000 }).toBe(0);
  await page.getByRole('button', { name: 'Sinkronkan sekarang' }).click();
  await expect.poll(() => page.getByRole('button', { name: 'Sinkronkan sekarang' }).isEnabled(), { timeout: 30_000 }).toBe(true);
}

describe('the same field changed on two devices offline', () => {
  let operator: Page;
  let head: Page;

  it('both devices save offline and then sync', async () => {
    operator = await openDevice('operator.dishub');
    head = await openDevice('kadis.dishub');
    await enterOffline(operator, 'Dermaga rusak.');
    await enterOffline(head, 'Kapal docking.');
    await syncOnline(operator);
    await syncOnline(head);
    await syncOnline(operator);
  });

  it('both show the conflict with both values in their inbox', async () => {
    for (const page of [operator, head]) {
      await page.getByRole('link', { name: /Konflik & penolakan/ }).click();
      const card = page.getByRole('article', { name: new RegExp(indicatorName.slice(0, 20)) });
      await expect.poll(() => card.count(), { timeout: 20_000 }).toBe(1);
      // Exact: the choice buttons name the values too ("Pertahankan Dermaga rusak. (…)").
      await expect.poll(() => card.getByText('Dermaga rusak.', { exact: true }).count()).toBe(1);
      await expect.poll(() => card.getByText('Kapal docking.', { exact: true }).count()).toBe(1);
    }
  });

  it('one resolves, and both converge with the conflict resolved', async () => {
    await head.getByRole('button', { name: 'Pakai Kapal docking. (dari Anda, perangkat ini)' }).click();
    await expect.poll(() => head.getByText('Tidak ada konflik.').count(), { timeout: 10_000 }).toBe(1);
    await syncOnline(head);
    await syncOnline(operator);
    await expect.poll(() => operator.getByText('Tidak ada konflik.').count(), { timeout: 20_000 }).toBe(1);
    for (const page of [operator, head]) {
      await page.getByRole('link', { name: 'Beranda' }).click();
      await page.getByRole('link', { name: new RegExp(`^Ubah realisasi TW ${q}: ${indicatorName}`) }).click();
      await expect.poll(() => page.getByLabel('Faktor penghambat (kendala)').inputValue(), { timeout: 20_000 }).toBe('Kapal docking.');
    }
  });
});
