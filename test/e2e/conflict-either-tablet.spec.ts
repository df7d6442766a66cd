// Conflicts resolved right, from either tablet. Two tablets of the unit (named in their settings)
// enter the same realisation offline; the one that syncs first wins. The winning tablet learns of
// the conflict by itself (no "Sinkronkan sekarang"), and its choices are named from its own point
// of view. Round 1 is resolved from the winning tablet (taking the other tablet's value), round 2
// from the losing one (taking its own); both tablets converge on the choice each time, and the
// entry's history names both authors, not the resolver under the value that lost.
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { demoIndicatorName, logIn, useE2eSuite } from '../support/e2e-suite';
import { periodOf, quarterRoman } from '../../src/domain/period';

const suite = useE2eSuite();
const devices: BrowserContext[] = [];
afterAll(async () => {
  for (const context of devices) await context.close();
});

const indicatorName = demoIndicatorName;
const q = quarterRoman[periodOf(new Date(), 'Asia/Makassar').quarter];
const operatorName = 'Rina Marlina, S.E.';
const headName = 'Ir. Bambang Sutrisno, M.T.';
/** Names and history lines hold bidi isolates around user text (FSI … PDI). */
const plain = (text: string | null) => (text ?? '').replace(/[\u2066-\u2069]/g, '');

async function openTablet(username: string, deviceName: string): Promise<Page> {
  const context = await suite.browser.newContext({ viewport: { width: 768, height: 1024 } });
  devices.push(context);
  const page = await context.newPage();
  await logIn(page, suite.server.url, username);
  await expect.poll(() => page.getByRole('rowheader', { name: indicatorName }).count(), { timeout: 20_000 }).toBe(1);
  await expect.poll(() => page.getByText('Semua data tersinkron').count(), { timeout: 20_000 }).toBeGreaterThan(0);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.getByRole('link', { name: 'Pengaturan' }).click();
  await page.getByLabel('Nama perangkat ini').fill(deviceName);
  await page.getByRole('button', { name: 'Simpan nama perangkat' }).click();
  await expect.poll(() => page.getByText(`Tersimpan: ${deviceName}.`, { exact: false }).count()).toBe(1);
  await page.getByRole('link', { name: 'Beranda' }).click();
  return page;
}

async function enterOffline(page: Page, value: string): Promise<void> {
  await page.context().setOffline(true);
  await page.getByRole('link', { name: 'Beranda' }).click();
  await page.getByRole('link', { name: new RegExp(`^(Isi|Ubah) realisasi TW ${q}: ${indicatorName}`) }).click();
  await page.getByLabel(/^Realisasi \(orang\)/).fill(value);
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect.poll(() => page.getByText('1 menunggu sinkronisasi').count(), { timeout: 10_000 }).toBeGreaterThan(0);
}

const status = (page: Page) => page.getByRole('region', { name: 'Status sinkronisasi' });
const conflictLink = (page: Page) => status(page).getByRole('link', { name: '1 konflik perlu dipilih' });

/** Back online: the app sends by itself (the `online` event); waits until nothing is pending. */
async function comeOnline(page: Page): Promise<void> {
  await page.context().setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect.poll(() => status(page).getByText(/menunggu sinkronisasi/).count(), { timeout: 30_000 }).toBe(0);
}

async function shownValue(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Beranda' }).click();
  await page.getByRole('link', { name: new RegExp(`^Ubah realisasi TW ${q}: ${indicatorName}`) }).click();
  return page.getByLabel(/^Realisasi \(orang\)/).inputValue();
}

/** Polls until `shown` holds; seconds since `from`. */
async function secondsUntil(shown: () => Promise<boolean>, from: number): Promise<number> {
  await expect.poll(shown, { timeout: 30_000, interval: 200 }).toBe(true);
  return (Date.now() - from) / 1000;
}

/**
 * Both tablets offline, `winner` syncs first. Logs the seconds from the loser coming online until
 * each tablet shows the conflict, and holds the winner to 15 s; the winner is left alone meanwhile
 * (no "Sinkronkan sekarang", no focus, no save).
 */
async function clash(round: number, winner: Page, winnerValue: string, loser: Page, loserValue: string): Promise<void> {
  await enterOffline(winner, winnerValue);
  await enterOffline(loser, loserValue);
  await comeOnline(winner);
  await expect.poll(() => status(winner).getByText('Semua data tersinkron').count(), { timeout: 30_000 }).toBe(1);
  const from = Date.now();
  await loser.context().setOffline(false);
  await loser.evaluate(() => window.dispatchEvent(new Event('online')));
  const [loserSeconds, winnerSeconds] = await Promise.all([
    secondsUntil(async () => (await conflictLink(loser).count()) === 1, from),
    secondsUntil(async () => (await conflictLink(winner).count()) === 1, from),
  ]);
  // Neither header says "Semua data tersinkron" while the conflict waits.
  for (const page of [winner, loser]) expect(await status(page).getByText('Semua data tersinkron').count()).toBe(0);
  console.log(`round ${round}: the conflict showed on the losing tablet after ${loserSeconds.toFixed(1)} s, on the winning one after ${winnerSeconds.toFixed(1)} s`);
  // A visible tablet pulls 10 s after its last cycle: within that, plus the loser's push.
  expect(winnerSeconds).toBeLessThan(15);
}

/** From the header's conflict link to the entry's conflict card. */
async function openConflict(page: Page): Promise<Locator> {
  await conflictLink(page).click();
  const card = page.getByRole('article', { name: new RegExp(indicatorName.slice(0, 20)) });
  await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
  return card;
}

/**
 * After `resolver` chose: its conflicts are gone, and the other tablet's with nobody pressing
 * "Sinkronkan sekarang", and both show `value`, synced.
 */
async function bothConverge(resolver: Page, other: Page, value: string): Promise<void> {
  await expect.poll(() => resolver.getByText('Tidak ada konflik.').count(), { timeout: 10_000 }).toBe(1);
  await expect.poll(() => conflictLink(other).count(), { timeout: 30_000, interval: 500 }).toBe(0);
  for (const page of [resolver, other]) {
    await expect.poll(() => status(page).getByText('Semua data tersinkron').count(), { timeout: 30_000 }).toBe(1);
    expect(await shownValue(page)).toBe(value);
  }
}

describe('a conflict resolved from either tablet', () => {
  let operator: Page;
  let head: Page;

  it('round 1: the winning tablet learns of the conflict by itself and keeps the other tablet\'s value', async () => {
    operator = await openTablet('operator.dishub', 'Tablet Operator');
    head = await openTablet('kadis.dishub', 'Tablet Kadis');
    await clash(1, operator, '83', head, '86');

    const card = await openConflict(operator);
    // Named from the winning tablet's point of view; no ambiguous "mine".
    expect(await card.getByRole('button', { name: /nilai saya/ }).count()).toBe(0);
    expect(await card.getByRole('button', { name: 'Pertahankan 83 (nilai di server, dari Anda, perangkat ini)' }).count()).toBe(1);
    await card.getByRole('button', { name: `Pakai 86 (dari ${headName}, Tablet Kadis)` }).click();
    await bothConverge(operator, head, '86');
  });

  it('the history names both authors and who resolved, with the value that lost still there', async () => {
    await operator.getByRole('button', { name: 'Tampilkan riwayat' }).click();
    const history = operator.getByRole('region', { name: 'Riwayat isian' });
    await expect.poll(() => history.getByText(/^Usulan:/).count(), { timeout: 10_000 }).toBe(1);
    const proposals = plain(await history.getByText(/^Usulan:/).textContent());
    expect(proposals).toContain(`83, diusulkan ${operatorName} dari Tablet Operator`);
    expect(proposals).toContain(`86, diusulkan ${headName} dari Tablet Kadis`);
    const resolved = plain(await history.getByText(/diselesaikan oleh/).textContent());
    expect(resolved).toMatch(new RegExp(`diselesaikan oleh ${operatorName.replace(/[.,]/g, '\\$&')}, .*: dipakai 86`));
    expect(await history.getByText(/Menulis pilihan konflik/).count()).toBe(1);
  });

  it('round 2: resolved from the losing tablet, taking its own value; both converge', async () => {
    await clash(2, operator, '90', head, '92');
    const card = await openConflict(head);
    expect(await card.getByRole('button', { name: `Pertahankan 90 (nilai di server, dari ${operatorName}, Tablet Operator)` }).count()).toBe(1);
    await card.getByRole('button', { name: 'Pakai 92 (dari Anda, perangkat ini)' }).click();
    await bothConverge(head, operator, '92');

    await head.getByRole('button', { name: 'Tampilkan riwayat' }).click();
    const history = head.getByRole('region', { name: 'Riwayat isian' });
    await expect.poll(() => history.getByText(/^Usulan:/).count(), { timeout: 10_000 }).toBe(2);
    const rounds = (await history.getByText(/^Usulan:/).allTextContents()).map(plain);
    expect(rounds[1]).toContain(`90, diusulkan ${operatorName} dari Tablet Operator`);
    expect(rounds[1]).toContain(`92, diusulkan ${headName} dari Tablet Kadis`);
    expect(plain(await history.getByText(/diselesaikan oleh/).last().textContent())).toContain(`diselesaikan oleh ${headName}`);
  });
});
