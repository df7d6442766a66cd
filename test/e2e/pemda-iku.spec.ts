// The pemda's plan and its own IKU figures in a real Chromium against the real server and
// production build (issue 19): Bappeda's planner adds a sasaran daerah and its IKU with a target per
// year to the RPJMD on a tablet; the planner (an evaluator given the planner right, not the admin) opens the
// governor's IKU figures from the pohon kinerja on a tablet and enters one's TW IV figure below target;
// the leader's tree then shows that IKU's own achievement beside its supporters' roll-up, flags it
// and its sasaran daerah, on the leader's own device. The planner's nav names the RPJMD, not "Admin".
import { describe, expect, it } from 'vitest';
import { signInSynced, useE2eSuite } from '../support/e2e-suite';
import { pulledRows } from '../support/e2e-api';

const suite = useE2eSuite();
const iku = 'Angka Usia Harapan Hidup';
const sasaran = 'Meningkatnya kualitas sumber daya manusia yang sehat dan berdaya saing';

describe("the pemda's plan, kept by Bappeda's planner", () => {
  it('takes a new sasaran daerah and its IKU with a target per year and a target akhir, saved to the server', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 768, height: 1024 } });
    const page = await context.newPage();
    await signInSynced(page, suite.server.url, 'perencana.kaltim');
    await page.getByRole('navigation').getByRole('link', { name: 'RPJMD' }).click();
    const form = page.getByRole('form', { name: /^Rencana \d{4}–\d{4}$/ });
    await form.waitFor({ timeout: 20_000 });
    const [start = 0, end = 0] = ((await form.getAttribute('aria-label')) ?? '').match(/\d{4}/g)?.map(Number) ?? [];
    await form.getByRole('button', { name: 'Tambah sasaran daerah ke tujuan 1.1' }).click();
    const sasaranBoxes = form.getByRole('textbox', { name: /^Teks sasaran daerah 1\.1\.\d+$/ });
    // The new one is numbered after the sasaran the tujuan already holds.
    const number = `1.1.${await sasaranBoxes.count()}`;
    await form.getByRole('textbox', { name: `Teks sasaran daerah ${number}` }).fill('Menurunnya angka stunting balita');
    await form.getByRole('button', { name: `Tambah IKU ke sasaran daerah ${number}` }).click();
    await form.getByRole('textbox', { name: `Nama IKU ${number}.1` }).fill('Prevalensi stunting balita');
    await form.getByRole('textbox', { name: `Satuan IKU ${number}.1` }).fill('%');
    await form.getByRole('combobox', { name: `Polaritas IKU ${number}.1` }).selectOption({ label: 'Turun: semakin rendah semakin baik' });
    for (let year = start; year <= end; year += 1) {
      await form.getByRole('textbox', { name: `Target ${year} — Prevalensi stunting balita` }).fill(String(20 - (year - start)).replace('.', ','));
    }
    await form.getByRole('textbox', { name: 'Target akhir periode — Prevalensi stunting balita' }).fill('15,5');
    // Simpan stays in view at the foot of the screen while the planner works high up in a long plan.
    const save = form.getByRole('button', { name: 'Simpan' });
    const box = await save.boundingBox();
    const formHeight = (await form.boundingBox())?.height ?? 0;
    expect(formHeight).toBeGreaterThan(2 * 1024);
    expect(box && box.y >= 0 && box.y + box.height <= 1024).toBe(true);
    await save.click();
    await form.getByText(`Rencana ${start}–${end} disimpan.`).waitFor({ timeout: 20_000 });

    const plans = await pulledRows(suite.server.url, 'admin.kaltim', 'rpjmdPlan');
    const sasaran = plans.flatMap((p) => (p.sasaran as Array<{ text: string; iku: Array<Record<string, unknown>> }>));
    const saved = sasaran.find((s) => s.text === 'Menurunnya angka stunting balita');
    expect(saved?.iku).toMatchObject([{ name: 'Prevalensi stunting balita', satuan: '%', polarity: 'lower', endTarget: 15.5 }]);
    expect((saved?.iku[0]?.targets as Array<{ year: number; value: number }>).map((t) => t.value)).toEqual([20, 19, 18, 17, 16].slice(0, end - start + 1));
    await context.close();
  });
});

describe("the pemda's IKU figures", () => {
  it('are entered by the planner on the pemda PK and reach the server', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 768, height: 1024 } });
    const page = await context.newPage();
    await signInSynced(page, suite.server.url, 'perencana.kaltim');
    const nav = page.getByRole('navigation');
    expect(await nav.getByRole('link', { name: 'RPJMD' }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: 'Admin' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Pohon kinerja' }).click();
    await page.getByRole('link', { name: /^Realisasi IKU kepala daerah/ }).click({ timeout: 20_000 });
    const entry = page.getByRole('link', { name: new RegExp(`^Isi realisasi TW IV: ${iku}`) });
    await entry.waitFor({ timeout: 20_000 });
    // The planner enters figures here: the page must not call itself read-only (it did).
    expect(await page.getByText('Tampilan baca saja').count()).toBe(0);
    await entry.click();
    await page.getByLabel(/^Realisasi \(tahun\)/).fill('40');
    await page.getByRole('button', { name: 'Simpan' }).click();
    // The header may still say "Semua data tersinkron" from before the save: ask the server.
    const indicators = await pulledRows(suite.server.url, 'admin.kaltim', 'indicator');
    const target = indicators.find((r) => r.name === iku);
    const storedValues = async () => (await pulledRows(suite.server.url, 'admin.kaltim', 'realisation'))
      .filter((r) => r.indicatorId === target?.id && r.quarter === 4).map((r) => r.value);
    await expect.poll(storedValues, { timeout: 30_000 }).toEqual([40]);
    expect(await page.getByText('Ditolak server').count()).toBe(0);
    await context.close();
  });

  it("show on the leader's tree as the IKU's own achievement, and flag it and its sasaran", async () => {
    const context = await suite.browser.newContext({ viewport: { width: 768, height: 1024 } });
    const page = await context.newPage();
    await signInSynced(page, suite.server.url, 'pimpinan.kaltim');
    await page.getByRole('link', { name: 'Pohon kinerja' }).click();
    // For the leader the pemda's PK is read-only, and says so.
    await page.getByRole('link', { name: /^Realisasi IKU kepala daerah/ }).click({ timeout: 20_000 });
    await page.getByText('Tampilan baca saja').waitFor({ timeout: 20_000 });
    await page.getByRole('link', { name: 'Kembali ke pohon kinerja' }).click();
    const tree = page.getByRole('list', { name: /Pohon kinerja/ });
    await tree.waitFor({ timeout: 20_000 });
    await page.getByLabel('Capaian sampai dengan').selectOption({ label: 'TW IV' });
    const row = (text: string) => tree.locator('.cascade-node').filter({ hasText: text }).first();
    // 40 of 74,8 years: 53,48 %, its own figure, apart from what its supporters report.
    await expect.poll(() => row(iku).textContent(), { timeout: 20_000 }).toMatch(/Capaian sendiri: 53,48/);
    expect(await row(iku).textContent()).toMatch(/Berisiko/);
    expect(await row(sasaran).textContent()).toMatch(/Berisiko/);
    await context.close();
  });
});
