// The PK editor in a real Chromium against the real server and production build, offline: the
// head of DPMPTSP copies this year's PK to next year, edits an indicator, signs it, starts a PK
// perubahan and changes a target — all offline, printing the signed PK as a PDF on the way — then
// comes back online and the server holds both versions: the signed PK murni and the draft
// revision linked to it, with the changed target.
import { describe, expect, it } from 'vitest';
import { request, type BrowserContext, type Page } from 'playwright-core';
import { logIn, useE2eSuite } from '../support/e2e-suite';
import { demoPassword } from '../../src/server/seed/demo-data';
import { apiRoutes, clientHeader } from '../../src/api/routes';
import { periodOf } from '../../src/domain/period';
import type { PullResponse } from '../../src/api/sync';
import { readFile } from 'node:fs/promises';
import { pdfText } from '../client/documents/support';

const suite = useE2eSuite();
const year = periodOf(new Date(), 'Asia/Makassar').year;
const next = year + 1;

/** The latest row of each record of the given entities that a user's pull delivers. */
async function pullAs(username: string, entities: readonly string[]): Promise<Map<string, Record<string, unknown> & { entity: string }>> {
  const api = await request.newContext({ baseURL: suite.server.url });
  const login = await api.post(apiRoutes.login, { data: { username, password: demoPassword } });
  expect(login.status()).toBe(200);
  const rows = new Map<string, Record<string, unknown> & { entity: string }>();
  let cursor = 0;
  for (;;) {
    const response = await api.get(`${apiRoutes.pull}?cursor=${cursor}&limit=1000`, { headers: { [clientHeader.name]: clientHeader.value } });
    const body = (await response.json()) as PullResponse;
    if (body.kind !== 'changes') throw new Error('unexpected reset');
    for (const change of body.changes) if (entities.includes(change.entity)) rows.set(change.recordId, { ...change.row, entity: change.entity });
    cursor = body.nextCursor;
    if (!body.hasMore) break;
  }
  await api.dispose();
  return rows;
}

describe('a PK written offline reaches the server with its versions', () => {
  let context: BrowserContext;
  let page: Page;
  const unit = () => {
    const found = suite.server.demo.orgUnits.find((u) => u.name === 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu');
    if (!found) throw new Error('demo DPMPTSP missing');
    return found;
  };
  const firstIndicator = () => {
    const agreement = suite.server.demo.agreements.find((a) => a.orgUnitId === unit().id && a.year === year);
    const goals = suite.server.demo.goals.filter((g) => g.agreementId === agreement?.id).sort((a, b) => a.order - b.order);
    const indicators = suite.server.demo.indicators.filter((i) => i.goalId === goals[0]?.id).sort((a, b) => a.order - b.order);
    if (!indicators[0]) throw new Error('demo DPMPTSP indicator missing');
    return indicators[0];
  };

  it('logs in online as the head, installs the service worker, then goes offline', async () => {
    context = await suite.browser.newContext({ viewport: { width: 768, height: 1024 } });
    page = await context.newPage();
    await logIn(page, suite.server.url, 'kadis.dpmptsp');
    await expect.poll(() => page.getByRole('rowheader', { name: firstIndicator().name }).count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.getByText('Semua data tersinkron').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => page.getByText('Luring').count(), { timeout: 20_000 }).toBeGreaterThan(0);
  });

  it('copies this year’s PK to next year and edits an indicator, offline', async () => {
    await page.getByRole('link', { name: `Buat PK ${next}` }).click({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Salin dari tahun lalu' }).click({ timeout: 20_000 });
    await page.getByRole('heading', { name: new RegExp(`Ubah draf PK ${next}`) }).waitFor({ timeout: 20_000 });
    const name = firstIndicator().name;
    await page.getByRole('button', { name: `Ubah indikator: ${name}` }).click();
    const form = page.getByRole('form', { name: `Ubah indikator: ${name}` });
    await form.getByLabel('Penanggung jawab').fill('Kepala Bidang Pelayanan Perizinan');
    await form.getByLabel('Definisi/formula').fill('Rata-rata hari kerja dari berkas lengkap sampai izin terbit.');
    await form.getByRole('button', { name: 'Simpan indikator' }).click();
    await page.getByRole('button', { name: `Ubah indikator: ${name}` }).waitFor();
  });

  it('signs it offline and starts a PK perubahan whose target is changed', async () => {
    await page.getByLabel('Tempat').fill('Samarinda');
    await page.getByRole('button', { name: 'Tanda tangani' }).click();
    await page.getByRole('button', { name: 'Ya, tanda tangani' }).click();
    await expect.poll(() => page.getByText(/Ditandatangani di Samarinda/).count(), { timeout: 10_000 }).toBeGreaterThan(0);

    // Printed offline: the PDF is made on the device, with the fonts the service worker cached.
    const editUrl = page.url();
    await page.goto(editUrl.replace(/\/edit$/, ''));
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Cetak PDF' }).click({ timeout: 20_000 }),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^PK-${next}-.+\\.pdf$`));
    const text = await pdfText(new Uint8Array(await readFile(await download.path())));
    expect(text).toContain(`PERJANJIAN KINERJA TAHUN ${next}`);
    expect(text).toContain(firstIndicator().name);
    expect(text).toMatch(/Samarinda, \d{1,2} \w+ \d{4}/);
    expect(text).not.toContain('DRAF');
    await page.goto(editUrl);

    await page.getByRole('button', { name: 'Buat PK perubahan' }).click();
    await page.getByRole('button', { name: 'Ya, buat PK perubahan' }).click();
    await page.getByText('PK perubahan 1 dari PK yang ditandatangani').waitFor({ timeout: 10_000 });
    const name = firstIndicator().name;
    await page.getByRole('button', { name: `Ubah indikator: ${name}` }).click();
    const form = page.getByRole('form', { name: `Ubah indikator: ${name}` });
    const tw2 = form.getByLabel('Target TW II', { exact: true });
    const typed = (await tw2.count()) > 0 ? tw2 : form.getByLabel('Target TW II: batas bawah');
    await typed.fill('7');
    await form.getByRole('button', { name: 'Simpan indikator' }).click();
    const confirm = page.getByRole('button', { name: 'Ya, ubah target' });
    if (await confirm.isVisible().catch(() => false)) await confirm.click();
    await page.getByRole('button', { name: `Ubah indikator: ${name}` }).waitFor();
    await expect.poll(() => page.getByText(/menunggu sinkronisasi/).count()).toBeGreaterThan(0);

    // Across an offline reload, the unit page still shows this year's PK; next year's opens by its link.
    await page.reload();
    await page.getByText('PK perubahan 1 dari PK yang ditandatangani').waitFor({ timeout: 20_000 });
  });

  it('syncs when back online: the server has the signed PK murni and its draft revision', async () => {
    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(() => page.getByText('Semua data tersinkron').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(await page.getByText('Ditolak server').count()).toBe(0);

    const rows = await pullAs('admin.kaltim', ['agreement', 'indicator']);
    const versions = [...rows.values()]
      .filter((r) => r.entity === 'agreement' && r.orgUnitId === unit().id && r.year === next && r.deleted === false)
      .sort((a, b) => Number(a.version) - Number(b.version));
    expect(versions.map((v) => [v.version, v.status])).toEqual([[0, 'signed'], [1, 'draft']]);
    const [original, revision] = versions;
    expect(original).toMatchObject({ signedPlace: 'Samarinda', parentId: null });
    expect(revision).toMatchObject({ parentId: original?.id });

    const name = firstIndicator().name;
    const inVersion = (agreementId: unknown) =>
      [...rows.values()].find((r) => r.entity === 'indicator' && r.agreementId === agreementId && r.name === name && r.deleted === false);
    const copied = inVersion(original?.id);
    const revised = inVersion(revision?.id);
    expect(copied).toMatchObject({ responsible: 'Kepala Bidang Pelayanan Perizinan', previousId: null });
    expect(revised).toMatchObject({ previousId: copied?.id, responsible: 'Kepala Bidang Pelayanan Perizinan' });
    const secondQuarter = (revised?.quarterTargets as unknown[] | undefined)?.[1];
    expect(typeof secondQuarter === 'object' && secondQuarter !== null ? (secondQuarter as { min: number }).min : secondQuarter).toBe(7);
    await context.close();
  });
});
