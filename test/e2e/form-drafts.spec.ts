// Forms never lose typed text, in a real Chromium against the real server and production build:
// text typed into a new realisation offline is there after an offline reload (the browser asked
// first), tapping "Beranda" asks before leaving, and a photo attached before the entry's first save
// reaches the server with the entry.
import { describe, expect, it } from 'vitest';
import { type BrowserContext, type Dialog, type Page } from 'playwright-core';
import { demoIndicatorName, useE2eSuite, demoIndicatorOf, signInSynced } from '../support/e2e-suite';
import { attachmentPath } from '../../src/api/routes';
import { periodOf, quarterRoman } from '../../src/domain/period';
import { apiAs, pulledRows } from '../support/e2e-api';

const suite = useE2eSuite();
const drivers = 'Kapal tambahan beroperasi sejak Oktober.';

/** Every form draft on the device: the drafts database read as the app wrote it (db/form-drafts.ts). */
function deviceDrafts(page: Page): Promise<{ key: string; values: unknown }[]> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith('pantau-kinerja-drafts-'));
    const drafts: { key: string; values: unknown }[] = [];
    for (const name of names) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const rows = await new Promise<{ key: string; values: unknown }[]>((resolve) => {
        const all = db.transaction('drafts').objectStore('drafts').getAll();
        all.onsuccess = () => resolve(all.result as { key: string; values: unknown }[]);
        all.onerror = () => resolve([]);
      });
      db.close();
      drafts.push(...rows);
    }
    return drafts;
  });
}

describe('a realisation form offline', () => {
  let context: BrowserContext;
  let page: Page;
  const { quarter } = periodOf(new Date(), 'Asia/Makassar');
  const q = quarterRoman[quarter];
  const indicator = () => demoIndicatorOf(suite);
  const drivingField = () => page.getByLabel('Faktor pendorong');

  it('keeps what is typed across an offline reload, after the browser asked first', async () => {
    context = await suite.browser.newContext({ viewport: { width: 768, height: 1024 } });
    page = await context.newPage();
    await signInSynced(page, suite.server.url, 'operator.dishub', { offlineReady: true });
    await context.setOffline(true);
    await page.getByRole('link', { name: new RegExp(`^Isi sekarang TW ${q}: ${demoIndicatorName}`) }).click();
    // Typed with real key presses (a user gesture, without which Chromium skips beforeunload).
    await page.getByLabel(/^Realisasi \(orang\)/).click();
    await page.keyboard.type('12.500');
    await drivingField().click();
    await page.keyboard.type(drivers);
    const lastKey = Date.now();
    // The draft is on the device within a second of the last key (use-form-draft.ts: 0.5 s).
    const key = `realisation:${indicator().id}:${quarter}`;
    await expect.poll(async () => {
      const draft = (await deviceDrafts(page)).find((d) => d.key === key);
      return draft ? (draft.values as { drivers: string }).drivers : null;
    }, { timeout: 1000, interval: 50 }).toBe(drivers);
    const savedWithin = Date.now() - lastKey;
    expect(savedWithin).toBeLessThan(1500); // 1 s plus the poll's own round trips on a busy machine

    const dialogs: string[] = [];
    const accept = (dialog: Dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    };
    page.on('dialog', accept);
    await page.reload();
    page.off('dialog', accept);
    expect(dialogs).toEqual(['beforeunload']);

    await expect.poll(() => drivingField().inputValue(), { timeout: 20_000 }).toBe(drivers);
    expect(await page.getByLabel(/^Realisasi \(orang\)/).inputValue()).toBe('12.500');
    expect(await page.getByText(/Isian yang belum disimpan \(.+\) dipulihkan dari perangkat ini/).count()).toBe(1);
  });

  it('asks before "Beranda" leaves the changed form', async () => {
    // As a reader would: the restored notice first (the guard loads with the form; a tap in its
    // first ~100 ms is not held yet, noted on issue 14).
    await page.getByText(/dipulihkan dari perangkat ini/).waitFor();
    await page.waitForTimeout(500);
    const here = page.url();
    await page.getByRole('link', { name: 'Beranda' }).click();
    const prompt = page.getByRole('alertdialog', { name: 'Tinggalkan formulir?' });
    await expect.poll(() => prompt.count()).toBe(1);
    expect(page.url()).toBe(here);
    await prompt.getByRole('button', { name: 'Tetap di sini' }).click();
    expect(await prompt.count()).toBe(0);
    expect(await drivingField().inputValue()).toBe(drivers);
  });

  it('takes a photo before the first save and syncs it with the entry', async () => {
    await page.getByLabel('Keterangan foto/berkas').fill('Antrean di dermaga');
    await page.evaluate(async () => {
      const canvas = new OffscreenCanvas(640, 480);
      const context2d = canvas.getContext('2d');
      if (!context2d) throw new Error('no canvas');
      context2d.fillStyle = '#2a6';
      context2d.fillRect(0, 0, 640, 480);
      context2d.fillStyle = '#fff';
      context2d.fillRect(100, 100, 200, 120);
      const blob = await canvas.convertToBlob({ type: 'image/png' });
      const file = new File([blob], 'dermaga.png', { type: 'image/png' });
      const input = [...document.querySelectorAll<HTMLInputElement>('input[type=file]')].find((i) => i.getAttribute('capture') === 'environment');
      if (!input) throw new Error('no camera input: evidence still needs a first save');
      const transfer = new DataTransfer();
      transfer.items.add(file);
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect.poll(() => page.getByText('Dilampirkan saat disimpan').count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.locator('img.evidence__thumb').count()).toBe(1);

    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByText('12.500').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await page.getByRole('alertdialog').count()).toBe(0); // a saved form leaves without asking

    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(() => page.getByText('Semua data tersinkron').count(), { timeout: 30_000 }).toBeGreaterThan(0);

    const entries = (await pulledRows(suite.server.url, 'evaluator.kaltim', 'realisation')).filter((r) => r.indicatorId === indicator().id && r.quarter === quarter);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ value: 12_500, drivers });
    const evidence = await pulledRows(suite.server.url, 'evaluator.kaltim', 'evidence');
    expect(evidence).toHaveLength(1);
    expect(evidence[0]).toMatchObject({ realisationId: entries[0]?.id, caption: 'Antrean di dermaga', mimeType: 'image/jpeg', fileName: 'dermaga.jpg' });
    const evaluator = await apiAs(suite.server.url, 'evaluator.kaltim');
    const file = await evaluator.get(attachmentPath(String(evidence[0]?.sha256)));
    expect(file.status()).toBe(200);
    await evaluator.dispose();
    await context.close();
  });
});

/** Whether any form draft on the device holds `text`. */
const draftsHold = async (page: Page, text: string): Promise<boolean> =>
  (await deviceDrafts(page)).some((draft) => JSON.stringify(draft).includes(text));

describe('a form opened from the PK table', () => {
  it('asks before "Beranda" leaves it, before and after a reload restored the draft', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 768, height: 1024 } });
    const page = await context.newPage();
    await signInSynced(page, suite.server.url, 'operator.dishub');
    const { quarter } = periodOf(new Date(), 'Asia/Makassar');
    await page.getByRole('link', { name: new RegExp(`^Isi realisasi TW ${quarterRoman[quarter]}: `) }).first().click();
    const field = page.getByLabel('Faktor pendorong');
    await field.fill('');
    await field.click();
    await page.keyboard.type('Ditulis dari tabel PK.');
    const prompt = page.getByRole('alertdialog', { name: 'Tinggalkan formulir?' });
    // The draft is written 0.5 s after the last key; on a busy machine the write can still be on its
    // way when the reload below comes, so wait until it is on the device, as a person's pause would.
    await expect.poll(() => draftsHold(page, 'Ditulis dari tabel PK.'), { timeout: 10_000 }).toBe(true);
    for (const reload of [false, true]) {
      if (reload) {
        page.once('dialog', (dialog) => void dialog.accept());
        await page.reload();
        await expect.poll(() => field.inputValue(), { timeout: 20_000 }).toBe('Ditulis dari tabel PK.');
        // A person reads the restored notice before tapping on: the guard loads with the form, and a
        // tap in its first ~100 ms is not held yet (noted on issue 14).
        await page.getByText(/dipulihkan dari perangkat ini/).waitFor();
        await page.waitForTimeout(500);
      }
      const here = page.url();
      await page.getByRole('link', { name: 'Beranda' }).click();
      await expect.poll(() => prompt.count()).toBe(1);
      expect(page.url()).toBe(here);
      await prompt.getByRole('button', { name: 'Tetap di sini' }).click();
      expect(await field.inputValue()).toBe('Ditulis dari tabel PK.');
    }
    await context.close();
  });
});
