// The finding: text typed into a realisation form was lost without a word when the user tapped
// "Beranda", and a photo could be attached only after a first save. Now the form keeps a draft on
// the device, asks before leaving, restores the text when opened again, and takes photos before
// the first save, attached with it in one transaction (design.md, invariant 1).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { listDraftFiles, readFormDraft } from '../../../../src/client/db/form-drafts';
import type { ActiveSession } from '../../../../src/client/session/active-session';
import { buildSessionInfo } from '../support/fixtures';
import { closeTestSession, openTestSession, renderApp } from '../support/render-app';
import { seedAgreement } from '../support/seed';

let session: ActiveSession;
let seeded: Awaited<ReturnType<typeof seedAgreement>>;

beforeEach(async () => {
  // jsdom's File hands out buffers of its own realm, which Node's crypto.subtle refuses (as in
  // evidence-section.test.tsx): hash a Node copy of the same bytes.
  const digest = crypto.subtle.digest.bind(crypto.subtle);
  vi.spyOn(crypto.subtle, 'digest').mockImplementation((algorithm, data) =>
    digest(algorithm, Buffer.from(new Uint8Array(data as ArrayBuffer))));
  session = openTestSession(buildSessionInfo('operator'));
  seeded = await seedAgreement(session.db);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await closeTestSession(session);
});

const formPath = (indicatorId: string, quarter: number) => `/indicators/${indicatorId}/quarters/${quarter}`;
const draftKey = (indicatorId: string, quarter: number) => `realisation:${indicatorId}:${quarter}`;

describe('the realisation form keeps what is typed', () => {
  it('asks before "Beranda" leaves typed text, and gives it back when the form opens again', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(session, ['/', { pathname: formPath(seeded.count.id, 2), state: { from: '/' } }]);
    await user.type(await screen.findByLabelText('Realisasi (puskesmas)'), '310');
    await user.type(screen.getByLabelText('Faktor pendorong'), 'Posyandu aktif tiap minggu');

    await user.click(screen.getByRole('link', { name: 'Beranda' }));
    const prompt = await screen.findByRole('alertdialog', { name: 'Tinggalkan formulir?' });
    expect(router.state.location.pathname).toBe(formPath(seeded.count.id, 2));
    await user.click(within(prompt).getByRole('button', { name: 'Tinggalkan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    // Nothing was saved as the entry: only the draft holds it.
    expect(await session.db.outbox.count()).toBe(0);
    await waitFor(async () => expect((await readFormDraft(session.actor.id, draftKey(seeded.count.id, 2)))?.values)
      .toMatchObject({ value: '310', drivers: 'Posyandu aktif tiap minggu' }));

    await router.navigate(formPath(seeded.count.id, 2));
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Realisasi (puskesmas)').value).toBe('310'));
    expect(screen.getByLabelText<HTMLTextAreaElement>('Faktor pendorong').value).toBe('Posyandu aktif tiap minggu');
    expect(screen.getByText(/Isian yang belum disimpan \(.+\) dipulihkan/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(screen.queryByRole('alertdialog')).toBeNull(); // a saved form leaves without asking
    const saved = (await session.db.realisations.where('indicatorId').equals(seeded.count.id).toArray()).find((r) => r.quarter === 2);
    expect(saved).toMatchObject({ value: 310, drivers: 'Posyandu aktif tiap minggu' });
    expect(await readFormDraft(session.actor.id, draftKey(seeded.count.id, 2))).toBeUndefined();
  });

  it('comes back after a reload (a new page over the same device)', async () => {
    const user = userEvent.setup();
    const first = renderApp(session, [formPath(seeded.coverage.id, 3)]);
    await user.type(await screen.findByLabelText('Faktor penghambat (kendala)'), 'Vaksin terlambat datang');
    await waitFor(async () => expect(await readFormDraft(session.actor.id, draftKey(seeded.coverage.id, 3))).toBeTruthy());
    first.unmount();

    renderApp(session, [formPath(seeded.coverage.id, 3)]);
    await waitFor(async () => expect((await screen.findByLabelText<HTMLTextAreaElement>('Faktor penghambat (kendala)')).value).toBe('Vaksin terlambat datang'));
  });

  it('the form\'s own "Batal" asks too when something was typed', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(session, ['/', { pathname: formPath(seeded.count.id, 2), state: { from: '/' } }]);
    await user.type(await screen.findByLabelText('Rencana tindak lanjut'), 'Rapat koordinasi');
    await user.click(screen.getByRole('button', { name: 'Batal' }));
    const prompt = await screen.findByRole('alertdialog', { name: 'Tinggalkan formulir?' });
    await user.click(within(prompt).getByRole('button', { name: 'Buang isian dan tinggalkan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    await waitFor(async () => expect(await readFormDraft(session.actor.id, draftKey(seeded.count.id, 2))).toBeUndefined());
  });
});

describe('evidence before the first save', () => {
  it('takes a file into the new entry and attaches it with the save, after the entry, in one go', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(session, ['/', { pathname: formPath(seeded.count.id, 3), state: { from: '/' } }]);
    const section = (await screen.findByRole('heading', { name: 'Bukti dukung' })).closest('section');
    if (!section) throw new Error('no evidence section');
    expect(within(section).getByText(/dilampirkan saat realisasi disimpan/)).toBeTruthy();
    await user.type(within(section).getByLabelText('Keterangan foto/berkas'), 'Daftar hadir');
    const input = within(section).getByText('Tambah berkas').querySelector('input');
    if (!input) throw new Error('no file input');
    await user.upload(input, new File([new TextEncoder().encode('%PDF-1.7\n1 0 obj\n')], 'hadir.pdf', { type: 'application/pdf' }));
    expect(await within(section).findByText('Daftar hadir')).toBeTruthy();
    expect(within(section).getByText('Dilampirkan saat disimpan')).toBeTruthy();
    // Not the device's data yet: no evidence row, no outbox entry that could be synced alone.
    expect(await session.db.evidence.count()).toBe(0);
    expect(await session.db.outbox.count()).toBe(0);
    expect(await listDraftFiles(session.actor.id, draftKey(seeded.count.id, 3))).toHaveLength(1);

    // Leaving with only a file picked asks too.
    await user.click(screen.getByRole('link', { name: 'Beranda' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Tetap di sini' }));

    await user.type(screen.getByLabelText('Realisasi (puskesmas)'), '400');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));

    const realisation = (await session.db.realisations.where('indicatorId').equals(seeded.count.id).toArray()).find((r) => r.quarter === 3);
    const evidence = await session.db.evidence.toArray();
    expect(evidence).toHaveLength(1);
    expect(evidence[0]).toMatchObject({ realisationId: realisation?.id, caption: 'Daftar hadir', mimeType: 'application/pdf', fileName: 'hadir.pdf' });
    const outbox = await session.db.outbox.orderBy('seq').toArray();
    expect(outbox.map((e) => [e.entity, e.recordId])).toEqual([['realisation', realisation?.id], ['evidence', evidence[0]?.id]]);
    // Exactly the evidence's fields (nothing of the draft it waited in), as the server validates them.
    expect(Object.keys(outbox[1]?.fields ?? {}).sort()).toEqual(['caption', 'fileName', 'latitude', 'longitude', 'mimeType', 'realisationId', 'sha256', 'size', 'takenAt']);
    expect(outbox[1]?.fields.realisationId).toBe(realisation?.id);
    expect(await session.db.blobs.get(evidence[0]?.sha256 ?? '')).toMatchObject({ pending: 1 });
    expect(await listDraftFiles(session.actor.id, draftKey(seeded.count.id, 3))).toHaveLength(0);
  });
});
