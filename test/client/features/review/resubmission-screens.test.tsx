// A returned entry on the head's submission page (issue 15): not "ready" while nobody changed it;
// either the operator changes it (it turns draft and is ready again), or the head confirms it
// unchanged with a reply, which travels with the submission. Real Dexie over fake-indexeddb.
import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ActiveSession } from '../../../../src/client/session/active-session';
import { saveRealisation } from '../../../../src/client/db/realisation-repository';
import { attachEvidence } from '../../../../src/client/db/evidence-repository';
import { buildSessionInfo } from '../support/fixtures';
import { closeTestSession, openTestSession, renderApp } from '../support/render-app';
import { seedAgreement } from '../support/seed';

let session: ActiveSession | null = null;
afterEach(async () => {
  if (session) await closeTestSession(session);
  session = null;
});

/** The head's device with TW I filled, the count entry returned by the evaluator (synced: rev > 0). */
async function withReturnedEntry() {
  session = openTestSession(buildSessionInfo('head'));
  const seeded = await seedAgreement(session.db);
  const row = (await session.db.realisations.toArray()).find((r) => r.indicatorId === seeded.count.id && r.quarter === 1);
  if (!row) throw new Error('seed changed');
  await session.db.realisations.put({ ...row, rev: 40, status: 'returned', reviewNote: 'Lampirkan rekap puskesmas.', obstacles: 'Hujan' });
  return { session, seeded, row };
}

async function openQuarterOne(s: ActiveSession) {
  const user = userEvent.setup();
  renderApp(s, ['/submit']);
  await user.selectOptions(await screen.findByLabelText('Triwulan'), 'TW I');
  return { user, list: await screen.findByRole('list', { name: 'Daftar periksa TW I' }) };
}

describe('a returned entry on the submission page', () => {
  it('is not ready while unchanged: note, status mark, left out of the quarter\'s submission', async () => {
    const { session, seeded } = await withReturnedEntry();
    const { list } = await openQuarterOne(session);
    const item = within(list).getByText(seeded.count.name).closest('li');
    if (!item) throw new Error('no item');
    expect(within(item as HTMLElement).getByText(/Dikembalikan verifikator, belum diubah/)).toBeTruthy();
    expect(within(item as HTMLElement).queryByText('Siap diajukan')).toBeNull();
    expect(within(item as HTMLElement).getByText('Catatan verifikator: Lampirkan rekap puskesmas.')).toBeTruthy();
    expect(item.querySelector('.status-mark--returned')?.textContent).toContain('Dikembalikan');
    // The other two go; this one waits for a change or a reply.
    expect(screen.getByText(/2 isian siap diajukan/)).toBeTruthy();
    expect(screen.getByText(/1 isian dikembalikan verifikator dan belum diubah/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ajukan 2 isian TW I' })).toBeTruthy();
  });

  it('goes back unchanged only with a reply, after a confirmation; the reply rides on the submission', async () => {
    const { session, seeded, row } = await withReturnedEntry();
    const { user } = await openQuarterOne(session);
    await user.click(screen.getByRole('button', { name: `Tetap tanpa perubahan, dengan balasan: TW I ${seeded.count.name}` }));
    await user.click(screen.getByRole('button', { name: 'Ajukan lagi dengan balasan' }));
    expect(await screen.findByText('Tulis balasan: mengapa isian tetap seperti ini.')).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await session.db.outbox.count()).toBe(0);

    await user.type(screen.getByLabelText(`Balasan untuk verifikator (TW I: ${seeded.count.name})`), 'Rekap sudah di bukti dukung.');
    await user.click(screen.getByRole('button', { name: 'Ajukan lagi dengan balasan' }));
    const confirm = screen.getByRole('alertdialog', { name: `Ajukan lagi TW I: ${seeded.count.name} tanpa perubahan?` });
    await user.click(within(confirm).getByRole('button', { name: 'Ya, ajukan dengan balasan' }));
    await expect.poll(() => session.db.outbox.count()).toBe(1);
    const [entry] = await session.db.outbox.toArray();
    expect(entry).toMatchObject({ recordId: row.id, baseRev: 40, fields: { status: 'submitted', reply: 'Rekap sudah di bukti dukung.' } });
    expect(await session.db.realisations.get(row.id)).toMatchObject({ status: 'submitted', reviewNote: 'Lampirkan rekap puskesmas.' });
    expect(await screen.findByText(/diajukan lagi dengan balasan/)).toBeTruthy();
  });

  it('a file attached to it is a change too: draft again, the note kept', async () => {
    const { session, row } = await withReturnedEntry();
    await attachEvidence(session.db, session.actor, {
      realisationId: row.id, bytes: new Uint8Array([1, 2, 3]).buffer, sha256: 'a'.repeat(64), mimeType: 'image/jpeg', fileName: 'notulen.jpg',
      caption: 'Notulen', takenAt: null, latitude: null, longitude: null,
    });
    expect(await session.db.realisations.get(row.id)).toMatchObject({ status: 'draft', reviewNote: 'Lampirkan rekap puskesmas.' });
  });

  it('changed by the unit, it is a draft again (the note kept) and ready', async () => {
    const { session, seeded, row } = await withReturnedEntry();
    await saveRealisation(session.db, session.actor, { indicatorId: seeded.count.id, quarter: 1, value: 290, drivers: '', obstacles: 'Hujan', followUp: '' });
    expect(await session.db.realisations.get(row.id)).toMatchObject({ status: 'draft', value: 290, reviewNote: 'Lampirkan rekap puskesmas.' });
    await openQuarterOne(session);
    expect(await screen.findByText(/3 isian siap diajukan/)).toBeTruthy();
    expect(screen.queryByText(/Dikembalikan verifikator, belum diubah/)).toBeNull();
  });
});
