// The screens a field user lives in, measured in a real browser on a portrait tablet (768 × 1024):
// every button, link and field is a 44 px tap target; no table hides rows in an inner scroll box;
// a pending badge does not push the capaian column off the card; and the first sign-in says when
// the device is ready to work offline, never "Belum ada Perjanjian Kinerja" while it downloads.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { logIn, useE2eSuite } from '../support/e2e-suite';

const suite = useE2eSuite();
const tablet = { width: 768, height: 1024 };

/** Visible controls smaller than 44 × 44 px (a control inside its label is measured by the label). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.$$eval('a[href], button, select, input:not([type=hidden]), textarea, summary', (elements) => elements
    .filter((e) => e.getClientRects().length > 0 && !e.closest('.visually-hidden, .skip-link') && getComputedStyle(e).visibility !== 'hidden')
    .map((e) => {
      const target = e.closest('label') ?? e;
      const box = target.getBoundingClientRect();
      const name = (e.getAttribute('aria-label') ?? e.textContent ?? e.tagName).trim().slice(0, 60);
      return { name, width: Math.round(box.width), height: Math.round(box.height) };
    })
    .filter((t) => t.width < 44 || t.height < 44)
    .map((t) => `${t.name}: ${t.width} × ${t.height} px`));
}

/** Tables whose box scrolls up and down: rows below its edge, with nothing on screen to say so. */
async function hiddenRows(page: Page): Promise<string[]> {
  return page.$$eval('.table-scroll', (regions) => regions
    .filter((r) => r.scrollHeight > r.clientHeight + 1)
    .map((r) => `${r.getAttribute('aria-label') ?? 'table'}: ${r.scrollHeight - r.clientHeight} px of rows hidden`));
}

async function settle(page: Page, path: string, ready: string): Promise<void> {
  await page.goto(suite.server.url + path);
  await page.locator(ready).first().waitFor({ timeout: 20_000 });
  await page.waitForTimeout(300); // lazy parts of the screen (PK actions, charts) arrive
}

async function measure(page: Page, screens: ReadonlyArray<[string, string]>): Promise<{ small: string[]; hidden: string[] }> {
  const small: string[] = [];
  const hidden: string[] = [];
  for (const [path, ready] of screens) {
    await settle(page, path, ready);
    small.push(...(await smallTargets(page)).map((s) => `${path} ${s}`));
    hidden.push(...(await hiddenRows(page)).map((s) => `${path} ${s}`));
  }
  return { small, hidden };
}

describe('tap targets and tables at 768 × 1024', () => {
  it('the head of an OPD: home, submission, conflicts, settings, password, a PK revision, its import and the comparison', async () => {
    const context = await suite.browser.newContext({ viewport: tablet });
    const page = await context.newPage();
    await logIn(page, suite.server.url, 'kadis.dishub');
    await page.getByText('Semua data tersinkron').first().waitFor({ timeout: 30_000 });
    const result = await measure(page, [
      ['/', '.program-table tfoot'],
      ['/submit', '.checklist'],
      ['/conflicts', 'h1'],
      ['/settings', '#install-title'],
      ['/password', 'form'],
    ]);
    // A revision: the editor, its import page and the comparison of the two versions.
    await settle(page, '/', '.pk-actions');
    await page.getByRole('button', { name: 'Buat PK perubahan' }).click();
    await page.getByRole('button', { name: 'Ya, buat PK perubahan' }).click();
    await page.locator('.programs-editor').waitFor({ timeout: 20_000 });
    const editor = new URL(page.url()).pathname;
    const revisionId = editor.split('/')[2] ?? '';
    // Every budget line's code shows whole in its box ("2.15.01.1.01.0…" was cut at 768 px).
    const cutCodes = await page.locator('.programs-editor .code-input').evaluateAll((inputs) =>
      inputs.filter((i) => i.scrollWidth > i.clientWidth).map((i) => (i as HTMLInputElement).value));
    expect(cutCodes).toEqual([]);
    const more = await measure(page, [[editor, '.programs-editor'], [`/agreements/${revisionId}/import`, '#pk-import-file']]);
    // Two changes, so the comparison has rows: a new sasaran and a renamed budget line.
    await settle(page, editor, '.programs-editor');
    await page.getByLabel('Nama sasaran baru').fill('Meningkatnya keselamatan penyeberangan');
    await page.getByRole('button', { name: 'Tambah sasaran' }).click();
    const firstLine = page.locator('.programs-editor textarea.name-input').first();
    await firstLine.fill('PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI (PERUBAHAN)');
    await firstLine.blur();
    await page.waitForTimeout(500);
    await settle(page, '/', '.pk-actions');
    await page.getByRole('link', { name: 'Bandingkan versi' }).click();
    await page.locator('.table-scroll').first().waitFor({ timeout: 20_000 });
    const compare = new URL(page.url()).pathname;
    const diff = await measure(page, [[compare, '.table-scroll']]);
    expect([...result.small, ...more.small, ...diff.small]).toEqual([]);
    expect([...result.hidden, ...more.hidden, ...diff.hidden]).toEqual([]);
    // The budget table's TOTAL is on the page, in view once scrolled to, not inside a box.
    await settle(page, '/', '.program-table tfoot');
    await page.locator('.program-table tfoot').scrollIntoViewIfNeeded();
    expect(await page.locator('.program-table tfoot').isVisible()).toBe(true);
    await context.close();
  });

  it('an evaluator: the units list, a unit, the dashboard, the review queue and the pohon kinerja', async () => {
    const context = await suite.browser.newContext({ viewport: tablet });
    const page = await context.newPage();
    await logIn(page, suite.server.url, 'evaluator.kaltim');
    await page.getByText('Semua data tersinkron').first().waitFor({ timeout: 30_000 });
    const dishub = suite.server.demo.orgUnits.find((u) => u.name === 'Dinas Perhubungan');
    const result = await measure(page, [
      ['/units', '.unit-list'],
      [`/units/${dishub?.id ?? ''}`, '.program-table tfoot'],
      ['/dashboard', '#cascade-risk-title'],
      ['/review', 'h1'],
      ['/cascade', '.cascade-tree'],
    ]);
    expect(result.small).toEqual([]);
    expect(result.hidden).toEqual([]);
    await context.close();
  });
});

describe('the PK table with entries waiting to sync', () => {
  it('keeps the capaian column on the card when quarter cells show "Menunggu sinkronisasi"', async () => {
    const context = await suite.browser.newContext({ viewport: tablet });
    const page = await context.newPage();
    await logIn(page, suite.server.url, 'operator.dishub');
    await page.getByText('Semua data tersinkron').first().waitFor({ timeout: 30_000 });
    await page.evaluate(() => navigator.serviceWorker.ready);
    await context.setOffline(true);
    for (const value of ['240.000', '88', '84']) {
      await page.locator('.pk-table .cell-action').filter({ hasText: '—' }).first().click();
      await page.getByLabel(/Realisasi/).first().fill(value);
      await page.getByRole('button', { name: 'Simpan' }).first().click();
      await page.waitForURL((url) => url.pathname === '/', { timeout: 10_000 }); // saved, back to the PK
      await page.locator('.pk-table').first().waitFor({ timeout: 20_000 });
    }
    expect(await page.locator('.pk-table .sync-badge--pending').count()).toBeGreaterThanOrEqual(3);
    const overflow = await page.$$eval('.pk-table', (tables) => tables.map((t) => {
      const region = t.closest('.table-scroll') as HTMLElement;
      return region.scrollWidth - region.clientWidth;
    }));
    expect(overflow.every((px) => px <= 0)).toBe(true);
    await context.close();
  });
});

describe('the first sign-in', () => {
  it('shows the download, never "no PK", then says when the device is ready to work without signal', async () => {
    const context = await suite.browser.newContext({ viewport: tablet });
    const page = await context.newPage();
    // Everything the page ever shows, recorded as it changes.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seenTexts: string[] }).seenTexts = seen;
      new MutationObserver(() => { seen.push(document.body?.innerText ?? ''); })
        .observe(document, { subtree: true, childList: true, characterData: true });
    });
    await logIn(page, suite.server.url, 'operator.seruyanhilir');
    await page.getByText('Siap dipakai tanpa internet').waitFor({ timeout: 30_000 });
    const seen = await page.evaluate(() => (window as unknown as { seenTexts: string[] }).seenTexts.join('\n'));
    expect(seen).not.toContain('Belum ada Perjanjian Kinerja');
    expect(await page.locator('.pk-table').count()).toBeGreaterThan(0);
    // Ready means ready: offline, a reload still opens the unit's PK.
    await page.getByRole('button', { name: 'Mengerti' }).click();
    await context.setOffline(true);
    await page.reload();
    await page.locator('.pk-table').first().waitFor({ timeout: 20_000 });
    expect(await page.getByText('Siap dipakai tanpa internet').count()).toBe(0);
    await context.close();
  });
});
