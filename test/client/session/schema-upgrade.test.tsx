// A newer build opens the user's database at a higher schema version while this (older) tab is
// open, over a real IndexedDB (fake-indexeddb): the old tab closes for good, stops its sender, says
// "reload" and keeps the text being typed; a new tab blocked by an old one says what to do.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PantauDatabase, userDatabaseName } from '../../../src/client/db/database';
import { deleteDraftDatabase, readFormDraft } from '../../../src/client/db/form-drafts';
import { actorOf, type ActiveSession } from '../../../src/client/session/active-session';
import { createSyncEngine } from '../../../src/client/sync/sync-engine';
import { buildSessionInfo } from '../features/support/fixtures';
import { offlineTransport, openTestSession, renderApp } from '../features/support/render-app';
import { seedAgreement } from '../features/support/seed';

/** The next build: one more schema version, as database.ts would add it. */
class NextBuildDatabase extends PantauDatabase {
  constructor(name: string) {
    super(name);
    this.version(Math.round(this.verno) + 1).stores({ reviewNotes: 'id, realisationId' });
  }
}

/** The lazy realisation screen and IndexedDB take longer than 1 s on a busy machine. */
const slow = { timeout: 10_000 };
const replacedText = 'Aplikasi diperbarui di tab lain. Muat ulang halaman ini; data Anda aman.';
const info = buildSessionInfo('operator');
const dbName = userDatabaseName(info.user.id);
let session: ActiveSession;
let seeded: Awaited<ReturnType<typeof seedAgreement>>;
const opened: PantauDatabase[] = [];

function sessionOn(db: PantauDatabase): ActiveSession {
  opened.push(db);
  return { info, actor: actorOf(info), db, engine: createSyncEngine({ db, transport: offlineTransport, userId: info.user.id }) };
}

function openForm(active: ActiveSession, indicatorId: string) {
  return renderApp(active, ['/', { pathname: `/indicators/${indicatorId}/quarters/2`, state: { from: '/' } }]);
}

beforeEach(async () => {
  sessionStorage.clear();
  session = openTestSession(info);
  opened.push(session.db);
  seeded = await seedAgreement(session.db);
});
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  await new PantauDatabase(dbName).delete();
  await deleteDraftDatabase(info.user.id);
});

describe('an old tab when a newer build upgrades the database', () => {
  it("Dexie's default alone would let the old code reopen the newer database", async () => {
    const old = new PantauDatabase(dbName);
    opened.push(old);
    await old.open();
    const next = new NextBuildDatabase(dbName);
    opened.push(next);
    await next.open(); // not blocked: Dexie closed `old` on versionchange
    expect(old.isOpen()).toBe(false);
    // …but with auto-open left on: the next query silently opens the upgraded database with old code.
    expect(await old.indicators.count()).toBeGreaterThan(0);
    expect(old.backendDB().version).toBe(next.backendDB().version);
  });

  it('closes for good, stops its sender, says "reload" and keeps the typed text for after the reload', async () => {
    const user = userEvent.setup();
    session.engine.start();
    await waitFor(() => expect(session.engine.getState().isLeader).toBe(true), slow);
    const first = openForm(session, seeded.count.id);
    const input = await screen.findByLabelText('Realisasi (puskesmas)', undefined, slow);
    await user.type(input, '321');
    await user.type(screen.getByLabelText('Faktor pendorong'), 'Posyandu keliling');

    const next = new NextBuildDatabase(dbName);
    opened.push(next);
    await next.open(); // the new tab: not blocked, the old tab let go

    const notice = await screen.findByRole('alert', undefined, slow);
    expect(notice.textContent).toContain(replacedText);
    expect(notice.textContent).toContain('Isian yang belum disimpan ada di bawah ini');
    expect(notice.textContent).toContain('Posyandu keliling'); // the text in view, whatever happens to the form
    expect(screen.getByRole('button', { name: 'Muat ulang' })).toBeTruthy();
    // The form is still there with what was typed, but cannot save into a database it lost.
    expect((screen.getByLabelText('Realisasi (puskesmas)') as HTMLInputElement).value).toBe('321');
    expect((screen.getByLabelText('Faktor pendorong') as HTMLTextAreaElement).value).toBe('Posyandu keliling');
    expect((screen.getByRole('button', { name: 'Simpan' }) as HTMLButtonElement).disabled).toBe(true);
    // The sender stopped (the lock is free for the new tab's) and the old code cannot reopen.
    expect(session.engine.getState().isLeader).toBe(false);
    await expect(session.db.indicators.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
    expect(next.backendDB().version).toBe(Math.round(next.verno) * 10);

    // A write by the new tab makes the old tab's live queries run again on the closed database:
    // still no blank page.
    await next.realisations.put({ ...(await next.realisations.toCollection().first())!, drivers: 'dari tab baru' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByRole('alert').textContent).toContain(replacedText);

    // The reload, with the new build: the typed text comes back in the form and saves.
    first.unmount();
    const reloaded = sessionOn(new NextBuildDatabase(dbName));
    const { router } = openForm(reloaded, seeded.count.id);
    // The draft was kept on the device as it was typed (use-form-draft.ts), and in this tab's sessionStorage.
    expect(await screen.findByText(/Isian yang belum disimpan .*dipulihkan dari perangkat ini/, undefined, slow)).toBeTruthy();
    expect((screen.getByLabelText('Realisasi (puskesmas)') as HTMLInputElement).value).toBe('321');
    expect((screen.getByLabelText('Faktor pendorong') as HTMLTextAreaElement).value).toBe('Posyandu keliling');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'), slow);
    const saved = await reloaded.db.realisations.where('[indicatorId+quarter]').equals([seeded.count.id, 2]).first();
    expect(saved).toMatchObject({ value: 321, drivers: 'Posyandu keliling' });
    expect(await reloaded.db.outbox.count()).toBe(1);
    expect(sessionStorage.length).toBe(0); // saved: nothing kept any more
    expect(await readFormDraft(info.user.id, `realisation:${seeded.count.id}:2`)).toBeUndefined();
  });

  it('says "reload" without a form open, and an old build started after the upgrade does too', async () => {
    const next = new NextBuildDatabase(dbName);
    opened.push(next);
    await next.open();
    next.close();
    // A stale page of the old build (its code at the old version) opens the upgraded database.
    const stale = sessionOn(new PantauDatabase(dbName));
    renderApp(stale, ['/']);
    const notice = await screen.findByRole('alert', undefined, slow);
    expect(notice.textContent).toContain(replacedText);
    expect(notice.textContent).not.toContain('Isian yang belum disimpan');
    await expect(stale.db.indicators.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
  });
});

describe('a new tab whose upgrade an old tab blocks', () => {
  it('tells the user to close or reload the other tab, then opens by itself', async () => {
    session.db.close();
    // An old tab that does not let go (frozen in the background, or a build before this fix).
    const frozen = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(dbName);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    frozen.onversionchange = () => undefined;

    const next = sessionOn(new NextBuildDatabase(dbName));
    renderApp(next, ['/']);
    const notice = await screen.findByRole('alert', undefined, slow);
    expect(notice.textContent).toContain('Tutup atau muat ulang tab itu; halaman ini lalu terbuka sendiri. Data Anda aman.');

    frozen.close(); // the user closes the old tab
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull(), slow);
    // In the PK table (the to-do card above it names the indicator too).
    expect(await screen.findByText('Jumlah puskesmas terakreditasi', { selector: 'table *' }, slow)).toBeTruthy();
    expect(next.db.backendDB().version).toBe(Math.round(next.db.verno) * 10);
  });
});
