// Bukti dukung in a real Chromium: a large photo attached offline is resized on the device
// (long edge ≤ 1600 px, ≤ ~300 kB JPEG), shows as a thumbnail offline, uploads on reconnect, and
// the evaluator can open it; another OPD cannot.
import { describe, expect, it } from 'vitest';
import { type BrowserContext, type Page } from 'playwright-core';
import { demoIndicatorName, useE2eSuite, signInSynced } from '../support/e2e-suite';
import { attachmentPath } from '../../src/api/routes';
import { periodOf, quarterRoman } from '../../src/domain/period';
import { apiAs, pulledRows } from '../support/e2e-api';

const suite = useE2eSuite();

const indicatorName = demoIndicatorName;



describe('a photo taken offline', () => {
  let context: BrowserContext;
  let page: Page;
  const q = quarterRoman[periodOf(new Date(), 'Asia/Makassar').quarter];

  it('is resized on the device, stored with its row, and shown offline', async () => {
    context = await suite.browser.newContext({ viewport: { width: 768, height: 1024 } });
    page = await context.newPage();
    await signInSynced(page, suite.server.url, 'operator.dishub', { offlineReady: true });
    await context.setOffline(true);
    await page.getByRole('link', { name: new RegExp(`^Isi realisasi TW ${q}: ${indicatorName}`) }).click();
    await page.getByLabel(/^Realisasi \(orang\)/).fill('1.000');
    await page.getByRole('button', { name: 'Simpan' }).click();
    // Saving returns to the previous screen; come back to the entry to attach evidence.
    await page.getByRole('link', { name: new RegExp(`^(Isi|Ubah) realisasi TW ${q}: ${indicatorName}`) }).click({ timeout: 20_000 });
    await page.getByLabel('Keterangan foto/berkas').fill('Dermaga penyeberangan');

    // A 4000×3000 noisy "camera photo" made in the page (several MB as PNG), handed to "Tambah foto".
    await page.evaluate(async () => {
      const canvas = new OffscreenCanvas(4000, 3000);
      const context2d = canvas.getContext('2d');
      if (!context2d) throw new Error('no canvas');
      const image = context2d.createImageData(4000, 3000);
      // Smooth gradients with sensor-like noise: roughly what a camera delivers.
      for (let i = 0; i < image.data.length; i += 4) {
        const x = (i / 4) % 4000;
        const y = Math.floor(i / 4 / 4000);
        const noise = Math.random() * 16 - 8;
        image.data[i] = (x / 16 + noise) & 255;
        image.data[i + 1] = (y / 12 + 40 * Math.sin(x / 90) + noise) & 255;
        image.data[i + 2] = (128 + 60 * Math.cos((x + y) / 200) + noise) & 255;
        image.data[i + 3] = 255;
      }
      context2d.putImageData(image, 0, 0);
      const blob = await canvas.convertToBlob({ type: 'image/png' });
      const file = new File([blob], 'IMG_0001.png', { type: 'image/png', lastModified: Date.UTC(2026, 1, 2, 3) });
      const input = [...document.querySelectorAll<HTMLInputElement>('input[type=file]')].find((i) => i.getAttribute('capture') === 'environment');
      if (!input) throw new Error('no camera input');
      const transfer = new DataTransfer();
      transfer.items.add(file);
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const thumb = page.locator('img.evidence__thumb');
    await expect.poll(() => thumb.count(), { timeout: 30_000 }).toBe(1);
    const shown = await thumb.evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      return { width: img.naturalWidth, height: img.naturalHeight };
    });
    // Long edge at most 1600 px, 4:3 kept (smaller only if even the lowest quality was too big).
    expect(Math.max(shown.width, shown.height)).toBeLessThanOrEqual(1600);
    expect(shown.width).toBeGreaterThanOrEqual(800);
    expect(shown.width * 3).toBe(shown.height * 4);
    expect(await pulledRows(suite.server.url, 'evaluator.kaltim', 'evidence')).toEqual([]);

    await page.reload();
    await expect.poll(() => page.locator('img.evidence__thumb').count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.getByText('Menunggu dikirim').count()).toBeGreaterThan(0);
  });

  it('uploads on reconnect; the evaluator can open it, another OPD cannot', async () => {
    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(() => page.getByText('Semua data tersinkron').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const rows = await pulledRows(suite.server.url, 'evaluator.kaltim', 'evidence');
    expect(rows).toHaveLength(1);
    const row = rows[0] ?? {};
    expect(row).toMatchObject({ caption: 'Dermaga penyeberangan', mimeType: 'image/jpeg', fileName: 'IMG_0001.jpg', takenAt: '2026-02-02T03:00:00.000Z' });
    // Compressed on the device: a noisy 4000×3000 photo ends up at about 300 kB or less.
    expect(Number(row.size)).toBeLessThanOrEqual(300 * 1024);
    const sha = String(row.sha256);
    const evaluator = await apiAs(suite.server.url, 'evaluator.kaltim');
    const file = await evaluator.get(attachmentPath(sha));
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('image/jpeg');
    expect((await file.body()).length).toBe(row.size);
    await evaluator.dispose();
    const otherOpd = await apiAs(suite.server.url, 'operator.dinkes');
    expect((await otherOpd.get(attachmentPath(sha))).status()).toBe(404);
    await otherOpd.dispose();
    await context.close();
  });
});
