// The foundation's promise, in a real Chromium against the real server and production build:
// log in → offline → reload → enter a realisation → reload offline → online → the server has it
// exactly once, an evaluator sees it, another unit's operator does not.
import { describe, expect, it } from 'vitest';
import { request, type BrowserContext, type Page } from 'playwright-core';
import { demoIndicatorName, logIn, useE2eSuite, demoIndicatorOf } from '../support/e2e-suite';
import { demoPassword } from '../../src/server/seed/demo-data';
import { apiRoutes, clientHeader } from '../../src/api/routes';
import { periodOf, quarterRoman } from '../../src/domain/period';
import type { PullResponse } from '../../src/api/sync';

const suite = useE2eSuite();

const indicatorName = demoIndicatorName;

/** All realisation rows (latest state per record) and change counts a user's pull delivers. */
async function pullAs(username: string): Promise<{ rows: Map<string, Record<string, unknown>>; changes: Map<string, number> }> {
  const api = await request.newContext({ baseURL: suite.server.url });
  const login = await api.post(apiRoutes.login, { data: { username, password: demoPassword } });
  expect(login.status()).toBe(200);
  const rows = new Map<string, Record<string, unknown>>();
  const changes = new Map<string, number>();
  let cursor = 0;
  for (;;) {
    const response = await api.get(`${apiRoutes.pull}?cursor=${cursor}&limit=1000`, { headers: { [clientHeader.name]: clientHeader.value } });
    const body = (await response.json()) as PullResponse;
    if (body.kind !== 'changes') throw new Error('unexpected reset');
    for (const change of body.changes) {
      if (change.entity !== 'realisation') continue;
      rows.set(change.recordId, change.row);
      changes.set(change.recordId, (changes.get(change.recordId) ?? 0) + 1);
    }
    cursor = body.nextCursor;
    if (!body.hasMore) break;
  }
  await api.dispose();
  return { rows, changes };
}

describe('a realisation entered offline reaches the server', () => {
  let context: BrowserContext;
  let page: Page;
  const { quarter } = periodOf(new Date(), 'Asia/Makassar');
  const q = quarterRoman[quarter];
  const indicator = () => demoIndicatorOf(suite);

  it('logs in online, installs the service worker and shows the unit PK', async () => {
    context = await suite.browser.newContext({ viewport: { width: 768, height: 1024 } });
    page = await context.newPage();
    await logIn(page, suite.server.url, 'operator.dishub');
    await expect.poll(() => page.getByRole('rowheader', { name: indicatorName }).count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.getByText('Semua data tersinkron').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    // The page that installed the worker is taken over at once, not at the next reload: until then
    // a screen not opened yet (loaded on demand) came up blank offline.
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 10_000 }).toBe(true);
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  });

  it('starts offline from the service worker with the same data', async () => {
    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => page.getByRole('rowheader', { name: indicatorName }).count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.getByText('Luring').count()).toBeGreaterThan(0);
  });

  it('enters a realisation offline, the Indonesian way, and keeps it across an offline reload', async () => {
    await page.getByRole('link', { name: new RegExp(`^Isi realisasi TW ${q}: ${indicatorName}`) }).click();
    await page.getByLabel(/^Realisasi \(orang\)/).fill('241.350');
    await page.getByLabel('Faktor pendorong').fill('Arus mudik Natal dan Tahun Baru dimulai lebih awal.');
    await page.getByLabel('Faktor penghambat (kendala)').fill('Cuaca buruk menunda dua trip.');
    await page.getByLabel('Rencana tindak lanjut').fill('Koordinasi jadwal dengan operator kapal.');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByText('1 menunggu sinkronisasi').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('241.350').count()).toBeGreaterThan(0);

    await page.reload();
    await expect.poll(() => page.getByText('241.350').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('1 menunggu sinkronisasi').count()).toBeGreaterThan(0);
    const { rows } = await pullAs('evaluator.kaltim');
    expect([...rows.values()].some((r) => r.indicatorId === indicator().id && r.quarter === quarter)).toBe(false);
  });

  it('syncs by itself when the connection returns, exactly once', async () => {
    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(() => page.getByText('Semua data tersinkron').count(), { timeout: 30_000 }).toBeGreaterThan(0);

    const { rows, changes } = await pullAs('evaluator.kaltim');
    const entered = [...rows.entries()].filter(([, r]) => r.indicatorId === indicator().id && r.quarter === quarter);
    expect(entered).toHaveLength(1);
    const [recordId, row] = entered[0]!;
    expect(row.value).toBe(241_350);
    expect(row.obstacles).toBe('Cuaca buruk menunda dua trip.');
    expect(changes.get(recordId)).toBe(1);
    await context.close();
  });

  it('shows the entry to an evaluator of the same pemda after their sync', async () => {
    const evaluator = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const evaluatorPage = await evaluator.newPage();
    await logIn(evaluatorPage, suite.server.url, 'evaluator.kaltim');
    await evaluatorPage.getByRole('link', { name: /Dinas Perhubungan/ }).first().click({ timeout: 20_000 });
    // Once in the PK's goal table (the trend panel below the PK names it again).
    const goalTables = evaluatorPage.getByRole('region', { name: /^Sasaran \d+:/ });
    await expect.poll(() => goalTables.getByRole('rowheader', { name: indicatorName }).count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => evaluatorPage.getByText('241.350').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await evaluator.close();
  });

  it('never shows it to another OPD’s operator', async () => {
    const { rows } = await pullAs('operator.dinkes');
    expect(rows.size).toBeGreaterThan(0);
    expect([...rows.values()].some((r) => r.indicatorId === indicator().id)).toBe(false);
    expect([...rows.values()].every((r) => r.orgUnitId !== indicator().orgUnitId)).toBe(true);
  });
});

describe('installable PWA', () => {
  it('serves a manifest with name, icons 192/512 and maskable, and a precaching service worker', async () => {
    const api = await request.newContext({ baseURL: suite.server.url });
    const manifest = (await (await api.get('/manifest.webmanifest')).json()) as {
      name: string; theme_color: string; display: string; icons: { sizes: string; purpose?: string; src: string }[];
    };
    expect(manifest.name).toBe('Pantau Kinerja');
    expect(manifest.display).toBe('standalone');
    expect(manifest.theme_color).toMatch(/^#/);
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((i) => i.purpose?.includes('maskable'))).toBe(true);
    for (const icon of manifest.icons) expect((await api.get('/' + icon.src.replace(/^\//, ''))).status()).toBe(200);
    const sw = await api.get('/sw.js');
    expect(sw.status()).toBe(200);
    expect(sw.headers()['cache-control']).toContain('no-cache');
    expect(await sw.text()).toContain('index.html');
    const html = await api.get('/units/anything');
    expect(html.headers()['content-type']).toContain('text/html');
    expect((await api.get('/api/nope')).status()).toBe(404);
    await api.dispose();
  });
});
