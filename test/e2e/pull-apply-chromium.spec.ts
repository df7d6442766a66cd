// Applying pulled pages in real Chromium IndexedDB: fake-indexeddb never commits a transaction
// early, Chromium does. A page of 1,000 rows once failed here with PrematureCommitError (found by
// the store benchmark, docs/performance.md); this keeps it fixed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { serveStatic } from '../bench/static-server';
import { bundleEntry, pullFixture, type Bench } from '../bench/store';

let browser: Browser;
let page: Page;
let outDir: string;
let server: { url: string; close(): Promise<void> };
const fixture = pullFixture(10, 25); // 1,321 rows: 10 units × 25 indicators × 4 quarters, with parents

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'pk-e2e-store-'));
  await bundleEntry(outDir);
  server = await serveStatic(outDir, { '/pull.json': () => fixture });
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(server.url + '/');
  await page.waitForFunction(() => document.title === 'ready');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

const call = <K extends keyof Bench>(method: K, ...args: Parameters<Bench[K]>): ReturnType<Bench[K]> =>
  page.evaluate(`window.pantauBench.${method}(...${JSON.stringify(args)})`) as ReturnType<Bench[K]>;

describe('pull apply in Chromium', () => {
  it('writes pages of 1,000 rows, each in one transaction, and every row arrives', async () => {
    const result = await call('applyPull', 'pages', '/pull.json', 1000);
    expect(result.rows).toBe(1321);
    expect(result.realisations).toBe(10 * 25 * 4);
  });

  it('commits every write strictly: on disk before it counts as saved', async () => {
    expect(await call('writeDurability', 'pages')).toBe('strict');
  });

  it('lists one unit’s realisations of the year from what was applied', async () => {
    const { units, year } = JSON.parse(fixture) as { units: string[]; year: number };
    const listed = await call('filteredList', 'pages', units.slice(0, 1), year);
    expect(listed.rows).toBe(25 * 4);
  });
});
