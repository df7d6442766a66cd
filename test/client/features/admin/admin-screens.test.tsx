// The admin screens (real Dexie, the admin endpoints faked in memory: support/fake-admin-server.ts;
// the server's own rules are tested on the real app in test/server/services/admin/admin-safety.test.ts): a saved
// unit clears the form and says so, a second Simpan with the same code is refused in words,
// deactivating a unit asks first; one's own account offers no deactivation and the list filters;
// the settings say "saved" and still do after the reload, band bounds are checked as typed;
// sessions name the device in words.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ActiveSession } from '../../../../src/client/session/active-session';
import { buildOrgUnit } from '../../../support/factories';
import { buildSessionInfo, sessionTenant, unitId } from '../support/fixtures';
import { closeTestSession, openTestSession, renderApp } from '../support/render-app';
import { fakeAdminFetch, fakeAdminState, type FakeAdminState } from '../support/fake-admin-server';

let session: ActiveSession | null = null;
let state: FakeAdminState;
const realFetch = globalThis.fetch;
beforeEach(() => {
  const info = buildSessionInfo('admin');
  state = fakeAdminState(info.user.id, buildOrgUnit(sessionTenant, { id: unitId }));
  globalThis.fetch = fakeAdminFetch(state);
  session = openTestSession(info);
});
afterEach(async () => {
  globalThis.fetch = realFetch;
  if (session) await closeTestSession(session);
  session = null;
});

async function openAdmin(tab: RegExp) {
  if (!session) throw new Error('no session');
  const user = userEvent.setup();
  renderApp(session, ['/admin'], 'id');
  await user.click(await screen.findByRole('tab', { name: tab }));
  return user;
}

describe('admin screens', () => {
  it('a saved unit clears the form with a message; the same code again is refused in words; deactivating asks first', async () => {
    const user = await openAdmin(/Unit kerja/);
    const form = await screen.findByRole('form', { name: 'Tambah unit kerja' });
    await user.type(within(form).getByLabelText('Kode'), '1.09');
    await user.type(within(form).getByLabelText('Nama unit'), 'Dinas Perhubungan');
    await user.click(within(form).getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Unit 1.09 · Dinas Perhubungan disimpan.')).toBeTruthy();
    await waitFor(() => expect((within(form).getByLabelText('Kode') as HTMLInputElement).value).toBe(''));
    expect((within(form).getByLabelText('Nama unit') as HTMLInputElement).value).toBe('');
    // Simpan again with the same code (the form kept nothing; the admin typed it again).
    await user.type(within(form).getByLabelText('Kode'), '1.09');
    await user.type(within(form).getByLabelText('Nama unit'), 'Dinas Perhubungan');
    await user.click(within(form).getByRole('button', { name: 'Simpan' }));
    expect(await within(form).findByText('Kode unit ini sudah dipakai unit lain di pemda ini.')).toBeTruthy();
    expect(state.units.filter((u) => u.code === '1.09')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: /^Nonaktifkan 1\.09 / }));
    const ask = await screen.findByRole('alertdialog', { name: 'Nonaktifkan Dinas Perhubungan?' });
    await user.click(within(ask).getByRole('button', { name: 'Batal' }));
    expect(state.calls.filter((c) => c.startsWith('PATCH'))).toEqual([]);
    await user.click(screen.getByRole('button', { name: /^Nonaktifkan 1\.09 / }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Ya, nonaktifkan' }));
    expect(await screen.findByText('Dinas Perhubungan dinonaktifkan.')).toBeTruthy();
    expect(state.units.find((u) => u.code === '1.09')?.active).toBe(false);
  });

  it('the user list filters, shows status and last sign-in, and never offers deactivating one\'s own account', async () => {
    const user = await openAdmin(/Pengguna/);
    const table = await screen.findByRole('region', { name: 'Daftar pengguna' });
    const ownRow = within(table).getByRole('rowheader', { name: /siti \(akun Anda\)/ }).closest('tr');
    if (!ownRow) throw new Error('own row');
    expect(within(ownRow).queryByRole('button', { name: /Nonaktifkan/ })).toBeNull();
    expect(within(table).getByRole('button', { name: 'Nonaktifkan kepala.a' })).toBeTruthy();
    expect(within(ownRow).getByText(/2 Apr 2026/)).toBeTruthy(); // 08.30 WIB, the pemda's clock
    expect(within(table).getByText('belum pernah')).toBeTruthy();
    await user.type(screen.getByLabelText('Cari akun (nama, NIP)'), 'kepala');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    await user.clear(screen.getByLabelText('Cari akun (nama, NIP)'));
    await user.selectOptions(screen.getByLabelText('Tampilkan status'), 'Nonaktif');
    await waitFor(() => expect(within(table).getAllByRole('row').slice(1).map((r) => r.querySelector('th')?.textContent)).toEqual(['nonaktif (nonaktif)']));
  });

  it('gives the planner right to an evaluator only, and says what it allows', async () => {
    const user = await openAdmin(/Pengguna/);
    const table = await screen.findByRole('region', { name: 'Daftar pengguna' });
    expect(within(table).queryByRole('button', { name: 'Beri hak perencana kepala.a' })).toBeNull();
    await user.click(within(table).getByRole('button', { name: 'Beri hak perencana bappeda.perencana' }));
    expect(await screen.findByText(/^bappeda\.perencana kini dapat menyusun RPJMD, PK pemda dan realisasi IKU pemda, setelah masuk kembali/)).toBeTruthy();
    expect(state.users.find((u) => u.username === 'bappeda.perencana')?.planner).toBe(true);
    const row = within(table).getByRole('rowheader', { name: 'bappeda.perencana' }).closest('tr');
    if (!row) throw new Error('row');
    await waitFor(() => expect(row.textContent).toMatch(/Evaluator · Perencana/));
    expect(within(row).getByRole('button', { name: 'Cabut hak perencana bappeda.perencana' })).toBeTruthy();
    // The new account's form offers the right only while the role may hold it.
    const form = screen.getByRole('form', { name: 'Tambah pengguna' });
    expect(within(form).queryByLabelText(/Hak perencana/)).toBeNull();
    await user.selectOptions(within(form).getByLabelText('Peran'), 'evaluator');
    expect(within(form).getByLabelText(/Hak perencana/)).toBeTruthy();
  });

  it('sessions name the device, its browser and system in words, never a raw user agent', async () => {
    const [, head] = state.users;
    state.sessions = [{
      id: '0123456789abcdef', deviceId: crypto.randomUUID(), deviceName: 'Tablet Bidang P2P', createdAt: '2026-04-02T01:30:00.000Z',
      userAgent: 'Mozilla/5.0 (Linux; Android 14; SM-X205) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
      lastSeenAt: '2026-04-03T02:00:00.000Z', expiresAt: '2099-01-01T00:00:00.000Z', revokedAt: null, active: true,
    }];
    const user = await openAdmin(/Pengguna/);
    const table = await screen.findByRole('region', { name: 'Daftar pengguna' });
    const row = within(table).getByRole('rowheader', { name: head?.username ?? '' }).closest('tr');
    if (!row) throw new Error('row');
    await user.click(within(row).getByRole('button', { name: 'Sesi & perangkat' }));
    const item = await within(row).findByText('Tablet Bidang P2P');
    expect(item.closest('li')?.textContent).toMatch(/Tablet Bidang P2P · Chrome · Android/);
    expect(row.textContent).not.toContain('Mozilla');
    expect(row.textContent).not.toContain('belum tersinkron');
  });

  it('settings say saved, and still do after the form reloads; band bounds are checked as typed', async () => {
    const user = await openAdmin(/Pengaturan pemda/);
    await user.selectOptions(await screen.findByLabelText('Rumus indikator makin kecil makin baik'), 'B');
    const bound = screen.getByLabelText('Tinggi mulai dari (%)');
    await user.clear(bound);
    await user.type(bound, '95');
    expect(await screen.findByText('Harus lebih kecil dari ambang kategori di atasnya.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Ambang kategori belum benar; periksa kolom yang ditandai.')).toBeTruthy();
    expect(state.calls.filter((c) => c === 'PUT /api/admin/settings')).toEqual([]);
    await user.clear(screen.getByLabelText('Tinggi mulai dari (%)'));
    await user.type(screen.getByLabelText('Tinggi mulai dari (%)'), '80');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(state.settings.lowerIsBetterFormula).toBe('B'));
    expect(state.settings.categoryBands?.map((b) => b.min).slice(0, 2)).toEqual([91, 80]);
    // The section reloads with the saved values; the message stays.
    await waitFor(() => expect(screen.getAllByRole('status').some((s) => s.textContent === 'Pengaturan disimpan.')).toBe(true));
    await waitFor(() => expect((screen.getByLabelText('Tinggi mulai dari (%)') as HTMLInputElement).value).toBe('80'));
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'Pengaturan disimpan.')).toBe(true);
  });

  it('the checks at entry: thresholds typed the Indonesian way and checked, a band, a severity per check', async () => {
    const user = await openAdmin(/Pengaturan pemda/);
    const above = await screen.findByLabelText('Capaian jauh di atas target bila lebih dari (%)');
    expect((above as HTMLInputElement).value).toBe('150');
    await user.clear(above);
    await user.type(above, '80');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect((await screen.findAllByText(/Periksa ambang pemeriksaan isian/)).length).toBeGreaterThan(0);
    expect(state.calls.filter((c) => c === 'PUT /api/admin/settings')).toEqual([]);
    await user.clear(above);
    await user.type(above, '137,5');
    await user.selectOptions(screen.getByLabelText('Kendala dan tindak lanjut wajib ditulis bila capaian di bawah kategori'), 'rendah');
    await user.selectOptions(screen.getByLabelText(/^Salah titik atau koma/), 'Ditolak sampai diperbaiki');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(state.settings.dataChecks?.farAbovePercent).toBe(137.5));
    expect(state.settings.dataChecks).toMatchObject({ farBelowPercent: 25, explainBelowCategory: 'rendah', severity: { separatorSlip: 'refuse', percentOutOfRange: 'ask' } });
    await waitFor(() => expect((screen.getByLabelText('Capaian jauh di atas target bila lebih dari (%)') as HTMLInputElement).value).toBe('137,5'));
  });

  it('the PK print\'s "Mendukung" column: off until the admin ticks it, saved, and ticked after the reload', async () => {
    const user = await openAdmin(/Pengaturan pemda/);
    const box = await screen.findByRole('checkbox', { name: /Cetak kolom “Mendukung \(IKU\/indikator atasan\)” di lampiran PK/ });
    expect((box as HTMLInputElement).checked).toBe(false);
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(state.settings.pkPrintSupports).toBe(true));
    await waitFor(() => expect((screen.getByRole('checkbox', { name: /Cetak kolom “Mendukung/ }) as HTMLInputElement).checked).toBe(true));
  });
});

describe('a planner who is not the admin', () => {
  it('sees the RPJMD tab only, behind a nav link named for it', async () => {
    if (session) await closeTestSession(session);
    const info = buildSessionInfo('evaluator');
    session = openTestSession({ ...info, user: { ...info.user, planner: true } });
    renderApp(session, ['/admin'], 'id');
    expect((await screen.findAllByRole('tab')).map((tab) => tab.textContent)).toEqual(['RPJMD']);
    const nav = screen.getByRole('navigation', { name: /.+/ });
    expect(within(nav).getByRole('link', { name: 'RPJMD' })).toBeTruthy();
    expect(within(nav).queryByRole('link', { name: 'Admin' })).toBeNull();
  });
});
