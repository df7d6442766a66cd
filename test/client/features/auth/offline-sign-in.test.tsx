// Signing in again without signal, from the outside: the whole app over a stubbed fetch (the
// network boundary) and a stubbed navigator.onLine, real Dexie over fake-indexeddb, real WebCrypto.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SessionInfo } from '../../../../src/api/auth';
import { clearCurrentAccount, getCurrentAccount, saveAccount } from '../../../../src/client/db/accounts';
import { openUserDatabase } from '../../../../src/client/db/database';
import { getOfflineVerifier, listOfflineSignIns, putOfflineVerifier, removeOfflineVerifier } from '../../../../src/client/db/offline-verifiers';
import { saveRealisation } from '../../../../src/client/db/realisation-repository';
import { actorOf } from '../../../../src/client/session/active-session';
import { createPasswordVerifier } from '../../../../src/client/session/password-verifier';
import { buildSessionInfo } from '../support/fixtures';
import { seedAgreement } from '../support/seed';
import { renderSignedOutApp } from '../support/render-app';
import { json, envelope, noChanges, stubFetch, unreachable } from '../support/server-answers';



const password = 'Rahasia-Kecamatan-7';
const pkHeading = { name: /Perjanjian Kinerja Tahun/ };
let online = true;

const loginCalls = (fetchMock: ReturnType<typeof stubFetch>) =>
  fetchMock.mock.calls.filter(([url]) => url === '/api/auth/login').map(([, init]) => JSON.parse(String(init?.body)) as unknown);

function setOnline(value: boolean) {
  online = value;
  window.dispatchEvent(new Event(value ? 'online' : 'offline'));
}

/** The login form on a device without signal: the network unreachable, the browser offline. */
function startOffline() {
  stubFetch(unreachable);
  setOnline(false);
  const user = userEvent.setup();
  renderSignedOutApp();
  return user;
}


async function logIn(user: ReturnType<typeof userEvent.setup>, pw: string, username = 'siti') {
  const field = await screen.findByLabelText('Nama pengguna');
  await user.clear(field);
  await user.type(field, username);
  await user.clear(screen.getByLabelText('Kata sandi'));
  await user.type(screen.getByLabelText('Kata sandi'), pw);
  await user.click(screen.getByRole('button', { name: 'Masuk' }));
}

/** A user who signed in on this device before (account and a cheap verifier kept), now signed out. */
async function knownSignedOutUser(failures = 0): Promise<{ info: SessionInfo; indicatorId: string }> {
  const info = buildSessionInfo('operator');
  const seeded = await seedAgreement(openUserDatabase(info.user.id));
  await saveAccount(info);
  await clearCurrentAccount();
  await putOfflineVerifier({
    username: 'siti', userId: info.user.id, ...(await createPasswordVerifier(password, 1_000)),
    savedAt: new Date().toISOString(), failures, retryAt: null,
  });
  return { info, indicatorId: seeded.count.id };
}

const withoutIsolates = (text: string | null) => (text ?? '').replace(/[\u2066-\u2069]/g, '');

beforeEach(() => {
  online = true;
  vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
});
afterEach(async () => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  await clearCurrentAccount();
  for (const user of await listOfflineSignIns()) await removeOfflineVerifier(user.username);
});

describe('signing in again without signal', () => {
  it('after an online login: logs out offline naming who can come back, signs in offline, renews the session online and syncs', async () => {
    const info = buildSessionInfo('operator');
    const seeded = await seedAgreement(openUserDatabase(info.user.id));
    let fetchMock = stubFetch((path) => (path === '/api/auth/login' ? json(200, info) : unreachable(path)));
    const user = userEvent.setup();
    const router = renderSignedOutApp();
    await logIn(user, password);
    expect(await screen.findByRole('heading', pkHeading)).toBeTruthy();
    // The verifier is written in the background after the login (a 600,000-round derivation).
    await waitFor(async () => expect(await getOfflineVerifier('siti')).not.toBeNull(), { timeout: 10_000 });

    fetchMock = stubFetch(unreachable);
    setOnline(false);
    await router.navigate('/settings');
    await user.click(await screen.findByRole('button', { name: 'Keluar' }));
    const notice = await screen.findByRole('alertdialog');
    expect(within(notice).getByText(/Anda sedang luring\./)).toBeTruthy();
    expect(within(notice).getAllByRole('listitem').map((li) => withoutIsolates(li.textContent))).toEqual(['Siti Rahma (siti)']);
    expect(within(notice).getByText('Pengguna lain memerlukan koneksi internet untuk masuk.')).toBeTruthy();
    await user.click(within(notice).getByRole('button', { name: 'Tetap keluar' }));
    expect(await screen.findByRole('heading', { name: 'Masuk' })).toBeTruthy();
    expect(await getCurrentAccount()).toBeNull();

    await router.navigate('/');
    await logIn(user, password);
    expect(await screen.findByRole('heading', pkHeading)).toBeTruthy();
    expect((await getCurrentAccount())?.user.id).toBe(info.user.id);
    // Offline the session is not renewed yet: the only login request is the form's failed one.
    expect(loginCalls(fetchMock)).toHaveLength(1);
    const db = openUserDatabase(info.user.id);
    await saveRealisation(db, actorOf(info), { indicatorId: seeded.count.id, quarter: 2, value: 7, drivers: '', obstacles: '', followUp: '' });

    // Back online: the old cookie is no good (401) until the app signs in with the held password.
    let renewed = false;
    const pushed: unknown[] = [];
    fetchMock = stubFetch((path, init) => {
      if (path === '/api/auth/login') {
        renewed = true;
        return json(200, info);
      }
      if (!renewed) return envelope(401, 'session_expired');
      if (path === '/api/sync/push') {
        const body = JSON.parse(String(init?.body)) as { mutations: { id: string; seq: number; recordId: string }[] };
        pushed.push(...body.mutations);
        const results = body.mutations.map((m) => ({ id: m.id, seq: m.seq, status: 'applied', duplicate: false, recordId: m.recordId, rev: 1 }));
        return json(200, { results, serverTime: new Date().toISOString() });
      }
      return noChanges();
    });
    setOnline(true);
    await waitFor(() => expect(loginCalls(fetchMock)).toEqual([{ username: 'siti', password }]));
    await waitFor(() => expect(pushed).toHaveLength(1), { timeout: 10_000 });
    await waitFor(async () => expect(await db.outbox.count()).toBe(0));
    expect(screen.queryByRole('heading', { name: 'Sesi berakhir' })).toBeNull();
    db.close();
  });

  it('refuses a wrong password offline and stays on the login form', async () => {
    await knownSignedOutUser();
    const user = startOffline();
    await logIn(user, 'bukan-sandinya');
    expect(
      await screen.findByText('Kata sandi salah (diperiksa di perangkat ini karena tidak ada koneksi). Sisa 4 percobaan sebelum harus menunggu.'),
    ).toBeTruthy();
    expect(screen.queryByRole('heading', pkHeading)).toBeNull();
    expect(await getCurrentAccount()).toBeNull();
    expect((await getOfflineVerifier('siti'))?.failures).toBe(1);
  });

  it('after five wrong guesses says how long to wait, and does not check even the right password meanwhile', async () => {
    await knownSignedOutUser(4);
    const user = startOffline();
    await logIn(user, 'bukan-sandinya');
    expect(
      await screen.findByText('Kata sandi salah (diperiksa di perangkat ini karena tidak ada koneksi). Terlalu banyak percobaan: coba lagi dalam 30 detik.'),
    ).toBeTruthy();
    await logIn(user, password);
    expect(await screen.findByText(/^Terlalu banyak percobaan kata sandi di perangkat ini\. Coba lagi dalam (29|30) detik\.$/)).toBeTruthy();
    expect(await getCurrentAccount()).toBeNull();
  });

  it('tells a username that never signed in here to log in with internet first', async () => {
    await knownSignedOutUser();
    stubFetch(unreachable);
    setOnline(false);
    renderSignedOutApp();
    await logIn(userEvent.setup(), password, 'budi');
    expect(
      await screen.findByText('Tidak ada koneksi. Nama pengguna ini belum dapat masuk tanpa sinyal di perangkat ini: masuk sekali dengan internet terlebih dahulu.'),
    ).toBeTruthy();
  });

  it.each([
    ['invalid_credentials', 'Kata sandi Anda sudah diganti di server. Masukkan kata sandi yang berlaku; data yang belum tersinkron tetap aman di perangkat ini.'],
    ['account_inactive', 'Akun ini tidak aktif. Hubungi admin SAKIP. Data yang belum tersinkron tetap aman di perangkat ini.'],
  ])('when the server answers %s at the renewal: deletes the verifier, asks for the password, keeps the outbox', async (code, message) => {
    const { info, indicatorId } = await knownSignedOutUser();
    const user = startOffline();
    await logIn(user, password);
    expect(await screen.findByRole('heading', pkHeading)).toBeTruthy();
    const db = openUserDatabase(info.user.id);
    await saveRealisation(db, actorOf(info), { indicatorId, quarter: 2, value: 7, drivers: '', obstacles: '', followUp: '' });

    stubFetch((path) => (path === '/api/auth/login' ? envelope(401, code) : envelope(401, 'session_expired')));
    setOnline(true);
    expect(await screen.findByRole('heading', { name: 'Sesi berakhir' })).toBeTruthy();
    expect(screen.getByText(message)).toBeTruthy();
    expect(await getOfflineVerifier('siti')).toBeNull();
    expect(await db.outbox.count()).toBe(1);
    expect((await getCurrentAccount())?.user.id).toBe(info.user.id);
    db.close();
  });

  it('logging out offline with nobody able to come back says so, and that the user needs a connection', async () => {
    const info = buildSessionInfo('operator');
    await seedAgreement(openUserDatabase(info.user.id));
    await saveAccount(info); // signed in before verifiers existed: none kept for them
    stubFetch(unreachable);
    setOnline(false);
    const user = userEvent.setup();
    renderSignedOutApp('/settings');
    await user.click(await screen.findByRole('button', { name: 'Keluar' }));
    const notice = await screen.findByRole('alertdialog');
    expect(within(notice).getByText(/Setelah keluar, tidak ada pengguna yang dapat masuk lagi tanpa sinyal di perangkat ini\./)).toBeTruthy();
    expect(
      within(notice).getByText('Anda sendiri baru dapat masuk lagi saat ada koneksi internet. Pengguna lain memerlukan koneksi internet untuk masuk.'),
    ).toBeTruthy();
    expect(within(notice).queryAllByRole('listitem')).toHaveLength(0);
  });
});

describe('the login form and a busy server', () => {
  it('shows login_busy with its wait from the error envelope', async () => {
    stubFetch(() => envelope(429, 'login_busy', { retryAfterSeconds: 1 }));
    renderSignedOutApp();
    await logIn(userEvent.setup(), password);
    expect(await screen.findByText('Server sedang memeriksa banyak kata sandi. Coba lagi dalam 1 detik.')).toBeTruthy();
    expect(await getCurrentAccount()).toBeNull();
  });
});
