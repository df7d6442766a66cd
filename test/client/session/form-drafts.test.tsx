// The same draft mechanism (session/use-form-draft.ts) in the PK editor's indicator form and in the
// evaluator's review note, over the real app routes and Dexie (fake-indexeddb), offline.
import { describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFormDraft, writeFormDraft } from '../../../src/client/db/form-drafts';
import { buildRealisation } from '../../support/factories';
import { renderApp } from '../features/support/render-app';
import { useSeededSessions } from '../features/support/seeded-session';

const open = useSeededSessions();

describe('the PK indicator form', () => {
  it('keeps a half-typed new indicator: asks before leaving, opens again with it, and "cancel" can discard it', async () => {
    const { session, seeded } = await open('head');
    await session.db.agreements.put({ ...seeded.agreement, status: 'draft' });
    const user = userEvent.setup();
    const editor = `/agreements/${seeded.agreement.id}/edit`;
    const { router } = renderApp(session, [editor]);
    await user.click(await screen.findByRole('button', { name: 'Tambah indikator pada sasaran 1' }, { timeout: 8000 }));
    const form = screen.getByRole('form', { name: 'Indikator baru' });
    await user.type(within(form).getByLabelText('Nama indikator'), 'Persentase desa ODF');
    await user.type(within(form).getByLabelText('Definisi/formula'), 'Desa tanpa buang air besar sembarangan');

    await user.click(screen.getByRole('link', { name: 'Beranda' }));
    await user.click(within(await screen.findByRole('alertdialog', { name: 'Tinggalkan formulir?' })).getByRole('button', { name: 'Tinggalkan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    const key = `indicator:${seeded.goal.id}:new`;
    await waitFor(async () => expect((await readFormDraft(session.actor.id, key))?.values).toMatchObject({ name: 'Persentase desa ODF' }));
    expect(await session.db.outbox.count()).toBe(0);

    // Back in the editor: the form with a kept draft opens by itself, with the text.
    await router.navigate(editor);
    const reopened = await screen.findByRole('form', { name: 'Indikator baru' }, { timeout: 8000 });
    await waitFor(() => expect(within(reopened).getByLabelText<HTMLInputElement>('Nama indikator').value).toBe('Persentase desa ODF'));
    expect(within(reopened).getByLabelText<HTMLTextAreaElement>('Definisi/formula').value).toBe('Desa tanpa buang air besar sembarangan');
    expect(within(reopened).getByText(/dipulihkan dari perangkat ini/)).toBeTruthy();

    // "Batal" asks about this form only, and "discard" gives up its draft.
    await user.click(within(reopened).getByRole('button', { name: 'Batal' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Buang isian dan tinggalkan' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Indikator baru' })).toBeNull());
    await waitFor(async () => expect(await readFormDraft(session.actor.id, key)).toBeUndefined());
    expect(router.state.location.pathname).toBe(editor);
  });
});

describe('the PK budget lines', () => {
  it('keeps a line typed and not yet left, offers it again in the editor, and saves it when left', async () => {
    const { session, seeded } = await open('head');
    await session.db.agreements.put({ ...seeded.agreement, status: 'draft' });
    const user = userEvent.setup();
    const editor = `/agreements/${seeded.agreement.id}/edit`;
    renderApp(session, [editor]);
    const budget = await screen.findByLabelText<HTMLInputElement>('Anggaran (Rp): Program Peningkatan SDM Kesehatan', {}, { timeout: 8000 });
    await user.clear(budget);
    await user.type(budget, '750.000.000');

    // The tablet's battery dies (or the app is swiped away) before the field is left: nothing was
    // saved, but the typed line is kept on the device.
    const key = `program:${seeded.program2.id}`;
    await waitFor(async () => expect((await readFormDraft(session.actor.id, key))?.values)
      .toEqual({ code: '1.02.03', name: 'Program Peningkatan SDM Kesehatan', budget: '750.000.000' }));
    cleanup();
    expect((await session.db.programs.get(seeded.program2.id))?.budget).toBe(500_000_000);
    expect(await session.db.outbox.count()).toBe(0);

    // Back in the editor: the line shows what was typed, says so, and saves it when left.
    renderApp(session, [editor]);
    const again = await screen.findByLabelText<HTMLInputElement>('Anggaran (Rp): Program Peningkatan SDM Kesehatan', {}, { timeout: 8000 });
    await waitFor(() => expect(again.value).toBe('750.000.000'));
    expect(screen.getByText(/dipulihkan dari perangkat ini/)).toBeTruthy();
    await user.click(again);
    await user.tab();
    await waitFor(async () => expect((await session.db.programs.get(seeded.program2.id))?.budget).toBe(750_000_000));
    await waitFor(async () => expect(await readFormDraft(session.actor.id, key)).toBeUndefined());
  });
});

describe('the review note', () => {
  it('comes back after a reload and is gone once the entry is returned with it', async () => {
    const { session, seeded } = await open('evaluator');
    const entry = buildRealisation(seeded.count, { quarter: 2, value: 300, rev: 50, status: 'submitted' });
    await session.db.realisations.put(entry);
    const user = userEvent.setup();
    const first = renderApp(session, ['/review']);
    const card = await screen.findByRole('article', { name: seeded.count.name });
    await user.type(within(card).getByLabelText(/Catatan verifikator/), 'Lampirkan rekap puskesmas.');
    await waitFor(async () => expect((await readFormDraft(session.actor.id, `review-note:${entry.id}`))?.values).toBe('Lampirkan rekap puskesmas.'));
    first.unmount();

    renderApp(session, ['/review']);
    const again = await screen.findByRole('article', { name: seeded.count.name });
    await waitFor(() => expect(within(again).getByLabelText<HTMLTextAreaElement>(/Catatan verifikator/).value).toBe('Lampirkan rekap puskesmas.'));
    await user.click(within(again).getByRole('button', { name: `Kembalikan: ${seeded.count.name}` }));
    await expect.poll(() => session.db.outbox.count()).toBe(1);
    expect((await session.db.outbox.toArray())[0]?.fields).toEqual({ status: 'returned', reviewNote: 'Lampirkan rekap puskesmas.' });
    await waitFor(async () => expect(await readFormDraft(session.actor.id, `review-note:${entry.id}`)).toBeUndefined());
  });
});

describe('a reload within half a second of the last key', () => {
  it('keeps a copy in the tab at once, and that newest copy wins over an older draft on the device', async () => {
    const { session, seeded } = await open('evaluator');
    const entry = buildRealisation(seeded.count, { quarter: 2, value: 300, rev: 50, status: 'submitted' });
    await session.db.realisations.put(entry);
    const key = `review-note:${entry.id}`;
    const tabCopy = `pantau-draft:${session.actor.id}:${key}`;
    const user = userEvent.setup();
    const first = renderApp(session, ['/review']);
    const card = await screen.findByRole('article', { name: seeded.count.name });
    await user.type(within(card).getByLabelText(/Catatan verifikator/), 'Lampirkan');
    await waitFor(async () => expect((await readFormDraft(session.actor.id, key))?.values).toBe('Lampirkan'));
    await user.type(within(card).getByLabelText(/Catatan verifikator/), ' notulen.');
    // The page is being hidden (a reload) before the half second: the tab has the text synchronously.
    window.dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(sessionStorage.getItem(tabCopy) ?? '{}')).toEqual({ value: 'Lampirkan notulen.' });
    first.unmount();
    // As if the page went before IndexedDB committed: the device still has the older text.
    await writeFormDraft(session.actor.id, { key, values: 'Lampirkan', base: '', savedAt: new Date().toISOString() });
    sessionStorage.setItem(tabCopy, JSON.stringify({ value: 'Lampirkan notulen.' }));

    renderApp(session, ['/review']);
    const again = await screen.findByRole('article', { name: seeded.count.name });
    await waitFor(() => expect(within(again).getByLabelText<HTMLTextAreaElement>(/Catatan verifikator/).value).toBe('Lampirkan notulen.'));
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(within(again).getByLabelText<HTMLTextAreaElement>(/Catatan verifikator/).value).toBe('Lampirkan notulen.');
    // Once the device holds it, the tab's copy goes (an older copy must not come back later).
    await waitFor(async () => expect((await readFormDraft(session.actor.id, key))?.values).toBe('Lampirkan notulen.'));
    await waitFor(() => expect(sessionStorage.getItem(tabCopy)).toBeNull());
  });
});

describe('the new-PK form', () => {
  it('keeps the parties typed when the head leaves, and offers them again', async () => {
    const { session, seeded } = await open('head');
    const user = userEvent.setup();
    const page = `/units/${seeded.unit.id}/agreements/new?year=2027`;
    const { router } = renderApp(session, [page]);
    await user.type(await screen.findByLabelText('Nama PIHAK PERTAMA', {}, { timeout: 8000 }), 'dr. Siti Rahmah');
    await user.click(screen.getByRole('link', { name: 'Beranda' }));
    await user.click(within(await screen.findByRole('alertdialog', { name: 'Tinggalkan formulir?' })).getByRole('button', { name: 'Tinggalkan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));

    await router.navigate(page);
    await waitFor(async () => expect(screen.getByLabelText<HTMLInputElement>('Nama PIHAK PERTAMA').value).toBe('dr. Siti Rahmah'), { timeout: 8000 });
    expect(await screen.findByText(/dipulihkan dari perangkat ini/)).toBeTruthy();
    expect(await readFormDraft(session.actor.id, `agreement-new:${seeded.unit.id}`)).toBeDefined();
  });
});
