// Background Sync in Chromium: an entry saved offline reaches the server through the service
// worker after its page was closed (the context, i.e. the browser profile, stays open). The page
// registers the one-off sync pantau-outbox when it saves offline; the worker's `sync` handler
// pushes with the page's own sync code under the leader's Web Lock (src/client/pwa/sw.ts).
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { demoIndicatorName, useE2eSuite, demoIndicatorOf, signInSynced } from '../support/e2e-suite';
import { periodOf, quarterRoman } from '../../src/domain/period';

const suite = useE2eSuite();

describe('an entry saved offline is pushed by the service worker with no page open', () => {
  let context: BrowserContext;
  let page: Page;
  let worker: Worker;
  const workerLog: string[] = [];
  const t0 = Date.now();
  const mark = (what: string) => workerLog.push(`${Date.now() - t0} ms: [test] ${what}`);
  const { quarter } = periodOf(new Date(), 'Asia/Makassar');
  const q = quarterRoman[quarter];
  const indicator = () => demoIndicatorOf(suite);
  const syncTags = () =>
    page.evaluate(async () => {
      const registration = (await navigator.serviceWorker.ready) as ServiceWorkerRegistration & { sync: { getTags(): Promise<string[]> } };
      return registration.sync.getTags();
    });
  const serverValue = async () => (await suite.server.store.findRealisationByKey(indicator().id, quarter))?.value ?? null;

  it('logs in online and runs under the service worker', async () => {
    context = await suite.browser.newContext({ viewport: { width: 768, height: 1024 } });
    page = await context.newPage();
    await signInSynced(page, suite.server.url, 'operator.dishub', { offlineReady: true });
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(await page.evaluate(() => 'SyncManager' in window)).toBe(true);
    const found = context.serviceWorkers()[0];
    if (!found) throw new Error('no service worker');
    worker = found;
    const listen = (w: typeof found) => w.on('console', (message) => workerLog.push(`${Date.now() - t0} ms: ${message.text()}`));
    listen(worker);
    // Chromium stops an idle worker and starts a new one for the sync event (sooner on a busy
    // machine): its log comes from that new worker, which the old handle does not hear.
    context.on('serviceworker', listen);
  });

  it('saves offline and registers the outbox sync', async () => {
    await context.setOffline(true);
    await page.getByRole('link', { name: new RegExp(`^Isi realisasi TW ${q}: ${demoIndicatorName}`) }).click();
    await page.getByLabel(/^Realisasi \(orang\)/).fill('77.007');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByText('1 menunggu sinkronisasi').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await syncTags()).toEqual(['pantau-outbox']);
    mark('saved offline, sync registered');
    // Chromium keeps a one-off sync while (emulated) offline: it has not fired 3 s later.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await syncTags()).toEqual(['pantau-outbox']);
    expect(await serverValue()).not.toBe(77007);
  });

  it('closes the page, comes back online, and the server gets the entry from the worker', async () => {
    await page.close();
    mark('page closed');
    expect(context.pages()).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await serverValue()).not.toBe(77007); // no page, still offline: nothing sent yet
    await context.setOffline(false);
    mark('online');
    await expect.poll(serverValue, { timeout: 60_000, interval: 500 }).toBe(77007);
    mark('server has it');
    console.info(`timeline:\n${workerLog.join('\n')}`);
    expect(workerLog.some((line) => line.endsWith('pantau-outbox: synced'))).toBe(true);
    await context.close();
  });
});
