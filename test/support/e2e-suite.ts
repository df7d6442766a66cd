// What every browser-test file sets up: one real server (production build, demo data) and one
// Chromium for the file, and the login every test starts with.
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { startE2eServer, type E2eServer } from './e2e-server';
import { demoPassword } from '../../src/server/seed/demo-data';

export interface E2eSuite {
  readonly server: E2eServer;
  readonly browser: Browser;
}

/** Call at the top of a spec file: starts both before its tests and closes them after. */
export function useE2eSuite(): E2eSuite {
  let server: E2eServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the browser-test suite has not started (use it inside tests)');
    return value;
  };
  return {
    get server() { return started(server); },
    get browser() { return started(browser); },
  };
}

/**
 * Signs in and waits for the first sync to end ("Semua data tersinkron"); with `offlineReady`,
 * also for the service worker, so that the page may then lose signal.
 */
export async function signInSynced(page: Page, baseUrl: string, username: string, options: { offlineReady?: boolean } = {}): Promise<void> {
  await logIn(page, baseUrl, username);
  await expect.poll(() => page.getByText('Semua data tersinkron').count(), { timeout: 30_000 }).toBeGreaterThan(0);
  if (options.offlineReady) await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
}

/** Fills the login form; callers wait for what they expect next. */
export async function logIn(page: Page, baseUrl: string, username: string, password = demoPassword): Promise<void> {
  await page.goto(baseUrl + '/');
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

/** The demo indicator most browser tests enter (Dinas Perhubungan, a count summed over quarters). */
export const demoIndicatorName = 'Jumlah penumpang angkutan penyeberangan antarkabupaten/kota';

/** The demo indicator on the suite's server (demoIndicatorName). */
export function demoIndicatorOf(suite: E2eSuite) {
  const found = suite.server.demo.indicators.find((i) => i.name === demoIndicatorName);
  if (!found) throw new Error('demo indicator missing');
  return found;
}
