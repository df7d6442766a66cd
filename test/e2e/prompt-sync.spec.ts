// Every write reaches the server promptly, whatever kind it is: online, a quarter submission by
// the head and a verify by the evaluator are on the server within 5 s of the click, with nobody
// pressing "Sinkronkan sekarang" (they used to wait for the sender's timer, while a realisation was
// sent at once). And a verify made just before the tab is closed reaches the server through the
// service worker's Background Sync: the page's own pushes are refused here (a route aborts
// them, while the worker's own requests go through), so only the worker can deliver it.
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { useE2eSuite, signInSynced } from '../support/e2e-suite';
import { periodOf, quarterRoman } from '../../src/domain/period';
import type { RealisationStatus } from '../../src/domain/realisation';

const suite = useE2eSuite();
const contexts: BrowserContext[] = [];
afterAll(async () => {
  for (const context of contexts) await context.close();
});

const { quarter, year } = periodOf(new Date(), 'Asia/Makassar'); // the demo tenant, Kalimantan Timur (WITA)
const q = quarterRoman[quarter];
/** Seconds from each save to the server, printed at the end (docs/design.md quotes them). */
const figures: string[] = [];

async function openDevice(username: string): Promise<Page> {
  const context = await suite.browser.newContext({ viewport: { width: 768, height: 1024 } });
  contexts.push(context);
  const page = await context.newPage();
  await signInSynced(page, suite.server.url, username, { offlineReady: true });
  return page;
}

function dishubIndicators() {
  const unit = suite.server.demo.orgUnits.find((u) => u.name === 'Dinas Perhubungan');
  return suite.server.demo.indicators.filter((i) => i.orgUnitId === unit?.id).sort((a, b) => a.order - b.order);
}

const serverStatus = async (indicatorId: string): Promise<RealisationStatus | null> =>
  (await suite.server.store.findRealisationByKey(indicatorId, quarter))?.status ?? null;

/**
 * Seconds from `since` until `reached` holds on the server, polled every 100 ms for up to `limitMs`
 * (longer than the bound asserted, so a slow path is measured rather than cut off).
 */
async function secondsUntil(what: string, since: number, reached: () => Promise<boolean>, limitMs = 30_000): Promise<number> {
  while (!(await reached())) {
    if (Date.now() - since > limitMs) {
      figures.push(`${what}: not on the server after ${limitMs / 1000} s`);
      return Infinity;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const seconds = (Date.now() - since) / 1000;
  figures.push(`${what}: ${seconds.toFixed(1)} s`);
  return seconds;
}

describe('writes of every kind reach the server promptly, online', () => {
  let operator: Page;
  let evaluator: Page;

  it('the operator’s realisations (online)', async () => {
    operator = await openDevice('operator.dishub');
    for (const [index, indicator] of dishubIndicators().entries()) {
      await operator.getByRole('link', { name: new RegExp(`^Isi realisasi TW ${q}: ${indicator.name}:`) }).click();
      await operator.getByLabel(/^Realisasi/).fill(String(70 + index));
      await operator.getByLabel('Faktor pendorong').fill('Koordinasi dengan UPTD berjalan baik.');
      const saved = Date.now();
      await operator.getByRole('button', { name: 'Simpan' }).click();
      await operator.getByRole('heading', { name: /Perjanjian Kinerja Tahun/ }).waitFor();
      if (index === 0) expect(await secondsUntil('realisation', saved, async () => (await serverStatus(indicator.id)) === 'draft')).toBeLessThan(5);
    }
    for (const indicator of dishubIndicators()) await expect.poll(() => serverStatus(indicator.id), { timeout: 15_000 }).toBe('draft');
  });

  it('the head’s quarter submission is on the server within 5 s', async () => {
    const head = await openDevice('kadis.dishub');
    await head.getByRole('link', { name: 'Ajukan', exact: true }).click();
    const count = dishubIndicators().length;
    await head.getByLabel('Triwulan', { exact: true }).selectOption(String(quarter));
    await head.getByRole('button', { name: `Ajukan ${count} isian TW ${q}` }).click();
    const submitted = Date.now();
    await head.getByRole('button', { name: 'Ya, ajukan' }).click();
    await expect.poll(() => head.getByText(`${count} isian TW ${q} diajukan.`, { exact: false }).count()).toBe(1);
    const allSubmitted = async () => (await Promise.all(dishubIndicators().map((i) => serverStatus(i.id)))).every((s) => s === 'submitted');
    expect(await secondsUntil('submission', submitted, allSubmitted)).toBeLessThan(5);
  });

  it('the evaluator’s verify is on the server within 5 s', async () => {
    evaluator = await openDevice('evaluator.kaltim');
    await evaluator.getByRole('link', { name: /^Verifikasi( |$)/ }).click();
    await evaluator.getByRole('heading', { name: `Dinas Perhubungan — TW ${q} ${year}` }).waitFor({ timeout: 20_000 });
    const [first] = dishubIndicators();
    if (!first) throw new Error('demo indicators missing');
    const verified = Date.now();
    await evaluator.getByRole('button', { name: `Verifikasi: ${first.name}` }).click();
    expect(await secondsUntil('verify', verified, async () => (await serverStatus(first.id)) === 'verified')).toBeLessThan(5);
  });

  it('a verify made just before the tab closes reaches the server through the service worker', async () => {
    const [, second] = dishubIndicators();
    if (!second) throw new Error('demo indicators missing');
    const context = evaluator.context();
    expect(context.serviceWorkers().length).toBeGreaterThan(0);
    // The worker's own words (it may be stopped and started again: each instance is a new Worker).
    const workerLog: string[] = [];
    const listenTo = (worker: Worker) => worker.on('console', (message) => workerLog.push(message.text()));
    context.serviceWorkers().forEach(listenTo);
    context.on('serviceworker', listenTo);
    // The page cannot send (as if the tab were gone a moment later): only the worker can.
    const pushes: string[] = [];
    await context.route('**/api/sync/push', (route) => {
      const fromWorker = route.request().serviceWorker() !== null;
      pushes.push(fromWorker ? 'worker' : 'page');
      return fromWorker ? route.continue() : route.abort('internetdisconnected');
    });
    const verified = Date.now();
    await evaluator.getByRole('button', { name: `Verifikasi: ${second.name}` }).click();
    await expect.poll(() => evaluator.getByText('1 menunggu sinkronisasi').count(), { timeout: 5_000 }).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 300)); // the tab stays open a moment, not long enough for the timer
    await evaluator.close();
    expect(context.pages()).toHaveLength(0);
    const seconds = await secondsUntil('verify, tab closed at once (service worker)', verified, async () => (await serverStatus(second.id)) === 'verified');
    console.info(`worker: ${workerLog.join(' | ')}; pushes: ${pushes.join(', ')}`);
    expect(seconds).toBeLessThan(15);
    expect(pushes).toContain('worker'); // it came from the service worker (the page's pushes were refused)
  });

  it('"Sinkronkan sekarang" without signal says why it cannot', async () => {
    const note = 'Tidak ada sinyal: data tersimpan di perangkat dan dikirim otomatis saat tersambung.';
    await operator.context().setOffline(true);
    await expect.poll(() => operator.getByText('Luring', { exact: true }).count()).toBe(1);
    await operator.getByRole('button', { name: 'Sinkronkan sekarang' }).click();
    await expect.poll(() => operator.getByRole('status').filter({ hasText: note }).count()).toBe(1);
    await operator.context().setOffline(false);
    await expect.poll(() => operator.getByText(note).count()).toBe(0);
  });

  it('prints the figures', () => {
    console.info(`seconds from save to server:\n${figures.join('\n')}`);
    expect(figures.length).toBeGreaterThan(0);
  });
});
