import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openUserDatabase } from '../../../src/client/db/database';
import { saveRealisation } from '../../../src/client/db/realisation-repository';
import { actorOf, type ActiveSession } from '../../../src/client/session/active-session';
import { createSyncEngine } from '../../../src/client/sync/sync-engine';
import { buildSessionInfo } from '../features/support/fixtures';
import { closeTestSession, offlineTransport, renderApp } from '../features/support/render-app';
import { seedAgreement } from '../features/support/seed';

let session: ActiveSession;
let seeded: Awaited<ReturnType<typeof seedAgreement>>;

/** Meta written before the engine exists, as a previous visit would leave it. */
async function openWithMeta(meta: { lastSyncAt?: string; clockSkewMs?: number } = {}) {
  const info = buildSessionInfo('operator');
  const db = openUserDatabase(info.user.id);
  seeded = await seedAgreement(db);
  for (const [key, value] of Object.entries(meta)) await db.meta.put({ key, value });
  const engine = createSyncEngine({ db, transport: offlineTransport, userId: info.user.id });
  session = { info, actor: actorOf(info), db, engine };
}

beforeEach(() => {
  vi.mocked(offlineTransport.push).mockClear();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await closeTestSession(session);
});

const region = () => screen.getByRole('region', { name: 'Status sinkronisasi' });

/** Home, with one value saved on the device and not yet sent. */
async function openWithOnePending() {
  await openWithMeta();
  await saveRealisation(session.db, session.actor, { indicatorId: seeded.count.id, quarter: 2, value: 10, drivers: '', obstacles: '', followUp: '' });
  renderApp(session, ['/']);
}

describe('the sync indicator in the header', () => {
  it('counts what waits in the outbox and says it never synced', async () => {
    await openWithOnePending();
    expect(await screen.findByText('1 menunggu sinkronisasi')).toBeTruthy();
    expect(region().textContent).toContain('Belum pernah sinkron');
    expect(region().textContent).toContain('Daring');
    const live = screen.getByText('1 menunggu sinkronisasi').closest('[aria-live]');
    expect(live?.getAttribute('aria-live')).toBe('polite');
  });

  it('shows the last sync time in id-ID on the server clock and warns when the device clock is off by more than 5 minutes', async () => {
    // The device's clock is 10 minutes behind the server's: its stamp 03:04 was 03:14 server time.
    await openWithMeta({ lastSyncAt: '2026-03-02T03:04:00.000Z', clockSkewMs: 10 * 60_000 });
    renderApp(session, ['/']);
    // Written on the pemda's clock (the fixture's tenant is WIB), not the device's.
    const expected = new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Jakarta' }).format(
      new Date('2026-03-02T03:14:00.000Z'),
    );
    expect(await screen.findByText(`Terakhir sinkron: ${expected}`)).toBeTruthy();
    expect(await screen.findByText('Jam perangkat 10 menit lebih lambat dari server. Periksa pengaturan tanggal dan jam.')).toBeTruthy();
    expect(screen.getByText('Semua data tersinkron')).toBeTruthy();
  });

  it('writes the last sync time the English way in English mode', async () => {
    await openWithMeta({ lastSyncAt: '2026-03-02T03:04:00.000Z' });
    renderApp(session, ['/'], 'en');
    const expected = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Jakarta' }).format(new Date('2026-03-02T03:04:00.000Z'));
    expect(expected).toMatch(/Mar 2026/);
    expect(await screen.findByText(`Last synced: ${expected}`)).toBeTruthy();
  });

  it('does not warn for a small clock difference', async () => {
    await openWithMeta({ clockSkewMs: 2 * 60_000 });
    renderApp(session, ['/']);
    await screen.findByText('Semua data tersinkron');
    expect(screen.queryByText(/Jam perangkat/)).toBeNull();
  });

  it.each([
    ['id', -3 * 86_400_000, 'Jam perangkat 3 hari lebih cepat dari server.'],
    ['id', 5 * 3_600_000, 'Jam perangkat 5 jam lebih lambat dari server.'],
    ['en', -86_400_000 * 1.2, "The device's clock is 29 hours ahead of the server."],
    ['en', -3 * 86_400_000, "The device's clock is 3 days ahead of the server."],
  ] as const)('says a clock skew in human units (%s, %s ms)', async (language, clockSkewMs, text) => {
    await openWithMeta({ clockSkewMs });
    renderApp(session, ['/'], language);
    expect((await screen.findByRole('alert', {}, { timeout: 3000 })).textContent).toContain(text);
  });

  it('"Sinkronkan sekarang" asks the engine to push; offline the entry stays pending', async () => {
    await openWithOnePending();
    await screen.findByText('1 menunggu sinkronisasi');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sinkronkan sekarang' }));
    await waitFor(() => expect(offlineTransport.push).toHaveBeenCalled());
    expect(screen.getByText('1 menunggu sinkronisasi')).toBeTruthy();
  });

  it.each([
    ['id', 'Tidak ada sinyal: data tersimpan di perangkat dan dikirim otomatis saat tersambung.'],
    ['en', 'No signal: your data is saved on this device and will be sent automatically once connected.'],
  ] as const)('"Sinkronkan sekarang" without signal says why it cannot, sends nothing, and the note goes once online (%s)', async (language, text) => {
    await openWithMeta();
    renderApp(session, ['/'], language);
    const button = await screen.findByRole('button', { name: language === 'id' ? 'Sinkronkan sekarang' : 'Sync now' });
    const offline = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    await screen.findByText(language === 'id' ? 'Luring' : 'Offline');
    expect(screen.queryByText(text)).toBeNull(); // only when pressed
    vi.mocked(offlineTransport.push).mockClear();
    const pulls = vi.spyOn(offlineTransport, 'pull');
    await userEvent.setup().click(button);
    const note = await screen.findByText(text);
    expect(note.closest('[role="status"]')).toBeTruthy();
    expect(button.getAttribute('aria-describedby')).toBe(note.id);
    expect(offlineTransport.push).not.toHaveBeenCalled();
    expect(pulls).not.toHaveBeenCalled();
    offline.mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(screen.queryByText(text)).toBeNull());
  });

  it('follows the browser going offline', async () => {
    await openWithMeta();
    renderApp(session, ['/']);
    await screen.findByText('Daring');
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(await screen.findByText('Luring')).toBeTruthy();
  });
});
