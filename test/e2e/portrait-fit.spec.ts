// A camat's 2019 tablet held upright is 768 px wide: every demo unit's PK — indicators, quarter
// cells, capaian — must fit without sideways scrolling (a clipped capaian column is what users
// would otherwise see first). An evaluator of each pemda opens every unit at 768 × 1024.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { startE2eServer, type E2eServer } from '../support/e2e-server';
import { demoPassword } from '../../src/server/seed/demo-data';

let server: E2eServer;
let browser: Browser;
beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the PK on a portrait tablet', () => {
  it.each(['evaluator.kaltim', 'evaluator.seruyan'])('fits 768 px for every unit %s can read', async (username) => {
    const context = await browser.newContext({ viewport: { width: 768, height: 1024 } });
    const page = await context.newPage();
    await page.goto(server.url + '/');
    await page.getByLabel('Nama pengguna').fill(username);
    await page.getByLabel('Kata sandi').fill(demoPassword);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByText('Semua data tersinkron').first().waitFor({ timeout: 30_000 });
    const user = server.demo.users.find((u) => u.username === username);
    const units = server.demo.orgUnits.filter((u) => u.tenantId === user?.tenantId);
    const agreements = new Set(server.demo.agreements.map((a) => a.orgUnitId));
    const overflowing: string[] = [];
    let checked = 0;
    for (const unit of units.filter((u) => agreements.has(u.id))) {
      await page.goto(`${server.url}/units/${unit.id}`);
      await page.locator('.table-scroll').first().waitFor({ timeout: 20_000 });
      const widths = await page.$$eval('.pk-table', (tables) => tables.map((t) => {
        const region = t.closest('.table-scroll');
        return region ? region.scrollWidth - region.clientWidth : 0;
      }));
      checked += widths.length;
      widths.forEach((extra, i) => { if (extra > 0) overflowing.push(`${unit.name}, sasaran ${i + 1}: ${extra} px too wide`); });
    }
    expect(checked).toBeGreaterThan(3);
    expect(overflowing).toEqual([]);
    await context.close();
  });
});
