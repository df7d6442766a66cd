// The LKE's recommendations over a real Dexie: the evaluator adds one (saved with its outbox
// entry), the unit keeps its follow-up and cannot call it done without saying what was done.
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ActiveSession } from '../../../../src/client/session/active-session';
import { lkeYearOf } from '../../../../src/domain/lke-evaluation';
import { periodOf } from '../../../../src/domain/period';
import { buildSessionInfo, sessionUnitRow, unitId } from '../support/fixtures';
import { closeTestSession, openTestSession, renderApp } from '../support/render-app';

let session: ActiveSession | null = null;
afterEach(async () => {
  if (session) await closeTestSession(session);
  session = null;
});
const year = lkeYearOf(periodOf(new Date(), 'Asia/Jakarta'));

describe('LKE recommendations', () => {
  it('the evaluator adds a recommendation', async () => {
    session = openTestSession(buildSessionInfo('evaluator'));
    await session.db.orgUnits.put(sessionUnitRow({ id: unitId, name: 'Dinas Kesehatan' }));
    const user = userEvent.setup();
    renderApp(session, [`/lke/${unitId}?year=${year}`], 'id');
    const section = within(await screen.findByRole('region', { name: 'Rekomendasi dan tindak lanjut' }, { timeout: 15_000 }));
    await user.click(await section.findByRole('button', { name: 'Tambahkan rekomendasi' }));
    expect((await section.findByRole('alert')).textContent).toBe('Tulis isi rekomendasi.');
    await user.type(section.getByLabelText('Rekomendasi baru'), 'Tetapkan pedoman teknis perencanaan kinerja.');
    await user.click(section.getByRole('button', { name: 'Tambahkan rekomendasi' }));
    await section.findByText('Tetapkan pedoman teknis perencanaan kinerja.');
    expect((await session.db.outbox.toArray()).map((o) => [o.entity, o.fields])).toEqual([
      ['lkeRecommendation', { orgUnitId: unitId, year, order: 0, text: 'Tetapkan pedoman teknis perencanaan kinerja.' }],
    ]);
    expect(screen.queryByLabelText('Tindak lanjut')).toBeNull();
  });

  it('the unit follows it up, and "selesai" needs what was done', async () => {
    session = openTestSession(buildSessionInfo('head'));
    await session.db.orgUnits.put(sessionUnitRow({ id: unitId, name: 'Dinas Kesehatan' }));
    const id = crypto.randomUUID();
    await session.db.lkeRecommendations.put({
      id, tenantId: session.actor.tenantId, rev: 4, updatedAt: new Date().toISOString(), updatedBy: null, deviceId: null, deleted: false,
      orgUnitId: unitId, year, order: 0, text: 'Tetapkan pedoman teknis.', followUp: 'belum', followUpNote: '',
    });
    const user = userEvent.setup();
    renderApp(session, ['/lke'], 'id');
    // Queries within the section: a label query over the unit's whole sheet (80 criteria, each
    // with its fields and its evidence button) takes seconds per try in jsdom.
    const section = within(await screen.findByRole('region', { name: 'Rekomendasi dan tindak lanjut' }, { timeout: 15_000 }));
    await user.selectOptions(await section.findByLabelText('Tindak lanjut'), 'Selesai');
    await user.click(section.getByRole('button', { name: 'Simpan tindak lanjut' }));
    expect((await section.findByRole('alert')).textContent).toBe('Tulis apa yang sudah dilakukan sebelum menandai selesai.');
    await user.type(section.getByLabelText('Keterangan tindak lanjut dan bukti'), 'Perkadis 3/2027');
    await user.click(section.getByRole('button', { name: 'Simpan tindak lanjut' }));
    await waitFor(async () => expect(await session!.db.lkeRecommendations.get(id)).toMatchObject({ followUp: 'selesai', followUpNote: 'Perkadis 3/2027' }));
    expect((await session.db.outbox.toArray()).map((o) => [o.entity, o.baseRev, o.fields])).toEqual([['lkeRecommendation', 4, { followUp: 'selesai', followUpNote: 'Perkadis 3/2027' }]]);
    expect(screen.queryByRole('button', { name: 'Tambahkan rekomendasi' })).toBeNull();
  });
});
