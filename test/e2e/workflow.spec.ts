// The quarterly workflow in Chromium, device to device through the real server: the operator enters
// the quarter offline, the head submits it, the evaluator returns one entry with a note and
// verifies the rest, the operator sees it first on home, the head cannot send it back unchanged
// without a reply, the operator sees the note and fixes the entry, the head resubmits, the
// evaluator verifies it and reads its history; the leader's dashboard then shows the unit's new
// average (as the domain computes it from the server's rows) and the early-warning list, with charts.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll } from 'vitest';
import { useE2eSuite, signInSynced } from '../support/e2e-suite';
import { periodOf, quarterRoman } from '../../src/domain/period';
import { formatPercent } from '../../src/domain/number-format';
import { quarterValuesOf } from '../../src/domain/quarter-values';
import { scoreUnit } from '../../src/domain/unit-score';
import type { Realisation } from '../../src/domain/realisation';
import { readFile } from 'node:fs/promises';
import { pdfText } from '../client/documents/support';

const suite = useE2eSuite();
const contexts: BrowserContext[] = [];
afterAll(async () => { for (const context of contexts) await context.close(); });

const { quarter, year } = periodOf(new Date(), 'Asia/Makassar');
const q = quarterRoman[quarter];
const returnNote = 'Lampirkan manifes penumpang dari ASDP.';

async function openDevice(username: string): Promise<Page> {
  const context = await suite.browser.newContext({ viewport: { width: 768, height: 1024 } });
  contexts.push(context);
  const page = await context.newPage();
  await signInSynced(page, suite.server.url, username);
  return page;
}

async function syncNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sinkronkan sekarang' }).click();
  await expect.poll(() => page.getByText('Semua data tersinkron').count(), { timeout: 30_000 }).toBeGreaterThan(0);
}

function dishubIndicators() {
  const unit = suite.server.demo.orgUnits.find((u) => u.name === 'Dinas Perhubungan');
  return suite.server.demo.indicators.filter((i) => i.orgUnitId === unit?.id).sort((a, b) => a.order - b.order);
}

describe('submit, return, fix, verify', () => {
  let operator: Page;
  let head: Page;
  let evaluator: Page;

  it('the operator enters the whole quarter offline and it syncs', async () => {
    operator = await openDevice('operator.dishub');
    await operator.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await operator.context().setOffline(true);
    for (const [index, indicator] of dishubIndicators().entries()) {
      await operator.getByRole('link', { name: `Isi realisasi TW ${q}: ${indicator.name}` }).click();
      await operator.getByLabel(/^Realisasi/).fill(String(70 + index));
      await operator.getByLabel('Faktor pendorong').fill('Koordinasi dengan UPTD berjalan baik.');
      await operator.getByRole('button', { name: 'Simpan' }).click();
      await operator.getByRole('heading', { name: /Perjanjian Kinerja Tahun/ }).waitFor();
    }
    await expect.poll(() => operator.getByText(`${dishubIndicators().length} menunggu sinkronisasi`).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await operator.context().setOffline(false);
    await operator.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(() => operator.getByText('Semua data tersinkron').count(), { timeout: 30_000 }).toBeGreaterThan(0);
  });

  it('the head sees a complete checklist and submits the quarter', async () => {
    head = await openDevice('kadis.dishub');
    await head.getByRole('link', { name: 'Ajukan' }).click();
    // The page opens on the earliest quarter with entries left to submit: this test is about this quarter.
    await head.getByLabel('Triwulan', { exact: true }).selectOption(String(quarter));
    const count = dishubIndicators().length;
    await expect.poll(() => head.getByText(`${count} isian siap diajukan; 0 indikator belum diisi.`).count(), { timeout: 10_000 }).toBe(1);
    await head.getByRole('button', { name: `Ajukan ${count} isian TW ${q}` }).click();
    await head.getByRole('button', { name: 'Ya, ajukan' }).click();
    await expect.poll(() => head.getByText(`${count} isian TW ${q} diajukan.`, { exact: false }).count()).toBe(1);
    await syncNow(head);
  });

  it('the evaluator returns one entry with a note and verifies the others', async () => {
    evaluator = await openDevice('evaluator.kaltim');
    await evaluator.getByRole('link', { name: 'Verifikasi' }).click();
    await evaluator.getByRole('heading', { name: `Dinas Perhubungan — TW ${q} ${year}` }).waitFor({ timeout: 20_000 });
    const [first, ...rest] = dishubIndicators();
    if (!first) throw new Error('demo indicators missing');
    const card = evaluator.getByRole('article', { name: first.name });
    await card.getByRole('button', { name: `Kembalikan: ${first.name}` }).click();
    await expect.poll(() => card.getByText('Tulis catatan: mengapa isian dikembalikan.').count()).toBe(1);
    await card.getByLabel(/Catatan verifikator/).fill(returnNote);
    await card.getByRole('button', { name: `Kembalikan: ${first.name}` }).click();
    for (const indicator of rest) await evaluator.getByRole('button', { name: `Verifikasi: ${indicator.name}` }).click();
    await expect.poll(() => evaluator.getByText('Tidak ada isian yang menunggu verifikasi.').count(), { timeout: 10_000 }).toBe(1);
    await syncNow(evaluator);
  });

  it('the operator sees the returned entry first on home; the head cannot send it back unchanged', async () => {
    const [first] = dishubIndicators();
    if (!first) throw new Error('demo indicators missing');
    await syncNow(operator);
    const todo = operator.getByRole('region', { name: 'Yang perlu dikerjakan sekarang' });
    await expect.poll(() => todo.getByRole('heading', { level: 3 }).first().textContent(), { timeout: 10_000 }).toBe('1 isian dikembalikan verifikator');
    expect(await todo.getByText(`Catatan verifikator: ${returnNote}`).count()).toBe(1);
    await expect.poll(() => todo.locator('.status-mark--returned').count(), { timeout: 10_000 }).toBe(1); // the mark loads on demand

    await syncNow(head);
    await head.getByRole('link', { name: 'Ajukan' }).click();
    await head.getByLabel('Triwulan', { exact: true }).selectOption(String(quarter));
    const item = head.getByRole('listitem').filter({ hasText: first.name });
    await expect.poll(() => item.getByText(/Dikembalikan verifikator, belum diubah/).count(), { timeout: 10_000 }).toBe(1);
    expect(await item.getByText('Siap diajukan', { exact: true }).count()).toBe(0);
    expect(await item.getByText(`Catatan verifikator: ${returnNote}`).count()).toBe(1);
    expect(await head.getByText('0 isian siap diajukan; 0 indikator belum diisi.').count()).toBe(1);
    expect(await head.getByRole('button', { name: `Ajukan 0 isian TW ${q}` }).isDisabled()).toBe(true);
    // "Keep unchanged" asks for the reply before anything is sent.
    await item.getByRole('button', { name: new RegExp(`^Tetap tanpa perubahan, dengan balasan: TW ${q}`) }).click();
    await head.getByRole('button', { name: 'Ajukan lagi dengan balasan' }).click();
    expect(await head.getByText('Tulis balasan: mengapa isian tetap seperti ini.').count()).toBe(1);
    expect(await head.getByRole('alertdialog').count()).toBe(0);
    await head.getByRole('button', { name: 'Batal' }).click();
  });

  it('the operator sees the note, fixes the entry, and the head resubmits it', async () => {
    const [first] = dishubIndicators();
    if (!first) throw new Error('demo indicators missing');
    await syncNow(operator);
    await operator.getByRole('link', { name: new RegExp(`^Ubah realisasi TW ${q}: ${first.name}`) }).click();
    await expect.poll(() => operator.getByText(`Catatan verifikator: ${returnNote}`).count(), { timeout: 10_000 }).toBe(1);
    // The status mark may render a moment after the note (CI's run read it too early once).
    await expect.poll(() => operator.locator('.realisation__status .status-mark--returned').count(), { timeout: 10_000 }).toBe(1);
    await operator.getByLabel(/^Realisasi/).fill('75');
    await operator.getByLabel('Rencana tindak lanjut').fill('Manifes dilampirkan.');
    await operator.getByRole('button', { name: 'Simpan' }).click();
    await operator.getByRole('heading', { name: /Perjanjian Kinerja Tahun/ }).waitFor();
    await syncNow(operator);

    await syncNow(head);
    await head.getByRole('link', { name: 'Ajukan' }).click();
    // The page opens on the earliest quarter with entries left to submit: this test is about this quarter.
    await head.getByLabel('Triwulan', { exact: true }).selectOption(String(quarter));
    await expect.poll(() => head.getByText('1 isian siap diajukan; 0 indikator belum diisi.').count(), { timeout: 10_000 }).toBe(1);
    await head.getByRole('button', { name: `Ajukan 1 isian TW ${q}` }).click();
    await head.getByRole('button', { name: 'Ya, ajukan' }).click();
    await syncNow(head);
  });

  it('the evaluator verifies the fixed entry and reads its history', async () => {
    const [first] = dishubIndicators();
    if (!first) throw new Error('demo indicators missing');
    await syncNow(evaluator);
    await expect.poll(() => evaluator.getByText('1 isian menunggu verifikasi.').count(), { timeout: 10_000 }).toBe(1);
    const card = evaluator.getByRole('article', { name: first.name });
    expect(await card.getByText(`Catatan sebelumnya: ${returnNote}`).count()).toBe(1);
    await card.getByRole('link', { name: 'Buka isian lengkap dan bukti dukung' }).click();
    await evaluator.getByRole('button', { name: 'Tampilkan riwayat' }).click();
    const history = evaluator.getByRole('region', { name: 'Riwayat isian' });
    await expect.poll(() => history.getByText(/Status: Diajukan → Dikembalikan/).count(), { timeout: 10_000 }).toBe(1);
    // The operator's fix made it a draft again (the change the evaluator asked for), then it was submitted.
    expect(await history.getByText(/Status: Dikembalikan → Draf/).count()).toBe(1);
    expect(await history.getByText(/Status: Draf → Diajukan/).count()).toBe(2);
    expect(await history.getByText(/operator\.dishub/).count()).toBeGreaterThan(0);
    await evaluator.goBack();
    await evaluator.getByRole('button', { name: `Verifikasi: ${first.name}` }).click();
    await syncNow(evaluator);
    await expect.poll(() => evaluator.getByText('Tidak ada isian yang menunggu verifikasi.').count()).toBe(1);
  });

  it('the leader’s dashboard shows the unit’s new average, its early warnings, and the charts', async () => {
    const indicators = dishubIndicators();
    const unitId = indicators[0]?.orgUnitId ?? '';
    const tenantId = indicators[0]?.tenantId ?? '';
    // What the server holds now, scored by the domain's own rules: the figure the leader must see.
    const { rows, tenant } = await suite.server.store.transaction(async (tx) => ({
      rows: await tx.listRealisationsForBatch([], indicators.map((i) => i.id)),
      tenant: await tx.getTenant(tenantId),
    }));
    if (!tenant) throw new Error('demo tenant missing');
    const scored = indicators.map((indicator) => {
      const slots: [Realisation | null, Realisation | null, Realisation | null, Realisation | null] = [null, null, null, null];
      for (const row of rows) if (row.indicatorId === indicator.id && row.year === year) slots[row.quarter - 1] = row;
      return { indicator, values: quarterValuesOf(slots) };
    });
    const expected = scoreUnit(scored, quarter, tenant.settings);
    if (expected.average === null) throw new Error('the unit has no computable average');
    expect(unitId).not.toBe('');

    const leader = await openDevice('pimpinan.kaltim');
    await leader.getByRole('link', { name: 'Dasbor' }).click();
    await leader.getByLabel('Capaian sampai dengan').selectOption(String(quarter));
    const row = leader.locator('#ranking-table').getByRole('row', { name: /Dinas Perhubungan/ });
    await expect.poll(() => row.getByText(formatPercent(expected.average ?? 0, 'id-ID'), { exact: true }).count(), { timeout: 15_000 }).toBe(1);

    const warnings = leader.getByRole('region', { name: `Peringatan dini (berdasarkan data s.d. TW ${q})` });
    for (const risk of expected.atRisk) {
      expect(await warnings.getByRole('row', { name: new RegExp(risk.indicator.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).count(), risk.indicator.name).toBeGreaterThan(0);
    }
    // The charts are drawn (the chart library loaded and painted the canvas), each naming its table.
    const ranking = leader.getByRole('img', { name: /^Grafik batang: rata-rata capaian/ });
    await ranking.waitFor({ timeout: 15_000 });
    expect(await ranking.getAttribute('aria-describedby')).toBe('ranking-table');
    const painted = await ranking.evaluate((canvas) => {
      const c = canvas as HTMLCanvasElement;
      const pixels = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
      return pixels.some((v, i) => i % 4 === 3 && v > 0);
    });
    expect(painted).toBe(true);
    expect(await leader.getByRole('img', { name: /^Grafik garis: rata-rata capaian/ }).count()).toBe(1);

    // The quarterly evaluation form of the unit, made on the device, carries the same figures.
    await leader.getByRole('region', { name: 'Formulir evaluasi triwulan' }).getByLabel('Perangkat daerah').selectOption({ label: 'Dinas Perhubungan' });
    const [download] = await Promise.all([
      leader.waitForEvent('download', { timeout: 60_000 }),
      leader.getByRole('button', { name: 'Unduh formulir evaluasi (PDF)' }).click(),
    ]);
    const text = (await pdfText(new Uint8Array(await readFile(await download.path())))).replace(/\s+/g, ' ');
    expect(text).toContain('Dinas Perhubungan');
    expect(text).toContain(`Rata-rata capaian kinerja s.d. TW ${q}: ${formatPercent(expected.average, 'id-ID')} (${expected.category?.label ?? ''})`);
    const first = indicators[0];
    const fixed = rows.find((r) => r.indicatorId === first?.id && r.quarter === quarter);
    expect(fixed?.value).toBe(75);
    expect(text).toContain(first?.name ?? '?');
    expect(text).toContain('Manifes dilampirkan.');
  });
});
