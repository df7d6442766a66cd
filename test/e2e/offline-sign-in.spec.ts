// Signing in again without signal, in a real Chromium against the real server and production
// build: log in online → offline → log out (the notice names who can come back) → a wrong
// password is refused on the device → the right one opens the user's data → enter a value →
// online: the app signs in again by itself and the value reaches the server.
import { describe, expect, it } from 'vitest';
import { type BrowserContext, type Page } from 'playwright-core';
import { demoIndicatorName, logIn, useE2eSuite, demoIndicatorOf } from '../support/e2e-suite';
import { demoPassword } from '../../src/server/seed/demo-data';
import { apiRoutes } from '../../src/api/routes';
import { periodOf, quarterRoman } from '../../src/domain/period';
import { pulledRows } from '../support/e2e-api';

const suite = useE2eSuite();
const username = 'operator.dishub';


/** How many password verifiers the device keeps (IndexedDB 'pantau-kinerja', table offlineVerifiers). */
function countVerifiers(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('pantau-kinerja');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('offlineVerifiers')) return resolve(0), db.close();
          const count = db.transaction('offlineVerifiers').objectStore('offlineVerifiers').count();
          count.onsuccess = () => (resolve(count.result), db.close());
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

async function fillLogin(page: Page, password: string): Promise<void> {
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

describe('signing in again without signal', () => {
  let context: BrowserContext;
  let page: Page;
  const { quarter } = periodOf(new Date(), 'Asia/Makassar');
  const indicator = () => demoIndicatorOf(suite);

  it('logs in online, keeps a password verifier on the device and installs the service worker', async () => {
    context = await suite.browser.newContext({ viewport: { width: 768, height: 1024 } });
    page = await context.newPage();
    await logIn(page, suite.server.url, username);
    await expect.poll(() => page.getByRole('rowheader', { name: demoIndicatorName }).count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.getByText('Semua data tersinkron').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(() => countVerifiers(page), { timeout: 10_000 }).toBe(1);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await expect.poll(() => page.getByRole('rowheader', { name: demoIndicatorName }).count(), { timeout: 20_000 }).toBe(1);
  });

  it('logs out offline and says plainly who can sign in again without signal', async () => {
    await context.setOffline(true);
    await page.getByRole('link', { name: 'Pengaturan' }).first().click();
    await page.getByRole('button', { name: 'Keluar' }).click();
    const notice = page.getByRole('alertdialog');
    await expect.poll(() => notice.getByText('Anda sedang luring.').count(), { timeout: 10_000 }).toBe(1);
    const names = (await notice.getByRole('listitem').allTextContents()).map((text) => text.replace(/[\u2066-\u2069]/g, ''));
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/\(operator\.dishub\)$/);
    expect(await notice.getByText('Pengguna lain memerlukan koneksi internet untuk masuk.').count()).toBe(1);
    await notice.getByRole('button', { name: 'Tetap keluar' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Masuk', exact: true }).count(), { timeout: 10_000 }).toBe(1);
  });

  it('refuses a wrong password offline', async () => {
    await fillLogin(page, 'bukan-kata-sandinya');
    await expect
      .poll(() => page.getByText('Kata sandi salah (diperiksa di perangkat ini karena tidak ada koneksi). Sisa 4 percobaan sebelum harus menunggu.').count(), { timeout: 15_000 })
      .toBe(1);
    expect(await page.getByRole('heading', { name: 'Masuk', exact: true }).count()).toBe(1);
  });

  it('signs in offline with the right password, opens the data and takes a value', async () => {
    await fillLogin(page, demoPassword);
    await page.getByRole('link', { name: 'Beranda' }).first().click();
    await expect.poll(() => page.getByRole('rowheader', { name: demoIndicatorName }).count(), { timeout: 20_000 }).toBe(1);
    await page.getByRole('link', { name: new RegExp(`^Isi realisasi TW ${quarterRoman[quarter]}: ${demoIndicatorName}`) }).click();
    await page.getByLabel(/^Realisasi \(orang\)/).fill('187.004');
    await page.getByLabel('Faktor pendorong').fill('Masuk lagi tanpa sinyal di kecamatan.');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByText('1 menunggu sinkronisasi').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const onServer = await pulledRows(suite.server.url, 'evaluator.kaltim', 'realisation');
    expect(onServer.some((r) => r.indicatorId === indicator().id && r.quarter === quarter)).toBe(false);
  });

  it('signs in again by itself when the connection returns, and the value syncs', async () => {
    // The cookie the logout left behind is of no use from here: only a new login can sync.
    await context.clearCookies();
    const logins: number[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname === apiRoutes.login) logins.push(response.status());
    });
    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(() => page.getByText('Semua data tersinkron').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(logins).toEqual([200]);
    expect(await page.getByRole('heading', { name: 'Sesi berakhir' }).count()).toBe(0);
    const entered = (await pulledRows(suite.server.url, 'evaluator.kaltim', 'realisation')).filter((r) => r.indicatorId === indicator().id && r.quarter === quarter);
    expect(entered).toHaveLength(1);
    expect(entered[0]?.value).toBe(187_004);
    expect(entered[0]?.drivers).toBe('Masuk lagi tanpa sinyal di kecamatan.');
    await context.close();
  });
});
