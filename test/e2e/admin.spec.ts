// Administration end to end: the admin adds a unit and a user; the user logs in with the one-time
// password, must change it, and sees only their unit; the admin deactivates them and their next
// sync is refused while their unsynced entry stays on the device.
import { describe, expect, it } from 'vitest';
import { request, type BrowserContext, type Page } from 'playwright-core';
import { demoIndicatorName, logIn, useE2eSuite } from '../support/e2e-suite';
import { demoPassword } from '../../src/server/seed/demo-data';
import { apiRoutes, clientHeader } from '../../src/api/routes';
import { periodOf, quarterRoman } from '../../src/domain/period';
import type { PullResponse } from '../../src/api/sync';

const suite = useE2eSuite();

const indicatorName = demoIndicatorName;
const newPassword = 'Perhubungan-Kaltim-77';

async function realisationRows(username: string, password: string): Promise<Array<Record<string, unknown>>> {
  const api = await request.newContext({ baseURL: suite.server.url });
  expect((await api.post(apiRoutes.login, { data: { username, password } })).status()).toBe(200);
  const response = await api.get(`${apiRoutes.pull}?cursor=0&limit=5000`, { headers: { [clientHeader.name]: clientHeader.value } });
  const body = (await response.json()) as PullResponse;
  await api.dispose();
  if (body.kind !== 'changes') throw new Error('reset');
  return body.changes.filter((c) => c.entity === 'realisation').map((c) => c.row);
}

describe('an admin manages a user end to end', () => {
  let adminContext: BrowserContext;
  let admin: Page;
  let userContext: BrowserContext;
  let user: Page;
  let oneTimePassword = '';
  const cspViolations: string[] = [];
  const dishub = () => {
    const unit = suite.server.demo.orgUnits.find((u) => u.name.includes('Perhubungan'));
    if (!unit) throw new Error('demo unit missing');
    return unit;
  };

  it('the admin adds a unit and a user and is shown a one-time password', async () => {
    adminContext = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
    admin = await adminContext.newPage();
    await admin.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP: ${event.violatedDirective}`));
    });
    admin.on('console', (message) => { if (message.text().startsWith('CSP:')) cspViolations.push(message.text()); });
    await logIn(admin, suite.server.url, 'admin.kaltim', demoPassword);
    await admin.getByRole('link', { name: 'Admin' }).click({ timeout: 20_000 });
    await admin.getByRole('heading', { name: 'Administrasi' }).waitFor();
    await admin.getByLabel('Kode').fill('UPTD-PEL');
    await admin.getByLabel('Nama unit').fill('UPTD Pelabuhan Penyeberangan');
    await admin.getByRole('combobox', { name: 'Unit induk' }).last().selectOption(dishub().id);
    await admin.getByRole('button', { name: 'Simpan' }).last().click();
    await expect.poll(() => admin.getByText('UPTD Pelabuhan Penyeberangan').count(), { timeout: 10_000 }).toBeGreaterThan(0);

    await admin.getByRole('tab', { name: 'Pengguna' }).click();
    await admin.getByLabel('Nama pengguna').fill('operator.dishub2');
    await admin.getByLabel('Nama lengkap').fill('Siti Rahmawati');
    await admin.getByRole('combobox', { name: 'Unit kerja' }).selectOption(dishub().id);
    await admin.getByRole('button', { name: 'Buat akun' }).click();
    const shown = admin.getByTestId('one-time-password');
    await shown.waitFor({ timeout: 10_000 });
    oneTimePassword = (await shown.textContent()) ?? '';
    expect(oneTimePassword).toMatch(/^\S{10,}$/);
  });

  it('the user logs in with it, must change it, and then sees only their unit', async () => {
    userContext = await suite.browser.newContext({ viewport: { width: 768, height: 1024 } });
    user = await userContext.newPage();
    await logIn(user, suite.server.url, 'operator.dishub2', oneTimePassword);
    await user.getByRole('heading', { name: 'Ganti kata sandi' }).waitFor({ timeout: 20_000 });
    await user.getByLabel('Kata sandi saat ini').fill(oneTimePassword);
    await user.getByLabel('Kata sandi baru', { exact: true }).fill('pendek');
    await user.getByLabel('Ulangi kata sandi baru').fill('pendek');
    await user.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await expect.poll(() => user.getByText('Kata sandi minimal 10 karakter.').count()).toBeGreaterThan(0);
    await user.getByLabel('Kata sandi baru', { exact: true }).fill(newPassword);
    await user.getByLabel('Ulangi kata sandi baru').fill(newPassword);
    await user.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await expect.poll(() => user.getByRole('rowheader', { name: indicatorName }).count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => user.getByText('Semua data tersinkron').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await user.getByRole('link', { name: 'Admin' }).count()).toBe(0);
    const rows = await realisationRows('operator.dishub2', newPassword);
    expect(rows.length).toBeGreaterThan(0);
    // Their unit's entries, and the pemda's own IKU figures every device pulls (issue 19).
    const { demo } = suite.server;
    const pemdaPks = new Set(demo.agreements.filter((a) => a.kind === 'pemda').map((a) => a.id));
    const pemdaIku = new Set(demo.indicators.filter((i) => pemdaPks.has(i.agreementId)).map((i) => i.id));
    expect(rows.filter((r) => r.orgUnitId !== dishub().id).every((r) => pemdaIku.has(String(r.indicatorId)))).toBe(true);
    expect(rows.some((r) => r.orgUnitId === dishub().id)).toBe(true);
  });

  it('deactivated, the user’s next sync is refused and the offline entry stays on the device', async () => {
    const { quarter } = periodOf(new Date(), 'Asia/Makassar');
    await user.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await userContext.setOffline(true);
    await user.getByRole('link', { name: new RegExp(`^Isi realisasi TW ${quarterRoman[quarter]}: ${indicatorName}`) }).click();
    await user.getByLabel(/^Realisasi \(orang\)/).fill('12.345');
    await user.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => user.getByText('1 menunggu sinkronisasi').count(), { timeout: 10_000 }).toBeGreaterThan(0);

    await admin.getByRole('button', { name: 'Nonaktifkan operator.dishub2' }).click();
    // Deactivating ends every session: the admin is told so and confirms.
    await admin.getByRole('alertdialog', { name: 'Nonaktifkan operator.dishub2?' }).getByRole('button', { name: 'Ya, nonaktifkan' }).click();
    await expect.poll(() => admin.getByText('operator.dishub2 (nonaktif)').count(), { timeout: 10_000 }).toBeGreaterThan(0);

    await userContext.setOffline(false);
    await user.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(() => user.getByText('Sesi berakhir').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await user.getByText('1 menunggu sinkronisasi').count()).toBeGreaterThan(0);
    const serverRows = await realisationRows('evaluator.kaltim', demoPassword);
    expect(serverRows.some((r) => r.value === 12_345)).toBe(false);
    for (const tab of ['Pengaturan pemda', 'Impor CSV', 'Log audit']) await admin.getByRole('tab', { name: tab }).click();
    await expect.poll(() => admin.getByText(/\d+ kejadian/).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await admin.getByText(/Pengguna|Admin|mengubah|masuk/).count()).toBeGreaterThan(0); // rows are sentences

    // Jadwal input: lock the current quarter; the server then refuses entries into it.
    const { year } = periodOf(new Date(), 'Asia/Makassar');
    await admin.getByRole('tab', { name: 'Jadwal input' }).click();
    const periodForm = admin.getByRole('form', { name: `TW ${quarterRoman[quarter]} ${year}` });
    await periodForm.getByLabel('Kunci sekarang').check();
    await periodForm.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => periodForm.getByText('Dikunci', { exact: true }).count(), { timeout: 10_000 }).toBe(1);
    const api = await request.newContext({ baseURL: suite.server.url });
    expect((await api.post(apiRoutes.login, { data: { username: 'operator.dishub', password: demoPassword } })).status()).toBe(200);
    const indicator = suite.server.demo.indicators.find((i) => i.name === indicatorName);
    const pushed = await api.post(apiRoutes.push, {
      headers: { [clientHeader.name]: clientHeader.value },
      data: { deviceId: crypto.randomUUID(), mutations: [{
        id: crypto.randomUUID(), seq: 1, entity: 'realisation', recordId: crypto.randomUUID(), op: 'upsert',
        fields: { indicatorId: indicator?.id, quarter, value: 1 }, baseRev: null, clientTime: new Date().toISOString(),
      }] },
    });
    expect(((await pushed.json()) as { results: Array<{ reason?: { code: string } }> }).results[0]?.reason?.code).toBe('quarter_locked');
    await api.dispose();

    // The pemda's logo: uploaded, served back as an image under the CSP.
    await admin.getByRole('tab', { name: 'Pengaturan pemda' }).click();
    const onePixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
    await admin.getByLabel('Unggah logo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: onePixelPng });
    const logo = admin.getByRole('img', { name: 'Logo pemda saat ini' });
    await logo.waitFor({ timeout: 10_000 });
    await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 10_000 }).toBe(1);
    expect(cspViolations).toEqual([]);
    await userContext.close();
    await adminContext.close();
  });
});
