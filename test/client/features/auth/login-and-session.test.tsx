// The session from the outside: login over a stubbed fetch (the network boundary), offline start
// from the remembered account, logout that keeps unsent work, and re-login after a 401.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SessionInfo } from '../../../../src/api/auth';
import { clearCurrentAccount, getCurrentAccount, saveAccount } from '../../../../src/client/db/accounts';
import { openUserDatabase } from '../../../../src/client/db/database';
import { getOfflineVerifier } from '../../../../src/client/db/offline-verifiers';
import { saveRealisation } from '../../../../src/client/db/realisation-repository';
import { actorOf } from '../../../../src/client/session/active-session';
import { buildSessionInfo } from '../support/fixtures';
import { seedAgreement } from '../support/seed';
import { renderSignedOutApp } from '../support/render-app';
import { type Handler, json, envelope, noChanges, stubFetch, unreachable } from '../support/server-answers';





async function logIn(password = 'rahasia') {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Nama pengguna'), 'siti');
  await user.type(screen.getByLabelText('Kata sandi'), password);
  await user.click(screen.getByRole('button', { name: 'Masuk' }));
}

afterEach(async () => {
  vi.unstubAllGlobals();
  await clearCurrentAccount();
});

describe('login', () => {
  it.each([
    ['the network is down', unreachable, 'Tidak ada koneksi. Nama pengguna ini belum dapat masuk tanpa sinyal di perangkat ini: masuk sekali dengan internet terlebih dahulu.'],
    ['the password is wrong', () => envelope(401, 'invalid_credentials'), 'Nama pengguna atau kata sandi salah.'],
    [
      'there were too many attempts',
      () => envelope(429, 'rate_limited', { retryAfterSeconds: 30 }),
      'Terlalu banyak percobaan masuk. Coba lagi dalam 30 detik.',
    ],
  ] as [string, Handler, string][])('explains in Indonesian when %s', async (_, handler, message) => {
    stubFetch(handler);
    renderSignedOutApp();
    await logIn();
    expect(await screen.findByText(message)).toBeTruthy();
    expect(await getCurrentAccount()).toBeNull();
  });

  it('opens the user’s database after a successful login and remembers the account', async () => {
    const info = buildSessionInfo('operator');
    await seedAgreement(openUserDatabase(info.user.id));
    stubFetch((path) => (path === '/api/auth/login' ? json(200, info) : unreachable(path)));
    renderSignedOutApp();
    await logIn();
    expect(await screen.findByRole('heading', { name: /Perjanjian Kinerja Tahun/ })).toBeTruthy();
    expect((await getCurrentAccount())?.user.id).toBe(info.user.id);
  });
});

describe('a remembered session', () => {
  it('starts offline straight into the home screen', async () => {
    const info = buildSessionInfo('operator');
    await seedAgreement(openUserDatabase(info.user.id));
    await saveAccount(info);
    const fetchMock = stubFetch(unreachable);
    renderSignedOutApp();
    expect(await screen.findByRole('heading', { name: /Perjanjian Kinerja Tahun/ })).toBeTruthy();
    expect(fetchMock.mock.calls.some(([url]) => String(url).includes('/api/auth/login'))).toBe(false);
  });

  it('warns at logout about unsent entries and keeps them on the device', async () => {
    const info = buildSessionInfo('operator');
    const db = openUserDatabase(info.user.id);
    const seeded = await seedAgreement(db);
    await saveRealisation(db, actorOf(info), {
      indicatorId: seeded.count.id,
      quarter: 2,
      value: 7,
      drivers: '',
      obstacles: '',
      followUp: '',
    });
    await saveAccount(info);
    stubFetch(unreachable);
    const user = userEvent.setup();
    renderSignedOutApp('/settings');
    await user.click(await screen.findByRole('button', { name: 'Keluar' }));
    expect(
      await screen.findByText(
        '1 data belum tersinkron; data tetap tersimpan di perangkat ini dan akan dikirim saat Anda masuk lagi.',
      ),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Tetap keluar' }));
    expect(await screen.findByRole('heading', { name: 'Masuk' })).toBeTruthy();
    expect(await getCurrentAccount()).toBeNull();
    expect(await db.outbox.count()).toBe(1);
  });

  it('asks for the password again when the session expired, then syncs', async () => {
    const info: SessionInfo = buildSessionInfo('operator');
    await seedAgreement(openUserDatabase(info.user.id));
    await saveAccount(info);
    let loggedIn = false;
    const fetchMock = stubFetch((path) => {
      if (path === '/api/auth/login') {
        loggedIn = true;
        return json(200, info);
      }
      return loggedIn ? noChanges() : envelope(401, 'session_expired');
    });
    renderSignedOutApp();
    expect(await screen.findByRole('heading', { name: 'Sesi berakhir' }, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('Nama pengguna: siti')).toBeTruthy();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Kata sandi'), 'rahasia');
    await user.click(screen.getByRole('button', { name: 'Masuk lagi' }));

    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Sesi berakhir' })).toBeNull());
    const login = fetchMock.mock.calls.find(([url]) => url === '/api/auth/login');
    expect(JSON.parse(String(login?.[1]?.body))).toEqual({ username: 'siti', password: 'rahasia' });
    expect(await screen.findByText(/Terakhir sinkron:/)).toBeTruthy();
    // The re-entered password is now good for signing in again without signal.
    await waitFor(async () => expect(await getOfflineVerifier('siti')).not.toBeNull(), { timeout: 10_000 });
  });
});
