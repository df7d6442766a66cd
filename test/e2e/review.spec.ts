// The evaluator works through the review queue in Chromium against the real server (issue 15):
// two units submit this quarter (through the API, as their devices would), the menu counts the
// waiting entries, the evaluator filters to one unit's quarter, verifies all of it after a
// confirmation that says how many, undoes one decision in "Sudah diputuskan", and the server ends
// with exactly that. The screen is looked at on a laptop, a tablet and a phone.
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useE2eSuite, signInSynced } from '../support/e2e-suite';
import { pushAs as pushAsUser } from '../support/e2e-api';
import { periodOf, quarterRoman } from '../../src/domain/period';
import type { RealisationStatus } from '../../src/domain/realisation';
import { axeViolations } from '../support/axe';

const suite = useE2eSuite();
const contexts: BrowserContext[] = [];
afterAll(async () => { for (const context of contexts) await context.close(); });

const { quarter, year } = periodOf(new Date(), 'Asia/Makassar'); // the demo tenant, Kalimantan Timur (WITA)
const q = quarterRoman[quarter];

function indicatorsOf(unitName: string) {
  const unit = suite.server.demo.orgUnits.find((u) => u.name === unitName);
  return suite.server.demo.indicators.filter((i) => i.orgUnitId === unit?.id).sort((a, b) => a.order - b.order);
}

const serverStatus = async (indicatorId: string): Promise<RealisationStatus | null> =>
  (await suite.server.store.findRealisationByKey(indicatorId, quarter))?.status ?? null;

const pushAs = (username: string, mutations: Parameters<typeof pushAsUser>[2]) => pushAsUser(suite.server.url, username, mutations);

/** A value the indicator accepts: achieved (text), a level of its scale, or a count. */
const valueFor = (indicator: ReturnType<typeof indicatorsOf>[number]): number =>
  indicator.targetType === 'text' ? 1 : indicator.targetType === 'scale' ? (indicator.scaleLevels.at(-1)?.score ?? 1) : 1;

/** The unit's operator fills this quarter and its head submits it. */
async function submitQuarter(unit: string, unitName: string): Promise<void> {
  const indicators = indicatorsOf(unitName);
  const created = await pushAs(`operator.${unit}`, indicators.map((indicator) => ({
    recordId: crypto.randomUUID(),
    fields: { indicatorId: indicator.id, quarter, value: valueFor(indicator), drivers: 'Koordinasi berjalan baik.' },
    baseRev: null,
  })));
  expect(created.map((r) => r.status)).toEqual(indicators.map(() => 'applied'));
  const submitted = await pushAs(`kadis.${unit}`, created.map((r) => ({ recordId: r.recordId, fields: { status: 'submitted' }, baseRev: r.rev })));
  expect(submitted.map((r) => r.status)).toEqual(indicators.map(() => 'applied'));
}

async function syncNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sinkronkan sekarang' }).click();
  await expect.poll(() => page.getByText('Semua data tersinkron').count(), { timeout: 30_000 }).toBeGreaterThan(0);
}


const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe('the evaluator works through the queue', () => {
  let evaluator: Page;
  const dishub = () => indicatorsOf('Dinas Perhubungan');
  const dinkes = () => indicatorsOf('Dinas Kesehatan');

  it('sees the waiting count on the menu and filters to one unit’s quarter', async () => {
    await submitQuarter('dishub', 'Dinas Perhubungan');
    await submitQuarter('dinkes', 'Dinas Kesehatan');
    const waiting = dishub().length + dinkes().length;

    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    contexts.push(context);
    evaluator = await context.newPage();
    await signInSynced(evaluator, suite.server.url, 'evaluator.kaltim');
    const menu = evaluator.getByRole('link', { name: /^Verifikasi/ });
    await expect.poll(() => menu.locator('.count-badge').textContent(), { timeout: 10_000 }).toBe(String(waiting));

    await menu.click();
    await evaluator.getByRole('heading', { name: `Dinas Perhubungan — TW ${q} ${year}` }).waitFor({ timeout: 20_000 });
    expect(await evaluator.getByRole('heading', { name: `Dinas Kesehatan — TW ${q} ${year}` }).count()).toBe(1);
    await evaluator.getByLabel('Unit kerja').selectOption({ label: 'Dinas Perhubungan' });
    await evaluator.getByLabel('Triwulan', { exact: true }).selectOption({ label: `TW ${q} ${year}` });
    // The filter re-renders the queue; on a busy machine that takes a moment.
    // (expect.poll gives up after 1 s by default: the full browser run saw the filtered queue come later.)
    await expect.poll(() => evaluator.getByRole('heading', { name: `Dinas Kesehatan — TW ${q} ${year}` }).count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => evaluator.getByRole('article').count(), { timeout: 15_000 }).toBe(dishub().length);
    await expect.poll(() => evaluator.getByRole('link', { name: `Menunggu (${dishub().length})` }).count(), { timeout: 15_000 }).toBe(1);
  });

  it('verifies all of that quarter after confirming how many, and the server has them', async () => {
    const count = dishub().length;
    await evaluator.getByRole('button', { name: `Verifikasi semua ${count} isian Dinas Perhubungan TW ${q} ${year}` }).click();
    const dialog = evaluator.getByRole('alertdialog');
    expect(await dialog.textContent()).toContain(`${count} isian akan diverifikasi sekaligus`);
    await dialog.getByRole('button', { name: `Ya, verifikasi ${count} isian` }).click();
    await expect.poll(() => evaluator.getByText(`${count} isian Dinas Perhubungan TW ${q} ${year} diverifikasi.`).count()).toBe(1);
    await syncNow(evaluator);
    await expect.poll(async () => (await Promise.all(dishub().map((i) => serverStatus(i.id)))).every((s) => s === 'verified'), { timeout: 15_000 }).toBe(true);
    // The other unit is untouched and still counted on the menu.
    expect(await Promise.all(dinkes().map((i) => serverStatus(i.id)))).toEqual(dinkes().map(() => 'submitted'));
    await expect.poll(() => evaluator.getByRole('link', { name: /^Verifikasi/ }).locator('.count-badge').textContent()).toBe(String(dinkes().length));
  });

  it('undoes one decision in "Sudah diputuskan" and the entry waits again, on the server too', async () => {
    const [first] = dishub();
    if (!first) throw new Error('demo indicators missing');
    await evaluator.getByRole('link', { name: `Sudah diputuskan (${dishub().length})` }).click();
    const card = evaluator.getByRole('article', { name: first.name });
    await expect.poll(() => card.getByText('Terverifikasi').count()).toBeGreaterThan(0);
    await card.getByRole('button', { name: `Batalkan keputusan: ${first.name}` }).click();
    await expect.poll(() => evaluator.getByRole('article', { name: first.name }).count()).toBe(0);
    await syncNow(evaluator);
    await expect.poll(() => serverStatus(first.id), { timeout: 15_000 }).toBe('submitted');
    const others = await Promise.all(dishub().slice(1).map((i) => serverStatus(i.id)));
    expect(others.every((s) => s === 'verified')).toBe(true);
    await evaluator.getByRole('link', { name: 'Menunggu (1)' }).click();
    // The waiting view renders after the click: wait for it, as a user would.
    await expect.poll(() => evaluator.getByRole('article', { name: first.name }).count()).toBe(1);
  });

  it('reads on a laptop, a tablet and a phone without sideways scrolling, axe-clean, both views', async () => {
    await evaluator.getByRole('button', { name: 'Tampilkan semua' }).click();
    const found: string[] = [];
    for (const view of ['Menunggu', 'Sudah diputuskan'] as const) {
      await evaluator.getByRole('link', { name: new RegExp(`^${view} \\(`) }).click();
      for (const [name, width, height] of [['1280x800', 1280, 800], ['768x1024', 768, 1024], ['412x915', 412, 915]] as const) {
        await evaluator.setViewportSize({ width, height });
        await evaluator.getByRole('heading', { name: 'Verifikasi realisasi' }).waitFor();
        await evaluator.getByRole('article').first().waitFor();
        expect(await noSidewaysScroll(evaluator), `${view} at ${name}`).toBe(true);
        const slug = view === 'Menunggu' ? 'waiting' : 'decided';
        await evaluator.screenshot({ path: `/tmp/review-${slug}-${name}.png`, fullPage: true });
        if (name !== '768x1024') found.push(...(await axeViolations(evaluator)).map((v) => `${view} at ${name}: ${v}`));
      }
    }
    expect(found).toEqual([]);
  });
});
